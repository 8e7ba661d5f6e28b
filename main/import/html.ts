/**
 * HTML → text. Only text is kept: no markup, link, image or style of an imported page ever
 * reaches the renderer, which is the strongest sanitising there is. Block elements become
 * paragraphs separated by blank lines.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th',
  'br', 'hr', 'figure', 'figcaption', 'address', 'center', 'title',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
// Bidi controls can disguise text direction; they have no place in a report.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function extractHtmlText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipping = 0;
  let titleText = '';
  let inTitle = false;
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (blocks.length === 0 && titleText.trim() !== '') blocks.push(titleText.trim());
  return blocks.join('\n\n').replace(BIDI_CONTROLS, '');
}
