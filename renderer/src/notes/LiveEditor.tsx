import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { ListedOpinion, RichTextNode } from '../api/contract';
import { RICH_TEXT_SCHEMA, type RichTextSchema } from '../../../main/model/rich-text';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messages';
import type { NoteBodyHandle } from './NoteBody';
import { bodyOf } from './bodyOf';

/** StarterKit's parts that edit a node or mark, each named as the node or mark it edits. */
const STARTER_KIT_CONTENT = [
  'blockquote',
  'bold',
  'bulletList',
  'code',
  'codeBlock',
  'hardBreak',
  'heading',
  'horizontalRule',
  'italic',
  'link',
  'listItem',
  'orderedList',
  'strike',
  'underline',
] as const;
/** Always in the editor: StarterKit's document, paragraph and text. */
const STARTER_KIT_CORE = ['doc', 'paragraph', 'text'];

/**
 * The editor's schema is the rich-text schema (main/model/rich-text/), which the shell keeps: a
 * StarterKit part edits only what the schema declares, so links and underline (left out there,
 * with the reasons) are off here too and can never be typed only to vanish on save. A node the
 * schema declares and no editor part edits would be dropped by the editor without a word; it
 * stops the app at start instead, until its TipTap node is added here.
 */
export function editorExtensions(schema: RichTextSchema) {
  const declared = (name: string) => schema.node(name) !== undefined || schema.hasMark(name);
  const editable = new Set<string>([...STARTER_KIT_CORE, ...STARTER_KIT_CONTENT]);
  const missing = [...schema.nodes, ...schema.marks].map((part) => part.name).filter((name) => !editable.has(name));
  if (missing.length > 0) throw new Error(`The note editor has no part for the rich-text ${missing.join(', ')}`);
  const off = Object.fromEntries(STARTER_KIT_CONTENT.filter((name) => !declared(name)).map((name) => [name, false] as const));
  return [StarterKit.configure(off)];
}

const EXTENSIONS = editorExtensions(RICH_TEXT_SCHEMA);

/**
 * A note body being edited. Every edit goes to the autosave queue as a lazy body (serialised
 * when sent, not per keystroke); leaving the editor flushes it and records the change as one
 * step of app-level undo.
 */
interface LiveProps {
  opinion: ListedOpinion;
  session: AnnotationSession;
  onEditing: (editing: boolean) => void;
  /** True once after the body was asked to edit before its editor existed. */
  takeFocusWanted: () => boolean;
  ref?: Ref<NoteBodyHandle>;
}

export default function LiveEditor({ opinion, session, onEditing, takeFocusWanted, ref }: LiveProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const id = opinion.id;
  // The callbacks below live as long as the editor; they read the current session and handlers.
  const current = useRef({ session, onEditing });
  useLayoutEffect(() => {
    current.current = { session, onEditing };
  });
  const bodyAtFocus = useRef<string | null>(null);

  const editor = useEditor(
    {
      extensions: EXTENSIONS,
      content: bodyOf(opinion) as JSONContent,
      // Editable from the start but drawn as plain text until it has focus: it takes no input
      // before it is clicked or tabbed to, and tests and assistive tools see a real text field.
      editable: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'note-body-text',
          'data-testid': 'note-editor',
          'data-opinion-id': id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('note.bodyLabel'),
          'data-placeholder': t('note.placeholder'),
          tabindex: '0',
          spellcheck: 'false',
        },
      },
      onUpdate: ({ editor: changed }) => {
        const { session: now } = current.current;
        now.saver.edit(id, now.versionId, { body: () => changed.getJSON() as RichTextNode });
      },
      onFocus: ({ editor: focused }) => {
        bodyAtFocus.current = JSON.stringify(focused.getJSON());
        setEditing(true);
        current.current.onEditing(true);
      },
      onBlur: ({ editor: blurred }) => {
        const { session: now, onEditing: tell } = current.current;
        // Flushed, not cancelled: the words typed last are sent now.
        void now.saver.flush(id);
        const before = bodyAtFocus.current;
        bodyAtFocus.current = null;
        const after = blurred.getJSON() as RichTextNode;
        if (before !== null && before !== JSON.stringify(after)) {
          now.committed(id, 'undo.body', { body: JSON.parse(before) as RichTextNode }, { body: after });
        }
        setEditing(false);
        tell(false);
      },
    },
    [id],
  );

  /** `late`: asked for before this editor existed (a new note), and only now possible. */
  const startEditing = (late = false) => {
    if (editor.isDestroyed) return;
    const focus = () => {
      if (editor.isDestroyed) return;
      // Meanwhile the reader may have selected other words to mark: the keys they press next
      // are for those, not for this note.
      if (late && selectingElsewhere(editor.view.dom)) return;
      editor.commands.focus('end', { scrollIntoView: false });
    };
    // A note opened the moment its editor is built waits for the editor's view to exist.
    if (editor.isInitialized) focus();
    else {
      const onCreate = () => {
        editor.off('create', onCreate);
        focus();
      };
      editor.on('create', onCreate);
    }
  };

  useImperativeHandle(ref, () => ({ edit: () => startEditing() }));

  useEffect(() => {
    // useEditor may hand out an instance it then replaces (a render React threw away): the
    // request to focus waits for the editor that stays.
    if (!editor.isDestroyed && takeFocusWanted()) startEditing(true);
  });

  // The editor's text is the latest edit; the store's is what the shell confirmed. Adopt the
  // store's only when nobody is typing here and nothing is waiting to be saved (an undo, say).
  useEffect(() => {
    if (editor.isDestroyed || editor.isFocused || session.saver.hasPending(id)) return;
    const body = bodyOf({ body: opinion.body, bodyText: opinion.bodyText });
    if (JSON.stringify(editor.getJSON()) !== JSON.stringify(body)) {
      editor.commands.setContent(body as JSONContent, { emitUpdate: false });
    }
  }, [editor, opinion.body, opinion.bodyText, session, id]);

  // Closing the note (or the report) flushes what is pending, with the body read while the
  // editor exists, and shows it in the store at once: a card opened again elsewhere (the notes
  // panel) must not start from the older text while the save is on its way.
  useLayoutEffect(
    () => () => {
      const { session: now } = current.current;
      now.saver.settleBody(id);
      void now.saver.flush(id);
      queueMicrotask(() => now.showPending(id));
    },
    [id],
  );

  return (
    <div
      className="note-editor-frame"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          event.stopPropagation();
          // Back to the card, so n/p and the other reading keys work again.
          (event.currentTarget.closest('.note-card') as HTMLElement | null)?.focus();
        }
      }}
    >
      {editing && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

const TOOLS: { key: string; label: MessageKey; text: string; active?: string; run: (editor: Editor) => void }[] = [
  { key: 'bold', label: 'editor.bold', text: 'B', active: 'bold', run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', label: 'editor.italic', text: 'I', active: 'italic', run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'bullet', label: 'editor.bulletList', text: '•', active: 'bulletList', run: (e) => e.chain().focus().toggleBulletList().run() },
  { key: 'ordered', label: 'editor.orderedList', text: '1.', active: 'orderedList', run: (e) => e.chain().focus().toggleOrderedList().run() },
  { key: 'quote', label: 'editor.quote', text: '❝', active: 'blockquote', run: (e) => e.chain().focus().toggleBlockquote().run() },
  { key: 'undo', label: 'editor.undo', text: '↶', run: (e) => e.chain().focus().undo().run() },
  { key: 'redo', label: 'editor.redo', text: '↷', run: (e) => e.chain().focus().redo().run() },
];

/** Formatting buttons, shown while the note is being edited; pressing one keeps the caret in the note. */
function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
    }),
  });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {TOOLS.map((tool) => (
        <button
          key={tool.key}
          type="button"
          className={`editor-tool tool-${tool.key}`}
          // The name starts with the symbol shown (B, 1., ❝), so speech input can name the button.
          aria-label={`${tool.text} ${t(tool.label)}`}
          title={t(tool.label)}
          aria-pressed={tool.active ? state[tool.active as keyof typeof state] : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}

/** Whether words outside this note's card are selected. */
function selectingElsewhere(editorElement: HTMLElement): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed) return false;
  return !(editorElement.closest('.note-card') ?? editorElement).contains(selection.anchorNode);
}
