import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { ListedOpinion } from '../api/contract';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import type LiveEditorDefault from './LiveEditor';
import { RichTextView } from './RichTextView';
import { mountWhenIdle } from './editorMounts';
import { bodyOf } from './bodyOf';

export interface NoteBodyHandle {
  /** Makes the body editable and puts the caret at its end. */
  edit(): void;
}

interface Props {
  opinion: ListedOpinion;
  session: AnnotationSession;
  /** Told when the editor gains or loses focus (the card shows its tools while editing). */
  onEditing: (editing: boolean) => void;
  /** Someone else's opinion: drawn, never given an editor. */
  readOnly?: boolean;
  ref?: Ref<NoteBodyHandle>;
}

/**
 * The editor (TipTap and ProseMirror, about half the renderer's code) loads after the report
 * shows. Not React.lazy: a lazy component suspends on its first render even when its code is
 * already here, and React then holds the fallback ~300 ms — long enough to lose the first keys
 * typed into a new note. Once loaded, the editor mounts in the same render.
 */
type LiveEditorComponent = typeof LiveEditorDefault;
let loadedEditor: LiveEditorComponent | null = null;
let loadingEditor: Promise<LiveEditorComponent> | null = null;

function loadLiveEditor(): Promise<LiveEditorComponent> {
  loadingEditor ??= import('./LiveEditor').then(
    (module) => (loadedEditor = module.default),
    (error: unknown) => {
      loadingEditor = null; // a failed chunk load may be retried
      throw error;
    },
  );
  return loadingEditor;
}

/** Fetches the editor's code ahead of the first note. */
export function preloadEditor(): void {
  void loadLiveEditor().catch(() => {});
}

/** Whether the editor's code is here, loading it once `wanted`. */
function useEditorReady(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => loadedEditor !== null);
  useEffect(() => {
    if (!wanted || ready) return;
    let current = true;
    loadLiveEditor().then(
      () => {
        if (current) setReady(true);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [wanted, ready]);
  return ready || (wanted && loadedEditor !== null);
}

type EditorSlotProps = Parameters<LiveEditorComponent>[0];

/** The loaded editor; rendered only once useEditorReady says its code is here. */
function EditorSlot(props: EditorSlotProps) {
  const Editor = loadedEditor;
  return Editor ? <Editor {...props} /> : null;
}

/**
 * A note's body. It is drawn statically at first; a TipTap editor (LiveEditor.tsx) takes over
 * when the card comes into view or the page is idle (see editorMounts.ts); it reads as plain
 * text and takes input only once clicked or focused. It re-renders on its own, never the report.
 */
export function NoteBody({ opinion, session, onEditing, readOnly = false, ref }: Props) {
  const { t } = useI18n();
  const placeholder = t('note.placeholder');
  const holder = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const focusWanted = useRef(false);
  const takeFocusWanted = useCallback(() => {
    const wanted = focusWanted.current;
    focusWanted.current = false;
    return wanted;
  }, []);
  const liveHandle = useRef<NoteBodyHandle>(null);

  useEffect(() => {
    const element = holder.current;
    if (live || readOnly || !element) return;
    const wake = () => setLive(true);
    // On screen (or nearly): now. Elsewhere: when the page is idle, so tests and keyboard users
    // find a real editor in every card without the report paying for all of them up front.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) wake();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    // Rendered synchronously, so the idle slice measures the real cost of each editor.
    const cancel = mountWhenIdle(() => flushSync(wake));
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [live, readOnly]);

  useImperativeHandle(
    ref,
    () => ({
      edit: () => {
        if (readOnly) return;
        if (liveHandle.current) liveHandle.current.edit();
        else {
          focusWanted.current = true;
          setLive(true);
        }
      },
    }),
    [readOnly],
  );

  const ready = useEditorReady(live);
  const attachLive = useCallback((handle: NoteBodyHandle | null) => {
    liveHandle.current = handle;
  }, []);
  return (
    <div ref={holder} className="note-body">
      {live && ready && !readOnly ? (
        <EditorSlot ref={attachLive} opinion={opinion} session={session} onEditing={onEditing} takeFocusWanted={takeFocusWanted} />
      ) : (
        <RichTextView body={bodyOf(opinion)} className="note-body-text" placeholder={placeholder} />
      )}
    </div>
  );
}
