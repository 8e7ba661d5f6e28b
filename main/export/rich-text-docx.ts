/**
 * An opinion body (TipTap JSON, main/model/rich-text/sanitize-body.ts) as Word paragraphs (WordprocessingML
 * text, see office/wordml.ts): bold, italic, strike and code marks, headings, lists, quotes,
 * code blocks and rules. Nodes are drawn by their role in the rich-text schema
 * (main/model/rich-text/), so a node a workspace declares is drawn too: an atom (a citation)
 * as its text, a textblock as a paragraph.
 *
 * List markers are written as text with a hanging indent rather than as Word numbering: an
 * opinion's "3." must stay "3." wherever the clerk pastes it, and a numbering definition per
 * list (TipTap lists may start at any number) would add hundreds of definitions to a large sheet.
 */
import type { RichTextNode } from '../model/opinion';
import { RICH_TEXT_SCHEMA, type RichTextSchema } from '../model/rich-text';
import type { OutputText } from './output-text';
import { FONTS } from './docx-style';
import { LINE_BREAK, paragraph, run, TAB, text, textRun, type ParagraphFormat } from './office/wordml';

const INDENT_STEP = 420;
const CODE_FILL = 'F2F2F2';

interface BlockContext {
  out: OutputText;
  schema: RichTextSchema;
  /** Left indent in twips of the blocks at this depth. */
  left: number;
  quote: boolean;
  listDepth: number;
  size?: number;
}

function has(node: RichTextNode, mark: string): boolean {
  return (node.marks ?? []).some((m) => m.type === mark);
}

function inlineRuns(nodes: RichTextNode[], context: BlockContext, extra: { bold?: boolean; size?: number }): string {
  const { out, schema } = context;
  let xml = '';
  for (const node of nodes) {
    const spec = schema.node(node.type);
    if (spec?.role === 'break') {
      xml += run(LINE_BREAK);
      continue;
    }
    const value = out(spec?.role === 'atom' ? spec.text!(node.attrs ?? {}) : (node.text ?? ''));
    if (value === '') continue;
    const code = has(node, 'code');
    xml += textRun(value, {
      bold: extra.bold || has(node, 'bold'),
      italics: has(node, 'italic'),
      strike: has(node, 'strike'),
      size: extra.size,
      ...(code ? { font: FONTS.code, shading: CODE_FILL } : {}),
    });
  }
  return xml;
}

function blockParagraph(content: string, context: BlockContext, hanging?: number): string {
  const format: ParagraphFormat = {
    indent: hanging ? { left: context.left, hanging } : context.left > 0 ? { left: context.left } : undefined,
    border: context.quote ? 'left' : undefined,
  };
  return paragraph(content, format);
}

function listBlocks(list: RichTextNode, context: BlockContext): string {
  let xml = '';
  const ordered = list.type === 'orderedList';
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  const itemContext = { ...context, left: context.left + INDENT_STEP, listDepth: context.listDepth + 1 };
  (list.content ?? []).forEach((item, i) => {
    const marker = ordered ? `${start + i}.` : context.listDepth % 2 === 0 ? '•' : '◦';
    const [first, ...rest] = item.content ?? [];
    const inlineFirst = first !== undefined && context.schema.node(first.type)?.role === 'textblock';
    const firstRuns = inlineFirst ? inlineRuns(first.content ?? [], context, { bold: first.type === 'heading', size: context.size }) : '';
    xml += blockParagraph(run(text(marker) + TAB, { size: context.size }) + firstRuns, itemContext, INDENT_STEP);
    xml += blocks(inlineFirst ? rest : (item.content ?? []), itemContext);
  });
  return xml;
}

function block(node: RichTextNode, context: BlockContext): string {
  const children = node.content ?? [];
  switch (context.schema.node(node.type)?.role) {
    case 'textblock':
      // A heading inside an opinion is emphasis, not a document heading: it must not enter the
      // navigation pane or the table of contents of the sheet it sits in.
      return blockParagraph(inlineRuns(children, context, { bold: node.type === 'heading', size: context.size }), context);
    case 'text':
    case 'break':
    case 'atom':
      // Inline content where a block belongs (a body from before its schema, say): a paragraph of its own.
      return blockParagraph(inlineRuns([node], context, { size: context.size }), context);
    case 'code': {
      const lines = context.out(children.map((child) => child.text ?? '').join('')).split('\n');
      const runs = lines.map((line, i) => run((i > 0 ? LINE_BREAK : '') + text(line), { font: FONTS.code, size: context.size })).join('');
      return paragraph(runs, { shading: CODE_FILL, indent: context.left > 0 ? { left: context.left } : undefined });
    }
    case 'rule':
      return paragraph('', { border: 'bottom' });
    case 'wrapper':
      return blocks(children, { ...context, left: context.left + INDENT_STEP, quote: true });
    case 'list':
      return listBlocks(node, context);
    default:
      return blocks(children, context);
  }
}

function blocks(nodes: RichTextNode[], context: BlockContext): string {
  let xml = '';
  for (const node of nodes) xml += block(node, context);
  return xml;
}

/** The body's paragraphs; an empty body gives none. */
export function richTextToWordml(body: RichTextNode, out: OutputText, options: { size?: number; schema?: RichTextSchema } = {}): string {
  const nodes = body.type === 'doc' ? (body.content ?? []) : [body];
  const empty = nodes.every((node) => node.type === 'paragraph' && (node.content ?? []).length === 0);
  const schema = options.schema ?? RICH_TEXT_SCHEMA;
  return empty ? '' : blocks(nodes, { out, schema, left: 0, quote: false, listDepth: 0, size: options.size });
}
