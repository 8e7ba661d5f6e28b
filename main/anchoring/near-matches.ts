/**
 * Near-matches of a quote whose words no longer occur exactly: regions framed by its context,
 * and regions where its trigrams line up, each scored by similarity and kept only when the
 * acceptance rules of match-quote.ts allow (a short quote only between its own context, a
 * near-match only with its surrounding words confirming it).
 */
import { DiagonalVotes } from './diagonal-votes';
import { bigramOverlap, editDistance } from './edit-distance';
import type { QuoteSearch } from './quote-search';
import { findAll, GRAM, gramPositions } from './text-index';

/** Under this many characters a quote says little by itself (see match-quote.ts). */
export const SHORT_QUOTE = 8;
const FUZZY_MIN_SCORE = 0.75;
const BRACKETED_MIN_SCORE = 0.5;
/** A gram in more places than this says nothing about where the quote is. */
const COMMON_GRAM = 96;

export interface Candidate {
  start: number;
  end: number;
  score: number;
  bracketed: boolean;
}

/**
 * The words around a near-match agree with the quote's context: an unbroken run of context on
 * one side, or similar words on both. Look-alike reports share whole phrases ("新增…装机…万千瓦"),
 * so similar words on one side alone prove nothing.
 */
function contextConfirms(q: QuoteSearch, start: number, end: number): boolean {
  const { before, after } = q.contextAt(start, end);
  const run = Math.min(6, Math.max(q.prefix.length, q.suffix.length));
  if (before >= run || after >= run) return true;
  const around = (from: number, to: number) => q.index.folded.slice(Math.max(0, from), Math.max(0, to));
  const prefixSimilar = q.prefix.length < 4 || bigramOverlap(q.prefix.slice(-16), around(start - 24, start)) >= 0.6;
  const suffixSimilar = q.suffix.length < 4 || bigramOverlap(q.suffix.slice(0, 16), around(end, end + 24)) >= 0.6;
  return prefixSimilar && suffixSimilar;
}

function similarity(pattern: string, region: string): number {
  if (region.length === 0) return 0;
  if (pattern.length <= 400 && region.length <= 500) return 1 - editDistance(pattern, region) / Math.max(pattern.length, region.length);
  return Math.min(bigramOverlap(pattern, region), bigramOverlap(region, pattern));
}

/** Regions framed by the quote's exact prefix tail and suffix head. */
function bracketedCandidates(q: QuoteSearch): Candidate[] {
  const tail = q.prefix.slice(-12);
  const head = q.suffix.slice(0, 12);
  if (tail.length < 4 || head.length < 4) return [];
  const { index } = q;
  const m = q.exact.length;
  const ends = findAll(index, head, 200);
  if (ends.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const prefixAt of findAll(index, tail, 200)) {
    const start = prefixAt + tail.length;
    // The suffix's first occurrence after the prefix frames the region; a later one would
    // swallow text that is not the passage.
    const end = ends.find((at) => at >= start);
    if (end === undefined || end - start > m * 1.5 + 8) continue;
    // A region whose length alone rules out a passing score is not worth aligning.
    if (Math.abs(end - start - m) > m * (1 - BRACKETED_MIN_SCORE) + 4) continue;
    candidates.push({ start, end, score: similarity(q.exact, index.folded.slice(start, end)), bracketed: true });
    if (candidates.length >= 8) break;
  }
  return candidates;
}

const votes = new DiagonalVotes();
const hits = new Int32Array(COMMON_GRAM);

/**
 * Places where many of the quote's trigrams line up on one diagonal. The trigrams that hit
 * give the place's ends directly (the first hit's offset back to the quote's start, the last
 * hit's forward to its end), so no alignment over the whole window is needed.
 */
function votedCandidates(q: QuoteSearch): Candidate[] {
  const { index } = q;
  const m = q.exact.length;
  // A score of trigrams is plenty to find where most of them line up; trigrams common enough
  // to occur hundreds of times say nothing about where, and are skipped.
  const step = Math.max(1, Math.floor(m / 20));
  votes.reset(Math.ceil((m - GRAM + 1) / step) * COMMON_GRAM);
  let sampled = 0;
  for (let j = 0; j + GRAM <= m; j += step) {
    sampled++;
    const found = gramPositions(index, q.exact, j, COMMON_GRAM, hits);
    for (let k = 0; k < found; k++) votes.add(j, hits[k]!);
  }
  const ranked = votes.ranked(Math.max(2, Math.ceil(sampled * 0.25)));
  const candidates: Candidate[] = [];
  for (const vote of ranked.filter((v) => v.count * 2 >= ranked[0]!.count).slice(0, 3)) {
    const start = Math.max(0, vote.firstPosition - vote.firstAt);
    const end = Math.min(index.folded.length, vote.lastPosition + (m - vote.lastAt));
    if (end <= start) continue;
    candidates.push({ start, end, score: similarity(q.exact, index.folded.slice(start, end)), bracketed: false });
  }
  return candidates;
}

/** Near-matches that pass the acceptance rules, best first, one per place. */
export function findNearMatches(q: QuoteSearch): Candidate[] {
  const m = q.exact.length;
  const hasContext = q.prefix.length + q.suffix.length > 0;
  const bracketed = bracketedCandidates(q);
  const all = m >= SHORT_QUOTE ? [...bracketed, ...votedCandidates(q)] : bracketed;
  const accepted = all.filter((candidate) => {
    if (m < SHORT_QUOTE) return candidate.bracketed && candidate.end - candidate.start <= m + 4 && candidate.end > candidate.start;
    if (candidate.bracketed) return candidate.score >= BRACKETED_MIN_SCORE;
    if (candidate.score < FUZZY_MIN_SCORE) return false;
    return hasContext ? contextConfirms(q, candidate.start, candidate.end) : candidate.score >= 0.9;
  });
  // The same place found both ways counts once, keeping the better score.
  const places: Candidate[] = [];
  for (const candidate of accepted.sort((a, b) => b.score - a.score || Number(b.bracketed) - Number(a.bracketed))) {
    if (!places.some((p) => Math.abs(p.start - candidate.start) <= 4 || (candidate.start < p.end && p.start < candidate.end))) places.push(candidate);
  }
  return places;
}
