/**
 * Scripted revisions of a real text, with the truth kept: every edit is recorded, so the place
 * each anchor should land in the revised text is known exactly, and a wrong placement can be
 * counted rather than guessed. Shared by the anchoring tests and the bench.
 */
import type { TextAnchor, TextResolution } from '../../../main/anchoring/reanchor-text';

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A small deterministic PRNG (mulberry32), so every run scripts the same revision. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.at < cursor) throw new Error('overlapping edits');
    out += text.slice(cursor, edit.at) + edit.insert;
    cursor = edit.at + edit.remove;
  }
  return out + text.slice(cursor);
}

/** Where an old offset is in the revised text (inside a removed run: the end of its replacement). */
export function mapOffset(edits: Edit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    if (edit.at + edit.remove <= offset && !(edit.remove === 0 && edit.at === offset && side === 'start')) {
      shift += edit.insert.length - edit.remove;
    } else if (edit.at < offset) {
      return side === 'start' ? edit.at + shift : edit.at + shift + edit.insert.length;
    }
  }
  return offset + shift;
}

export interface Truth {
  id: string;
  /** Where the passage is in the revised text, or null when the revision destroyed it. */
  expected: { start: number; end: number } | null;
  /** Where the passage was, in the revised text, even when destroyed (what replaced it). */
  region: { start: number; end: number };
}

export function truthOf(edits: Edit[], anchor: TextAnchor): Truth {
  let removed = 0;
  for (const edit of edits) {
    const overlap = Math.min(anchor.end, edit.at + edit.remove) - Math.max(anchor.start, edit.at);
    if (overlap > 0) removed += overlap;
    // Text inserted inside the passage changes it as much as text taken out.
    if (edit.at > anchor.start && edit.at < anchor.end) removed += edit.insert.length;
  }
  const destroyed = removed / (anchor.end - anchor.start) > 0.5;
  const region = { start: mapOffset(edits, anchor.start, 'start'), end: mapOffset(edits, anchor.end, 'end') };
  return { id: anchor.id, expected: destroyed ? null : region, region };
}

export function makeAnchor(text: string, id: string, start: number, end: number): TextAnchor {
  return { id, exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
}

/** Anchors on whole phrases of a real text: lengths from short (3) to long (120). */
export function sampleAnchors(text: string, count: number, rng: () => number, lengths: [number, number] = [3, 120]): TextAnchor[] {
  const anchors: TextAnchor[] = [];
  while (anchors.length < count) {
    const length = Math.floor(lengths[0] + rng() * rng() * (lengths[1] - lengths[0]));
    const start = Math.floor(rng() * (text.length - length));
    const exact = text.slice(start, start + length);
    if (exact.trim().length < Math.min(3, length) || /\n/.test(exact.slice(0, 1) + exact.slice(-1))) continue;
    anchors.push(makeAnchor(text, `a${anchors.length}`, start, start + length));
  }
  return anchors;
}

const compact = (text: string) => text.replace(/\s/g, '');

export interface Score {
  total: number;
  correct: number;
  wrong: number;
  unplaced: number;
  /** Anchors whose passage survived: the denominator of the correct-placement rate. */
  survivors: number;
  wrongIds: string[];
}

/**
 * A placement is correct when it overlaps the expected range by at least half of either; it is
 * wrong when it does not, except that placing a destroyed passage on the very same words
 * elsewhere (the documented "moved") or on what replaced it, where it was, is not an error.
 */
export function score(anchors: TextAnchor[], truths: Truth[], results: TextResolution[], revised: string): Score {
  const result: Score = { total: anchors.length, correct: 0, wrong: 0, unplaced: 0, survivors: 0, wrongIds: [] };
  anchors.forEach((anchor, i) => {
    const truth = truths[i]!;
    const got = results[i]!;
    if (truth.expected) result.survivors++;
    if (got.start === null || got.end === null) {
      result.unplaced++;
      return;
    }
    if (truth.expected) {
      const overlap = Math.min(got.end, truth.expected.end) - Math.max(got.start, truth.expected.start);
      const shorter = Math.min(got.end - got.start, truth.expected.end - truth.expected.start);
      if (overlap > 0 && overlap >= shorter * 0.5) {
        result.correct++;
        return;
      }
    } else if (compact(revised.slice(got.start, got.end)) === compact(anchor.exact)) {
      return;
    } else if (got.start >= truth.region.start - 2 && got.end <= truth.region.end + 2) {
      // Placed on what replaced the passage, where it was: the right place, heavily edited.
      return;
    }
    result.wrong++;
    result.wrongIds.push(anchor.id);
  });
  return result;
}

/** Every start of `quote` in `text`. */
function copiesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export interface LookalikeCase {
  anchor: TextAnchor;
  /** Where the quote's other copies start in the old text: the places it must never be put. */
  others: number[];
}

/**
 * The trap of a short quote that stands in more than one place (「…计划执行情况」 and
 * 「…预算执行情况」): the copy the reader selected is edited, one character inserted inside it,
 * so the exact words are left only at the other copies, whose context differs. Quotes of
 * `lengths` characters (Chinese, starting and ending with a Han character) that occur at least
 * twice, none overlapping itself, are picked at random places of a real text; one edit each,
 * and no two cases share a copy.
 */
export function lookalikeQuoteCases(text: string, count: number, rng: () => number, lengths: [number, number] = [6, 12]): { cases: LookalikeCase[]; edits: Edit[] } {
  const cases: LookalikeCase[] = [];
  const edits: Edit[] = [];
  const taken: { start: number; end: number }[] = [];
  const free = (start: number, end: number) => taken.every((t) => end + 2 <= t.start || start >= t.end + 2);
  for (let tries = 0; cases.length < count && tries < count * 2_000; tries++) {
    const length = lengths[0] + Math.floor(rng() * (lengths[1] - lengths[0] + 1));
    const start = Math.floor(rng() * (text.length - length));
    const quote = text.slice(start, start + length);
    if (!/^[\u4e00-\u9fff][\u4e00-\u9fff\d，、（）“”]*[\u4e00-\u9fff]$/.test(quote)) continue;
    const copies = copiesOf(text, quote);
    if (copies.length < 2 || copies.some((at, i) => i > 0 && at < copies[i - 1]! + length)) continue;
    if (!copies.every((at) => free(at, at + length))) continue;
    const own = copies[Math.floor(rng() * copies.length)]!;
    edits.push({ at: own + 1 + Math.floor(rng() * (length - 1)), remove: 0, insert: '新全各并'[Math.floor(rng() * 4)]! });
    for (const at of copies) taken.push({ start: at, end: at + length });
    cases.push({ anchor: makeAnchor(text, `d${cases.length}`, own, own + length), others: copies.filter((at) => at !== own) });
  }
  return { cases, edits };
}
