/**
 * The opinions a parsed 简报 gives the desk: one per speaker of each speech (two names on one
 * paragraph are two delegates of one view). A speech anchors where its first quote stands once in
 * the report's reading text; otherwise it is a note on the whole report, listed unanchored. The id
 * carries the provenance: 期号 and paragraph.
 */
import type { ParsedBriefing } from './briefing';
import type { DeskOpinion } from './desk-opinion';

export function briefingOpinions(briefing: ParsedBriefing, versionId?: string): DeskOpinion[] {
  const issue = briefing.header.issue ?? 0;
  return briefing.speeches.flatMap((speech) => {
    const anchor = speech.quotes.find((quote) => quote.reading !== null) ?? null;
    const kind = anchor ? (speech.suggestion ? 'passage-suggestion' : 'passage-comment') : 'report-note';
    return speech.speakers.map((speaker, k): DeskOpinion => ({
      id: `briefing-${issue}-${speech.paragraph}-${k + 1}`,
      author: { name: speaker.name, delegation: speaker.delegation ?? '', role: speaker.role },
      kind,
      bodyText: speech.text,
      suggestion: anchor ? speech.suggestion : null,
      ...(anchor ? { versionId, reading: anchor.reading, quote: anchor.text } : {}),
    }));
  });
}
