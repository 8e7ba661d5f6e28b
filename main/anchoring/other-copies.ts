/**
 * The trap of a quote whose words stood in more than one place of the text it was taken from:
 * when the revision edits the passage's own copy, the exact words left standing are another
 * place's (「…2019年国民经济和社会发展计划执行情况」 edited, 「…2017年中央和地方预算执行情况」
 * left), and taking them on the words alone places the anchor on the wrong passage. Such a
 * copy is recognised by its context, not its words: what surrounded each copy in the old text
 * says which one a copy found now may be.
 */
import type { Agreement } from './context-agreement';
import type { ExactPlace, QuoteSearch } from './quote-search';
import { isFar, type Whereabouts } from './whereabouts';

/** Context characters a copy of the words must agree on beyond another copy's, to be told from it. */
const COPY_LEAD = 2;
/** Under this many characters, a quote whose own text is not at hand may have stood elsewhere in it too. */
const LONG_QUOTE = 16;
/** Without the quote's own text, the context characters it needs on each side. */
const SIDE_CONTEXT = 3;
/** Without it, how much better the context of the words edited elsewhere must agree to be the passage. */
const EDITED_LEAD = 6;

/** `place` agrees on a side of `full` characters clearly better than `other` did: by more than COPY_LEAD, or entirely. */
const exceeds = (place: number, other: number, full: number) => place > other && (place > other + COPY_LEAD || place === full);

/** Places paired with copies at most: a phrase more common than this is left to the rules of position. */
const MAX_PAIRED = 64;

/**
 * Old copies that agreed with the context alike, and stood alike near or far from the passage:
 * any place may be one as well as another, so they are paired as one with room for `count`.
 */
interface CopyClass extends Agreement {
  near: boolean;
  count: number;
}

function copyClasses(q: QuoteSearch, copies: number[], where?: Whereabouts): CopyClass[] {
  const window = 2 * (where?.window ?? 0);
  const classes = new Map<string, CopyClass>();
  q.agreementsInOrigin(copies).forEach(({ before, after }, c) => {
    const near = where?.predicted === undefined || Math.abs(q.originalOffset(copies[c]!) - where.start) <= window;
    const key = `${before},${after},${near}`;
    const known = classes.get(key);
    if (known) known.count++;
    else classes.set(key, { before, after, near, count: 1 });
  });
  return [...classes.values()];
}

/**
 * Whether the place may be an old copy of `copy`'s class: not when it agrees with the context
 * clearly better on either side, nor when a sharp prediction puts the passage here and the
 * copy stood too far from the passage for its drift to bring it here.
 */
function mayBe(q: QuoteSearch, place: ExactPlace, copy: CopyClass, where?: Whereabouts): boolean {
  if (exceeds(place.before, copy.before, q.prefix.length) || exceeds(place.after, copy.after, q.suffix.length)) return false;
  return copy.near || isFar(q.index, place.start, where);
}

/**
 * Pairs places one to one with old copies they may be, as many as can be (Kuhn's augmenting
 * paths; a class of copies holds up to its count). `may[p][c]`: place p may be a copy of
 * class c. Returns the places each class holds.
 */
function pairUp(may: boolean[][], classes: CopyClass[]): number[][] {
  const held: number[][] = classes.map(() => []);
  const pair = (p: number, seen: Uint8Array): boolean => {
    for (let c = 0; c < classes.length; c++) {
      if (seen[c] || !may[p]![c]) continue;
      seen[c] = 1;
      const holders = held[c]!;
      if (holders.length < classes[c]!.count) {
        holders.push(p);
        return true;
      }
      for (let h = 0; h < holders.length; h++) {
        if (pair(holders[h]!, seen)) {
          holders[h] = p;
          return true;
        }
      }
    }
    return false;
  };
  for (let p = 0; p < may.length; p++) pair(p, new Uint8Array(classes.length));
  return held;
}

/**
 * The places some largest pairing leaves out: those left out of this one, and every place
 * holding a copy that one of those may be instead (it can hand the copy over), and so on.
 */
function leftOut(may: boolean[][], held: number[][]): Set<number> {
  const paired = new Set(held.flat());
  const out = new Set<number>();
  const queue: number[] = [];
  for (let p = 0; p < may.length; p++) {
    if (!paired.has(p)) {
      out.add(p);
      queue.push(p);
    }
  }
  while (queue.length > 0) {
    const p = queue.pop()!;
    held.forEach((holders, c) => {
      if (!may[p]![c]) return;
      for (const h of holders) {
        if (out.has(h)) continue;
        out.add(h);
        queue.push(h);
      }
    });
  }
  return out;
}

export interface Standing {
  /** The exact places that may be the passage's own copy of the words. */
  places: ExactPlace[];
  /**
   * Every place found may be one of the other copies: the passage's own copy may be the one
   * the revision edited, and `places` are only those whose context agrees all round.
   */
  ownMayBeGone: boolean;
}

/** The place's context agrees with the quote's all round. */
export const fullyAgreeing = (q: QuoteSearch, place: ExactPlace) => place.before === q.prefix.length && place.after === q.suffix.length;

/** Without the text the anchor was made on (see standingPlaces). */
function standingWithoutOrigin(q: QuoteSearch, places: ExactPlace[]): Standing {
  const { prefix, suffix } = q;
  if (q.exact.length >= LONG_QUOTE) return { places, ownMayBeGone: false };
  const standing = places.filter((place) => place.before >= Math.min(SIDE_CONTEXT, prefix.length) && place.after >= Math.min(SIDE_CONTEXT, suffix.length));
  if (standing.length === 0) return { places: [], ownMayBeGone: true };
  const best = Math.max(...standing.map((place) => place.context));
  const betterEdited = editedCopies(q, places).some((edited) => {
    const { before, after } = q.contextAt(edited.start, edited.end);
    return before + after > best + EDITED_LEAD;
  });
  return betterEdited ? { places: [], ownMayBeGone: true } : { places: standing, ownMayBeGone: false };
}

/**
 * Which exact places may stand for the passage. A quote that was not unique in the text the
 * anchor was made on is recognised by its context, not its words: each place is paired with
 * an old copy it may be, and a place that is another copy in every such pairing is not the
 * passage (「…计划执行情况」 edited, 「…预算执行情况」 left standing). When every place can be
 * another copy, the passage's own copy may be the edited one; a place whose context agrees all
 * round may still be it (copies alike to the last character only position can tell apart).
 * When that text is not at hand, a quote under LONG_QUOTE characters is presumed to have had
 * copies: a place stands only with its context agreeing on both sides, and not when the words
 * edited somewhere else agree with the context far better.
 */
export function standingPlaces(q: QuoteSearch, places: ExactPlace[], where?: Whereabouts): Standing {
  // Context agreeing all round is all the context can say; only position tells such places apart.
  if (places.every((place) => fullyAgreeing(q, place))) return { places, ownMayBeGone: false };
  if (!q.hasOrigin) return standingWithoutOrigin(q, places);
  if (places.length > MAX_PAIRED) return { places, ownMayBeGone: false };
  const copies = q.otherCopies();
  if (copies === null) return standingWithoutOrigin(q, places);
  if (copies.length === 0) return { places, ownMayBeGone: false };
  const classes = copyClasses(q, copies, where);
  const may = places.map((place) => classes.map((copy) => mayBe(q, place, copy, where)));
  const out = leftOut(may, pairUp(may, classes));
  if (out.size === 0) return { places: places.filter((place) => fullyAgreeing(q, place)), ownMayBeGone: true };
  // A place some largest pairing leaves out may be the passage; one every pairing needs is another copy.
  return { places: places.filter((_, p) => out.has(p)), ownMayBeGone: false };
}

/** Near-matches clear of the exact copies of the words: where the words may stand edited. */
export const editedCopies = (q: QuoteSearch, copies: ExactPlace[]) => q.nearMatches().filter((place) => copies.every((copy) => place.end <= copy.start || place.start >= copy.end));
