/**
 * Child case: suggested clusters (main/desk/clusters.ts) on the labelled fixture of synthetic
 * opinions made of real report clauses (tests/unit/desk/labelled-opinions.ts), at one size.
 * Times suggestClusters alone (the opinions already in memory, as the desk holds them) and
 * scores its pairs against the truth; RSS is the process's after the runs.
 * Usage: node --import tsx tests/bench/clusters-case.ts SIZE [RUNS]
 */
import { suggestClusters } from '../../main/desk/clusters';
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

const [sizeArg = '8000', runsArg = '3'] = process.argv.slice(2);
const opinions = await labelledOpinions({ size: Number(sizeArg), seed: 11 });
let clusters = suggestClusters(opinions);
const cpuBefore = process.cpuUsage();
const times = await timeRuns(() => (clusters = suggestClusters(opinions)), 1, Number(runsArg));
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
