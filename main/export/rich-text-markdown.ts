/**
 * An opinion body (TipTap JSON, main/opinions/body.ts) as Markdown. Headings inside a body
 * become bold paragraphs: a "#" there would break the outline of the sheet it sits in.
 *
 * Emphasis uses ** * ~~ where CommonMark reads them reliably. Next to CJK punctuation or
 * another marked run a delimiter can fail to open or close (CommonMark's flanking rules:
 * 的**“重点”**是 stays literal), so those runs are written as inline HTML (<b>, <i>, <s>),
 * which every Markdown reader that matters renders.
 */
import type { RichTextNode } from '../model/opinion';
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

function pieces(nodes: RichTextNode[], out: OutputText, extra?: MarkName): Piece[] {
  const result: Piece[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      result.push({ text: '', marks: new Set(), hardBreak: true });
      continue;
    }
    const marks = marksOf(node);
    if (extra) marks.add(extra);
    const text = out(node.text ?? '');
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
export function inlineMarkdown(nodes: RichTextNode[], out: OutputText, extra?: MarkName): string {
  const list = pieces(nodes, out, extra);
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
function blockLines(node: RichTextNode, out: OutputText): string[] {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(children, out).split('\n');
    case 'heading':
      return inlineMarkdown(children, out, 'bold').split('\n');
    case 'codeBlock':
      return codeFence(out(children.map((child) => child.text ?? '').join(''))).split('\n');
    case 'horizontalRule':
      return ['* * *'];
    case 'blockquote':
      return blocksLines(children, out).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'bulletList':
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      const lines: string[] = [];
      children.forEach((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `;
        const body = blocksLines(item.content ?? [], out, true);
        if (body.length === 0) lines.push(marker.trimEnd());
        else lines.push(...indent(body, ' '.repeat(marker.length), marker));
      });
      return lines;
    }
    default:
      return blocksLines(children, out);
  }
}

const isList = (node: RichTextNode) => node.type === 'bulletList' || node.type === 'orderedList';

/** Blocks separated by a blank line; in a list item a nested list follows its paragraph directly, keeping the list tight. */
function blocksLines(nodes: RichTextNode[], out: OutputText, inItem = false): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    const block = blockLines(node, out);
    if (block.length === 0 || (block.length === 1 && block[0] === '')) continue;
    if (lines.length > 0 && !(inItem && isList(node))) lines.push('');
    lines.push(...block);
  }
  return lines;
}

export function richTextToMarkdown(body: RichTextNode, out: OutputText): string {
  return blocksLines(body.type === 'doc' ? (body.content ?? []) : [body], out).join('\n');
}
