/**
 * Everything the drafting workspace shows of one draft, computed from the store on each read:
 * its citations checked in the report's latest version, the form lint with the citation check
 * and the local 查重 against one's other drafts, the dismissals, and which signatures still
 * match the words.
 */
import type { DraftDetail } from '../api/contract';
import type { ReadingTexts } from '../anchoring/reading-texts';
import type { StoredDraft } from '../model/drafting';
import type { Store } from '../store/store';
import { checkCitations, citedPassages } from './citation-check';
import type { EarlierDraft } from './draft';
import { citationIdsIn, plainDraft, signedText, textHash } from './draft-content';
import { countedLength, draftText } from './draft-text';
import { lintDraft } from './lint';
import { profileInForce } from './profiles-in-force';
import { withStaleness } from './signing';

/** One's other drafts and imported past proposals, as the local duplicate check compares them. */
function earlierDrafts(store: Store, draftId: string): EarlierDraft[] {
  return store.drafts
    .list()
    .filter((other) => other.id !== draftId)
    .map((other) => {
      const plain = plainDraft(other);
      return { id: other.id, title: plain.title, text: Object.values(plain.parts).join('\n') };
    });
}

function citationsOf(store: Store, readings: ReadingTexts, draft: StoredDraft, inText: string[]): DraftDetail['citations'] {
  const rows = new Map(store.drafts.citations(draft.id).map((citation) => [citation.id, citation]));
  const cited = inText.flatMap((id) => rows.get(id) ?? []);
  if (cited.length === 0 || draft.reportId === null || !store.reports.hasReport(draft.reportId)) return cited.map((c) => ({ ...c, check: null }));
  const versionId = store.reports.latestVersionId(draft.reportId);
  const checks = checkCitations(cited, { versionId, reading: readings.get(versionId) }, readings.originOf);
  return cited.map((citation, i) => ({ ...citation, check: checks[i]! }));
}

export function draftDetail(store: Store, readings: ReadingTexts, draft: StoredDraft): DraftDetail {
  const profile = profileInForce(store, draft.form);
  const plain = plainDraft(draft);
  const citations = citationsOf(store, readings, draft, citationIdsIn(draft.parts, profile));
  const dismissals = store.drafts.dismissals(draft.id);
  const lint = lintDraft(
    {
      draft: plain,
      profile,
      earlierDrafts: earlierDrafts(store, draft.id),
      citedPassages: citedPassages(citations.flatMap((c) => (c.check ? [c.check] : []))),
    },
    dismissals.map(({ ruleId, reason }) => ({ ruleId, reason })),
  );
  const hash = textHash(signedText(plain, profile));
  return {
    draft,
    profile,
    citations,
    lint,
    dismissals,
    signatures: withStaleness(store.drafts.signatures(draft.id), hash),
    textHash: hash,
    characters: draftText(plain, profile).parts.reduce((sum, part) => sum + countedLength(part.text), 0),
  };
}
