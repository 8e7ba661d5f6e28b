/**
 * The opinion body sanitiser: whatever arrives as a body, what is stored is a document in the
 * rich-text schema (main/model/rich-text/: TipTap StarterKit without links or underline, plus
 * whatever a workspace declared) and its plain text.
 *
 * Each node is rebuilt by its declared role: a textblock keeps its inline content, a list its
 * items, and so on. A node or mark the schema does not declare is not kept, but the words
 * inside it are — a delegate's text pasted from elsewhere must not vanish because it came
 * wrapped in a strange node — and it is reported (options.report), once per name, so the
 * caller can tell whose opinion or which file held it. Attributes are rebuilt by the node's
 * declaration from known values only, never copied, so keys such as `__proto__` cannot ride
 * along. Depth, node count and text length are bounded (model/rich-text/limits.ts).
 */
import type { RichTextNode } from '../opinion';
import { DomainError } from '../errors';
import { plainTextBody } from '../plain-body';
import { CORE_NODES, MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT, RICH_TEXT_SCHEMA, type RichTextSchema } from './index';
import { stripHiddenControls } from '../clean-text';

export { MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT };

export interface SanitizedBody {
  body: RichTextNode;
  /** Plain text: one line per paragraph, heading, list item paragraph or code line. */
  text: string;
}

/** Something in a body that was not kept as it came: its words were, the node or mark was not. */
export interface BodyProblem {
  code: 'unknown-node' | 'unknown-mark';
  /** The node or mark name, as it came. */
  name: string;
  message: string;
}

export interface SanitizeOptions {
  /** The schema to keep; RICH_TEXT_SCHEMA unless a workspace extended it. */
  schema?: RichTextSchema;
  /** Told of each unknown node or mark name once, after the body is rebuilt. */
  report?: (problem: BodyProblem) => void;
}

const EMPTY_PARAGRAPH: RichTextNode = { type: CORE_NODES.paragraph };

export function emptyBody(): RichTextNode {
  return { type: CORE_NODES.doc, content: [{ ...EMPTY_PARAGRAPH }] };
}

/** What we read from an input node: own, typed fields only. */
interface RawNode {
  type: string;
  attrs: Record<string, unknown>;
  content: unknown[];
  text: string | null;
  marks: unknown[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readNode(value: unknown): RawNode | null {
  if (!isRecord(value)) return null;
  const type = own(value, 'type');
  if (typeof type !== 'string') return null;
  const attrs = own(value, 'attrs');
  const content = own(value, 'content');
  const text = own(value, 'text');
  const marks = own(value, 'marks');
  return {
    type,
    attrs: isRecord(attrs) ? attrs : {},
    content: Array.isArray(content) ? content : [],
    text: typeof text === 'string' ? text : null,
    marks: Array.isArray(marks) ? marks : [],
  };
}

/** One body's walk: the schema it keeps, the bounds it has used and the names it did not know. */
class Budget {
  nodes = 0;
  chars = 0;
  readonly unknownNodes = new Set<string>();
  readonly unknownMarks = new Set<string>();
  constructor(readonly schema: RichTextSchema) {}
  node(): void {
    if (++this.nodes > MAX_BODY_NODES) throw new DomainError('invalid-input', `The opinion has more than ${MAX_BODY_NODES} parts; split it into several opinions`);
  }
  text(text: string): string {
    this.chars += text.length;
    if (this.chars > MAX_BODY_TEXT) throw new DomainError('invalid-input', `The opinion is longer than ${MAX_BODY_TEXT} characters; split it into several opinions`);
    return text;
  }
}

function cleanMarks(marks: unknown[], budget: Budget): RichTextNode['marks'] {
  const kept: string[] = [];
  for (const mark of marks) {
    const type = isRecord(mark) ? own(mark, 'type') : undefined;
    if (typeof type !== 'string') continue;
    if (!budget.schema.hasMark(type)) budget.unknownMarks.add(type);
    else if (!kept.includes(type)) kept.push(type);
  }
  return kept.length > 0 ? kept.map((type) => ({ type })) : undefined;
}

function textNode(text: string, marks?: RichTextNode['marks']): RichTextNode | null {
  // ProseMirror refuses empty text nodes.
  if (text === '') return null;
  return marks ? { type: CORE_NODES.text, text, marks } : { type: CORE_NODES.text, text };
}

/** The node's declaration; an undeclared name is noted for the report. */
function specOf(node: RawNode, budget: Budget) {
  const spec = budget.schema.node(node.type);
  if (!spec) budget.unknownNodes.add(node.type);
  return spec;
}

function cleanAttrs(node: RawNode, budget: Budget): Record<string, unknown> | undefined {
  return budget.schema.node(node.type)?.attrs?.(node.attrs);
}

/** Every text inside a node, in order, without recursion (the input may be deeper than the stack). */
function flattenText(root: unknown, budget: Budget): string {
  let out = '';
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = readNode(stack.pop());
    if (!node) continue;
    budget.node();
    specOf(node, budget);
    if (node.text !== null) out += node.text;
    for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
  }
  return budget.text(stripHiddenControls(out));
}

function withContent(type: string, content: RichTextNode[], attrs?: Record<string, unknown>): RichTextNode {
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

/** Inline content (of a paragraph or heading): text with marks and hard breaks; anything else gives its words. */
function inlines(children: unknown[], depth: number, budget: Budget): RichTextNode[] {
  const out: RichTextNode[] = [];
  const push = (node: RichTextNode | null) => {
    if (node) out.push(node);
  };
  for (const child of children) {
    const node = readNode(child);
    if (!node) continue;
    if (depth >= MAX_BODY_DEPTH) {
      push(textNode(flattenText(child, budget)));
      continue;
    }
    budget.node();
    const role = specOf(node, budget)?.role;
    if (role === 'text') push(textNode(budget.text(stripHiddenControls(node.text ?? '')), cleanMarks(node.marks, budget)));
    else if (role === 'break') out.push({ type: node.type });
    else if (role === 'atom') out.push(withContent(node.type, [], cleanAttrs(node, budget)));
    else {
      // A block inside inline content, or a node not declared: its words join the line.
      if (node.text !== null) push(textNode(budget.text(stripHiddenControls(node.text))));
      out.push(...inlines(node.content, depth + 1, budget));
    }
  }
  return out;
}

/** A code block holds plain text only: no marks, hard breaks become newlines. */
function codeText(children: unknown[], budget: Budget): RichTextNode[] {
  let text = '';
  for (const child of children) {
    const node = readNode(child);
    if (node && budget.schema.node(node.type)?.role === 'break') text += '\n';
    else text += flattenText(child, budget);
  }
  const node = textNode(text);
  return node ? [node] : [];
}

/** TipTap's listItem is `paragraph block*`. */
function listItem(content: RichTextNode[]): RichTextNode {
  return { type: CORE_NODES.item, content: content[0]?.type === CORE_NODES.paragraph ? content : [{ ...EMPTY_PARAGRAPH }, ...content] };
}

function listItems(children: unknown[], depth: number, budget: Budget): RichTextNode[] {
  const items: RichTextNode[] = [];
  for (const child of children) {
    const node = readNode(child);
    if (!node) continue;
    if (node.type === CORE_NODES.item && depth < MAX_BODY_DEPTH) {
      budget.node();
      items.push(listItem(blocks(node.content, depth + 1, budget)));
    } else {
      // Anything else in a list becomes an item of its own rather than being lost.
      const content = blocks([child], depth, budget);
      if (content.length > 0) items.push(listItem(content));
    }
  }
  return items;
}

/** Block content (of the doc, a blockquote or a list item). Loose inline content is gathered into paragraphs. */
function blocks(children: unknown[], depth: number, budget: Budget): RichTextNode[] {
  const out: RichTextNode[] = [];
  let loose: unknown[] = [];
  const flush = () => {
    if (loose.length > 0) out.push(withContent(CORE_NODES.paragraph, inlines(loose, depth, budget)));
    loose = [];
  };
  for (const child of children) {
    const node = readNode(child);
    if (!node) continue;
    if (depth >= MAX_BODY_DEPTH) {
      flush();
      out.push(withContent(CORE_NODES.paragraph, [textNode(flattenText(child, budget))].filter((n): n is RichTextNode => n !== null)));
      continue;
    }
    const spec = specOf(node, budget);
    switch (spec?.role) {
      case 'text':
      case 'break':
      case 'atom':
        loose.push(child);
        continue;
      case 'textblock':
        flush();
        budget.node();
        out.push(withContent(node.type, inlines(node.content, depth + 1, budget), cleanAttrs(node, budget)));
        continue;
      case 'code':
        flush();
        budget.node();
        out.push(withContent(node.type, codeText(node.content, budget), cleanAttrs(node, budget)));
        continue;
      case 'wrapper': {
        flush();
        budget.node();
        const content = blocks(node.content, depth + 1, budget);
        const attrs = cleanAttrs(node, budget);
        out.push({ type: node.type, ...(attrs ? { attrs } : {}), content: content.length > 0 ? content : [{ ...EMPTY_PARAGRAPH }] });
        continue;
      }
      case 'list': {
        flush();
        budget.node();
        const items = listItems(node.content, depth + 1, budget);
        const attrs = cleanAttrs(node, budget);
        if (items.length > 0) out.push({ type: node.type, ...(attrs ? { attrs } : {}), content: items });
        continue;
      }
      case 'item':
        // A list item outside a list: its paragraphs join the surrounding blocks.
        flush();
        budget.node();
        out.push(...blocks(node.content, depth + 1, budget));
        continue;
      case 'rule':
        flush();
        budget.node();
        out.push(withContent(node.type, [], cleanAttrs(node, budget)));
        continue;
      default:
        // An unknown node (noted by specOf), or a doc inside a doc: dropped; its words are not.
        flush();
        budget.node();
        if (node.text !== null) loose.push({ type: CORE_NODES.text, text: node.text });
        flush();
        out.push(...blocks(node.content, depth + 1, budget));
    }
  }
  flush();
  return out;
}

/** The plain text of a sanitised body (its depth is bounded, so recursion is safe here). */
function plainLines(node: RichTextNode, lines: string[], schema: RichTextSchema): void {
  const role = schema.node(node.type)?.role;
  switch (role) {
    case 'textblock':
    case 'code':
      lines.push((node.content ?? []).map((child) => inlineText(child, schema)).join(''));
      return;
    case 'rule':
      return;
    default:
      for (const child of node.content ?? []) plainLines(child, lines, schema);
  }
}

function inlineText(node: RichTextNode, schema: RichTextSchema): string {
  const spec = schema.node(node.type);
  if (spec?.role === 'break') return '\n';
  if (spec?.role === 'atom') return spec.text!(node.attrs ?? {});
  return node.text ?? '';
}

export function bodyText(body: RichTextNode, schema: RichTextSchema = RICH_TEXT_SCHEMA): string {
  const lines: string[] = [];
  plainLines(body, lines, schema);
  return lines.join('\n');
}

function report(budget: Budget, sink: SanitizeOptions['report']): void {
  if (!sink) return;
  for (const name of budget.unknownNodes) {
    sink({ code: 'unknown-node', name, message: `a ${JSON.stringify(name)} node is not in Shenyi's rich-text schema; its words were kept as text` });
  }
  for (const name of budget.unknownMarks) {
    sink({ code: 'unknown-mark', name, message: `a ${JSON.stringify(name)} mark is not in Shenyi's rich-text schema; the words it marked were kept unmarked` });
  }
}

/** Sanitises a body from the editor (or a file); throws invalid-input only when it is too large. */
export function sanitizeBody(input: unknown, options: SanitizeOptions = {}): SanitizedBody {
  const schema = options.schema ?? RICH_TEXT_SCHEMA;
  const budget = new Budget(schema);
  const root = readNode(input);
  const content = root === null ? [] : root.type === CORE_NODES.doc ? blocks(root.content, 1, budget) : blocks([input], 1, budget);
  const body: RichTextNode = { type: CORE_NODES.doc, content: content.length > 0 ? content : [{ ...EMPTY_PARAGRAPH }] };
  report(budget, options.report);
  return { body, text: bodyText(body, schema) };
}

/** A one-paragraph body from plain text (the command line; line breaks become hard breaks), through the same sanitiser. */
export function bodyFromText(text: string): SanitizedBody {
  return sanitizeBody(plainTextBody(text));
}
