/** Opinions as shown in one version of their report: each passage anchor resolved in it. */
import type { Opinion, OpinionView } from '../model/opinion';
import type { ReadingText } from '../anchoring/reading-text';
import { resolveAnchors } from '../anchoring/resolve';

/** `originOf`: the reading text of the version an anchor was made in (see resolveAnchors). */
export type OriginText = (versionId: string) => string | undefined;

export function viewsIn(reading: ReadingText, opinions: Opinion[], originOf?: OriginText): OpinionView[] {
  const anchored = opinions.filter((opinion) => opinion.anchor !== null);
  // One call for all anchors: the resolver builds its search index once per version.
  const resolutions = resolveAnchors(reading, anchored.map((opinion) => opinion.anchor!), originOf);
  const byId = new Map(anchored.map((opinion, i) => [opinion.id, resolutions[i]!]));
  return opinions.map((opinion) => ({ ...opinion, resolution: byId.get(opinion.id) ?? null }));
}

export const viewIn = (reading: ReadingText, opinion: Opinion, originOf?: OriginText): OpinionView => viewsIn(reading, [opinion], originOf)[0]!;
