/**
 * Turns a shortest edit script into one a clerk can read. Myers keeps every character the two
 * texts happen to share, so "促进经济发展" → "推动经济发展" is fine but "加快建设" → "大力推进" may come out as a
 * scatter of one-character edits around a shared "进". Two steps fix that, both from
 * diff-match-patch's cleanupSemantic: an equality no longer than the edits on both of its sides
 * is folded into one change (and the change's common ends taken out again); then an insertion or deletion that could sit at several places is
 * slid to where it starts or ends a clause, so it is quoted the way the 修改情况说明 quotes it.
 *
 * The script is kept as alternating lengths over key sequences: equal runs and changes
 * (deleted, inserted), so folding an equality in is arithmetic, not string surgery.
 */

/** An equal run of `length` keys, or a change deleting `deleted` and inserting `inserted` keys. */
export type Segment = { equal: number } | { deleted: number; inserted: number };

export const isEqual = (segment: Segment): segment is { equal: number } => 'equal' in segment;

/** Builds the segments from Myers' common runs (triples aStart, bStart, length). */
export function segmentsFromRuns(runs: number[], aLength: number, bLength: number): Segment[] {
  const segments: Segment[] = [];
  let a = 0;
  let b = 0;
  for (let i = 0; i <= runs.length; i += 3) {
    const runA = i < runs.length ? runs[i]! : aLength;
    const runB = i < runs.length ? runs[i + 1]! : bLength;
    if (runA > a || runB > b) segments.push({ deleted: runA - a, inserted: runB - b });
    if (i < runs.length) {
      segments.push({ equal: runs[i + 2]! });
      a = runA + runs[i + 2]!;
      b = runB + runs[i + 2]!;
    }
  }
  return segments;
}

const changeSize = (segment: Segment) => (isEqual(segment) ? 0 : Math.max(segment.deleted, segment.inserted));

/**
 * Folds every equality that is no longer than the larger side of the change on each side of it,
 * unless it holds a clause mark: an untouched clause between two edits is what lets a clerk
 * word them as two changes, and Chinese edits are made clause by clause.
 */
export function foldShortEqualities(segments: Segment[], oldKeys: Int32Array): Segment[] {
  let current = segments;
  for (;;) {
    const next: Segment[] = [];
    const nextStarts: number[] = [];
    let folded = false;
    let a = 0;
    for (const segment of current) {
      const previous = next[next.length - 1];
      const beforePrevious = next[next.length - 2];
      if (
        !isEqual(segment) &&
        previous !== undefined &&
        isEqual(previous) &&
        beforePrevious !== undefined &&
        !isEqual(beforePrevious) &&
        previous.equal <= changeSize(beforePrevious) &&
        previous.equal <= changeSize(segment) &&
        !holdsClauseMark(oldKeys, nextStarts[nextStarts.length - 1]!, previous.equal)
      ) {
        next.length -= 2;
        nextStarts.length -= 2;
        nextStarts.push(a - previous.equal - beforePrevious.deleted);
        next.push({
          deleted: beforePrevious.deleted + previous.equal + segment.deleted,
          inserted: beforePrevious.inserted + previous.equal + segment.inserted,
        });
        folded = true;
      } else {
        next.push(segment);
        nextStarts.push(a);
      }
      a += isEqual(segment) ? segment.equal : segment.deleted;
    }
    // Folding can make a change long enough to swallow the equality before it: repeat until stable.
    if (!folded) return next;
    current = next;
  }
}

function holdsClauseMark(keys: Int32Array, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (CLAUSE_END.has(keys[k]!)) return true;
  return false;
}

/**
 * A folded change can start or end with what it replaces ("推" → "常态化推进……，推"): that common
 * start and end is equal text again, which leaves the edit a pure insertion or deletion.
 */
export function factorCommonEnds(segments: Segment[], oldKeys: Int32Array, newKeys: Int32Array): Segment[] {
  const out: Segment[] = [];
  const pushEqual = (length: number) => {
    if (length === 0) return;
    const last = out[out.length - 1];
    if (last && isEqual(last)) last.equal += length;
    else out.push({ equal: length });
  };
  let a = 0;
  let b = 0;
  for (const segment of segments) {
    if (isEqual(segment)) {
      pushEqual(segment.equal);
      a += segment.equal;
      b += segment.equal;
      continue;
    }
    let { deleted, inserted } = segment;
    let prefix = 0;
    while (prefix < deleted && prefix < inserted && oldKeys[a + prefix] === newKeys[b + prefix]) prefix++;
    deleted -= prefix;
    inserted -= prefix;
    let suffix = 0;
    while (suffix < deleted && suffix < inserted && oldKeys[a + prefix + deleted - 1 - suffix] === newKeys[b + prefix + inserted - 1 - suffix]) suffix++;
    deleted -= suffix;
    inserted -= suffix;
    pushEqual(prefix);
    if (deleted > 0 || inserted > 0) out.push({ deleted, inserted });
    pushEqual(suffix);
    a += segment.deleted;
    b += segment.inserted;
  }
  return out;
}

/** Clause punctuation, full and half width: an edit that ends with one reads as a whole clause. */
const CLAUSE_END = new Set([...'，。；：、！？,.;:!?'].map((ch) => ch.codePointAt(0)!));

/**
 * Slides each pure insertion or deletion between two equalities to its best place among the
 * equivalent ones (an insertion of "X，" after "A，" can equally be read as "，X" after "A").
 * `keys` is the side the edit's own characters come from; `before`/`after` are equal runs
 * present in both sides, so moving the edit keeps both texts intact.
 */
export function slideToClauseBoundaries(segments: Segment[], oldKeys: Int32Array, newKeys: Int32Array): Segment[] {
  const out = segments.map((segment) => ({ ...segment }));
  let a = 0;
  let b = 0;
  for (let i = 0; i < out.length; i++) {
    const segment = out[i]!;
    if (isEqual(segment)) {
      a += segment.equal;
      b += segment.equal;
      continue;
    }
    const before = out[i - 1];
    const after = out[i + 1];
    const pure = segment.deleted === 0 || segment.inserted === 0;
    if (pure && before && isEqual(before) && after && isEqual(after)) {
      const keys = segment.deleted > 0 ? oldKeys : newKeys;
      const length = segment.deleted + segment.inserted;
      const start = segment.deleted > 0 ? a : b;
      // Left as far as the text allows, then every place to the right is a candidate.
      let left = 0;
      while (left < before.equal && keys[start - 1 - left] === keys[start + length - 1 - left]) left++;
      let right = 0;
      while (right < after.equal && keys[start + right] === keys[start + length + right]) right++;
      let best = -left;
      let bestScore = -1;
      for (let shift = -left; shift <= right; shift++) {
        const s = start + shift;
        const score = (CLAUSE_END.has(keys[s + length - 1]!) ? 2 : 0) + (s === 0 || CLAUSE_END.has(keys[s - 1]!) ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = shift;
        }
      }
      before.equal += best;
      after.equal -= best;
      a += best;
      b += best;
    }
    a += segment.deleted;
    b += segment.inserted;
  }
  return joinChanges(out.filter((segment) => !isEqual(segment) || segment.equal > 0));
}

/** Two changes left side by side (an equality slid down to nothing) are one change. */
function joinChanges(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out[out.length - 1];
    if (last && !isEqual(last) && !isEqual(segment)) out[out.length - 1] = { deleted: last.deleted + segment.deleted, inserted: last.inserted + segment.inserted };
    else out.push(segment);
  }
  return out;
}
