/**
 * Child case: opening a report that holds COUNT notes, in the browser shell, in Debian's
 * Chromium. The report is imported into a fresh data folder and COUNT passage comments are
 * written through the store (seed-opinions.ts), spread over its paragraphs; each run then opens
 * the shell URL in a new browser context at 1280x800 and tests/bench/notes-probe.js times, in
 * the page, the margin and the highlights (ms from navigation start).
 * Usage: node --import tsx tests/bench/notes-paint-case.ts FILE COUNT WARMUP RUNS
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../main/app/open-app';
import { startBrowserShell } from '../../main/browser-shell/server';
import { runPages, type PageRuns } from './page-runs';
import { RENDERER_DIR, ROOT, requireBuiltRenderer } from '../support/paths';
import { seedOpinions } from './seed-opinions';
import { median, report } from './stats';

export interface NotesTimings {
  fcp?: number;
  listRequested?: number;
  listArrived?: number;
  textInDom?: number;
  textPainted?: number;
  firstAdd?: number;
  lastAdd?: number;
  adds?: number;
  firstCard?: number;
  highlightsSeen?: number;
  highlightsPainted?: number;
  highlightRows?: number;
  rangesPainted?: number;
  notesInDom?: number;
  notesPainted?: number;
  cards?: number;
  badge?: number;
  virtualised?: boolean;
  error?: string;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** The first run, in a browser that had not loaded the renderer yet. */
  cold: number;
}

export const MEASURES = ['fcp', 'listRequested', 'listArrived', 'listRoundTrip', 'firstCard', 'notesInDom', 'notesPainted', 'firstAdd', 'lastAdd', 'painterWork', 'highlightsPainted', 'highlightMs'] as const;

/** What the case reports when the page could not show the notes (the annotation UI is young). */
export interface NotesPaintFailure {
  error: string;
}

export interface NotesPaintResult {
  opinions: number;
  paragraphs: number;
  runs: number;
  browserVersion: string;
  cold: NotesTimings | null;
  last: NotesTimings;
  stats: Record<(typeof MEASURES)[number], Spread>;
}

const [file, count = '10000', warmUp = '1', runs = '3'] = process.argv.slice(2);
if (!file) throw new Error('usage: notes-paint-case.ts FILE [COUNT] [WARMUP] [RUNS]');
process.on('uncaughtException', (error) => {
  report<NotesPaintFailure>({ error: error.message.split('\n')[0]! });
  process.exit(0);
});
// Another build may be rewriting out/ right now (electron-vite empties it first): give it a minute.
for (let waited = 0; !existsSync(`${RENDERER_DIR}index.html`) && waited < 60_000; waited += 1000) await new Promise((resolve) => setTimeout(resolve, 1000));
requireBuiltRenderer();

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-notes-'));
const app = await openApp({ dataDir, shell: 'browser', version, seedSample: false });
const [imported] = await app.importPath(file);
const { reportId, versionId } = imported!;
seedOpinions(app.store, reportId, versionId, Number(count));
const paragraphs = app.store.reports.paragraphsOf(versionId).length;

const probe = readFileSync(new URL('./notes-probe.js', import.meta.url), 'utf8');
const shell = await startBrowserShell({ app, rendererDir: RENDERER_DIR });
let runsDone: PageRuns<NotesTimings>;
try {
  runsDone = await runPages<NotesTimings>({
    url: shell.url,
    initScript: `window.__notesExpected = ${Number(count)};\n${probe}`,
    resultGlobal: '__notes',
    warmUp: Number(warmUp),
    runs: Number(runs),
    timeoutMs: 90_000,
  });
} finally {
  await shell.close();
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const { browserVersion, cold, results } = runsDone;

const derived: Partial<Record<(typeof MEASURES)[number], (t: NotesTimings) => number>> = {
  listRoundTrip: (t) => t.listArrived! - t.listRequested!,
  painterWork: (t) => t.lastAdd! - t.firstAdd!,
  highlightMs: (t) => t.highlightsPainted! - Math.max(t.listArrived!, t.textPainted!),
};
const value = (t: NotesTimings, key: (typeof MEASURES)[number]) => derived[key]?.(t) ?? Number(t[key as keyof NotesTimings]);
const spread = (key: (typeof MEASURES)[number]): Spread => {
  const values = results.map((t) => value(t, key));
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), cold: cold ? value(cold, key) : Number.NaN };
};
report<NotesPaintResult>({
  opinions: Number(count),
  paragraphs,
  runs: results.length,
  browserVersion,
  cold: cold ?? null,
  last: results[results.length - 1]!,
  stats: Object.fromEntries(MEASURES.map((key) => [key, spread(key)])) as NotesPaintResult['stats'],
});
