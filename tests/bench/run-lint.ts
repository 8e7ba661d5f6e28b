/**
 * How long each form-lint rule takes on a 2,500-character 提案 (the platform cap), against 20
 * earlier drafts for the local duplicate check: `npx tsx tests/bench/run-lint.ts [RUNS]`.
 * The aim is < 50 ms per rule, since the editor lints on every pause in typing. Prints a table,
 * asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft, EarlierDraft } from '../../main/proposals/draft';
import { countedLength, draftText } from '../../main/proposals/draft-text';
import { parseDraftMarkdown } from '../../main/proposals/draft-markdown';
import { FORM_PROFILES } from '../../main/proposals/form-profiles';
import { lintDraft } from '../../main/proposals/lint';
import { LINT_RULES } from '../../main/proposals/lint-rules';
import { localDuplicate } from '../../main/proposals/rules/local-duplicate';
import { median, timeRuns } from './stats';
import { formatTable, ms } from './table';

const AIM_MS = 50;
const [runs = '200'] = process.argv.slice(2);
const profile = FORM_PROFILES.proposal;
const clean = parseDraftMarkdown(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'proposals', 'clean-proposal.md'), 'utf8'), profile, 'national');

/** The clean 提案 grown to the platform cap with numbered variants of its own paragraphs. */
function grown(target: number): Draft {
  const paragraphs = clean.parts['理由']!.split('\n');
  const base = countedLength(Object.values(clean.parts).join(''));
  let extra = '';
  for (let n = 1; base + countedLength(extra) < target; n++) extra += `\n第${n}个调研点：${paragraphs[n % paragraphs.length]!}`;
  while (base + countedLength(extra) > target) extra = extra.slice(0, -1);
  return { ...clean, parts: { ...clean.parts, 理由: `${clean.parts['理由']}${extra}` } };
}

const draft = grown(profile.length.platformCap);
const earlierDrafts: EarlierDraft[] = Array.from({ length: 20 }, (_, i) => ({
  id: `d-${i}`,
  title: `往年提案${i}`,
  text: Object.values(grown(1200 + i * 30).parts).join('\n').slice(i * 40),
}));
const context = { draft, profile, earlierDrafts, levelProfile: profile.levels.national, text: draftText(draft, profile) };

const count = Number(runs);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
// Verdict on the 95th percentile: a lone maximum on these shared cores is a GC pause or the scheduler, not the rule.
const row = (name: string, times: number[]) => [name, ms(median(times)), ms(percentile(times, 0.95)), ms(Math.max(...times)), percentile(times, 0.95) < AIM_MS ? 'yes' : 'NO'];
const rows: string[][] = [];
for (const rule of LINT_RULES) {
  const times = await timeRuns(() => rule.check(context), 5, count);
  rows.push(row(rule.id, times));
}
rows.push(row('(all rules, lintDraft)', await timeRuns(() => lintDraft({ draft, profile, earlierDrafts }), 5, count)));
// The first lint after opening a draft also fingerprints every earlier draft (then cached).
rows.push(row('local-duplicate, cold', await timeRuns(() => localDuplicate.check({ ...context, earlierDrafts: earlierDrafts.map((e) => ({ ...e })) }), 5, count)));

console.log(`Form lint on a ${countedLength(context.text.parts.map((p) => p.text).join(''))}-character draft, ${earlierDrafts.length} earlier drafts, ${count} runs each\n`);
console.log(formatTable(['rule', 'median', 'p95', 'max', `p95 < ${AIM_MS} ms`], rows));
