/**
 * Suggested clusters: near-duplicate opinions on one passage grouped, different proposals on the
 * same quote kept apart, and the measured precision and recall on a labelled fixture of 8,000
 * synthetic opinions made of real report clauses (labelled-opinions.ts).
 */
import { describe, expect, it } from 'vitest';
import { clusterSummary } from '../../../main/desk/cluster-summary';
import { suggestClusters } from '../../../main/desk/clusters';
import type { DeskOpinion } from '../../../main/desk/desk-opinion';
import { labelledOpinions, pairScores } from './labelled-opinions';

const QUOTE = '促进循环经济发展';
let next = 0;
const on = (reading: { start: number; end: number }, fields: Partial<DeskOpinion>): DeskOpinion => ({
  id: `o${++next}`,
  author: { name: `代表${next}`, delegation: '湖北代表团' },
  kind: 'passage-suggestion',
  bodyText: '',
  suggestion: null,
  versionId: 'v1',
  reading,
  quote: QUOTE,
  ...fields,
});

describe('suggestClusters', () => {
  it('groups one change asked for in different words and keeps another change on the same quote apart', () => {
    const same = [
      on({ start: 100, end: 108 }, { suggestion: { original: QUOTE, proposed: '大力促进循环经济高质量发展' } }),
      on({ start: 98, end: 110 }, { suggestion: { original: `着力${QUOTE}，推`, proposed: `着力大力促进循环经济高质量发展，推` } }),
      on({ start: 100, end: 108 }, { kind: 'passage-comment', bodyText: `本代表团建议将“${QUOTE}”改为“大力促进循环经济高质量发展”。` }),
    ];
    const other = [
      on({ start: 100, end: 108 }, { suggestion: { original: QUOTE, proposed: '促进循环经济和绿色低碳发展' } }),
      on({ start: 102, end: 108 }, { kind: 'passage-comment', bodyText: '我们认为，建议在“循环经济”后增加“和绿色低碳”。' }),
    ];
    const alone = on({ start: 100, end: 108 }, { kind: 'passage-comment', bodyText: `报告中“${QUOTE}”一句，建议补充废旧物资回收体系建设的内容。` });
    const clusters = suggestClusters([...same, ...other, alone]);
    expect(clusters.map((c) => c.memberIds)).toEqual([same.map((o) => o.id), other.map((o) => o.id)]);
    expect(clusters[0]!.passage).toEqual({ kind: 'passage', versionId: 'v1', start: 98, end: 110 });
    expect(clusters[0]!.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('compares only within one passage: the same words on passages apart, or on another version, are not one cluster', () => {
    const proposal = { original: QUOTE, proposed: '大力促进循环经济高质量发展' };
    const opinions = [
      on({ start: 100, end: 108 }, { suggestion: proposal }),
      on({ start: 108, end: 116 }, { suggestion: proposal }),
      on({ start: 100, end: 108 }, { suggestion: proposal, versionId: 'v2' }),
    ];
    expect(suggestClusters(opinions)).toEqual([]);
  });

  it('clusters section notes per section and unanchored notes among themselves', () => {
    const note = (fields: Partial<DeskOpinion>) => on({ start: 0, end: 0 }, { kind: 'report-note', reading: null, quote: undefined, ...fields });
    const pool = [
      note({ bodyText: '建议加大对县域青年就业的支持力度。' }),
      note({ bodyText: '本代表团希望，加大对县域青年就业的支持力度，更符合实际。' }),
      note({ bodyText: '建议完善种粮农民收益保障机制。' }),
    ];
    const sections = [
      note({ kind: 'section-note', sectionId: 's1', bodyText: '建议完善种粮农民收益保障机制。' }),
      note({ kind: 'section-note', sectionId: 's1', bodyText: '我们认为，完善种粮农民的收益保障机制。' }),
      note({ kind: 'section-note', sectionId: 's2', bodyText: '建议完善种粮农民收益保障机制。' }),
    ];
    const clusters = suggestClusters([...pool, ...sections]);
    expect(clusters.map((c) => [c.passage, c.memberIds])).toEqual([
      [{ kind: 'section', sectionId: 's1' }, [sections[0]!.id, sections[1]!.id]],
      [{ kind: 'unanchored' }, [pool[0]!.id, pool[1]!.id]],
    ]);
  });

  it('finds the labelled near-duplicates of 8,000 opinions on real report clauses with precision ≥ 0.95 and recall ≥ 0.85', async () => {
    const opinions = await labelledOpinions({ size: 8000, seed: 11 });
    expect(opinions.length).toBeGreaterThanOrEqual(8000);
    const clusters = suggestClusters(opinions);
    const { precision, recall } = pairScores(opinions, clusters);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    // Suggested, never imposed: every opinion is still there, in no more than one cluster.
    const members = clusters.flatMap((c) => c.memberIds);
    expect(new Set(members).size).toBe(members.length);
  });
});

describe('clusterSummary', () => {
  it('counts people once and delegations apart, in the wording of the 汇总表', () => {
    const authors = [
      { name: '王建国', delegation: '山西代表团' },
      { name: '王建国', delegation: '山西代表团' },
      { name: '李秀英', delegation: '山西代表团' },
      { name: '黄志斌', delegation: '湖北代表团' },
    ];
    expect(clusterSummary(authors)).toBe('综合3位代表（2个代表团）意见');
    const members = [
      { name: '刘志强', delegation: '经济界', role: 'cppcc-member' as const },
      { name: '周海燕', delegation: '农业界', role: 'cppcc-member' as const },
    ];
    expect(clusterSummary(members)).toBe('综合2位委员（2个界别）意见');
  });
});
