/**
 * Suggested clusters at desk scale, alone: `npx tsx tests/bench/run-clusters.ts [RUNS]`.
 * 8,000 opinions (a provincial session) and 150,000 (a national one); aim: 150,000 in < 5 s with
 * precision ≥ 0.95 and recall ≥ 0.85; beside it, whole texts compared (the quote dominates).
 * Each case runs in its own process.
 */
import type { ClustersCaseResult } from './clusters-case';
import { runChild } from './run-child';
import { formatTable, range } from './table';

const [runs = '3'] = process.argv.slice(2);
const rows: string[][] = [];
const cases: [number, 'proposal' | 'whole'][] = [[8000, 'whole'], [8000, 'proposal'], [150_000, 'proposal']];
for (const [size, method] of cases) {
  const result = await runChild<ClustersCaseResult>('./clusters-case.ts', [String(size), runs, method]);
  rows.push([
    method === 'whole' ? 'whole text (baseline)' : 'what is proposed',
    result.opinions.toLocaleString('en'),
    result.proposals.toLocaleString('en'),
    result.clusters.toLocaleString('en'),
    `${Math.round(result.medianMs)} ms`,
    range(result.minMs, result.maxMs),
    `${Math.round(result.cpuMs)} ms`,
    result.precision.toFixed(3),
    result.recall.toFixed(3),
    `${Math.round(result.rssMb)} MB`,
  ]);
}
console.log('## Suggested clusters (bigram Jaccard of what each opinion proposes, within one passage)\n');
console.log(formatTable(['compared', 'opinions', 'proposals', 'clusters', 'median', 'min - max', 'CPU per run', 'precision', 'recall', 'RSS'], rows));
