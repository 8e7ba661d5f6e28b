/**
 * What an opinion body may hold, declared once: the nodes and marks of Shenyi's rich text, each
 * node with its role. The sanitiser (main/model/rich-text/sanitize-body.ts) keeps exactly these, the package
 * reader reports what is not among them (main/packages/format/parse-package.ts), the editor
 * turns on exactly these (renderer/src/notes/LiveEditor.tsx) and the exporters and the card
 * view draw them (main/export/rich-text-*.ts, renderer/src/notes/RichTextView.tsx).
 *
 * A node's role says what it may contain, so code that does not know a node by name still
 * knows how to clean it, where its words are and how to show them. That is what makes
 * `extend` the one way to add a node: drafting's citation is an `atom` (an inline leaf with
 * attributes and a text form), and once declared the sanitiser keeps it, exports print its
 * text, and nowhere else changes. A node not declared is never kept, and never silently lost:
 * its words stay, and the sanitiser reports it.
 */

export type NodeRole =
  /** The root: blocks. */
  | 'doc'
  /** A block of inline content: paragraph, heading. */
  | 'textblock'
  /** A block of plain text, without marks: codeBlock. */
  | 'code'
  /** A block of blocks, at least one: blockquote. */
  | 'wrapper'
  /** A block of list items: bulletList, orderedList. */
  | 'list'
  /** One list item: a paragraph, then blocks. */
  | 'item'
  /** A block without content: horizontalRule. */
  | 'rule'
  /** Words, with marks. */
  | 'text'
  /** A line break inside a textblock: hardBreak. */
  | 'break'
  /** An inline leaf with attributes and words of its own (a citation). */
  | 'atom';

export type Attrs = Readonly<Record<string, unknown>>;

export interface NodeSpec {
  /** The ProseMirror/TipTap node name, as it appears in `type`. */
  name: string;
  role: NodeRole;
  /**
   * The node's attributes rebuilt from an input's own ones: known keys with valid values only,
   * never copied (a key such as `__proto__` cannot ride along). Undefined: the node has none.
   */
  attrs?: (input: Attrs) => Record<string, unknown> | undefined;
  /** An atom's words: its plain text, and what an export that cannot show it otherwise prints. */
  text?: (attrs: Attrs) => string;
}

export interface MarkSpec {
  name: string;
}

export interface SchemaAddition {
  nodes?: readonly NodeSpec[];
  marks?: readonly MarkSpec[];
}

export interface RichTextSchema {
  /** The node of this name; a Map underneath, so `constructor` or `__proto__` is never found. */
  node(name: string): NodeSpec | undefined;
  hasMark(name: string): boolean;
  readonly nodes: readonly NodeSpec[];
  readonly marks: readonly MarkSpec[];
  /** This schema and the addition's nodes and marks: how a workspace adds a node. A name already here is refused. */
  extend(addition: SchemaAddition): RichTextSchema;
}

/** Plain names only: they are keys in stored JSON, in packages and in the editor's schema. */
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** The nodes the sanitiser itself builds, so every schema must have them. */
export const CORE_NODES = { doc: 'doc', paragraph: 'paragraph', text: 'text', item: 'listItem' } as const;

export function defineSchema(nodes: readonly NodeSpec[], marks: readonly MarkSpec[]): RichTextSchema {
  const byName = new Map<string, NodeSpec>();
  for (const node of nodes) {
    if (!NAME.test(node.name)) throw new Error(`Rich-text node name ${JSON.stringify(node.name)} is not a plain name`);
    if (byName.has(node.name)) throw new Error(`Rich-text node ${node.name} is declared twice`);
    if (node.role === 'atom' && !node.text) throw new Error(`Rich-text atom ${node.name} needs a text form`);
    byName.set(node.name, node);
  }
  const markNames = new Set<string>();
  for (const mark of marks) {
    if (!NAME.test(mark.name)) throw new Error(`Rich-text mark name ${JSON.stringify(mark.name)} is not a plain name`);
    if (markNames.has(mark.name)) throw new Error(`Rich-text mark ${mark.name} is declared twice`);
    markNames.add(mark.name);
  }
  const roles: Record<string, NodeRole> = { [CORE_NODES.doc]: 'doc', [CORE_NODES.paragraph]: 'textblock', [CORE_NODES.text]: 'text', [CORE_NODES.item]: 'item' };
  for (const [name, role] of Object.entries(roles)) {
    if (byName.get(name)?.role !== role) throw new Error(`A rich-text schema needs the ${role} node ${name}`);
  }
  const schema: RichTextSchema = {
    nodes: [...nodes],
    marks: [...marks],
    node: (name) => byName.get(name),
    hasMark: (name) => markNames.has(name),
    extend: (addition) => defineSchema([...nodes, ...(addition.nodes ?? [])], [...marks, ...(addition.marks ?? [])]),
  };
  return Object.freeze(schema);
}
