/**
 * An opinion body (TipTap JSON, main/opinions/body.ts) as Word paragraphs: bold, italic,
 * strike and code marks, headings, lists, quotes, code blocks and rules.
 *
 * List markers are written as text with a hanging indent rather than as Word numbering: an
 * opinion's "3." must stay "3." wherever the clerk pastes it, and a numbering definition per
 * list (TipTap lists may start at any number) would add hundreds of definitions to a large sheet.
 */
import { BorderStyle, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { RichTextNode } from '../model/opinion';
import type { OutputText } from './output-text';
import { FONTS } from './docx-style';

const INDENT_STEP = 420;

interface BlockContext {
  out: OutputText;
  /** Left indent in twips of the blocks at this depth. */
  left: number;
  quote: boolean;
  listDepth: number;
  size?: number;
}

function has(node: RichTextNode, mark: string): boolean {
  return (node.marks ?? []).some((m) => m.type === mark);
}

export function inlineRuns(nodes: RichTextNode[], out: OutputText, extra: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      runs.push(new TextRun({ break: 1 }));
      continue;
    }
    const text = out(node.text ?? '');
    if (text === '') continue;
    const code = has(node, 'code');
    runs.push(
      new TextRun({
        text,
        bold: extra.bold || has(node, 'bold') || undefined,
        italics: has(node, 'italic') || undefined,
        strike: has(node, 'strike') || undefined,
        ...(code ? { font: FONTS.code, shading: { fill: 'F2F2F2' } } : {}),
        ...(extra.size ? { size: extra.size } : {}),
      }),
    );
  }
  return runs;
}

function quoteBorder(context: BlockContext) {
  return context.quote ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } } : {};
}

function paragraph(children: ParagraphChild[], context: BlockContext, extra: { hanging?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    indent: extra.hanging ? { left: context.left, hanging: extra.hanging } : context.left > 0 ? { left: context.left } : undefined,
    ...quoteBorder(context),
  });
}

function listBlocks(list: RichTextNode, context: BlockContext): Paragraph[] {
  const result: Paragraph[] = [];
  const ordered = list.type === 'orderedList';
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  const itemContext = { ...context, left: context.left + INDENT_STEP, listDepth: context.listDepth + 1 };
  (list.content ?? []).forEach((item, i) => {
    const marker = ordered ? `${start + i}.` : context.listDepth % 2 === 0 ? '•' : '◦';
    const [first, ...rest] = item.content ?? [];
    const inlineFirst = first?.type === 'paragraph' || first?.type === 'heading';
    const firstRuns = inlineFirst ? inlineRuns(first.content ?? [], context.out, { bold: first.type === 'heading', size: context.size }) : [];
    result.push(paragraph([new TextRun({ children: [marker, new Tab()], size: context.size }), ...firstRuns], itemContext, { hanging: INDENT_STEP }));
    result.push(...blocks(inlineFirst ? rest : (item.content ?? []), itemContext));
  });
  return result;
}

function block(node: RichTextNode, context: BlockContext): Paragraph[] {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlineRuns(children, context.out, { size: context.size }), context)];
    case 'heading':
      // A heading inside an opinion is emphasis, not a document heading: it must not enter the
      // navigation pane or the table of contents of the sheet it sits in.
      return [paragraph(inlineRuns(children, context.out, { bold: true, size: context.size }), context)];
    case 'codeBlock': {
      const lines = context.out(children.map((child) => child.text ?? '').join('')).split('\n');
      const runs = lines.map((line, i) => new TextRun({ text: line, font: FONTS.code, ...(context.size ? { size: context.size } : {}), ...(i > 0 ? { break: 1 } : {}) }));
      return [new Paragraph({ children: runs, shading: { fill: 'F2F2F2' }, indent: context.left > 0 ? { left: context.left } : undefined })];
    }
    case 'horizontalRule':
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } })];
    case 'blockquote':
      return blocks(children, { ...context, left: context.left + INDENT_STEP, quote: true });
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node, context);
    default:
      return blocks(children, context);
  }
}

function blocks(nodes: RichTextNode[], context: BlockContext): Paragraph[] {
  return nodes.flatMap((node) => block(node, context));
}

/** The body's paragraphs; an empty body gives none. */
export function richTextToDocx(body: RichTextNode, out: OutputText, options: { size?: number } = {}): Paragraph[] {
  const nodes = body.type === 'doc' ? (body.content ?? []) : [body];
  const empty = nodes.every((node) => node.type === 'paragraph' && (node.content ?? []).length === 0);
  return empty ? [] : blocks(nodes, { out, left: 0, quote: false, listDepth: 0, size: options.size });
}
