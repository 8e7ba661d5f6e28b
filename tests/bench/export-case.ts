/**
 * Child case: one export format at one size, as the app makes it (buildExport of
 * main/opinions/export-opinions.ts: the pure builder of main/export/, then the bytes). The input is
 * tests/unit/export/synthetic.ts's COUNT opinions on the Zhejiang report, built first and not
 * timed.
 *
 * Memory is taken around the first, cold call in this fresh process (the input already held):
 *   - peak RSS: process.resourceUsage().maxRSS after the call. On Linux the high-water mark is
 *     reset first (writing 5 to /proc/self/clear_refs), so the peak is the export's and not the
 *     input builder's; "growth" is that peak minus the RSS just before the call.
 *   - heap: process.memoryUsage().heapUsed, sampled every millisecond the builder yields and
 *     once right after it, minus heapUsed before (after a forced gc). A builder that works
 *     synchronously for long stretches is only seen when it yields, so this is a lower bound.
 * The cold call is also the warm-up. Then RUNS timed calls (a forced gc before each), or one
 * when the cold call took longer than LONG_MS. CPU time (user + system, all threads) is
 * reported beside wall time: on a shared machine it moves less than wall time does.
 * Usage: node --expose-gc --import tsx tests/bench/export-case.ts FORMAT COUNT [RUNS] [LONG_MS]
 */
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, buildExport, type ExportFormat } from '../../main/opinions/export-opinions';
import { prepareExport } from '../../main/export';
import { buildSyntheticExportInput } from '../unit/export/synthetic';
import { unzip } from '../unit/export/ooxml';
import { MB, median, report } from './stats';

export interface ExportCaseResult {
  format: ExportFormat;
  opinions: number;
  /** Opinions in the file (trash left out). */
  exported: number;
  inputMs: number;
  bytes: number;
  coldMs: number;
  coldCpuMs: number;
  runs: number;
  /** Why `runs` is what it is: 'long' when the cold call took over LONG_MS. */
  runsReason: 'asked' | 'long';
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianCpuMs: number;
  /** RSS just before the cold call (the input held), MB. */
  rssBeforeMB: number;
  /** Peak RSS of the process during the cold call, MB. */
  peakRssMB: number;
  /** peakRssMB - rssBeforeMB. */
  rssGrowthMB: number;
  /** Whether the high-water mark could be reset; if not, growth is maxRSS after - maxRSS before. */
  hwmReset: boolean;
  heapBeforeMB: number;
  heapPeakSeenMB: number;
  /** What is in the file, counted in its XML (docx, xlsx) or lines (csv). */
  contents: Record<string, number>;
}

const [format, countArg = '10000', runsArg = '3', longArg = '5000'] = process.argv.slice(2);
if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format) || format === 'pdf') {
  throw new Error(`usage: export-case.ts FORMAT COUNT [RUNS] [LONG_MS]; FORMAT one of ${EXPORT_FORMATS.filter((f) => f !== 'pdf').join(', ')}`);
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const exportFormat = format as ExportFormat;
const count = Number(countArg);
const noPrinter = () => Promise.reject(new Error('pdf is not benched'));

const inputStart = performance.now();
const input = buildSyntheticExportInput(count);
const inputMs = performance.now() - inputStart;
const exported = prepareExport(input).entries.length;

function resetPeakRss(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// The cold call, with its memory.
gc();
const heapBefore = process.memoryUsage().heapUsed;
const hwmReset = resetPeakRss();
const rssBefore = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
let heapPeak = heapBefore;
const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 1);
const coldCpu = process.cpuUsage();
const coldStart = performance.now();
const result = await buildExport(input, exportFormat, noPrinter);
const coldMs = performance.now() - coldStart;
const coldCpuMs = cpuMs(coldCpu);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
clearInterval(sampler);
const peakRss = process.resourceUsage().maxRSS * 1024;

// The timed calls.
const long = coldMs > Number(longArg);
const runs = long ? 1 : Number(runsArg);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await buildExport(input, exportFormat, noPrinter);
  times.push(performance.now() - start);
  cpuTimes.push(cpuMs(cpu));
}

/** What the file holds, counted in its text (untimed). */
async function contents(bytes: Uint8Array): Promise<Record<string, number>> {
  const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
  if (exportFormat === 'csv') return { lines: countOf(Buffer.from(bytes).toString('utf8'), /\r\n/g) };
  if (exportFormat === 'json') return {};
  const entries = await unzip(bytes);
  const text = (name: string) => entries.get(name)?.toString('utf8') ?? '';
  if (exportFormat === 'xlsx') return { rows: countOf(text('xl/worksheets/sheet1.xml'), /<row /g) };
  const body = text('word/document.xml');
  const counts: Record<string, number> = { 'w:p': countOf(body, /<w:p[ >]/g), 'w:tbl': countOf(body, /<w:tbl>/g) };
  if (exportFormat === 'report-docx') {
    const comments = text('word/comments.xml');
    counts['w:comment'] = countOf(comments, /<w:comment /g);
    counts['w:ins'] = countOf(body, /<w:ins /g);
    counts['w:del'] = countOf(body, /<w:del /g);
    counts['comments.xml chars'] = comments.length;
  }
  counts['document.xml chars'] = body.length;
  return counts;
}

report<ExportCaseResult>({
  format: exportFormat,
  opinions: count,
  exported,
  inputMs,
  bytes: result.bytes.length,
  coldMs,
  coldCpuMs,
  runs,
  runsReason: long ? 'long' : 'asked',
  medianMs: median(times),
  minMs: Math.min(...times),
  maxMs: Math.max(...times),
  medianCpuMs: median(cpuTimes),
  rssBeforeMB: rssBefore / MB,
  peakRssMB: peakRss / MB,
  rssGrowthMB: (hwmReset ? peakRss - rssBefore : peakRss - maxRssBefore) / MB,
  hwmReset,
  heapBeforeMB: heapBefore / MB,
  heapPeakSeenMB: (heapPeak - heapBefore) / MB,
  contents: await contents(result.bytes),
});
