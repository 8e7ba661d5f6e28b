/**
 * A draft on its official form (draft-form.ts) as one printable HTML page, which the PDF
 * printer (main/export/pdf-printer.ts) turns into a PDF: A4, the header line, the title, the
 * form's table. Self-contained — inline style, no scripts, nothing fetched — and every text
 * escaped, so a draft's words are never markup.
 *
 * Each font is a chain: the name official documents use, its PostScript or Windows name, the
 * system fonts that stand in for it on Windows and macOS, then Noto for Linux (where the PDF
 * printer may run).
 */
import { ooxmlDate } from '../../export/export-time';
import { escapeXml } from '../../export/office/xml-escape';
import type { DraftDocumentInput } from './draft-document';
import { draftFormRows, type FormBlock, type FormRow } from './draft-form';

const TITLE_FONT_CHAIN = '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Noto Serif CJK SC", serif';
const BODY_FONT_CHAIN = '"仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif';

/** HTML text and attribute values need the same escapes as XML's (and lose the same refused characters). */
const escape = escapeXml;

/** GB/T 9704 margins, as the Word form (main/export/docx-style.ts). */
const STYLE = `
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { font-family: ${BODY_FONT_CHAIN}; font-size: 16pt; line-height: 1.5; color: #000; margin: 0; }
  .header, h1 { font-family: ${TITLE_FONT_CHAIN}; font-weight: normal; text-align: center; }
  .header { font-size: 16pt; margin: 0 0 6pt; }
  h1 { font-size: 22pt; margin: 12pt 0 18pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.75pt solid #000; padding: 4pt 6pt; vertical-align: top; text-align: left; }
  th { width: 5.5em; font-weight: bold; text-align: center; vertical-align: middle; }
  td p { margin: 0; }
  td p.prose { text-indent: 2em; text-align: justify; }
  td p.heading { font-weight: bold; }
  tr { break-inside: avoid-page; }
`;

function blockHtml(block: FormBlock): string {
  const heading = block.heading === null ? '' : `<p class="heading">${escape(block.heading)}</p>`;
  return heading + block.paragraphs.map((text) => `<p${block.prose ? ' class="prose"' : ''}>${escape(text)}</p>`).join('');
}

function rowHtml(row: FormRow): string {
  // 1.5em a line, as the body's line height.
  const room = row.blankLines > 0 ? ` style="height: ${row.blankLines * 1.5}em"` : '';
  return `<tr><th scope="row">${escape(row.label)}</th><td${room}>${row.blocks.map(blockHtml).join('')}</td></tr>`;
}

export function draftHtml(input: DraftDocumentInput): string {
  const title = escape(input.draft.title);
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="dcterms.created" content="${ooxmlDate(input.createdAt)}">
<title>${title}</title>
<style>${STYLE}</style></head>
<body>
<p class="header">${escape(input.header)}</p>
<h1>${title}</h1>
<table>${draftFormRows(input).map(rowHtml).join('\n')}</table>
</body></html>`;
}
