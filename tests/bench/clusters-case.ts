/**
 * Child case: suggested clusters (main/desk/clusters.ts) on the labelled fixture of synthetic
 * opinions made of real report clauses (tests/unit/desk/labelled-opinions.ts), at one size.
 * Times suggestClusters alone (the opinions already in memory, as the desk holds them) and
 * scores its pairs against the truth; RSS is the process's after the runs.
 * `whole` compares whole texts instead (原文, 建议改为 and body), the baseline the issue measured.
 * Usage: node --import tsx tests/bench/clusters-case.ts SIZE [RUNS] [proposal|whole]
 */
import { bigrams } from '../../main/desk/bigrams';
import { suggestClusters, type ClusterOptions } from '../../main/desk/clusters';
import { labelledOpinions, pairScores } from '../unit/desk/labelled-opinions';
import { MB, median, report, timeRuns } from './stats';

export interface ClustersCaseResult {
  opinions: number;
  proposals: number;
  clusters: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time of one run (user + system): on a shared machine the wall time also counts waiting. */
  cpuMs: number;
  precision: number;
  recall: number;
  rssMb: number;
}

const [sizeArg = '8000', runsArg = '3', method = 'proposal'] = process.argv.slice(2);
const options: ClusterOptions =
  method === 'whole' ? { signature: (o) => bigrams(`${o.suggestion?.original ?? ''}${o.suggestion?.proposed ?? ''}${o.bodyText}`) } : {};
const opinions = await labelledOpinions({ size: Number(sizeArg), seed: 11 });
let clusters = suggestClusters(opinions, options);
const cpuBefore = process.cpuUsage();
const times = await timeRuns(() => (clusters = suggestClusters(opinions, options)), 1, Number(runsArg));
const cpu = process.cpuUsage(cpuBefore);
const { precision, recall } = pairScores(opinions, clusters);
report<ClustersCaseResult>({
  opinions: opinions.length,
  proposals: new Set(opinions.map((o) => o.truth)).size,
  clusters: clusters.length,
  runs: times.length,
  medianMs: median(times),
  minMs: Math.min(...times),
  maxMs: Math.max(...times),
  cpuMs: (cpu.user + cpu.system) / 1000 / (times.length + 1),
  precision,
  recall,
  rssMb: process.memoryUsage().rss / MB,
});
