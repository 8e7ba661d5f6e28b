/** Opinions as shown in one version of their report: each passage anchor resolved in it. */
import type { Opinion, OpinionView } from '../model/opinion';
import type { ReadingText } from '../anchoring/reading-text';
import { resolveAnchors } from '../anchoring/resolve';

export function viewsIn(reading: ReadingText, opinions: Opinion[]): OpinionView[] {
  const anchored = opinions.filter((opinion) => opinion.anchor !== null);
  // One call for all anchors: the resolver builds its search index once per version.
  const resolutions = resolveAnchors(reading, anchored.map((opinion) => opinion.anchor!));
  const byId = new Map(anchored.map((opinion, i) => [opinion.id, resolutions[i]!]));
  return opinions.map((opinion) => ({ ...opinion, resolution: byId.get(opinion.id) ?? null }));
}

export const viewIn = (reading: ReadingText, opinion: Opinion): OpinionView => viewsIn(reading, [opinion])[0]!;
