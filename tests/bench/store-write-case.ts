/**
 * Child case: writing a parsed report into a new store (ReportStore.importFile, one SQLite
 * transaction). Each run gets a fresh data folder; opening the store (and its migrations) is
 * not timed. Usage: node --import tsx tests/bench/store-write-case.ts FILE WARMUP RUNS
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportFile } from '../../main/import/read-file';
import { openStore } from '../../main/store/store';
import { MB, median, report } from './stats';

export interface StoreWriteResult {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  databaseMB: number;
}

const [file, warmUp = '1', runs = '7'] = process.argv.slice(2);
if (!file) throw new Error('usage: store-write-case.ts FILE [WARMUP] [RUNS]');

const parsed = await readReportFile(readFileSync(file), file);
const times: number[] = [];
let databaseBytes = 0;
for (let i = 0; i < Number(warmUp) + Number(runs); i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-store-'));
  const store = openStore(dataDir);
  const start = performance.now();
  store.reports.importFile(parsed, [0]);
  const elapsed = performance.now() - start;
  store.close();
  databaseBytes = statSync(store.path).size;
  rmSync(dataDir, { recursive: true, force: true });
  if (i >= Number(warmUp)) times.push(elapsed);
}
report<StoreWriteResult>({ runs: times.length, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), databaseMB: databaseBytes / MB });
