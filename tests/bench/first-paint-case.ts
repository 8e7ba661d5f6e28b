/**
 * Child case: the reading view of a big report in the browser shell, in Debian's Chromium.
 * The report is imported into a fresh data folder, the shell is started in this process, and
 * each run opens the shell URL in a new browser context (no cache, no session storage).
 * Times are in ms from navigation start, taken in the page by tests/bench/page-probe.js.
 * Usage: node --import tsx tests/bench/first-paint-case.ts FILE WARMUP RUNS
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../main/app/open-app';
import { startBrowserShell } from '../../main/browser-shell/server';
import { runPages, type PageRuns } from './page-runs';
import { RENDERER_DIR, ROOT, requireBuiltRenderer } from '../support/paths';
import { median, report } from './stats';

export interface PageTimings {
  fcp?: number;
  firstParagraph?: number;
  lastParagraph?: number;
  lastParagraphPainted?: number;
  outlineScrolled?: number;
  outlineClickMs?: number;
  clickedSection?: string;
  error?: string;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const PAINT_MEASURES = ['fcp', 'firstParagraph', 'lastParagraph', 'lastParagraphPainted', 'outlineClickMs', 'outlineScrolled'] as const;

export interface FirstPaintResult {
  runs: number;
  paragraphs: number;
  browserVersion: string;
  clickedSection: string | undefined;
  cold: PageTimings | null;
  stats: Record<(typeof PAINT_MEASURES)[number], Spread>;
}

const [file, warmUp = '1', runs = '5'] = process.argv.slice(2);
if (!file) throw new Error('usage: first-paint-case.ts FILE [WARMUP] [RUNS]');
requireBuiltRenderer();

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-paint-'));
const app = await openApp({ dataDir, shell: 'browser', version, seedSample: false });
await app.importPath(file);
const reports = app.store.reports.listReports();
if (reports.length !== 1) throw new Error(`expected one report from ${file}, got ${reports.length}`);
const paragraphs = reports[0]!.paragraphCount;

const probe = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');
const shell = await startBrowserShell({ app, rendererDir: RENDERER_DIR });
let runsDone: PageRuns<PageTimings>;
try {
  runsDone = await runPages<PageTimings>({
    url: shell.url,
    initScript: `window.__benchExpectedParagraphs = ${paragraphs};\n${probe}`,
    resultGlobal: '__bench',
    warmUp: Number(warmUp),
    runs: Number(runs),
    timeoutMs: 60_000,
  });
} finally {
  await shell.close();
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const { browserVersion, cold, results } = runsDone;

const spread = (key: keyof PageTimings, runs: PageTimings[]): Spread => {
  const values = runs.map((timings) => Number(timings[key]));
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
report<FirstPaintResult>({
  runs: results.length,
  paragraphs,
  browserVersion,
  clickedSection: results[0]?.clickedSection,
  cold: cold ?? null,
  stats: Object.fromEntries(PAINT_MEASURES.map((key) => [key, spread(key, results)])) as FirstPaintResult['stats'],
});
