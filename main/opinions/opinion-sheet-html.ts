/**
 * The opinion sheet as a printable HTML page (for PDF), laid out as the Word sheet is: the
 * title, the header table (two label/value pairs a row), the groups' headings, each opinion's
 * label, quoted words, body and 原文 / 建议改为 / 理由 table, the tally — and page numbers in the
 * bottom margin (CSS page-margin boxes, which Chromium prints). Bodies go through Markdown and
 * marked with raw HTML dropped and links rendered as their text: opinion text is never markup.
 */
import { Marked } from 'marked';
import { entryLabelParts, LABEL_SEPARATOR, tallyText } from '../export/entry-label';
import type { ExportContext, ExportEntry } from '../export/export-context';
import { countByStance, groupHeadings, groupOpinions } from '../export/grouping';
import { richTextToMarkdown } from '../export/rich-text-markdown';
import { sheetHeaderFields } from '../export/sheet-header';
import { sheetTitle } from '../export/sheet-people';
import { WORDS } from '../export/wording';

/**
 * The sheet holds no links of its own, and GFM would make any URL-looking text in an opinion a
 * live link in the PDF (https://…, www.…, an e-mail address): a delegate's text must not become
 * a button to somewhere. Links are rendered as their text.
 */
const marked = new Marked({
  gfm: true,
  renderer: {
    html: () => '',
    link({ tokens }) {
      return this.parser.parseInline(tokens);
    },
  },
});

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
/** Text with its line breaks kept. */
const lines = (text: string) => escape(text).replace(/\n/g, '<br>');

const STYLE = `
  @page {
    size: A4; margin: 25mm 22mm;
    @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; color: #444; }
  }
  body { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 14pt; line-height: 1.6; color: #000; margin: 0; }
  h1, h2, h3, h4, h5, h6 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 14pt 0 6pt; }
  h1 { font-size: 22pt; text-align: center; margin: 0 0 18pt; }
  h2 { font-size: 16pt; } h3 { font-size: 15pt; } h4, h5, h6 { font-size: 14pt; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 12pt; }
  td, th { border: 0.75pt solid #000; padding: 3pt 6pt; vertical-align: top; text-align: left; }
  th, td.label { background: #d9d9d9; font-weight: bold; }
  table.header td.label { width: 16%; }
  .entry { break-inside: avoid-page; margin: 10pt 0 6pt; }
  .label { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; margin: 0 0 3pt; }
  blockquote { margin: 3pt 0; padding: 1pt 10pt; border-left: 1.5pt solid #999; color: #404040; font-size: 13pt; }
  .body p { margin: 3pt 0; text-align: justify; }
  .tags { font-size: 11pt; color: #595959; margin: 3pt 0; }
  .tally { font-weight: bold; margin-top: 24pt; }
`;

function headerTable(context: ExportContext): string {
  const fields = sheetHeaderFields(context);
  let rows = '';
  for (let i = 0; i < fields.length; i += 2) {
    const cells = fields
      .slice(i, i + 2)
      .map((field) => `<td class="label">${escape(context.out(field.label))}</td><td>${lines(context.out(field.value))}</td>`)
      .join('');
    rows += `<tr>${cells}${i + 1 < fields.length ? '' : '<td class="label"></td><td></td>'}</tr>`;
  }
  return `<table class="header">${rows}</table>`;
}

function entryHtml(context: ExportContext, entry: ExportEntry): string {
  const { out } = context;
  const { opinion } = entry;
  let html = `<p class="label">${escape(out(entryLabelParts(context, entry).join(LABEL_SEPARATOR)))}</p>`;
  if (opinion.anchor) html += `<blockquote>${lines(out(opinion.anchor.quote.exact))}</blockquote>`;
  html += `<div class="body">${marked.parse(richTextToMarkdown(opinion.body, out), { async: false })}</div>`;
  if (opinion.suggestion) {
    const s = opinion.suggestion;
    const head = [WORDS.original, WORDS.proposed, WORDS.reason].map((h) => `<th>${escape(out(h))}</th>`).join('');
    const cells = [s.original, s.proposed, s.reason].map((text) => `<td>${lines(out(text))}</td>`).join('');
    html += `<table class="suggestion"><tr>${head}</tr><tr>${cells}</tr></table>`;
  }
  if (opinion.tags.length > 0) html += `<p class="tags">${escape(`${out(WORDS.tags)}：${out(opinion.tags.join('、'))}`)}</p>`;
  return `<section class="entry">${html}</section>`;
}

export function opinionSheetHtml(context: ExportContext): string {
  const { out, input } = context;
  const title = out(sheetTitle(input.report.title, context.people));
  const parts = [`<h1>${escape(title)}</h1>`, headerTable(context)];
  if (context.entries.length === 0) parts.push(`<p>${escape(out(WORDS.noOpinions))}</p>`);
  const groups = groupOpinions(context);
  groupHeadings(groups).forEach((headings, g) => {
    for (const heading of headings) {
      const level = Math.min(2 + heading.depth, 6);
      parts.push(`<h${level}>${escape(out(heading.title))}</h${level}>`);
    }
    for (const entry of groups[g]!.entries) parts.push(entryHtml(context, entry));
  });
  if (context.entries.length > 0) parts.push(`<p class="tally">${escape(out(tallyText(context.entries.length, countByStance(context))))}</p>`);
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title>
<style>${STYLE}</style></head>
<body>${parts.join('\n')}</body></html>`;
}
