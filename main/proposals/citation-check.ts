/**
 * Where each cited passage stands in the report's latest version, by the same resolver the
 * reading view uses (anchoring/resolve.ts), so a citation never claims words the report no
 * longer has. Exact, moved and ambiguous quotes are still there word for word; a fuzzy match
 * is the passage reworded (its new words are what the lint shows); an orphan is gone.
 */
import { resolveAnchors } from '../anchoring/resolve';
import type { ReadingText } from '../anchoring/reading-text';
import type { Citation, CitationCheck } from '../model/drafting';
import type { CitedPassage } from './lint-rule';

export function checkCitations(
  citations: readonly Citation[],
  latest: { versionId: string; reading: ReadingText },
  originOf?: (versionId: string) => string | undefined,
): CitationCheck[] {
  const resolutions = resolveAnchors(
    latest.reading,
    citations.map((c) => c.anchor),
    originOf,
  );
  return citations.map((citation, i) => {
    const resolution = resolutions[i]!;
    const quote = citation.anchor.quote.exact;
    const current = resolution.status === 'orphan' ? null : resolution.status === 'fuzzy' ? (resolution.matched ?? null) : quote;
    return {
      citationId: citation.id,
      label: citation.label,
      quote,
      versionId: latest.versionId,
      status: resolution.status,
      current,
      changed: current !== quote,
    };
  });
}

export const citedPassages = (checks: readonly CitationCheck[]): CitedPassage[] =>
  checks.map((check) => ({ citationId: check.citationId, quote: check.quote, current: check.current }));
