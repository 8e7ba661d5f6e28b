/** Opinions cut down to what the reading view shows (see ListedOpinion in model/opinion.ts). */
import type { AnchorResolution, ListedOpinion, ListedResolution, OpinionView } from '../model/opinion';
import { isPlainTextBody } from '../model/plain-body';

function listedResolution(resolution: AnchorResolution): ListedResolution {
  return {
    status: resolution.status,
    score: resolution.score,
    ...(resolution.status === 'fuzzy' && resolution.matched !== undefined ? { matched: resolution.matched } : {}),
    ...(resolution.ranges ? { ranges: resolution.ranges } : {}),
    ...(resolution.candidates ? { candidates: resolution.candidates.map((candidate) => ({ ranges: candidate.ranges })) } : {}),
    ...(resolution.placed ? { placed: true as const } : {}),
  };
}

/** `conflictOf`: for a conflicting copy, the opinion it is a version of (main/opinions/conflicts.ts). */
export function toListed(view: OpinionView, conflictOf: string | null = null): ListedOpinion {
  return {
    id: view.id,
    reportId: view.reportId,
    versionId: view.versionId,
    kind: view.kind,
    stanceId: view.stanceId,
    tags: view.tags,
    body: isPlainTextBody(view.body, view.bodyText) ? null : view.body,
    bodyText: view.bodyText,
    anchor: view.anchor && { startParagraphId: view.anchor.startParagraphId, path: view.anchor.path, exact: view.anchor.quote.exact },
    sectionId: view.sectionId,
    suggestion: view.suggestion,
    author: { id: view.author.id, name: view.author.name, delegation: view.author.delegation },
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    deletedAt: view.deletedAt,
    resolution: view.resolution && listedResolution(view.resolution),
    conflictOf,
  };
}
