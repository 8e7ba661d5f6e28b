/**
 * The opinion body sanitiser: whatever arrives as a body, what is stored is a document in the
 * editor's own schema (TipTap StarterKit without links) and its plain text.
 *
 * Kept: doc, paragraph, text, heading (levels 1–3), bulletList, orderedList (start),
 * listItem, blockquote, hardBreak, codeBlock, horizontalRule; marks bold, italic, strike, code.
 * Everything else is dropped, but the words inside an unknown node are kept: a delegate's
 * text pasted from elsewhere must not vanish because it came wrapped in a strange node.
 * Links are dropped on purpose — an opinion is read by clerks on other machines, and a link
 * is the one mark that can carry an attacker's URL (`javascript:`) into their editor.
 * Attributes are rebuilt from known values only, never copied, so keys such as `__proto__`
 * cannot ride along. Depth, node count and text length are bounded.
 */
import type { RichTextNode } from '../model/opinion';
import { DomainError } from '../model/errors';
import { plainTextBody } from '../model/plain-body';
import { stripHiddenControls } from '../model/clean-text';

/** Deeper than any real note (a list in a quote in a list…); beyond it content is flattened to text. */
export const MAX_BODY_DEPTH = 20;
/** About 1 MB of text (UTF-16 code units): far beyond any opinion, short of hurting the store. */
export const MAX_BODY_TEXT = 1_000_000;
export const MAX_BODY_NODES = 100_000;

export interface SanitizedBody {
  body: RichTextNode;
  /** Plain text: one line per paragraph, heading, list item paragraph or code line. */
  text: string;
}

const MARKS = new Set(['bold', 'italic', 'strike', 'code']);

const EMPTY_PARAGRAPH: RichTextNode = { type: 'paragraph' };

export function emptyBody(): RichTextNode {
  return { type: 'doc', content: [{ ...EMPTY_PARAGRAPH }] };
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

class Budget {
  nodes = 0;
  chars = 0;
  node(): void {
    if (++this.nodes > MAX_BODY_NODES) throw new DomainError('invalid-input', `The opinion has more than ${MAX_BODY_NODES} parts; split it into several opinions`);
  }
  text(text: string): string {
    this.chars += text.length;
    if (this.chars > MAX_BODY_TEXT) throw new DomainError('invalid-input', `The opinion is longer than ${MAX_BODY_TEXT} characters; split it into several opinions`);
    return text;
  }
}

function cleanMarks(marks: unknown[]): RichTextNode['marks'] {
  const kept: string[] = [];
  for (const mark of marks) {
    const type = isRecord(mark) ? own(mark, 'type') : undefined;
    if (typeof type === 'string' && MARKS.has(type) && !kept.includes(type)) kept.push(type);
  }
  return kept.length > 0 ? kept.map((type) => ({ type })) : undefined;
}

function textNode(text: string, marks?: RichTextNode['marks']): RichTextNode | null {
  // ProseMirror refuses empty text nodes.
  if (text === '') return null;
  return marks ? { type: 'text', text, marks } : { type: 'text', text };
}

/** Every text inside a node, in order, without recursion (the input may be deeper than the stack). */
function flattenText(root: unknown, budget: Budget): string {
  let out = '';
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = readNode(stack.pop());
    if (!node) continue;
    budget.node();
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
    if (node.type === 'text') push(textNode(budget.text(stripHiddenControls(node.text ?? '')), cleanMarks(node.marks)));
    else if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else {
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
    if (node?.type === 'hardBreak') text += '\n';
    else text += flattenText(child, budget);
  }
  const node = textNode(text);
  return node ? [node] : [];
}

function headingLevel(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(3, Math.max(1, value)) : 1;
}

function listStart(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 1_000_000 ? { start: value } : undefined;
}

/** TipTap's listItem is `paragraph block*`. */
function listItem(content: RichTextNode[]): RichTextNode {
  return { type: 'listItem', content: content[0]?.type === 'paragraph' ? content : [{ ...EMPTY_PARAGRAPH }, ...content] };
}

function listItems(children: unknown[], depth: number, budget: Budget): RichTextNode[] {
  const items: RichTextNode[] = [];
  for (const child of children) {
    const node = readNode(child);
    if (!node) continue;
    if (node.type === 'listItem' && depth < MAX_BODY_DEPTH) {
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
    if (loose.length > 0) out.push(withContent('paragraph', inlines(loose, depth, budget)));
    loose = [];
  };
  for (const child of children) {
    const node = readNode(child);
    if (!node) continue;
    if (depth >= MAX_BODY_DEPTH) {
      flush();
      out.push(withContent('paragraph', [textNode(flattenText(child, budget))].filter((n): n is RichTextNode => n !== null)));
      continue;
    }
    switch (node.type) {
      case 'text':
      case 'hardBreak':
        loose.push(child);
        continue;
      case 'paragraph':
        flush();
        budget.node();
        out.push(withContent('paragraph', inlines(node.content, depth + 1, budget)));
        continue;
      case 'heading':
        flush();
        budget.node();
        out.push(withContent('heading', inlines(node.content, depth + 1, budget), { level: headingLevel(own(node.attrs, 'level')) }));
        continue;
      case 'codeBlock':
        flush();
        budget.node();
        out.push(withContent('codeBlock', codeText(node.content, budget)));
        continue;
      case 'blockquote': {
        flush();
        budget.node();
        const content = blocks(node.content, depth + 1, budget);
        out.push({ type: 'blockquote', content: content.length > 0 ? content : [{ ...EMPTY_PARAGRAPH }] });
        continue;
      }
      case 'bulletList':
      case 'orderedList': {
        flush();
        budget.node();
        const items = listItems(node.content, depth + 1, budget);
        const attrs = node.type === 'orderedList' ? listStart(own(node.attrs, 'start')) : undefined;
        if (items.length > 0) out.push({ type: node.type, ...(attrs ? { attrs } : {}), content: items });
        continue;
      }
      case 'listItem':
        // A list item outside a list: its paragraphs join the surrounding blocks.
        flush();
        budget.node();
        out.push(...blocks(node.content, depth + 1, budget));
        continue;
      case 'horizontalRule':
        flush();
        budget.node();
        out.push({ type: 'horizontalRule' });
        continue;
      default:
        // An unknown node is dropped; its words are not.
        flush();
        budget.node();
        if (node.text !== null) loose.push({ type: 'text', text: node.text });
        flush();
        out.push(...blocks(node.content, depth + 1, budget));
    }
  }
  flush();
  return out;
}

/** The plain text of a sanitised body (its depth is bounded, so recursion is safe here). */
function plainLines(node: RichTextNode, lines: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      lines.push((node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join(''));
      return;
    case 'horizontalRule':
      return;
    default:
      for (const child of node.content ?? []) plainLines(child, lines);
  }
}

export function bodyText(body: RichTextNode): string {
  const lines: string[] = [];
  plainLines(body, lines);
  return lines.join('\n');
}

/** Sanitises a body from the editor (or a file); throws invalid-input only when it is too large. */
export function sanitizeBody(input: unknown): SanitizedBody {
  const budget = new Budget();
  const root = readNode(input);
  const content = root === null ? [] : root.type === 'doc' ? blocks(root.content, 1, budget) : blocks([input], 1, budget);
  const body: RichTextNode = { type: 'doc', content: content.length > 0 ? content : [{ ...EMPTY_PARAGRAPH }] };
  return { body, text: bodyText(body) };
}

/** A one-paragraph body from plain text (the command line; line breaks become hard breaks), through the same sanitiser. */
export function bodyFromText(text: string): SanitizedBody {
  return sanitizeBody(plainTextBody(text));
}
