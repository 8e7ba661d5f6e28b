/**
 * What a citation prints in the draft: 「《报告》第二部分（三）第2段：“…”」 — the report's title,
 * the paragraph's place as the 汇总表 writes it (export/report-position.ts) and the words cited,
 * shortened when long so the draft stays a draft and not a copy of the report.
 */

/** Cited words shown in full up to this many characters; longer ones keep their opening. */
export const LABEL_QUOTE_CHARS = 60;

export function citationLabel(reportTitle: string, location: string, quote: string): string {
  const title = reportTitle.replace(/^《|》$/g, '').trim();
  const words = quote.replace(/\s+/g, '');
  const shown = words.length > LABEL_QUOTE_CHARS ? `${words.slice(0, LABEL_QUOTE_CHARS)}……` : words;
  return `《${title}》${location}：“${shown}”`;
}
