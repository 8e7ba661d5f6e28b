/**
 * A tally of a quote's trigram hits by diagonal: where in the text the quote would start if
 * the hit were in place, to within 8 characters. Near-match search tallies once per quote,
 * thousands of times a run, so the tally is an open-addressed table on typed arrays that is
 * cleared by a stamp and reused, not a Map of fresh objects.
 */

export interface Vote {
  count: number;
  /** The first hit: its offset in the quote and its position in the text. */
  firstAt: number;
  firstPosition: number;
  /** The last hit, likewise. */
  lastAt: number;
  lastPosition: number;
}

export class DiagonalVotes {
  private mask = 0;
  /** Fibonacci hashing: the top bits of diagonal × 2^32/φ pick the slot. */
  private shift = 32;
  private stamp = 0;
  private stamps = new Int32Array(0);
  private diagonals = new Int32Array(0);
  private counts = new Int32Array(0);
  private firstAt = new Int32Array(0);
  private firstPosition = new Int32Array(0);
  private lastAt = new Int32Array(0);
  private lastPosition = new Int32Array(0);
  /** Slots in the order their diagonal was first hit. */
  private order = new Int32Array(0);
  private size = 0;

  /** Empties the tally, with room for `hits` hits. */
  reset(hits: number): void {
    if (this.stamps.length < hits * 2) this.allocate(hits * 2);
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    this.size = 0;
  }

  private allocate(least: number): void {
    let slots = 64;
    while (slots < least) slots *= 2;
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.stamps = new Int32Array(slots);
    this.diagonals = new Int32Array(slots);
    this.counts = new Int32Array(slots);
    this.firstAt = new Int32Array(slots);
    this.firstPosition = new Int32Array(slots);
    this.lastAt = new Int32Array(slots);
    this.lastPosition = new Int32Array(slots);
    this.order = new Int32Array(slots);
    this.stamp = 0;
  }

  /** A hit: the quote's gram at `at` occurs at `position` of the text. */
  add(at: number, position: number): void {
    const diagonal = (position - at) >> 3;
    let slot = Math.imul(diagonal, 0x9e3779b1) >>> this.shift;
    while (this.stamps[slot] === this.stamp && this.diagonals[slot] !== diagonal) slot = (slot + 1) & this.mask;
    if (this.stamps[slot] === this.stamp) {
      this.counts[slot]!++;
      this.lastAt[slot] = at;
      this.lastPosition[slot] = position;
      return;
    }
    this.stamps[slot] = this.stamp;
    this.diagonals[slot] = diagonal;
    this.counts[slot] = 1;
    this.firstAt[slot] = this.lastAt[slot] = at;
    this.firstPosition[slot] = this.lastPosition[slot] = position;
    this.order[this.size++] = slot;
  }

  /** Diagonals with at least `needed` hits, most hits first, ties in the order first hit. */
  ranked(needed: number): Vote[] {
    const votes: Vote[] = [];
    for (let i = 0; i < this.size; i++) {
      const slot = this.order[i]!;
      const count = this.counts[slot]!;
      if (count < needed) continue;
      votes.push({ count, firstAt: this.firstAt[slot]!, firstPosition: this.firstPosition[slot]!, lastAt: this.lastAt[slot]!, lastPosition: this.lastPosition[slot]! });
    }
    return votes.sort((a, b) => b.count - a.count);
  }
}
