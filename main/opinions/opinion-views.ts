/**
 * Opinions as shown in one version of their report: each passage anchor resolved in it, or
 * where a person placed it there. A placement is honoured over the resolver while the version's
 * reading text still holds the words it was placed on.
 */
import type { AnchorResolution, Opinion, OpinionView, PassageAnchor } from '../model/opinion';
import { toParagraphRanges, type ReadingText } from '../anchoring/reading-text';
import { resolveAnchors } from '../anchoring/resolve';

/** `originOf`: the reading text of the version an anchor was made in (see resolveAnchors). */
export type OriginText = (versionId: string) => string | undefined;

/** A person's placement of an anchor in this version (main/store/anchor-store.ts). */
export interface PlacedRange {
  start: number;
  end: number;
  text: string;
}

/** The resolution a placement stands for, or null when the reading text no longer holds its words there. */
export function placedResolution(reading: ReadingText, anchor: PassageAnchor, placed: PlacedRange): AnchorResolution | null {
  if (placed.end > reading.text.length || reading.text.slice(placed.start, placed.end) !== placed.text) return null;
  const same = placed.text === anchor.quote.exact;
  return {
    status: same ? (placed.start === anchor.reading.start ? 'exact' : 'moved') : 'fuzzy',
    score: 1,
    start: placed.start,
    end: placed.end,
    matched: placed.text,
    ranges: toParagraphRanges(reading, placed.start, placed.end),
    placed: true,
  };
}

export function viewsIn(reading: ReadingText, opinions: Opinion[], originOf?: OriginText, placements?: ReadonlyMap<string, PlacedRange>): OpinionView[] {
  const anchored = opinions.filter((opinion) => opinion.anchor !== null);
  // One call for all anchors: the resolver builds its search index once per version.
  const resolutions = resolveAnchors(reading, anchored.map((opinion) => opinion.anchor!), originOf);
  const byId = new Map(anchored.map((opinion, i) => [opinion.id, resolutions[i]!]));
  return opinions.map((opinion) => {
    const placed = opinion.anchor && placements?.get(opinion.id);
    const resolution = (placed && placedResolution(reading, opinion.anchor!, placed)) || (byId.get(opinion.id) ?? null);
    return { ...opinion, resolution };
  });
}

export const viewIn = (reading: ReadingText, opinion: Opinion, originOf?: OriginText, placed?: PlacedRange | null): OpinionView =>
  viewsIn(reading, [opinion], originOf, placed ? new Map([[opinion.id, placed]]) : undefined)[0]!;
