/**
 * What the compare view shows for two versions in the store: every aligned paragraph with its
 * pieces (equal, deleted, inserted), and the change list in the wording of a 修改情况说明, each
 * change pointing at the paragraph it is in so the view can step from one to the next.
 */
import type { ComparedParagraph, VersionComparison, VersionPart } from '../model/versions';
import type { Section } from '../model/report';
import type { Store } from '../store/store';
import { changeList, changeTotals, type Change } from './change-list';
import type { ParagraphDiff } from './diff-versions';
import { officialSentence, totalsSentence } from './official-wording';
import { diffStoredVersions, type VersionPair } from './stored-version-diff';

function comparedParagraph(paragraph: ParagraphDiff): ComparedParagraph {
  const block = paragraph.new?.block ?? paragraph.old?.block ?? null;
  return {
    status: paragraph.status,
    oldPath: paragraph.old?.block?.path ?? null,
    newPath: paragraph.new?.block?.path ?? null,
    oldParagraphId: paragraph.old?.block?.paragraphId ?? null,
    newParagraphId: paragraph.new?.block?.paragraphId ?? null,
    part: block?.part ? `${block.part.marker}${block.part.title}` : null,
    pieces: paragraph.ops.map((op) => ({ kind: op.kind, old: op.old, new: op.new })),
  };
}

/** The paragraph a change is in: the first changed one whose old (or, for an insertion, new) range holds it. */
function paragraphOf(change: Change, paragraphs: ParagraphDiff[]): number {
  const holds = (unit: { start: number; end: number } | null, at: number) => unit !== null && unit.start <= at && at <= unit.end;
  const changed = (p: ParagraphDiff) => p.status !== 'same';
  const byOld = paragraphs.findIndex((p) => changed(p) && p.old !== null && holds(p.old, change.oldStart) && (change.kind !== 'insert' || change.scope === 'text'));
  if (byOld >= 0) return byOld;
  const byNew = paragraphs.findIndex((p) => changed(p) && holds(p.new, change.newStart));
  return Math.max(0, byNew);
}

export function compareStoredVersions(store: Store, reportId: string, pair: VersionPair, ignoreFormatting: boolean): VersionComparison {
  const { diff, oldText, older, newer } = diffStoredVersions(store, reportId, pair, ignoreFormatting);
  const changes = changeList(diff, oldText);
  const partsOf = (root: Section): VersionPart[] => root.children.map((part) => ({ id: part.id, heading: part.heading }));
  return {
    from: older.version,
    to: newer.version,
    parts: { from: partsOf(older.root), to: partsOf(newer.root), fromPartId: pair.fromPartId ?? null, toPartId: pair.toPartId ?? null },
    ignoreFormatting,
    totalsSentence: totalsSentence(changes),
    totals: changeTotals(changes),
    paragraphs: diff.paragraphs.map(comparedParagraph),
    changes: changes.map((change) => ({ kind: change.kind, sentence: officialSentence(change), paragraph: paragraphOf(change, diff.paragraphs) })),
  };
}
