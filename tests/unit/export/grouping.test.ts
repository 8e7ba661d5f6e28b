import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../main/export/export-context';
import { countByStance, groupHeadings, groupOpinions } from '../../../main/export/grouping';
import { corpusCase } from './corpus-input';

const ids = (entries: { opinion: { id: string } }[]) => entries.map((e) => e.opinion.id);

describe('grouping opinions by the report’s own structure', () => {
  it('puts report notes first, then the sections in report order, then the unplaced; trash is left out', () => {
    const { input } = corpusCase();
    const groups = groupOpinions(prepareExport(input));
    expect(groups.map((g) => `${g.kind}:${g.title}`)).toEqual([
      'report:总体意见',
      'section:导语',
      'section:（一）强化创新驱动发展，创新浙江建设成效明显',
      'section:（一）着力提振市场信心增强社会预期',
      'section:（二）着力提升创新体系整体效能',
      'section:（三）着力完善以先进制造业为骨干的现代化产业体系',
      'section:1.医疗卫生方面',
      'unplaced:未定位的意见',
    ]);
    expect(ids(groups[3]!.entries)).toEqual(['o_sec_heading', 'o_formatted', 'o_overlap_a', 'o_overlap_b', 'o_span', 'o_sugg_heading']);
    expect(ids(groups[4]!.entries)).toEqual(['o_sugg', 'o_sugg_overlap', 'o_fuzzy']);
    expect(ids(groups[7]!.entries)).toEqual(['o_orphan', 'o_ambiguous']);
    expect(groups.flatMap((g) => ids(g.entries))).not.toContain('o_trash');
  });

  it('numbers passages by the paragraph their first range starts in', () => {
    const { input } = corpusCase();
    const context = prepareExport(input);
    const number = (id: string) => context.entries.find((e) => e.opinion.id === id)!.placement.paragraph?.number;
    expect(number('o_span')).toBe(44);
    expect(number('o_sugg_heading')).toBe(45);
    expect(number('o_sugg_span')).toBe(49);
    expect(number('o_item')).toBe(75);
    expect(number('o_fuzzy')).toBe(47);
  });

  it('prints only the part of a section path that changed', () => {
    const { input } = corpusCase();
    const headings = groupHeadings(groupOpinions(prepareExport(input)));
    expect(headings.map((list) => list.map((h) => `${h.depth}:${h.title}`))).toEqual([
      ['0:总体意见'],
      ['0:导语'],
      ['0:一、2025年主要工作和“十四五”发展成就', '1:（一）强化创新驱动发展，创新浙江建设成效明显'],
      ['0:三、2026年重点工作', '1:（一）着力提振市场信心增强社会预期'],
      ['1:（二）着力提升创新体系整体效能'],
      ['1:（三）着力完善以先进制造业为骨干的现代化产业体系'],
      ['1:（九）着力促进高质量发展和高水平安全良性互动', '2:1.医疗卫生方面'],
      ['0:未定位的意见'],
    ]);
  });

  it('groups by stance in stance order, 未标立场 last before the unplaced', () => {
    const { input } = corpusCase({ order: 'stance' });
    const groups = groupOpinions(prepareExport(input));
    expect(groups.map((g) => g.title)).toEqual(['总体意见', '赞同', '质疑', '建议修改', '反对', '数据核实', '未标立场', '未定位的意见']);
    // Within a stance, report order.
    expect(ids(groups[1]!.entries)).toEqual(['o_preamble', 'o_sec_runin', 'o_overlap_a', 'o_item']);
    expect(ids(groups[6]!.entries)).toEqual(['o_sec_heading']);
  });

  it('leaves out orphaned and ambiguous opinions when asked to', () => {
    const { input } = corpusCase({ includeOrphans: false });
    const groups = groupOpinions(prepareExport(input));
    expect(groups.some((g) => g.kind === 'unplaced')).toBe(false);
    expect(groups.flatMap((g) => ids(g.entries))).toHaveLength(14);
  });

  it('counts by stance for the closing tally', () => {
    const { input } = corpusCase();
    expect(countByStance(prepareExport(input))).toEqual([
      { name: '赞同', count: 4 },
      { name: '质疑', count: 3 },
      { name: '建议修改', count: 4 },
      { name: '反对', count: 1 },
      { name: '数据核实', count: 2 },
      { name: '未标立场', count: 2 },
    ]);
  });
});
