/**
 * Aligns the paragraphs of two versions before any character is compared. Pairing paragraphs by
 * equality alone marks about three times too much where neighbouring paragraphs all changed (each
 * one is then deleted whole and inserted whole), so alignment goes in three steps:
 *  1. equal paragraphs (by content) are matched as the longest common subsequence — Myers again,
 *     over paragraph keys;
 *  2. between two matched paragraphs, the unmatched ones are paired by similarity, keeping their
 *     order (a small dynamic programme; the same structural section breaks ties);
 *  3. what is still unmatched on both sides is checked for moves: the same paragraph (or a
 *     near-identical one) deleted in one place and inserted in another.
 */
import type { ComparableText } from './comparable-text';
import { keyString } from './comparable-text';
import { commonRuns } from './myers';
import { bigrams, similarity, type Bigrams } from './similarity';
import type { TextUnit } from './text-units';

export interface AlignedUnit {
  unit: TextUnit;
  text: ComparableText;
}

export type PairKind = 'matched' | 'paired' | 'moved' | 'inserted' | 'deleted';

export interface UnitPair {
  kind: PairKind;
  old: AlignedUnit | null;
  new: AlignedUnit | null;
  /** Bigram similarity of a paired or moved pair; 1 for matched ones. */
  similarity: number;
}

/** Below this, two paragraphs are not one paragraph revised: one is deleted, the other inserted. */
const PAIR_MIN = 0.3;
/** A move must be unmistakable: a paragraph that is nearly the same, somewhere else. */
const MOVE_MIN = 0.6;
/** Shorter paragraphs (各位代表！) recur too often for a deletion and an insertion to mean a move. */
const MOVE_MIN_KEYS = 12;
/** Similarities computed in one gap at most; beyond it only a band around the diagonal is tried. */
const GAP_CELLS = 40_000;
const SAME_SECTION_BONUS = 0.05;
/**
 * Two blank lines pair, but weigh next to nothing: pairing a run of blank lines must never win
 * over pairing the revised paragraph that sits across them.
 */
const BLANK_WEIGHT = 0.001;

const WHITESPACE_KEYS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3000, 0xa0, 0x2028]);

/** The content a paragraph is matched by: its keys without the trailing line break and spaces. */
function contentKey(keys: Int32Array): string {
  let end = keys.length;
  while (end > 0 && WHITESPACE_KEYS.has(keys[end - 1]!)) end--;
  return keyString(keys.subarray(0, end));
}

function indicesWithContent(keys: string[]): number[] {
  const indices: number[] = [];
  keys.forEach((key, k) => {
    if (key.length > 0) indices.push(k);
  });
  return indices;
}

const sectionOf = (unit: TextUnit) => (unit.block ? unit.block.path.replace(/\/?p\d+$/, '') : null);

export function alignParagraphs(oldUnits: AlignedUnit[], newUnits: AlignedUnit[]): UnitPair[] {
  const ids = new Map<string, number>();
  const intern = (units: AlignedUnit[]) => {
    const keys = units.map((u) => contentKey(u.text.keys));
    return {
      keys,
      ids: Int32Array.from(keys, (key) => {
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        return id;
      }),
    };
  };
  const before = intern(oldUnits);
  const after = intern(newUnits);
  // Blank lines all have the same content: matched as anchors they would pin paragraphs to the
  // wrong side of a gap. Only lines with content anchor; blank ones are paired inside the gaps.
  const contentOld = indicesWithContent(before.keys);
  const contentNew = indicesWithContent(after.keys);
  const contentRuns = commonRuns(
    Int32Array.from(contentOld, (k) => before.ids[k]!),
    Int32Array.from(contentNew, (k) => after.ids[k]!),
  );

  const grams = new Map<AlignedUnit, Bigrams>();
  const gramsOf = (u: AlignedUnit) => {
    let g = grams.get(u);
    if (!g) grams.set(u, (g = bigrams(u.text.keys)));
    return g;
  };
  const blank = (key: string) => key.length === 0;

  const pairs: UnitPair[] = [];
  let i = 0;
  let j = 0;
  const gapTo = (runOld: number, runNew: number) => {
    pairGap(oldUnits.slice(i, runOld), before.keys.slice(i, runOld), newUnits.slice(j, runNew), after.keys.slice(j, runNew), gramsOf, blank, pairs);
    i = runOld;
    j = runNew;
  };
  for (let r = 0; r < contentRuns.length; r += 3) {
    for (let k = 0; k < contentRuns[r + 2]!; k++) {
      const x = contentOld[contentRuns[r]! + k]!;
      const y = contentNew[contentRuns[r + 1]! + k]!;
      gapTo(x, y);
      pairs.push({ kind: 'matched', old: oldUnits[x]!, new: newUnits[y]!, similarity: 1 });
      i = x + 1;
      j = y + 1;
    }
  }
  gapTo(oldUnits.length, newUnits.length);
  return detectMoves(pairs, new Map([...oldUnits.map((u, k) => [u, before.keys[k]!] as const), ...newUnits.map((u, k) => [u, after.keys[k]!] as const)]), gramsOf);
}

/** Pairs the unmatched paragraphs between two matched ones by similarity, in order. */
function pairGap(
  olds: AlignedUnit[],
  oldKeys: string[],
  news: AlignedUnit[],
  newKeys: string[],
  gramsOf: (u: AlignedUnit) => Bigrams,
  blank: (key: string) => boolean,
  out: UnitPair[],
): void {
  const p = olds.length;
  const q = news.length;
  if (p === 0 || q === 0) {
    for (const u of olds) out.push({ kind: 'deleted', old: u, new: null, similarity: 0 });
    for (const u of news) out.push({ kind: 'inserted', old: null, new: u, similarity: 0 });
    return;
  }
  const band = p * q <= GAP_CELLS ? Infinity : Math.max(8, Math.floor(GAP_CELLS / (2 * Math.max(p, q))));
  const sim = new Float64Array(p * q);
  for (let x = 0; x < p; x++) {
    const diagonal = (x * q) / p;
    for (let y = 0; y < q; y++) {
      if (Math.abs(y - diagonal) > band) continue;
      const a = oldKeys[x]!;
      const b = newKeys[y]!;
      let s: number;
      if (blank(a) || blank(b)) s = blank(a) && blank(b) ? BLANK_WEIGHT : 0;
      else {
        s = similarity(gramsOf(olds[x]!), gramsOf(news[y]!));
        if (s >= PAIR_MIN && sectionOf(olds[x]!.unit) !== null && sectionOf(olds[x]!.unit) === sectionOf(news[y]!.unit)) s += SAME_SECTION_BONUS;
      }
      sim[x * q + y] = s >= PAIR_MIN || s === BLANK_WEIGHT ? s : 0;
    }
  }
  // best[x][y]: the largest total similarity pairing olds[0..x) with news[0..y) in order.
  const width = q + 1;
  const best = new Float64Array((p + 1) * width);
  for (let x = 1; x <= p; x++) {
    for (let y = 1; y <= q; y++) {
      const s = sim[(x - 1) * q + (y - 1)]!;
      best[x * width + y] = Math.max(best[(x - 1) * width + y]!, best[x * width + y - 1]!, s > 0 ? best[(x - 1) * width + y - 1]! + s : 0);
    }
  }
  const reversed: UnitPair[] = [];
  let x = p;
  let y = q;
  while (x > 0 || y > 0) {
    const here = best[x * width + y]!;
    const s = x > 0 && y > 0 ? sim[(x - 1) * q + (y - 1)]! : 0;
    if (s > 0 && here === best[(x - 1) * width + y - 1]! + s) {
      reversed.push({ kind: 'paired', old: olds[x - 1]!, new: news[y - 1]!, similarity: Math.min(1, s) });
      x--;
      y--;
    } else if (y > 0 && (x === 0 || here === best[x * width + y - 1]!)) {
      reversed.push({ kind: 'inserted', old: null, new: news[y - 1]!, similarity: 0 });
      y--;
    } else {
      reversed.push({ kind: 'deleted', old: olds[x - 1]!, new: null, similarity: 0 });
      x--;
    }
  }
  // Within a run of unpaired paragraphs, deletions read before insertions.
  for (let k = reversed.length - 1; k >= 0; k--) out.push(reversed[k]!);
}

/**
 * A deleted paragraph that reappears elsewhere is a move: the pair is kept at its new place and
 * the deletion dropped. Same content first, then the most similar, each paragraph used once.
 */
function detectMoves(pairs: UnitPair[], keyOf: Map<AlignedUnit, string>, gramsOf: (u: AlignedUnit) => Bigrams): UnitPair[] {
  const deleted = pairs.filter((p) => p.kind === 'deleted' && p.old!.text.keys.length >= MOVE_MIN_KEYS);
  const inserted = pairs.filter((p) => p.kind === 'inserted' && p.new!.text.keys.length >= MOVE_MIN_KEYS);
  if (deleted.length === 0 || inserted.length === 0) return pairs;
  const byKey = new Map<string, UnitPair[]>();
  for (const d of deleted) {
    const key = keyOf.get(d.old!)!;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const taken = new Set<UnitPair>();
  const moved = new Map<UnitPair, UnitPair>();
  const unmatched: UnitPair[] = [];
  for (const ins of inserted) {
    const candidates = byKey.get(keyOf.get(ins.new!)!);
    const d = candidates?.find((c) => !taken.has(c));
    if (d) {
      taken.add(d);
      moved.set(ins, { kind: 'moved', old: d.old, new: ins.new, similarity: 1 });
    } else unmatched.push(ins);
  }
  const left = deleted.filter((d) => !taken.has(d));
  // Near-identical moves: bounded, since every leftover is compared with every other.
  if (left.length * unmatched.length <= 250_000) {
    const scored: { ins: UnitPair; del: UnitPair; s: number }[] = [];
    for (const ins of unmatched) {
      for (const del of left) {
        const s = similarity(gramsOf(del.old!), gramsOf(ins.new!));
        if (s >= MOVE_MIN) scored.push({ ins, del, s });
      }
    }
    scored.sort((a, b) => b.s - a.s);
    for (const { ins, del, s } of scored) {
      if (taken.has(del) || moved.has(ins)) continue;
      taken.add(del);
      moved.set(ins, { kind: 'moved', old: del.old, new: ins.new, similarity: s });
    }
  }
  return pairs.filter((p) => !taken.has(p)).map((p) => moved.get(p) ?? p);
}
