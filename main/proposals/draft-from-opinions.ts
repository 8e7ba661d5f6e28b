/**
 * A draft started from one's own opinions on the report: each opinion's passage is cited in
 * the part that argues (理由 / 案据 / 内容), its words follow the citation, and a proposed
 * wording goes to the measures part as 「建议将……改为……」. Section notes carry no passage, so
 * only their words are taken.
 */
import { randomUUID } from 'node:crypto';
import type { Citation } from '../model/drafting';
import type { Opinion, RichTextNode } from '../model/opinion';
import type { FormProfile } from './form-profile';
import { partFromParagraphs } from './draft-content';

/** The part that argues from the report: the first part that is neither 案由 nor the measures. */
export function reasonsPart(profile: FormProfile): string {
  return profile.parts.find((part) => part.name !== profile.measuresPart && part.name !== '案由' && part.inLength)?.name ?? profile.measuresPart;
}

export interface StartedDraft {
  parts: Record<string, RichTextNode>;
  citations: Omit<Citation, 'draftId' | 'createdAt'>[];
}

export function draftFromOpinions(opinions: readonly Opinion[], profile: FormProfile, labelOf: (opinion: Opinion) => string): StartedDraft {
  const reasons: (string | RichTextNode[])[] = [];
  const measures: string[] = [];
  const citations: StartedDraft['citations'] = [];
  for (const opinion of opinions) {
    if (opinion.anchor) {
      const citation = { id: randomUUID(), reportId: opinion.reportId, anchor: opinion.anchor, label: labelOf(opinion) };
      citations.push(citation);
      reasons.push([{ type: 'citation', attrs: { citationId: citation.id, label: citation.label } }]);
    }
    if (opinion.bodyText.trim() !== '') reasons.push(opinion.bodyText.trim());
    const suggestion = opinion.suggestion;
    if (suggestion && suggestion.proposed.trim() !== '') {
      measures.push(`建议将“${suggestion.original}”改为“${suggestion.proposed.trim()}”。${suggestion.reason.trim()}`.trim());
    }
  }
  const parts: Record<string, RichTextNode> = Object.fromEntries(profile.parts.map((part) => [part.name, partFromParagraphs([])]));
  parts[reasonsPart(profile)] = partFromParagraphs(reasons);
  if (measures.length > 0) {
    const into = profile.measuresPart === reasonsPart(profile) ? [...reasons, ...measures] : measures;
    parts[profile.measuresPart] = partFromParagraphs(into);
  }
  return { parts, citations };
}
