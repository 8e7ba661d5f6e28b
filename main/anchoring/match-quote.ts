/**
 * Finds a quote (with its prefix and suffix) in a target text, and says how sure it is.
 *
 * The rule that shapes everything here: never place an anchor on the wrong words. A quote is
 * accepted at a place only when the place is unique or its context tells it apart; several
 * equally good places make it `ambiguous` (no pick), and a near-match is accepted (`fuzzy`)
 * only when the surrounding words confirm it. Hypothesis-style anchoring weighs quote, context
 * and position into one score and takes the best, which re-attaches short quotes to look-alike
 * text elsewhere; here a short quote (under 8 characters) is never placed on similarity alone:
 * its prefix and suffix must both be found right around it.
 */
import type { AnchorStatus, QuoteSelector } from '../model/opinion';
import { foldCompact } from './fold';
import { bigramOverlap, commonPrefix, commonSuffix, editDistance } from './edit-distance';
import { findAll, GRAM, gramPositions, toOriginal, type TextIndex } from './text-index';

export const SHORT_QUOTE = 8;
const CONTEXT = 32;
/** Context characters that must agree, beyond the rival's, to pick one of several exact matches. */
const CONTEXT_LEAD = 6;
const MIN_CONTEXT = 8;
const FUZZY_MIN_SCORE = 0.75;
const BRACKETED_MIN_SCORE = 0.5;
const MAX_CANDIDATES = 20;

export interface QuoteMatch {
  status: AnchorStatus;
  score: number;
  start?: number;
  end?: number;
  candidates?: { start: number; end: number }[];
}

interface Folded {
  exact: string;
  prefix: string;
  suffix: string;
}

function fold(quote: QuoteSelector): Folded {
  // One fold of the whole window, cut where the quote begins and ends (thousands of anchors:
  // one call each instead of three).
  const { text, offsets } = foldCompact(quote.prefix + quote.exact + quote.suffix);
  const from = quote.prefix.length;
  const to = from + quote.exact.length;
  let a = 0;
  while (a < text.length && offsets[a]! < from) a++;
  let b = a;
  while (b < text.length && offsets[b]! < to) b++;
  return { exact: text.slice(a, b), prefix: text.slice(Math.max(0, a - CONTEXT), a), suffix: text.slice(b, b + CONTEXT) };
}

function contextAt(index: TextIndex, q: Folded, start: number, end: number): { before: number; after: number } {
  const before = commonSuffix(q.prefix, index.folded.slice(Math.max(0, start - q.prefix.length), start));
  const after = commonPrefix(q.suffix, index.folded.slice(end, end + q.suffix.length));
  return { before, after };
}

/**
 * The words around a near-match agree with the quote's context: an unbroken run of context on
 * one side, or similar words on both. Look-alike reports share whole phrases ("新增…装机…万千瓦"),
 * so similar words on one side alone prove nothing.
 */
function contextConfirms(index: TextIndex, q: Folded, start: number, end: number): boolean {
  const { before, after } = contextAt(index, q, start, end);
  const run = Math.min(6, Math.max(q.prefix.length, q.suffix.length));
  if (before >= run || after >= run) return true;
  const around = (from: number, to: number) => index.folded.slice(Math.max(0, from), Math.max(0, to));
  const prefixSimilar = q.prefix.length < 4 || bigramOverlap(q.prefix.slice(-16), around(start - 24, start)) >= 0.6;
  const suffixSimilar = q.suffix.length < 4 || bigramOverlap(q.suffix.slice(0, 16), around(end, end + 24)) >= 0.6;
  return prefixSimilar && suffixSimilar;
}

function resultAt(index: TextIndex, status: AnchorStatus, score: number, start: number, end: number, where?: { start: number }): QuoteMatch {
  const original = toOriginal(index, start, end);
  const placed = status === 'moved' && where && original.start === where.start ? 'exact' : status;
  return { status: placed, score, ...original };
}

function ambiguous(index: TextIndex, places: { start: number; end: number }[]): QuoteMatch {
  return { status: 'ambiguous', score: 0, candidates: places.slice(0, MAX_CANDIDATES).map((p) => toOriginal(index, p.start, p.end)) };
}

function orphan(index: TextIndex, places: { start: number; end: number }[] = []): QuoteMatch {
  return places.length > 0 ? { status: 'orphan', score: 0, candidates: places.slice(0, MAX_CANDIDATES).map((p) => toOriginal(index, p.start, p.end)) } : { status: 'orphan', score: 0 };
}

/**
 * A short quote ("改革") says little by itself: it stands only where the words on BOTH sides
 * agree with its context, as far as the context goes (a deleted sentence's "改革" must not
 * settle on the same phrase in another sentence).
 */
function shortQuoteConfirmed(index: TextIndex, q: Folded, start: number, end: number): boolean {
  const { before, after } = contextAt(index, q, start, end);
  return before >= Math.min(SHORT_QUOTE, q.prefix.length) && after >= Math.min(SHORT_QUOTE, q.suffix.length);
}

/**
 * The one exact copy of the words is far from where the passage was. If the passage is still
 * near its old place in an edited form, the exact copy is a twin (the same sentence quoted
 * elsewhere) and choosing between them is the user's call.
 */
/**
 * Where the passage should be. `start` is its old offset. A second pass (reanchor-text.ts,
 * resolve.ts) adds `predicted`: the old offset moved by the drift of its neighbours that were
 * placed with certainty, with a tight `window` — far sharper than "near the old offset".
 */
export interface Whereabouts {
  start: number;
  predicted?: number;
  window?: number;
}

function isFar(index: TextIndex, start: number, end: number, where?: Whereabouts): boolean {
  if (!where) return false;
  const at = toOriginal(index, start, end).start;
  if (where.predicted !== undefined) return Math.abs(at - where.predicted) > (where.window ?? 0);
  return Math.abs(at - where.start) > Math.max(2_000, index.original.length * 0.02);
}

function farTwinOfEditedPassage(index: TextIndex, q: Folded, start: number, end: number, where?: Whereabouts): Candidate | null {
  if (!isFar(index, start, end, where)) return null;
  return fuzzyPlaces(index, q).find((place) => place.end <= start || place.start >= end) ?? null;
}

const fuzzyAt = (index: TextIndex, place: Candidate, where?: Whereabouts) =>
  resultAt(index, 'fuzzy', Math.max(0, Math.min(1, place.score)), place.start, place.end, where);

function accept(index: TextIndex, q: Folded, place: { start: number; end: number }, where?: Whereabouts): QuoteMatch {
  // A short quote far from home is a guess even with its context: leave it for the user.
  if (q.exact.length < SHORT_QUOTE && isFar(index, place.start, place.end, where)) return orphan(index, [place]);
  const twin = farTwinOfEditedPassage(index, q, place.start, place.end, where);
  if (twin) {
    // With a sharp prediction, the edited passage right where it should be wins over its
    // untouched twin far away.
    if (where?.predicted !== undefined && !isFar(index, twin.start, twin.end, where)) return fuzzyAt(index, twin, where);
    return ambiguous(index, [place, twin]);
  }
  return resultAt(index, 'moved', 1, place.start, place.end, where);
}

/** Every exact place is far from the prediction: the passage may be here, edited. */
function editedAtHome(index: TextIndex, q: Folded, where?: Whereabouts): QuoteMatch | null {
  if (where?.predicted === undefined || q.exact.length < SHORT_QUOTE) return null;
  const home = fuzzyPlaces(index, q).filter((place) => !isFar(index, place.start, place.end, where));
  return home.length === 1 ? fuzzyAt(index, home[0]!, where) : null;
}

function chooseExact(index: TextIndex, q: Folded, positions: number[], where?: Whereabouts): QuoteMatch {
  const m = q.exact.length;
  const scored = positions
    .map((start) => {
      const { before, after } = contextAt(index, q, start, start + m);
      return { start, end: start + m, context: before + after, longest: Math.max(before, after) };
    })
    .sort((a, b) => b.context - a.context || a.start - b.start);
  const best = scored[0]!;
  const moved = (place: { start: number; end: number }) => resultAt(index, 'moved', 1, place.start, place.end, where);
  if (where?.predicted !== undefined) {
    // A sharp prediction from placed neighbours outweighs context: the one copy of the words
    // where the passage should be is the passage (a short quote still needs a run of context).
    const near = scored.filter((place) => !isFar(index, place.start, place.end, where));
    if (near.length === 1 && (m >= SHORT_QUOTE || near[0]!.longest >= SHORT_QUOTE)) return moved(near[0]!);
    if (near.length === 0) {
      const edited = editedAtHome(index, q, where);
      if (edited) return edited;
    }
  }
  if (m < SHORT_QUOTE) {
    // Without any context nothing can confirm a short quote; only a sharp prediction may choose.
    const hasContext = q.prefix.length + q.suffix.length > 0;
    const confirmed = hasContext ? scored.filter((place) => shortQuoteConfirmed(index, q, place.start, place.end)) : [];
    if (confirmed.length === 1) return accept(index, q, confirmed[0]!, where);
    const home = where?.predicted !== undefined ? soleNearPlace(index, confirmed, where) : null;
    if (home) return moved(home);
    if (confirmed.length > 1) return ambiguous(index, confirmed);
    // Only a sharp prediction may settle an unconfirmed short quote, and only with a long run
    // of its context intact on one side.
    const predictedHome = where?.predicted !== undefined && hasContext ? soleNearPlace(index, scored, where) : null;
    if (predictedHome && predictedHome.longest >= SHORT_QUOTE) return moved(predictedHome);
    if (scored.length === 1) {
      // The only occurrence in the whole text, with a long unbroken run of context on one side
      // (the other side was edited): that is the same phrase, not a look-alike.
      if (best.longest >= 12) return accept(index, q, best, where);
      return orphan(index, scored);
    }
    return ambiguous(index, scored);
  }
  if (scored.length === 1) return accept(index, q, best, where);
  const second = scored[1]!;
  const needed = Math.min(MIN_CONTEXT, q.prefix.length + q.suffix.length);
  // The runner-up must be clearly implausible, not just worse: when the true place's context
  // was edited, an untouched twin of the passage elsewhere (a report quoted twice, a copy of a
  // section) has the better context, and only refusing to choose avoids that trap.
  const rivalCeiling = Math.min(best.context - Math.min(CONTEXT_LEAD, needed), Math.max(CONTEXT_LEAD, Math.floor(best.context / 3)));
  if (best.context >= needed && second.context <= rivalCeiling) return accept(index, q, best, where);
  const plausible = scored.filter((place) => place.context > rivalCeiling && place.context >= needed);
  const home = soleNearPlace(index, plausible, where);
  if (home) return moved(home);
  return editedAtHome(index, q, where) ?? ambiguous(index, scored);
}

/**
 * Among equally plausible places, the one still where the passage was (a revision shifts text
 * by hundreds of characters, a look-alike copy sits tens of thousands away) — when exactly one
 * plausible place is near and every other is far. Otherwise nobody can tell them apart.
 */
function soleNearPlace<T extends { start: number; end: number; context?: number }>(index: TextIndex, places: T[], where?: Whereabouts): T | null {
  if (!where || places.length < 2) return null;
  const near = places.filter((place) => !isFar(index, place.start, place.end, where));
  if (near.length !== 1) return null;
  // Near the old offset is weak evidence: it may only break a tie it does not create. Exact
  // copies with the same context (a page holding the report twice) stay ambiguous; only a
  // prediction from placed neighbours (settle.ts) is strong enough to choose among equals.
  if (where.predicted === undefined) {
    const home = near[0]!;
    const rival = Math.max(...places.filter((place) => place !== home).map((place) => place.context ?? 0));
    if ((home.context ?? 0) <= rival) return null;
  }
  return near[0]!;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  bracketed: boolean;
}

function similarity(pattern: string, region: string): number {
  if (region.length === 0) return 0;
  if (pattern.length <= 400 && region.length <= 500) return 1 - editDistance(pattern, region) / Math.max(pattern.length, region.length);
  return Math.min(bigramOverlap(pattern, region), bigramOverlap(region, pattern));
}

/** Regions framed by the quote's exact prefix tail and suffix head. */
function bracketedCandidates(index: TextIndex, q: Folded): Candidate[] {
  const tail = q.prefix.slice(-12);
  const head = q.suffix.slice(0, 12);
  if (tail.length < 4 || head.length < 4) return [];
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

/** Places where many of the quote's trigrams line up on one diagonal, aligned precisely. */
/**
 * Places where many of the quote's trigrams line up on one diagonal. The trigrams that hit
 * give the place's ends directly (the first hit's offset back to the quote's start, the last
 * hit's forward to its end), so no alignment over the whole window is needed.
 */
function votedCandidates(index: TextIndex, q: Folded): Candidate[] {
  const m = q.exact.length;
  // A score of trigrams is plenty to find where most of them line up; trigrams common enough
  // to occur hundreds of times say nothing about where, and are skipped.
  const step = Math.max(1, Math.floor(m / 20));
  const votes = new Map<number, { count: number; first: [number, number]; last: [number, number] }>();
  let sampled = 0;
  for (let j = 0; j + GRAM <= m; j += step) {
    sampled++;
    const positions = gramPositions(index, q.exact, j, 96);
    if (!positions) continue;
    for (const p of positions) {
      const diagonal = (p - j) >> 3;
      const vote = votes.get(diagonal);
      if (vote) {
        vote.count++;
        vote.last = [j, p];
      } else votes.set(diagonal, { count: 1, first: [j, p], last: [j, p] });
    }
  }
  const needed = Math.max(2, Math.ceil(sampled * 0.25));
  const ranked = [...votes.values()].filter((vote) => vote.count >= needed).sort((a, b) => b.count - a.count);
  const candidates: Candidate[] = [];
  for (const vote of ranked.filter((v) => v.count * 2 >= ranked[0]!.count).slice(0, 3)) {
    const start = Math.max(0, vote.first[1] - vote.first[0]);
    const end = Math.min(index.folded.length, vote.last[1] + (m - vote.last[0]));
    if (end <= start) continue;
    candidates.push({ start, end, score: similarity(q.exact, index.folded.slice(start, end)), bracketed: false });
  }
  return candidates;
}

function chooseFuzzy(index: TextIndex, q: Folded, where?: Whereabouts): QuoteMatch {
  const places = fuzzyPlaces(index, q);
  if (places.length === 0) return orphan(index);
  const [best, second] = places;
  if (second && best!.score - second.score < 0.1) {
    const home = soleNearPlace(index, places, where);
    return home ? fuzzyAt(index, home, where) : ambiguous(index, places);
  }
  // An edited passage found far from where it was is as likely a look-alike sentence in
  // another part (a deleted passage's cousin) as the passage itself: the user decides.
  if (isFar(index, best!.start, best!.end, where)) return orphan(index, [best!]);
  return fuzzyAt(index, best!, where);
}

/** Near-matches that pass the acceptance rules, best first, one per place. */
function fuzzyPlaces(index: TextIndex, q: Folded): Candidate[] {
  const m = q.exact.length;
  const hasContext = q.prefix.length + q.suffix.length > 0;
  const bracketed = bracketedCandidates(index, q);
  const all = m >= SHORT_QUOTE ? [...bracketed, ...votedCandidates(index, q)] : bracketed;
  const accepted = all.filter((candidate) => {
    if (m < SHORT_QUOTE) return candidate.bracketed && candidate.end - candidate.start <= m + 4 && candidate.end > candidate.start;
    if (candidate.bracketed) return candidate.score >= BRACKETED_MIN_SCORE;
    if (candidate.score < FUZZY_MIN_SCORE) return false;
    return hasContext ? contextConfirms(index, q, candidate.start, candidate.end) : candidate.score >= 0.9;
  });
  // The same place found both ways counts once, keeping the better score.
  const places: Candidate[] = [];
  for (const candidate of accepted.sort((a, b) => b.score - a.score || Number(b.bracketed) - Number(a.bracketed))) {
    if (!places.some((p) => Math.abs(p.start - candidate.start) <= 4 || (candidate.start < p.end && p.start < candidate.end))) places.push(candidate);
  }
  return places;
}

export function matchQuote(index: TextIndex, quote: QuoteSelector, where?: Whereabouts): QuoteMatch {
  const q = fold(quote);
  if (q.exact.length === 0) return orphan(index);
  const positions = findAll(index, q.exact, 5_000);
  if (positions.length > 0) return chooseExact(index, q, positions, where);
  return chooseFuzzy(index, q, where);
}

/** A result that a sharper prediction of the passage's place could still settle. */
export function unsettled(match: QuoteMatch): boolean {
  return match.status === 'ambiguous' || (match.status === 'orphan' && (match.candidates?.length ?? 0) > 0);
}
