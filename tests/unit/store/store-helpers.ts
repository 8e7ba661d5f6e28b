/** A temp-folder store with a controllable clock, and a fixture imported into it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  open(dir = this.dir(), clock?: Clock): Store {
    const store = openStore(dir, clock ? { now: clock.now } : {});
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
