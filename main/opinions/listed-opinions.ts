/**
 * The reading view's list of a report's opinions in one version, kept between calls. Reading
 * and resolving 10,000 opinions takes a few hundred milliseconds; a report opened again (a
 * reload, a second window, switching back) gets the list it had, as long as nothing could have
 * changed it. What can: a write through this process's store (its revision), a commit by
 * another connection to the same file, such as the command line adding notes while the app
 * runs (SQLite's data_version), or the version's paragraphs (a new reading text).
 * The lists handed out are shared between callers and frozen (each item too): a shell may keep
 * what it made of one (the browser shell keeps its JSON) for as long as it is handed out.
 */
import type Database from 'better-sqlite3';
import type { ListedOpinion, Opinion } from '../model/opinion';
import type { ReadingText } from '../anchoring/reading-text';
import type { ReadingTexts } from './reading-texts';
import { toListed } from './listed-opinion';
import { viewsIn } from './opinion-views';

interface Source {
  db: Database.Database;
  opinions: { revision: number; listByReport(reportId: string): Opinion[] };
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
    const list = Object.freeze(viewsIn(reading, this.store.opinions.listByReport(reportId)).map((view) => Object.freeze(toListed(view))));
    this.kept.set(versionId, { reportId, reading, stamp, list });
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    return list;
  }

  private stamp(): string {
    return `${this.store.opinions.revision}:${this.store.db.pragma('data_version', { simple: true }) as number}`;
  }
}
