/**
 * The character diff on its own: Myers' runs form a longest common subsequence (checked against
 * a brute-force LCS on real report text), supplementary characters stay whole, and the cleanup
 * words a rewording as one change while an untouched clause keeps two edits apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffRanges } from '../../../main/versions/char-diff';
import { commonRuns } from '../../../main/versions/myers';
import { FIXTURES } from '../fixtures';
import { random } from './scripted-revision';

const codes = (text: string) => Int32Array.from([...text], (ch) => ch.codePointAt(0)!);

function lcsLength(a: Int32Array, b: Int32Array): number {
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

const diff = (before: string, after: string, ignoreFormatting = false) =>
  diffRanges(before, { start: 0, end: before.length }, after, { start: 0, end: after.length }, ignoreFormatting);
const changes = (before: string, after: string, ignoreFormatting = false) =>
  diff(before, after, ignoreFormatting).filter((op) => op.kind !== 'equal').map((op) => `${op.kind}:${op.old}${op.new}`);

describe('Myers over code points', () => {
  const report = readFileSync(join(FIXTURES, 'national-2024-wikisource-zh-hans.txt'), 'utf8');

  it('keeps a longest common subsequence of two revised passages of a real report', () => {
    const rng = random(11);
    for (let trial = 0; trial < 40; trial++) {
      const at = Math.floor(rng() * (report.length - 400));
      const passage = report.slice(at, at + 40 + Math.floor(rng() * 160));
      // A revision by hand: characters dropped, swapped for others of the report, and added.
      let revised = '';
      for (const ch of passage) {
        const roll = rng();
        if (roll < 0.08) continue;
        revised += roll < 0.16 ? report[Math.floor(rng() * report.length)]! : ch;
        if (roll > 0.95) revised += report.slice(at + 500, at + 500 + Math.floor(rng() * 6));
      }
      const a = codes(passage);
      const b = codes(revised);
      const runs = commonRuns(a, b);
      let kept = 0;
      let lastA = 0;
      let lastB = 0;
      for (let r = 0; r < runs.length; r += 3) {
        expect(runs[r]!).toBeGreaterThanOrEqual(lastA);
        expect(runs[r + 1]!).toBeGreaterThanOrEqual(lastB);
        for (let k = 0; k < runs[r + 2]!; k++) expect(a[runs[r]! + k]).toBe(b[runs[r + 1]! + k]);
        lastA = runs[r]! + runs[r + 2]!;
        lastB = runs[r + 1]! + runs[r + 2]!;
        kept += runs[r + 2]!;
      }
      expect(kept).toBe(lcsLength(a, b));
    }
  });
});

describe('the character diff of one paragraph', () => {
  it('replaces 𠀀 by 𠀁 as one code point, never half a surrogate pair', () => {
    // diff-match-patch compares UTF-16 units: both share the high surrogate \ud840 and it would
    // keep it as "equal", leaving two broken strings.
    expect(diff('甲𠀀乙', '甲𠀁乙').map((op) => [op.kind, op.old, op.new])).toEqual([
      ['equal', '甲', '甲'],
      ['delete', '𠀀', ''],
      ['insert', '', '𠀁'],
      ['equal', '乙', '乙'],
    ]);
  });

  it('quotes an inserted clause with its own comma, as the 修改情况说明 does', () => {
    expect(changes('传统产业加快转型升级，战略性新兴产业蓬勃发展，未来产业有序布局。', '传统产业加快转型升级，战略性新兴产业蓬勃发展，着力打造新兴支柱产业，未来产业有序布局。')).toEqual([
      'insert:着力打造新兴支柱产业，',
    ]);
  });

  it('words a rewording as one change, not a scatter around a shared character', () => {
    expect(changes('加快建设现代化产业体系。', '大力推进现代化产业体系。')).toEqual(['delete:加快建设', 'insert:大力推进']);
    // Myers alone keeps the 推 both share: 删去“稳步”, 删去“进”, 增加“动深化”.
    expect(changes('稳步推进改革。', '推动深化改革。')).toEqual(['delete:稳步推进', 'insert:推动深化']);
  });

  it('keeps two edits apart when a whole clause between them is untouched', () => {
    expect(changes('坚持稳中求进，完整准确全面贯彻新发展理念，加快构建新发展格局。', '坚持稳中求进，贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。')).toEqual([
      'delete:完整准确全面',
      'insert:，着力推动高质量发展',
    ]);
  });

  it('sees nothing when only width, quotes, whitespace or script differ and formatting is ignored', () => {
    expect(changes('落實"十四五"規劃,增長5.2%。', '落实“十四五”规划，增长５．２％。', true)).toEqual([]);
    expect(changes('李　强', '李强', true)).toEqual([]);
    expect(changes('李　强', '李强')).toEqual(['delete:　']);
  });

  it('covers every character of both sides, whitespace a fold left out included', () => {
    const before = '  一、总体要求\n';
    const after = '一、 总体 要求 \r\n';
    const ops = diff(before, after, true);
    expect(ops.map((op) => op.old).join('')).toBe(before);
    expect(ops.map((op) => op.new).join('')).toBe(after);
    expect(ops.every((op) => op.kind === 'equal')).toBe(true);
  });
});
