/**
 * Text as XML 1.0 can hold it, for the parts Shenyi writes itself (word/document.xml,
 * word/comments.xml, the worksheets). Characters XML 1.0 refuses are dropped — a stray control
 * character pasted into a report would otherwise make Word refuse the whole file — and the
 * markup characters are escaped, so one function serves text and attribute values alike.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character NOT_XML might refuse: a plain character class, far quicker to scan for than NOT_XML itself. */
// eslint-disable-next-line no-control-regex -- the characters of NOT_XML, to find them
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export const xmlSafe = (text: string): string => (MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text);

/**
 * Anything that may need work: markup characters, refused characters and every surrogate (a
 * lone one is refused; a pair is fine, but telling them apart is xmlSafe's job). Most strings
 * hold none, and a test is far cheaper than four replaces.
 */
// eslint-disable-next-line no-control-regex -- the refused characters of NOT_XML, to find them
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Text or an attribute value, ready to stand between tags or in double quotes. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
