/**
 * editDistance runs Myers' bit-vector method in blocks of 32 rows; the plain Levenshtein table
 * is the reference it must agree with exactly, across block boundaries and for CJK text.
 */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../main/anchoring/edit-distance';
import { random } from './revision';

function tableDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('editDistance', () => {
  it('agrees with the full table on random and edited strings of 0–150 characters', () => {
    const rng = random(7);
    const alphabets = ['ab', 'abcdefgh', '改革开放推进发展建设加快新，。'];
    const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
    for (let n = 0; n < 1500; n++) {
      const alphabet = alphabets[n % alphabets.length]!;
      const a = pick(alphabet, Math.floor(rng() * 150));
      // Half the pairs are near copies (the case matching meets most), half unrelated.
      const b = n % 2 ? [...a].map((ch) => (rng() < 0.1 ? pick(alphabet, Math.floor(rng() * 3)) : ch)).join('') : pick(alphabet, Math.floor(rng() * 150));
      expect(editDistance(a, b), `${a} / ${b}`).toBe(tableDistance(a, b));
    }
  });

  it('counts lengths across 32-row block boundaries exactly', () => {
    for (const length of [31, 32, 33, 63, 64, 65, 96, 97]) {
      const a = '推'.repeat(length);
      expect(editDistance(a, '')).toBe(length);
      expect(editDistance(a, `${a}进`)).toBe(1);
      expect(editDistance(`x${a}y`, `y${a}x`)).toBe(2);
      expect(editDistance(a, '进'.repeat(length + 3))).toBe(length + 3);
    }
  });
});
