/**
 * The reading view's list of a report's opinions in one version, kept between calls. Reading
 * and resolving 10,000 opinions takes a few hundred milliseconds; a report opened again (a
 * reload, a second window, switching back) gets the list it had, as long as nothing could have
 * changed it. What can: a write through this process's store (its revisions, a placement's too), a commit by
 * another connection to the same file, such as the command line adding notes while the app
 * runs (SQLite's data_version), or the version's paragraphs (a new reading text). A write of
 * one opinion made through write() patches the kept lists instead (see there).
 * The lists handed out are shared between callers and frozen (each item too): a shell may keep
 * what it made of one (the browser shell keeps its JSON) for as long as it is handed out.
 */
import type Database from 'better-sqlite3';
import type { ListedOpinion, Opinion } from '../model/opinion';
import type { ReadingText } from '../anchoring/reading-text';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { toListed } from './listed-opinion';
import { viewIn, viewsIn, type PlacedRange } from './opinion-views';

interface Source {
  db: Database.Database;
  opinions: { revision: number; listByReport(reportId: string): Opinion[]; get(id: string): Opinion | null };
  packages: { conflictsOfReport(reportId: string): Map<string, string>; conflictOf(opinionId: string): string | null };
  anchors: { revision: number; placementsIn(versionId: string): ReadonlyMap<string, PlacedRange>; placementOf(opinionId: string, versionId: string): PlacedRange | null };
}

interface Kept {
  reportId: string;
  reading: ReadingText;
  stamp: string;
  list: readonly ListedOpinion[];
}

export class ListedOpinions {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly store: Source,
    private readonly readings: ReadingTexts,
    /** Versions kept: the one on screen and a few a delegate switches between. */
    private readonly capacity = 4,
  ) {}

  of(reportId: string, versionId: string): readonly ListedOpinion[] {
    const reading = this.readings.get(versionId);
    const stamp = this.stamp();
    const kept = this.kept.get(versionId);
    this.kept.delete(versionId);
    if (kept && kept.reportId === reportId && kept.reading === reading && kept.stamp === stamp) {
      this.kept.set(versionId, kept);
      return kept.list;
    }
    const conflicts = this.store.packages.conflictsOfReport(reportId);
    const views = viewsIn(reading, this.store.opinions.listByReport(reportId), this.readings.originOf, this.store.anchors.placementsIn(versionId));
    const list = Object.freeze(views.map((view) => Object.freeze(toListed(view, conflicts.get(view.id) ?? null))));
    this.kept.set(versionId, { reportId, reading, stamp, list });
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    return list;
  }

  /**
   * Runs a write of one opinion, then brings the kept lists of its report up to date with it
   * instead of dropping them: with 10,000 notes, every autosave would otherwise cost the next
   * list its full price. A list is patched only if it was current before the write and the
   * opinion's place in it depends on nothing else — no anchor, or an anchor made in that very
   * version and found where it was made (resolving several anchors at once can settle an
   * ambiguous one by its neighbours; these need none). Any other kept list of the report is dropped.
   */
  write<T>(id: string, change: () => T): T {
    const before = this.stamp();
    const result = change();
    const opinion = this.store.opinions.get(id);
    const after = this.stamp();
    for (const [versionId, kept] of this.kept) {
      if (opinion && kept.reportId !== opinion.reportId) continue;
      const list =
        opinion && kept.stamp === before ? patched(kept, versionId, opinion, this.store.packages.conflictOf(opinion.id), this.store.anchors.placementOf(opinion.id, versionId)) : null;
      if (list) this.kept.set(versionId, { ...kept, stamp: after, list });
      else this.kept.delete(versionId);
    }
    return result;
  }

  private stamp(): string {
    return `${this.store.opinions.revision}:${this.store.anchors.revision}:${this.store.db.pragma('data_version', { simple: true }) as number}`;
  }
}

/** The kept list with `opinion` as it now is (gone if deleted), in the store's order; null if it cannot be patched. */
function patched(kept: Kept, versionId: string, opinion: Opinion, conflictOf: string | null, placed: PlacedRange | null): readonly ListedOpinion[] | null {
  const others = kept.list.filter((item) => item.id !== opinion.id);
  if (opinion.deletedAt !== null) return Object.freeze(others);
  const view = viewIn(kept.reading, opinion, undefined, placed);
  // A placement honoured here depends on nothing else either.
  if (opinion.anchor && !view.resolution?.placed && (opinion.anchor.versionId !== versionId || view.resolution?.status !== 'exact')) return null;
  // The store lists a report's opinions by creation time, then id.
  const item = Object.freeze(toListed(view, conflictOf));
  const at = others.findIndex((other) => other.createdAt > item.createdAt || (other.createdAt === item.createdAt && other.id > item.id));
  return Object.freeze(at < 0 ? [...others, item] : [...others.slice(0, at), item, ...others.slice(at)]);
}
