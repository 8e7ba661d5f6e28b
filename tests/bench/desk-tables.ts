/**
 * The "Clerk's desk" section of `npm run bench`: a national batch of packages taken in one
 * `desk.import`, beside today's one-call-per-package path (`package.import`), then the desk view,
 * its filters, the suggested clusters and the 汇总表, each beside the issue's target.
 */
import type { DeskCaseResult } from './desk-case';
import { runChild } from './run-child';
import { formatTable, ms } from './table';

/** The national batch: 300 delegates' packages of 500 opinions each. */
export const DESK_PACKAGES = 300;
export const DESK_PER_PACKAGE = 500;
/**
 * Today's path takes one call (and one commit) per package; at 300 packages it would add minutes
 * to the bench, so it runs on this many packages, and the two are compared by time per opinion.
 */
export const PACKAGE_PATH_PACKAGES = 30;

const AIM = {
  importMs: 10_000,
  viewMs: 1000,
  filterMs: 200,
  clustersMs: 5000,
  xlsxMs: 3000,
  docxMs: 2000,
  memoryMb: 1024,
};

export type DeskOutcome = { result: DeskCaseResult } | { error: string };
export interface DeskOutcomes {
  desk: DeskOutcome;
  packagePath: DeskOutcome;
}

async function outcome(args: string[]): Promise<DeskOutcome> {
  try {
    return { result: await runChild<DeskCaseResult>('./desk-case.ts', args) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Each path in its own fresh child; a case that fails is reported, and the rest of the bench still runs. */
export async function runDeskCases(): Promise<DeskOutcomes> {
  console.error(`bench: the desk, ${DESK_PACKAGES} packages x ${DESK_PER_PACKAGE} opinions in one desk.import (~1-2 min)…`);
  const desk = await outcome([String(DESK_PACKAGES), String(DESK_PER_PACKAGE), 'desk']);
  console.error(`bench: today's path, ${PACKAGE_PATH_PACKAGES} packages x ${DESK_PER_PACKAGE} opinions, one package.import each…`);
  const packagePath = await outcome([String(PACKAGE_PATH_PACKAGES), String(DESK_PER_PACKAGE), 'package']);
  return { desk, packagePath };
}

const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
const seconds = (value: number) => (value < 1000 ? ms(value) : `${(value / 1000).toFixed(2)} s`);
const mb = (value: number) => `${Math.round(value)} MB`;
const count = (n: number) => n.toLocaleString('en');
const perOpinion = (r: DeskCaseResult) => (r.importMs * 1000) / Math.max(1, r.opinions);
const rate = (r: DeskCaseResult) => `${Math.round(perOpinion(r))} us/opinion`;

export function deskSection({ desk, packagePath }: DeskOutcomes): string {
  const title = (packages: number, opinions: string) => `Clerk's desk: ${count(packages)} delegates' packages (${opinions} opinions) on the sample report, through the API (tests/bench/desk-case.ts)\n`;
  if ('error' in desk) return `${title(DESK_PACKAGES, count(DESK_PACKAGES * DESK_PER_PACKAGE))}\nFAILED: ${desk.error}`;
  const r = desk.result;
  const header = title(r.packages, count(r.opinions));
  const input = `${count(r.packages)} packages, ${count(r.opinions)} opinions`;
  const old = 'result' in packagePath ? packagePath.result : null;
  const sameScale = old !== null && old.packages === r.packages;
  const ratio = old === null ? '-' : sameScale ? `${(old.importMs / r.importMs).toFixed(2)}x faster` : `${(perOpinion(old) / perOpinion(r)).toFixed(2)}x faster per opinion`;
  const rows: string[][] = [
    ['import: desk.import (one call, one transaction)', input, seconds(r.importMs), rate(r), ratio, `< ${AIM.importMs / 1000} s`, yes(r.importMs < AIM.importMs)],
    old === null
      ? ["import: package.import, one call per package (today's path)", `${count(PACKAGE_PATH_PACKAGES)} packages`, 'FAILED', '-', '-', 'none set', 'error' in packagePath ? packagePath.error.slice(0, 60) : '-']
      : [
          `import: package.import, one call per package (today's path${sameScale ? '' : `, on ${count(old.packages)} packages only`})`,
          `${count(old.packages)} packages, ${count(old.opinions)} opinions`,
          seconds(old.importMs),
          rate(old),
          '1x',
          'none set',
          '-',
        ],
    ['desk.view, first call after the import (rows built, re-anchored)', input, seconds(r.viewFirstMs), '-', '-', `< ${AIM.viewMs / 1000} s`, yes(r.viewFirstMs < AIM.viewMs)],
    ['desk.view, again (nothing changed)', input, seconds(r.viewAgainMs), '-', '-', '-', '-'],
    ...Object.entries(r.filterMs).map(([name, value]) => [`desk.view, filter: ${name}`, input, seconds(value), '-', '-', `< ${AIM.filterMs} ms`, yes(value < AIM.filterMs)]),
    ['desk.clusters (suggested clusters)', `${input} -> ${count(r.clusters)} suggested`, seconds(r.clustersMs), '-', '-', `< ${AIM.clustersMs / 1000} s`, yes(r.clustersMs < AIM.clustersMs)],
    ['desk.export summary table .xlsx (summary-xlsx)', input, seconds(r.summaryXlsxMs), '-', '-', `< ${AIM.xlsxMs / 1000} s`, yes(r.summaryXlsxMs < AIM.xlsxMs)],
    ['desk.export summary table .docx (summary-docx)', `${count(r.docxClusters)} clusters of 2`, seconds(r.summaryDocxMs), '-', '-', `< ${AIM.docxMs / 1000} s`, r.docxClusters >= 10_000 ? yes(r.summaryDocxMs < AIM.docxMs) : 'fewer than 10,000 clusters'],
    ['memory: peak RSS, import', input, mb(r.importPeakRssMb), '-', '-', '-', '-'],
    ['memory: peak RSS, the whole desk run', input, mb(r.peakRssMb), '-', '-', `< ${AIM.memoryMb / 1024} GB`, yes(r.peakRssMb < AIM.memoryMb)],
  ];
  return [
    header,
    formatTable(['Measure', 'Input', 'Time', 'Per opinion', 'vs package.import', 'Aim', 'Met'], rows),
    '',
    `- Packages: made in the child, before anything is timed, from ${count(Math.round(r.opinions / Math.max(1, r.packages)))} seeded passage comments (tests/bench/seed-opinions.ts) exported once per delegate (buildOpinionPackage, each under its own author, 10 delegations); the clerk's library holds the sample report, so every package is matched by its text hash. The import includes reading and checking each package (UTF-8, bounded JSON, checksum, schema), the merge, the search index and the re-anchoring counts.`,
    old === null
      ? `- Today's path: FAILED (${'error' in packagePath ? packagePath.error : '?'}).`
      : `- Today's path: the first ${count(old.packages)} delegates' packages, made alike, one \`package.import\` each (its own transaction and commit), in a fresh child. ${sameScale ? 'The same packages, so the ratio is of the times.' : `Fewer packages, as the whole batch would add minutes to the bench (and its library ends ${Math.round(r.packages / old.packages)}x smaller, which flatters it), so the ratio is of the times per opinion.`}`,
    `- Filters: delegation, stance, undecided (no 初审 yet) and one paragraph, each one desk.view call with the rows already built. The .docx: ${count(r.docxClusters)} clusters of two opinions confirmed through the cluster store (untimed) and the summary table (汇总表) of the opinions in a cluster.`,
    `- Memory: process.resourceUsage().maxRSS${r.hwmReset ? ', its high-water mark reset just before the import (/proc/self/clear_refs)' : ' (the high-water mark could NOT be reset: it includes making the packages)'}. RSS was ${mb(r.rssBeforeMb)} before the import, the ${count(r.packages)} packages' files already held as the API takes them (base64 strings); the aim is judged on the peak of the whole run.`,
  ].join('\n');
}
