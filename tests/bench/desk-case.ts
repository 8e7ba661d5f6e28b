/**
 * Child case: the clerk's desk at national scale. PACKAGES delegates' packages of PER opinions
 * each on the sample report (made in memory from one delegate's seeded opinions, each package
 * under its own author), taken in one `desk.import` call — re-anchoring and the search index
 * included — beside today's path, the same packages through `package.import` one call each;
 * then the desk view, its filters, the suggested clusters and the outputs, all through the API.
 * Usage: node --import tsx tests/bench/desk-case.ts [PACKAGES] [PER] [PATH=desk|package]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../main/api/dispatch';
import type { Input, Method, Output } from '../../main/api/contract';
import { openApp, type App } from '../../main/app/open-app';
import { buildOpinionPackage } from '../../main/packages/format/build-package';
import { seedOpinions } from './seed-opinions';
import { MB, report } from './stats';

export interface DeskCaseResult {
  path: 'desk' | 'package';
  packages: number;
  opinions: number;
  importMs: number;
  viewFirstMs: number;
  viewAgainMs: number;
  filterMs: Record<string, number>;
  clustersMs: number;
  clusters: number;
  summaryXlsxMs: number;
  summaryDocxMs: number;
  docxClusters: number;
  /** RSS just before the import, the packages' files (as base64, as the API takes them) already held. */
  rssBeforeMb: number;
  /** Peak RSS of the import, and of the whole desk run (import, view, filters, clusters, outputs). */
  importPeakRssMb: number;
  peakRssMb: number;
  /** Whether the peak could be reset before the import (Linux); if not, the peaks include the packages' making. */
  hwmReset: boolean;
}

const [packagesArg = '300', perArg = '500', pathArg = 'desk'] = process.argv.slice(2);
const PACKAGES = Number(packagesArg);
const PER = Number(perArg);
const path = pathArg === 'package' ? 'package' : 'desk';
const DELEGATIONS = ['北京代表团', '天津代表团', '河北代表团', '山西代表团', '内蒙古代表团', '辽宁代表团', '吉林代表团', '黑龙江代表团', '上海代表团', '江苏代表团'];

/** Resets the peak RSS (VmHWM) so that process.resourceUsage().maxRSS is the peak from now on (Linux only). */
function resetPeakRss(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const caller = (app: App) => async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Output<M>;
};
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

/** The packages' files, as the clerk receives them. */
async function packageFiles(): Promise<{ fileName: string; dataBase64: string }[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-delegate-'));
  const app = await openApp({ dataDir, shell: 'browser', version: 'bench' });
  try {
    const call = caller(app);
    const store = app.store!;
    const profile = store.profile.set({ name: '代表', delegation: DELEGATIONS[0]!, role: 'npc-delegate' });
    const [summary] = await call('library.list', {});
    const versionId = summary!.latestVersionId;
    seedOpinions(store, summary!.id, versionId, PER);
    const views = await call('opinions.views', { reportId: summary!.id, versionId });
    const document = store.reports.openDocument(summary!.id, versionId);
    const built = await call('export.build', { reportId: summary!.id, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
    const reportInfo = (JSON.parse(Buffer.from(built.dataBase64, 'base64').toString('utf8')) as { 'shenyi:report': { id: string; title: string; versionId: string; versionLabel: string; textHash: string } })['shenyi:report'];
    const files: { fileName: string; dataBase64: string }[] = [];
    for (let k = 0; k < PACKAGES; k++) {
      const author = { ...profile, id: `bench-author-${k}`, name: `代表${k + 1}`, delegation: DELEGATIONS[k % DELEGATIONS.length]! };
      const opinions = views.map((view) => ({ ...view, id: `${view.id}-${k}`, author }));
      const json = buildOpinionPackage({ report: reportInfo, root: document.root, opinions, stances: store.stances.list(), profile: author, script: 'source', order: 'report', includeOrphans: true, now: () => new Date(), appVersion: 'bench' });
      files.push({ fileName: `${String(k + 1).padStart(3, '0')}.json`, dataBase64: Buffer.from(json).toString('base64') });
    }
    return files;
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const files = await packageFiles();
const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bench-desk-'));
const app = await openApp({ dataDir, shell: 'browser', version: 'bench' });
try {
  const call = caller(app);
  await call('profile.set', { name: '甲秘书', delegation: '秘书处', role: 'clerk' });
  const [summary] = await call('library.list', {});
  const reportId = summary!.id;
  const versionId = summary!.latestVersionId;
  global.gc?.();
  const hwmReset = resetPeakRss();
  const rssBefore = process.memoryUsage().rss;
  const [, importMs] = await timed(async () => {
    if (path === 'desk') await call('desk.import', { reportId, files });
    else for (const file of files) await call('package.import', file);
  });
  const importPeak = peakRss();
  const [first, viewFirstMs] = await timed(() => call('desk.view', { reportId, versionId, filter: {} }));
  const [, viewAgainMs] = await timed(() => call('desk.view', { reportId, versionId, filter: {} }));
  const filterMs: Record<string, number> = {};
  const paragraph = first.tally.children.find((node) => node.children.length > 0)?.children[0]?.id ?? 'report';
  for (const [name, filter] of Object.entries({ delegation: { delegation: DELEGATIONS[3]! }, stance: { stanceId: 'agree' }, undecided: { disposition: 'none' }, paragraph: { nodeId: paragraph } })) {
    filterMs[name] = (await timed(() => call('desk.view', { reportId, versionId, filter })))[1];
  }
  const [clustered, clustersMs] = await timed(() => call('desk.clusters', { reportId, versionId }));
  const [, summaryXlsxMs] = await timed(() => call('desk.export', { reportId, versionId, format: 'summary-xlsx', anonymous: false }));
  // 10,000 confirmed clusters for the Word table: pairs of opinions, as a clerk's confirmations would leave them.
  const store = app.store!;
  const rows = (await call('desk.view', { reportId, versionId, filter: {}, limit: 2000 })).total;
  const ids = store.db.prepare('SELECT id FROM opinions WHERE report_id = ? ORDER BY id LIMIT 20000').pluck().all(reportId) as string[];
  store.db.transaction(() => {
    for (let i = 0; i + 1 < ids.length; i += 2) store.clusters.confirm(reportId, [ids[i]!, ids[i + 1]!], `归纳意见${i / 2 + 1}`, '甲秘书', new Date().toISOString());
  })();
  const [, summaryDocxMs] = await timed(() => call('desk.export', { reportId, versionId, format: 'summary-docx', anonymous: false, filter: { inCluster: true } }));
  const peak = peakRss();
  report<DeskCaseResult>({
    path,
    packages: files.length,
    opinions: rows,
    importMs,
    viewFirstMs,
    viewAgainMs,
    filterMs,
    clustersMs,
    clusters: clustered.suggested.length,
    summaryXlsxMs,
    summaryDocxMs,
    docxClusters: Math.floor(ids.length / 2),
    rssBeforeMb: rssBefore / MB,
    importPeakRssMb: importPeak / MB,
    peakRssMb: peak / MB,
    hwmReset,
  });
} finally {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
