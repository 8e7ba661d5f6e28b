/** A temp-folder store with a controllable clock, and a fixture imported into it. */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchHit } from '../../../main/api/contract';
import { foldText } from '../../../main/anchoring/fold';
import { searchableText } from '../../../main/store/opinion-store';
import { CHAR_TOKENIZER } from '../../../main/store/migrations/migration-3-short-search';
import { findRanges, searchTerms, SPACED_CHARS_FUNCTION } from '../../../main/store/search-text';
import type { Migration } from '../../../main/store/migrations';
import { openStore, type Store } from '../../../main/store/store';
import { readFixture } from '../fixtures';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(start = '2026-03-05T09:00:00.000Z'): Clock {
  let time = Date.parse(start);
  return { now: () => new Date(time), set: (iso) => (time = Date.parse(iso)), advance: (ms) => (time += ms) };
}

export class TempStores {
  private readonly dirs: string[] = [];
  private readonly stores: Store[] = [];

  dir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'shenyi-opinions-'));
    this.dirs.push(dir);
    return dir;
  }

  open(dir = this.dir(), clock?: Clock, migrations?: Migration[]): Store {
    const store = openStore(dir, { ...(clock ? { now: clock.now } : {}), ...(migrations ? { migrations } : {}) });
    this.stores.push(store);
    return store;
  }

  cleanUp(): void {
    for (const store of this.stores.splice(0)) store.close();
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export async function importFixture(store: Store, name: string): Promise<{ reportId: string; versionId: string }> {
  const [imported] = store.reports.importFile(await readFixture(name), [0]);
  return { reportId: imported!.reportId, versionId: imported!.versionId };
}

/**
 * FTS5's own check that an external-content index matches its content table (rank = 1 asks
 * it to compare with the content); it throws "checksum mismatch" when they disagree.
 */
export function checkSearchIndex(store: Store, table: 'paragraph_search' | 'opinion_search'): void {
  // The table name comes from the literal union above, never from input.
  store.db.prepare(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`).run();
}

/**
 * The character index (migration 3) holds exactly every opinion's folded text, one token per
 * character, and its report. A contentless table has no content for FTS5's own check to
 * compare with, so the same rows are indexed afresh in a temporary table with the same
 * tokenizer and both are read back token by token through fts5vocab.
 */
export function checkCharIndex(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.expected_chars;
    CREATE VIRTUAL TABLE temp.expected_chars USING fts5(chars, report, content='', tokenize="${CHAR_TOKENIZER}");
    INSERT INTO temp.expected_chars(rowid, chars, report)
      SELECT f.id, ${SPACED_CHARS_FUNCTION}(f.folded), o.report_id FROM opinion_search_text f JOIN opinions o ON o.id = f.opinion_id;
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.expected_tokens USING fts5vocab(temp, expected_chars, instance);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_tokens USING fts5vocab(main, opinion_chars, instance);
  `);
  const tokens = (table: string) => db.prepare(`SELECT doc, col, offset, term FROM temp.${table} ORDER BY doc, col, offset`).all();
  const expected = tokens('expected_tokens');
  expect(expected.length).toBeGreaterThanOrEqual((db.prepare('SELECT count(*) FROM opinion_search_text').pluck().get() as number));
  expect(tokens('indexed_tokens')).toEqual(expected);
}

/** What search must return: every paragraph and live opinion of the report, folded and checked one by one. */
export function referenceSearch(store: Store, { reportId, versionId }: { reportId: string; versionId: string }, query: string, limit: number) {
  const terms = searchTerms(query);
  if (terms.length === 0) return { paragraphs: [], opinions: [] };
  const paragraphs = store.reports
    .paragraphsOf(versionId)
    .filter((p) => terms.every((term) => foldText(p.text).includes(term)))
    .slice(0, limit)
    .map((p) => ({ id: p.id, ranges: findRanges(foldText(p.text), terms) }));
  const opinions = store.opinions
    .listByReport(reportId)
    .map((opinion) => ({ opinion, folded: foldText(searchableText(opinion)) }))
    .filter(({ folded }) => terms.every((term) => folded.includes(term)))
    .slice(0, limit)
    .map(({ opinion, folded }) => ({ id: opinion.id, ranges: findRanges(folded, terms).filter(([, end]) => end <= opinion.bodyText.length) }));
  return { paragraphs, opinions };
}

/** The ids and ranges of search hits, as referenceSearch gives them. */
export const hitSummary = (hits: SearchHit[]) => ({
  paragraphs: hits.filter((h) => h.kind === 'paragraph').map((h) => ({ id: h.paragraphId, ranges: h.ranges })),
  opinions: hits.filter((h) => h.kind === 'opinion').map((h) => ({ id: h.opinionId, ranges: h.ranges })),
});
