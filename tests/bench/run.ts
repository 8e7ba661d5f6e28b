/**
 * `npm run bench`: how fast Shenyi reads, stores and shows a report, exports opinions, and takes
 * a national batch of opinion packages at the clerk's desk.
 * Prints tables, asserts nothing. Each case runs in a fresh child process so its memory numbers are its own.
 */
import { rmSync, statSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { basename, dirname } from 'node:path';
import { writeBigReport } from '../support/big-report';
import { FIXTURES, SAMPLE_REPORT } from '../support/paths';
import { notesSection, reanchorSection, searchSection } from './annotating-tables';
import { exportSection, runExportCases } from './export-tables';
import type { FirstPaintResult } from './first-paint-case';
import type { ImportResult } from './import-case';
import type { NotesPaintFailure, NotesPaintResult } from './notes-paint-case';
import type { ReanchorResult } from './reanchor-case';
import type { DiffCaseResult } from './diff-case';
import { deskSection, runDeskCases } from './desk-tables';
import { diffSection } from './diff-tables';
import type { SearchResult } from './search-case';
import { runChild } from './run-child';
import type { StoreWriteResult } from './store-write-case';
import { formatTable, ms, range } from './table';

const AIM_IMPORT_MS = 150;
const AIM_USABLE_MS = 1000;

const verdict = (value: number, aim: number) => (value < aim ? 'yes' : 'NO');
const size = (path: string) => {
  const bytes = statSync(path).size;
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${Math.round(bytes / 1000)} KB`;
};

const loadAtStart = loadavg()[0]!;
const bigReport = writeBigReport();
console.error(`bench: big report ${bigReport} (${size(bigReport)})`);

console.error('bench: import + structure…');
const sample = await runChild<ImportResult>('./import-case.ts', [SAMPLE_REPORT, '5', '30']);
const big = await runChild<ImportResult>('./import-case.ts', [bigReport, '3', '15']);
console.error('bench: store write…');
const store = await runChild<StoreWriteResult>('./store-write-case.ts', [bigReport, '1', '7']);
console.error('bench: reading view in Chromium…');
const paint = await runChild<FirstPaintResult>('./first-paint-case.ts', [bigReport, '1', '5']);
console.error('bench: re-anchoring, ours and the Hypothesis-style baseline (the baseline takes ~15-30 s)…');
const reanchor = await runChild<ReanchorResult>('./reanchor-case.ts', ['10000', '10000', '3']);
console.error('bench: version diff on scripted revisions (18k and 500k characters)…');
const versionDiff = await runChild<DiffCaseResult>('./diff-case.ts', ['5']);
console.error('bench: search over 100,000 opinions (seeding takes ~20 s)…');
const search = await runChild<SearchResult>('./search-case.ts', [`${FIXTURES}zhejiang-2026-zh-hans.txt`, '100000', '5', '50']);
console.error('bench: a report with 10,000 notes in Chromium…');
// The annotation UI is young: if the page cannot show the notes, the table says so and the rest still prints.
const notesCase = () => runChild<NotesPaintResult | NotesPaintFailure>('./notes-paint-case.ts', [SAMPLE_REPORT, '10000', '1', '3']);
let notes = await notesCase();
if ('error' in notes) {
  console.error(`bench: notes case failed (${notes.error}); once more…`);
  notes = await notesCase();
}
console.error('bench: exporting 10,000 and 100,000 opinions, one child per format (~2-3 min)…');
const exports = await runExportCases();
const desk = await runDeskCases();

const memory = (result: ImportResult) => `RSS +${result.peakRssDeltaMB.toFixed(1)} MB, heap +${result.heapDeltaMB.toFixed(1)} MB`;
const importRow = (path: string, result: ImportResult, aim: string, ok: string) => [
  'import + structure (readReportFile)',
  `${basename(path)}, ${size(path)}, ${result.paragraphs} paras`,
  `${result.runs} (+warm-up)`,
  ms(result.medianMs),
  range(result.minMs, result.maxMs),
  ms(result.coldMs),
  memory(result),
  aim,
  ok,
];
const bigInput = `${basename(bigReport)}, ${size(bigReport)}, ${paint.paragraphs} paras`;
const paintRow = (label: string, key: keyof FirstPaintResult['stats'], aim = '', ok = '') => {
  const stats = paint.stats[key];
  return [label, bigInput, `${paint.runs} (+1 warm-up)`, ms(stats.median), range(stats.min, stats.max), ms(paint.cold?.[key] as number | undefined), '-', aim, ok];
};
const usable = paint.stats.outlineScrolled;

const rows = [
  importRow(SAMPLE_REPORT, sample, '', ''),
  importRow(bigReport, big, `< ${AIM_IMPORT_MS} ms`, verdict(big.medianMs, AIM_IMPORT_MS)),
  ['store write (ReportStore.importFile)', bigInput, `${store.runs} (+1 warm-up)`, ms(store.medianMs), range(store.minMs, store.maxMs), '-', `db file ${store.databaseMB.toFixed(1)} MB`, '', ''],
  paintRow('view: first contentful paint', 'fcp'),
  paintRow('view: first paragraph in DOM', 'firstParagraph'),
  paintRow('view: last paragraph in DOM', 'lastParagraph'),
  paintRow('view: last paragraph painted', 'lastParagraphPainted'),
  paintRow('view: outline click -> heading in view', 'outlineClickMs'),
  paintRow('view: usable (last para + outline jump)', 'outlineScrolled', `< ${AIM_USABLE_MS} ms`, verdict(usable.median, AIM_USABLE_MS)),
];

const cpu = cpus();
console.log(`\nShenyi bench, ${new Date().toISOString()}`);
console.log(`node ${process.version}, ${process.platform} ${release()}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Chromium ${paint.browserVersion}`);
const loadAtEnd = loadavg()[0]!;
const busy = Math.max(loadAtStart, loadAtEnd) > cpu.length ? ': above the CPU count, so other work shared the machine and times are inflated' : '';
console.log(`load average (1 min) ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end${busy}\n`);
console.log(formatTable(['Measure', 'Input', 'Runs', 'Median', 'Min - max', 'Cold 1st', 'Memory (1st call)', 'Aim', 'Met'], rows));
console.log(`
- Memory: measured in a fresh child process around the first, cold call. "RSS" is the growth of
  peak resident memory (process.resourceUsage().maxRSS); "heap" is process.memoryUsage().heapUsed
  just after the call minus just before it (after a forced gc; garbage included, so a lower bound
  of the heap peak).
- "Cold 1st": the first call in a fresh process (imports), or the first page load in a fresh
  browser (view rows); medians exclude it.
- View rows: ms from navigation start, measured in the page (tests/bench/page-probe.js); every run
  loads the shell URL in a new browser context at 1280x800. "Usable" = the last paragraph is
  painted and a click on the last outline item (${paint.clickedSection ?? '?'}) has brought its
  heading into the viewport and marked it current (click -> heading in view is its own row).
- The big report is the UTF-8 fixtures joined until >= 1,000,000 bytes; the importer reads it as one
  document, setting part of it aside as debris (see paragraph count).`);

console.log(`\n${reanchorSection(reanchor)}`);
console.log(`\n${diffSection(versionDiff)}`);
console.log(`\n${searchSection(search)}`);
console.log(`\n${notesSection(notes, basename(SAMPLE_REPORT))}`);
console.log(`\n${exportSection(exports)}`);
console.log(`\n${deskSection(desk)}`);

rmSync(dirname(bigReport), { recursive: true, force: true });
