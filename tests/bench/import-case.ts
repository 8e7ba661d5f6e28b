/**
 * Child case: import + structure (readReportFile) of one file.
 * Memory is taken on the first, cold call in this fresh process: peak RSS growth from
 * `process.resourceUsage().maxRSS`, and heap growth from `process.memoryUsage().heapUsed`
 * right after the call (garbage included, so a lower bound of the heap peak).
 * The cold call's time is reported too; the timing proper is the median of `runs` calls after `warmUp` untimed ones.
 * Usage: node --expose-gc --import tsx tests/bench/import-case.ts FILE WARMUP RUNS
 */
import { readFileSync } from 'node:fs';
import { readReportFile } from '../../main/import/read-file';
import { MB, median, report, timeRuns } from './stats';

export interface ImportResult {
  bytes: number;
  documents: number;
  paragraphs: number;
  coldMs: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakRssDeltaMB: number;
  heapDeltaMB: number;
}

const [file, warmUp = '3', runs = '15'] = process.argv.slice(2);
if (!file) throw new Error('usage: import-case.ts FILE [WARMUP] [RUNS]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const bytes = readFileSync(file);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const rssPeakBefore = process.resourceUsage().maxRSS; // KiB
const coldStart = performance.now();
const parsed = await readReportFile(bytes, file);
const coldMs = performance.now() - coldStart;
const heapAfter = process.memoryUsage().heapUsed;
const rssPeakAfter = process.resourceUsage().maxRSS;

const times = await timeRuns(() => readReportFile(bytes, file), Number(warmUp), Number(runs));
report<ImportResult>({
  bytes: bytes.length,
  documents: parsed.documents.length,
  paragraphs: parsed.documents.reduce((sum, document) => sum + document.paragraphCount, 0),
  coldMs,
  runs: times.length,
  medianMs: median(times),
  minMs: Math.min(...times),
  maxMs: Math.max(...times),
  peakRssDeltaMB: ((rssPeakAfter - rssPeakBefore) * 1024) / MB,
  heapDeltaMB: (heapAfter - heapBefore) / MB,
});
