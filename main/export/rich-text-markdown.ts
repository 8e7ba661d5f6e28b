/**
 * An opinion body (TipTap JSON, main/model/rich-text/sanitize-body.ts) as Markdown. Headings inside a body
 * become bold paragraphs: a "#" there would break the outline of the sheet it sits in.
 *
 * Emphasis uses ** * ~~ where CommonMark reads them reliably. Next to CJK punctuation or
 * another marked run a delimiter can fail to open or close (CommonMark's flanking rules:
 * 的**“重点”**是 stays literal), so those runs are written as inline HTML (<b>, <i>, <s>),
 * which every Markdown reader that matters renders.
 *
 * Nodes are written by their role in the rich-text schema (main/model/rich-text/), so a node a
 * workspace declares is written too: an atom (a citation) as its text, escaped like any other.
 */
import type { RichTextNode } from '../model/opinion';
import { RICH_TEXT_SCHEMA, type RichTextSchema } from '../model/rich-text';
import type { OutputText } from './output-text';
import { codeFence, codeSpan, escapeInline, escapeLine } from './markdown-escape';

type MarkName = 'bold' | 'italic' | 'strike' | 'code';

const DELIMITER: Record<Exclude<MarkName, 'code'>, string> = { bold: '**', italic: '*', strike: '~~' };
const HTML_TAG: Record<Exclude<MarkName, 'code'>, string> = { bold: 'b', italic: 'i', strike: 's' };
const ORDER: Exclude<MarkName, 'code'>[] = ['strike', 'bold', 'italic'];

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]/u;

function marksOf(node: RichTextNode): Set<MarkName> {
  return new Set((node.marks ?? []).map((mark) => mark.type as MarkName));
}

interface Piece {
  text: string;
  marks: Set<MarkName>;
  hardBreak: boolean;
}

const sameMarks = (a: Set<MarkName>, b: Set<MarkName>) => a.size === b.size && [...a].every((m) => b.has(m));

function pieces(nodes: RichTextNode[], out: OutputText, schema: RichTextSchema, extra?: MarkName): Piece[] {
  const result: Piece[] = [];
  for (const node of nodes) {
    const spec = schema.node(node.type);
    if (spec?.role === 'break') {
      result.push({ text: '', marks: new Set(), hardBreak: true });
      continue;
    }
    const marks = marksOf(node);
    if (extra) marks.add(extra);
    const text = out(spec?.role === 'atom' ? spec.text!(node.attrs ?? {}) : (node.text ?? ''));
    const last = result[result.length - 1];
    if (last && !last.hardBreak && sameMarks(last.marks, marks)) last.text += text;
    else if (text !== '') result.push({ text, marks, hardBreak: false });
  }
  return result;
}

function renderPiece(piece: Piece, plainNeighbours: boolean, atLineStart: boolean): string {
  const code = piece.marks.has('code');
  const others = ORDER.filter((mark) => piece.marks.has(mark));
  let inner = code ? codeSpan(piece.text) : atLineStart ? escapeLine(piece.text) : escapeInline(piece.text);
  if (others.length === 0) return inner;
  const first = piece.text[0] ?? '';
  const last = piece.text[piece.text.length - 1] ?? '';
  const delimiters = !code && plainNeighbours && !PUNCTUATION_OR_SPACE.test(first) && !PUNCTUATION_OR_SPACE.test(last);
  for (const mark of [...others].reverse()) {
    inner = delimiters ? `${DELIMITER[mark]}${inner}${DELIMITER[mark]}` : `<${HTML_TAG[mark]}>${inner}</${HTML_TAG[mark]}>`;
  }
  return inner;
}

/** Inline content; a hard break ends the line with a backslash (CommonMark's hard line break). */
export function inlineMarkdown(nodes: RichTextNode[], out: OutputText, extra?: MarkName, schema: RichTextSchema = RICH_TEXT_SCHEMA): string {
  const list = pieces(nodes, out, schema, extra);
  let text = '';
  let atLineStart = true;
  list.forEach((piece, i) => {
    if (piece.hardBreak) {
      text += '\\\n';
      atLineStart = true;
      return;
    }
    const marked = (p: Piece | undefined) => p !== undefined && !p.hardBreak && p.marks.size > 0;
    text += renderPiece(piece, !marked(list[i - 1]) && !marked(list[i + 1]), atLineStart);
    atLineStart = false;
  });
  return text;
}

const indent = (lines: string[], prefix: string, firstPrefix = prefix) =>
  lines.map((line, i) => (line === '' ? '' : (i === 0 ? firstPrefix : prefix) + line));

/** The Markdown lines of one block; blocks are separated by a blank line. */
function blockLines(node: RichTextNode, out: OutputText, schema: RichTextSchema): string[] {
  const children = node.content ?? [];
  switch (schema.node(node.type)?.role) {
    case 'textblock':
      return inlineMarkdown(children, out, node.type === 'heading' ? 'bold' : undefined, schema).split('\n');
    case 'text':
    case 'break':
    case 'atom':
      // Inline content where a block belongs (a body from before its schema, say): a paragraph of its own.
      return inlineMarkdown([node], out, undefined, schema).split('\n');
    case 'code':
      return codeFence(out(children.map((child) => child.text ?? '').join(''))).split('\n');
    case 'rule':
      return ['* * *'];
    case 'wrapper':
      return blocksLines(children, out, schema).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'list': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      const lines: string[] = [];
      children.forEach((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `;
        const body = blocksLines(item.content ?? [], out, schema, true);
        if (body.length === 0) lines.push(marker.trimEnd());
        else lines.push(...indent(body, ' '.repeat(marker.length), marker));
      });
      return lines;
    }
    default:
      return blocksLines(children, out, schema);
  }
}

/** Blocks separated by a blank line; in a list item a nested list follows its paragraph directly, keeping the list tight. */
function blocksLines(nodes: RichTextNode[], out: OutputText, schema: RichTextSchema, inItem = false): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    const block = blockLines(node, out, schema);
    if (block.length === 0 || (block.length === 1 && block[0] === '')) continue;
    if (lines.length > 0 && !(inItem && schema.node(node.type)?.role === 'list')) lines.push('');
    lines.push(...block);
  }
  return lines;
}

export function richTextToMarkdown(body: RichTextNode, out: OutputText, schema: RichTextSchema = RICH_TEXT_SCHEMA): string {
  return blocksLines(body.type === 'doc' ? (body.content ?? []) : [body], out, schema).join('\n');
}
