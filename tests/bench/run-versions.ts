/**
 * The versions section of `npm run bench` alone (diff and adoption, ~20 s):
 * `npx tsx tests/bench/run-versions.ts [RUNS]`.
 */
import type { DiffCaseResult } from './diff-case';
import { diffSection } from './diff-tables';
import { runChild } from './run-child';

const [runs = '5'] = process.argv.slice(2);
console.log(diffSection(await runChild<DiffCaseResult>('./diff-case.ts', [runs])));
