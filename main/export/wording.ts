/**
 * The Chinese words every export prints, in one place so the sheet, the spreadsheet, the
 * Markdown and the report's comments call each thing by the same name. Written in simplified
 * characters; output-text.ts converts them with everything else when 繁 is chosen.
 */
import type { AnchorStatus, OpinionKind, Role } from '../model/opinion';
import type { AdoptionStatus, OpinionAdoption, ParagraphFate } from '../model/versions';

export const KIND_WORDS: Record<OpinionKind, string> = {
  'passage-comment': '批注',
  'passage-suggestion': '修改建议',
  'section-note': '章节意见',
  'report-note': '总体意见',
};

export const STATUS_WORDS: Record<AnchorStatus, string> = {
  exact: '原位',
  moved: '已移位',
  fuzzy: '近似定位',
  ambiguous: '有歧义（未定位）',
  orphan: '未定位',
};

/** The person word on the sheet's title: a CPPCC member is a 委员, everyone else files as a 代表. */
export function personWord(role: Role): string {
  return role === 'cppcc-member' ? '委员' : '代表';
}

/** The delegation field's label: NPC delegates sit in a 代表团, CPPCC members in a 界别. */
export function delegationWord(role: Role): string {
  return role === 'cppcc-member' ? '界别' : '代表团';
}

export const WORDS = {
  reportNotes: '总体意见',
  unplaced: '未定位的意见',
  unplacedMark: '【未定位】',
  noOpinions: '（无意见）',
  noStance: '未标立场',
  original: '原文',
  proposed: '建议改为',
  reason: '理由',
  tags: '标签',
  note: '说明',
  overlapping: '与另一条修改建议改动的文字重叠，未作为修订写入，请对照取舍',
  name: '姓名',
  date: '日期',
  version: '报告版本',
  paragraph: (n: number) => `第${n}段`,
} as const;

/** What became of an opinion in a later version, as the documents say it. */
export const ADOPTION_WORDS: Record<AdoptionStatus | ParagraphFate | 'unplaced', string> = {
  adopted: '已采纳',
  'partly-adopted': '部分采纳',
  'not-adopted': '未采纳（原文未变）',
  'changed-otherwise': '原文另行修改',
  deleted: '原文已删除',
  unchanged: '所在段落未修改',
  changed: '所在段落已修改',
  unplaced: '在旧版本中无法确定位置',
};

/** 「部分采纳（符合度0.62，王代表已确认）」: a person's confirmation stands over what was computed. */
export function adoptionText(adoption: OpinionAdoption): string {
  const outcome = adoption.confirmed?.status ?? adoption.outcome;
  const notes = [
    ...(outcome === 'partly-adopted' && !adoption.confirmed ? [`符合度${adoption.score.toFixed(2)}`] : []),
    ...(adoption.confirmed ? [`${adoption.confirmed.by}已确认`] : []),
  ];
  return `${ADOPTION_WORDS[outcome]}${notes.length > 0 ? `（${notes.join('，')}）` : ''}`;
}
