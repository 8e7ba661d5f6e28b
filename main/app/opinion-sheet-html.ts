/**
 * The opinion sheet as a printable HTML page (for PDF): the Markdown sheet rendered with
 * marked, raw HTML dropped (opinion text is never markup), no links, with A4 print styles and CJK fonts.
 */
import { Marked } from 'marked';

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

export function opinionSheetHtml(markdown: string, title: string): string {
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title>
<style>
  @page { size: A4; margin: 25mm 22mm; }
  body { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 12pt; line-height: 1.8; color: #000; }
  h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 12pt; }
  h2, h3, h4 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 14pt 0 6pt; }
  h2 { font-size: 14pt; } h3 { font-size: 13pt; } h4 { font-size: 12pt; }
  blockquote { margin: 4pt 0 4pt 0; padding: 2pt 10pt; border-left: 3pt solid #888; color: #333; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
  td, th { border: 0.75pt solid #444; padding: 3pt 6pt; vertical-align: top; }
  p { margin: 4pt 0; text-align: justify; }
</style></head>
<body>${body}</body></html>`;
}
