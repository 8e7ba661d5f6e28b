/** The two measures of the local duplicate check, on their own. */
import { describe, expect, it } from 'vitest';
import { bigramSimilarity, fingerprint, verbatimRuns } from '../../../main/proposals/text-similarity';

const COPIED = '第七次全国人口普查数据显示乡村60岁及以上老年人口占乡村总人口的23.81%比城镇高出7.99个百分点随着青壮年劳动力大量外出务工';

describe('text similarity', () => {
  it('finds a verbatim run of 50 or more characters whatever the spacing and punctuation, longest first', () => {
    const earlier = fingerprint(`前言。${COPIED.slice(0, 20)}，${COPIED.slice(20)}。另有一段完全不同的文字，讲的是义务教育。`, true);
    const draft = fingerprint(`开头不同。${COPIED}。后面也不同。`);
    // Counted without punctuation; quoted as the new draft writes it.
    expect(verbatimRuns(draft, earlier, 50)).toEqual([{ length: COPIED.replace(/[.%]/g, '').length, wording: COPIED }]);
    // 49 characters in common are not a run.
    expect(verbatimRuns(fingerprint(`开头不同${COPIED.slice(0, 49)}`), fingerprint(`完全另起${COPIED.slice(0, 49)}`, true), 50)).toEqual([]);
  });

  it('a text of one repeated character is still one run (each piece is tried at a bounded number of places)', () => {
    const runs = verbatimRuns(fingerprint('啊'.repeat(20_000)), fingerprint(`${'啊'.repeat(20_000)}哦${'啊'.repeat(20_000)}`, true), 50);
    expect(runs.map((run) => run.length)).toEqual([20_000]);
  });

  it('scores a rewording high and an unrelated text low', () => {
    const a = fingerprint('建议将农村互助养老服务纳入基本养老服务清单，由民政部门牵头，按照服务人数给予运营补贴。');
    const reworded = fingerprint('建议把农村互助养老服务纳入基本养老服务清单，由民政部门牵头，根据服务人数给予运营补贴。');
    const other = fingerprint('完善城乡教师交流轮岗制度，将乡村任教经历作为职称评聘的重要条件。');
    expect(bigramSimilarity(a, reworded)).toBeGreaterThan(0.8);
    expect(bigramSimilarity(a, other)).toBeLessThan(0.2);
    expect(bigramSimilarity(fingerprint(''), fingerprint(''))).toBe(0);
  });
});
