/**
 * Child case: re-anchoring 10,000 passage anchors on a ~1 MB report of look-alike city reports
 * (lookalike-corpus.ts) after a scripted revision whose truth is known, ours (reanchorText)
 * against a Hypothesis-style baseline (hypothesis-baseline.ts), in this one process on the
 * same anchors. Ours: median of RUNS calls after one warm-up, index build included. The
 * baseline: one call on the first BASELINE_ANCHORS anchors, after a 200-anchor warm-up. Then
 * the duplicated-short-quote trap on the same text (lookalike-quotes.ts), LOOKALIKE_QUOTES cases.
 * Usage: node --import tsx tests/bench/reanchor-case.ts [ANCHORS] [BASELINE_ANCHORS] [RUNS] [LOOKALIKE_QUOTES]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reanchorText, type TextAnchor, type TextResolution } from '../../main/anchoring/reanchor-text';
import { buildTextIndex } from '../../main/anchoring/text-index';
import { FIXTURES } from '../support/paths';
import { applyEdits, random, sampleAnchors, score, truthOf, type Edit, type Score, type Truth } from '../unit/anchoring/revision';
import { reanchorBaseline } from './hypothesis-baseline';
import { lookalikeCorpus } from './lookalike-corpus';
import { lookalikeQuotes, type LookalikeQuotesResult } from './lookalike-quotes';
import { median, report, timeRuns } from './stats';

export interface SideResult {
  anchors: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  score: Omit<Score, 'wrongIds'>;
  /** The score on the anchors whose prefix+quote+suffix occurs once in the old text (the others were ambiguous before any edit). */
  scoreUnique: Omit<Score, 'wrongIds'>;
  /** Wrong placements of passages the revision destroyed (placed on look-alike words elsewhere). */
  wrongDestroyed: number;
  /** Ambiguous results whose candidates include the true place. */
  ambiguousWithTruth: number;
  statuses: Record<string, number>;
  /** A few wrong placements, for the report. */
  wrong: { id: string; exact: string; prefix: string; suffix: string; expected: string | null; got: string; gotAt: number; expectedAt: number | null; status: string }[];
}

export interface ReanchorResult {
  bytes: number;
  chars: number;
  copies: number;
  revisedBytes: number;
  edits: Record<string, number>;
  /** buildTextIndex(revised) alone, median of RUNS: part of ours' time. */
  indexMs: number;
  ours: SideResult;
  /** Ours scored on the baseline's anchors only (same as `ours` when the baseline ran on all). */
  oursOnBaselineAnchors: Omit<SideResult, 'wrong' | 'wrongDestroyed' | 'runs' | 'medianMs' | 'minMs' | 'maxMs'>;
  /** Anchors whose window is not unique in the old text. */
  duplicateWindows: number;
  baseline: SideResult;
  lookalikeQuotes: LookalikeQuotesResult;
}

const [anchorCount = '10000', baselineCount = anchorCount, runs = '3', lookalikeCount = '1000'] = process.argv.slice(2);

/** Drops edits that overlap an earlier one; sorted by position (mapOffset sorts again, cheaply). */
function nonOverlapping(edits: Edit[]): Edit[] {
  const kept: Edit[] = [];
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    const last = kept[kept.length - 1];
    if (!last || edit.at > last.at + last.remove) kept.push(edit);
  }
  return kept;
}

/** Paragraphs inserted and deleted, numbers changed, 1–2 characters edited, punctuation width swapped. */
function revise(text: string, rng: () => number): { edits: Edit[]; counts: Record<string, number> } {
  const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
  const donor = readFileSync(join(FIXTURES, 'national-2024-wikisource-zh-hans.txt'), 'utf8').split('\n').filter((p) => p.length > 40);
  const tagged: [string, Edit][] = [];
  for (let i = 0; i < 40; i++) {
    tagged.push(['paragraph inserted', { at: breaks[Math.floor(rng() * breaks.length)]!, remove: 0, insert: `\n${donor[Math.floor(rng() * donor.length)]!}` }]);
  }
  for (let i = 0; i < 40; i++) {
    const k = Math.floor(rng() * (breaks.length - 1));
    tagged.push(['paragraph deleted', { at: breaks[k]!, remove: breaks[k + 1]! - breaks[k]!, insert: '' }]);
  }
  const numbers = [...text.matchAll(/\d+(\.\d+)?/g)];
  for (let i = 0; i < 400; i++) {
    const match = numbers[Math.floor(rng() * numbers.length)]!;
    const digit = match.index + match[0].length - 1;
    tagged.push(['number changed', { at: digit, remove: 1, insert: String((Number(text[digit]) + 1 + Math.floor(rng() * 8)) % 10) }]);
  }
  const words = ['调整', '推进', '进一步', '加', '新'];
  for (let i = 0; i < 400; i++) {
    const at = Math.floor(rng() * text.length);
    if (!/^[\u4e00-\u9fff]{2}$/.test(text.slice(at, at + 2))) continue;
    tagged.push(['1-2 characters edited', { at, remove: 1 + Math.floor(rng() * 2), insert: words[Math.floor(rng() * words.length)]! }]);
  }
  const swaps: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"' };
  for (let k = 0; k + 1 < breaks.length; k++) {
    if (rng() >= 0.03) continue;
    for (const m of text.slice(breaks[k]!, breaks[k + 1]).matchAll(/[，：；（）“”]/g)) {
      tagged.push(['punctuation width swapped', { at: breaks[k]! + m.index, remove: 1, insert: swaps[m[0]]! }]);
    }
  }
  const edits = nonOverlapping(tagged.map(([, edit]) => edit));
  const kind = new Map(tagged.map(([name, edit]) => [edit, name]));
  const counts: Record<string, number> = {};
  for (const edit of edits) counts[kind.get(edit)!] = (counts[kind.get(edit)!] ?? 0) + 1;
  return { edits, counts };
}

function statuses(results: TextResolution[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** Whether the anchor's whole window (prefix + quote + suffix) occurs only once in `text`. */
function uniqueWindow(text: string, anchor: TextAnchor): boolean {
  const window = anchor.prefix + anchor.exact + anchor.suffix;
  const first = text.indexOf(window);
  return first !== -1 && text.indexOf(window, first + 1) === -1;
}

function side(anchors: TextAnchor[], truths: Truth[], results: TextResolution[], revised: string, times: number[], unique: boolean[]): SideResult {
  const { wrongIds, ...s } = score(anchors, truths, results, revised);
  const keep = <T>(list: T[]) => list.filter((_, i) => unique[i]);
  const { wrongIds: _unused, ...scoreUnique } = score(keep(anchors), keep(truths), keep(results), revised);
  const ambiguousWithTruth = results.filter((r, i) => {
    const expected = truths[i]!.expected;
    return r.status === 'ambiguous' && expected && r.candidates?.some((c) => c.start < expected.end && expected.start < c.end);
  }).length;
  const byId = new Map(anchors.map((a, i) => [a.id, i]));
  // Misplaced survivors first (the passage is still there, elsewhere), then destroyed passages placed somewhere.
  const ordered = [...wrongIds].sort((a, b) => Number(truths[byId.get(a)!]!.expected === null) - Number(truths[byId.get(b)!]!.expected === null));
  const wrong = ordered.slice(0, 8).map((id) => {
    const i = byId.get(id)!;
    const { exact, prefix, suffix } = anchors[i]!;
    const got = results[i]!;
    const expected = truths[i]!.expected;
    return { id, exact, prefix, suffix, status: got.status, got: got.matched ?? '', gotAt: got.start!, expected: expected ? revised.slice(expected.start, expected.end) : null, expectedAt: expected?.start ?? null };
  });
  return { anchors: anchors.length, runs: times.length, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), score: s, scoreUnique, wrongDestroyed: wrongIds.filter((id) => truths[byId.get(id)!]!.expected === null).length, ambiguousWithTruth, statuses: statuses(results), wrong };
}

const corpus = lookalikeCorpus();
const old = corpus.text;
const rng = random(20260305);
const anchors = sampleAnchors(old, Number(anchorCount), rng);
const { edits, counts } = revise(old, rng);
const revised = applyEdits(old, edits);
const truths = anchors.map((anchor) => truthOf(edits, anchor));
const unique = anchors.map((anchor) => uniqueWindow(old, anchor));

let ours: TextResolution[] = [];
const oursTimes = await timeRuns(() => (ours = reanchorText(old, revised, anchors)), 1, Number(runs));

const indexMs = median(await timeRuns(() => buildTextIndex(revised), 1, Number(runs)));

const subset = anchors.slice(0, Number(baselineCount));
reanchorBaseline(revised, anchors.slice(-200));
const start = performance.now();
const baseline = reanchorBaseline(revised, subset);
const baselineMs = performance.now() - start;

const oursSubset = side(subset, truths.slice(0, subset.length), ours.slice(0, subset.length), revised, oursTimes, unique);
report<ReanchorResult>({
  bytes: corpus.bytes,
  chars: old.length,
  copies: corpus.copies,
  revisedBytes: Buffer.byteLength(revised),
  edits: counts,
  indexMs,
  duplicateWindows: unique.filter((u) => !u).length,
  ours: side(anchors, truths, ours, revised, oursTimes, unique),
  oursOnBaselineAnchors: { anchors: oursSubset.anchors, score: oursSubset.score, scoreUnique: oursSubset.scoreUnique, ambiguousWithTruth: oursSubset.ambiguousWithTruth, statuses: oursSubset.statuses },
  baseline: side(subset, truths.slice(0, subset.length), baseline, revised, [baselineMs], unique),
  lookalikeQuotes: lookalikeQuotes(old, Number(lookalikeCount), Number(anchorCount) / 2),
});
