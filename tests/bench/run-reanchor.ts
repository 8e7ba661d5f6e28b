/**
 * The re-anchoring section of `npm run bench` alone (about a minute, most of it the baseline):
 * `npx tsx tests/bench/run-reanchor.ts [ANCHORS] [BASELINE_ANCHORS] [RUNS] [LOOKALIKE_QUOTES]`.
 */
import { reanchorSection } from './annotating-tables';
import type { ReanchorResult } from './reanchor-case';
import { runChild } from './run-child';

const [anchors = '10000', baseline = anchors, runs = '3', lookalikeQuotes = '1000'] = process.argv.slice(2);
console.log(reanchorSection(await runChild<ReanchorResult>('./reanchor-case.ts', [anchors, baseline, runs, lookalikeQuotes])));
