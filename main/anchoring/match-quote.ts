/**
 * Finds a quote (with its prefix and suffix) in a target text, and says how sure it is.
 *
 * The rule that shapes everything here: never place an anchor on the wrong words. A quote is
 * accepted at a place only when the place is unique or its context tells it apart; several
 * equally good places make it `ambiguous` (no pick), and a near-match is accepted (`fuzzy`)
 * only when the surrounding words confirm it. Hypothesis-style anchoring weighs quote, context
 * and position into one score and takes the best, which re-attaches short quotes to look-alike
 * text elsewhere; here a short quote (under 8 characters) is never placed on similarity alone:
 * its prefix and suffix must both be found right around it. Nor is any quote placed on its
 * words alone when they stood in more than one place of the text it was taken from: the copy
 * left standing may be the other place's (other-copies.ts).
 */
import type { AnchorStatus } from '../model/opinion';
import { SHORT_QUOTE, type Candidate } from './near-matches';
import { editedCopies, fullyAgreeing, standingPlaces } from './other-copies';
import type { ExactPlace, QuoteSearch } from './quote-search';
import { toOriginal, type TextIndex } from './text-index';
import { isFar, type Whereabouts } from './whereabouts';

/** Context characters that must agree, beyond the rival's, to pick one of several exact matches. */
const CONTEXT_LEAD = 6;
const MIN_CONTEXT = 8;
const MAX_CANDIDATES = 20;

export interface QuoteMatch {
  status: AnchorStatus;
  score: number;
  start?: number;
  end?: number;
  candidates?: { start: number; end: number }[];
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
function shortQuoteConfirmed(q: QuoteSearch, start: number, end: number): boolean {
  const { before, after } = q.contextAt(start, end);
  return before >= Math.min(SHORT_QUOTE, q.prefix.length) && after >= Math.min(SHORT_QUOTE, q.suffix.length);
}

/**
 * The one exact copy of the words is far from where the passage was. If the passage is still
 * near its old place in an edited form, the exact copy is a twin (the same sentence quoted
 * elsewhere) and choosing between them is the user's call.
 */
function farTwinOfEditedPassage(q: QuoteSearch, start: number, end: number, where?: Whereabouts): Candidate | null {
  if (!isFar(q.index, start, where)) return null;
  return q.nearMatches().find((place) => place.end <= start || place.start >= end) ?? null;
}

const fuzzyAt = (index: TextIndex, place: Candidate, where?: Whereabouts) =>
  resultAt(index, 'fuzzy', Math.max(0, Math.min(1, place.score)), place.start, place.end, where);

function accept(q: QuoteSearch, place: { start: number; end: number }, where?: Whereabouts): QuoteMatch {
  const { index } = q;
  // A short quote far from home is a guess even with its context: leave it for the user.
  if (q.exact.length < SHORT_QUOTE && isFar(index, place.start, where)) return orphan(index, [place]);
  const twin = farTwinOfEditedPassage(q, place.start, place.end, where);
  if (twin) {
    // With a sharp prediction, the edited passage right where it should be wins over its
    // untouched twin far away.
    if (where?.predicted !== undefined && !isFar(index, twin.start, where)) return fuzzyAt(index, twin, where);
    return ambiguous(index, [place, twin]);
  }
  return resultAt(index, 'moved', 1, place.start, place.end, where);
}

/** Every exact place is far from the prediction: the passage may be here, edited. */
function editedAtHome(q: QuoteSearch, where?: Whereabouts): QuoteMatch | null {
  if (where?.predicted === undefined || q.exact.length < SHORT_QUOTE) return null;
  const home = q.nearMatches().filter((place) => !isFar(q.index, place.start, where));
  return home.length === 1 ? fuzzyAt(q.index, home[0]!, where) : null;
}

/**
 * Every exact copy of the words found may be another place's: the passage is where its words
 * stand edited (a near-match clear of those copies), or at a copy whose context agrees all
 * round (`full`), or nowhere to be sure of. Between an edited place and a full copy only a
 * sharp prediction chooses.
 */
function ownCopyEdited(q: QuoteSearch, found: ExactPlace[], full: ExactPlace[], where?: Whereabouts): QuoteMatch {
  const { index } = q;
  const edited = editedCopies(q, found);
  if (full.length === 0 && edited.length === 0) return found.length > 1 ? ambiguous(index, found) : orphan(index, found);
  if (full.length === 0) return chooseFuzzy(q, edited, where);
  if (edited.length === 0) return chooseStanding(q, full, where);
  const home = where?.predicted !== undefined ? [...full, ...edited].filter((place) => !isFar(index, place.start, where)) : [];
  if (home.length === 1) return 'score' in home[0]! ? fuzzyAt(index, home[0], where) : resultAt(index, 'moved', 1, home[0]!.start, home[0]!.end, where);
  return ambiguous(index, [...full, ...edited]);
}

function chooseExact(q: QuoteSearch, found: ExactPlace[], where?: Whereabouts): QuoteMatch {
  // A copy of the words whose context agrees all round is as sure as context can make it: the
  // old text need not be searched to accept it (and with a megabyte of it, is not).
  const choice = chooseStanding(q, found, where);
  if (choice.start !== undefined && found.some((place) => fullyAgreeing(q, place) && toOriginal(q.index, place.start, place.end).start === choice.start)) return choice;
  const standing = standingPlaces(q, found, where);
  if (standing.ownMayBeGone) return ownCopyEdited(q, found, standing.places, where);
  return chooseStanding(q, standing.places, where);
}

/** Chooses among exact places that may each be the passage's own words. */
function chooseStanding(q: QuoteSearch, scored: ExactPlace[], where?: Whereabouts): QuoteMatch {
  const { index } = q;
  const m = q.exact.length;
  const best = scored[0]!;
  const moved = (place: { start: number; end: number }) => resultAt(index, 'moved', 1, place.start, place.end, where);
  if (where?.predicted !== undefined) {
    // A sharp prediction from placed neighbours outweighs context: the one copy of the words
    // where the passage should be is the passage (a short quote still needs a run of context).
    const near = scored.filter((place) => !isFar(index, place.start, where));
    if (near.length === 1 && (m >= SHORT_QUOTE || near[0]!.longest >= SHORT_QUOTE)) return moved(near[0]!);
    if (near.length === 0) {
      const edited = editedAtHome(q, where);
      if (edited) return edited;
    }
  }
  if (m < SHORT_QUOTE) {
    // Without any context nothing can confirm a short quote; only a sharp prediction may choose.
    const hasContext = q.prefix.length + q.suffix.length > 0;
    const confirmed = hasContext ? scored.filter((place) => shortQuoteConfirmed(q, place.start, place.end)) : [];
    if (confirmed.length === 1) return accept(q, confirmed[0]!, where);
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
      if (best.longest >= 12) return accept(q, best, where);
      return orphan(index, scored);
    }
    return ambiguous(index, scored);
  }
  if (scored.length === 1) return accept(q, best, where);
  const second = scored[1]!;
  const needed = Math.min(MIN_CONTEXT, q.prefix.length + q.suffix.length);
  // The runner-up must be clearly implausible, not just worse: when the true place's context
  // was edited, an untouched twin of the passage elsewhere (a report quoted twice, a copy of a
  // section) has the better context, and only refusing to choose avoids that trap.
  const rivalCeiling = Math.min(best.context - Math.min(CONTEXT_LEAD, needed), Math.max(CONTEXT_LEAD, Math.floor(best.context / 3)));
  if (best.context >= needed && second.context <= rivalCeiling) return accept(q, best, where);
  const plausible = scored.filter((place) => place.context > rivalCeiling && place.context >= needed);
  const home = soleNearPlace(index, plausible, where);
  if (home) return moved(home);
  return editedAtHome(q, where) ?? ambiguous(index, scored);
}

/**
 * Among equally plausible places, the one still where the passage was (a revision shifts text
 * by hundreds of characters, a look-alike copy sits tens of thousands away) — when exactly one
 * plausible place is near and every other is far. Otherwise nobody can tell them apart.
 */
function soleNearPlace<T extends { start: number; end: number; context?: number }>(index: TextIndex, places: T[], where?: Whereabouts): T | null {
  if (!where || places.length < 2) return null;
  const near = places.filter((place) => !isFar(index, place.start, where));
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

function chooseFuzzy(q: QuoteSearch, places: Candidate[], where?: Whereabouts): QuoteMatch {
  const { index } = q;
  if (places.length === 0) return orphan(index);
  const [best, second] = places;
  if (second && best!.score - second.score < 0.1) {
    const home = soleNearPlace(index, places, where);
    return home ? fuzzyAt(index, home, where) : ambiguous(index, places);
  }
  // An edited passage found far from where it was is as likely a look-alike sentence in
  // another part (a deleted passage's cousin) as the passage itself: the user decides.
  if (isFar(index, best!.start, where)) return orphan(index, [best!]);
  return fuzzyAt(index, best!, where);
}

export function matchQuote(q: QuoteSearch, where?: Whereabouts): QuoteMatch {
  if (q.exact.length === 0) return orphan(q.index);
  const exact = q.exactPlaces();
  if (exact.length > 0) return chooseExact(q, exact, where);
  return chooseFuzzy(q, q.nearMatches(), where);
}

/** A result that a sharper prediction of the passage's place could still settle. */
export function unsettled(match: QuoteMatch): boolean {
  return match.status === 'ambiguous' || (match.status === 'orphan' && (match.candidates?.length ?? 0) > 0);
}
