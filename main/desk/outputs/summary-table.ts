/**
 * The 汇总表's rows as text, shared by the .xlsx and the .docx: an item's row (序号 1, 2 …), then
 * for a cluster one row per member (序号 1.1, 1.2 …) with the member's own words.
 */
import { KIND_WORDS } from '../../export/wording';
import type { DeskRow } from '../../model/desk';
import type { DeskOutputInput } from './output-input';
import { CHANNEL_WORDS, itemChannels, itemContent, itemDecision, itemPeople, personLabel, printedWords, quoteExcerpt, type SummaryItem, type SummaryParagraph } from './summary-items';

export const SUMMARY_COLUMNS = ['序号', '报告位置', '意见类型', '意见内容/归纳', '提出人', '人次', '建议改为', '理由', '处理意见', '处理说明', '承办部门', '来源渠道'] as const;

export const locationText = (paragraph: SummaryParagraph) => (paragraph.quote ? `${paragraph.location}\n原文摘录：${quoteExcerpt(paragraph.quote)}` : paragraph.location);

const channelText = (row: DeskRow) => (row.provenance ? `${CHANNEL_WORDS[row.channel]}（${row.provenance}）` : CHANNEL_WORDS[row.channel]);

/** One item's rows: the item, then its members when it is a cluster. The words people wrote pass through `printedWords`; the report's own do not. */
export function itemRows(number: number, paragraph: SummaryParagraph, item: SummaryItem, input: Pick<DeskOutputInput, 'anonymous' | 'rows'>): (string | number)[][] {
  const words = printedWords(input);
  const decision = itemDecision(item);
  const first = item.members[0]!;
  const lone = item.cluster === null;
  const rows: (string | number)[][] = [
    [
      String(number),
      locationText(paragraph),
      lone ? KIND_WORDS[first.kind] : '归纳意见',
      words(itemContent(item)),
      itemPeople(item, input.anonymous),
      item.people,
      lone ? words(first.suggestion?.proposed ?? '') : '',
      lone ? words(first.suggestion?.reason ?? '') : '',
      decision.name,
      words(decision.reason),
      decision.department,
      lone ? words(channelText(first)) : itemChannels(item),
    ],
  ];
  if (!lone) {
    item.members.forEach((member, i) =>
      rows.push([`${number}.${i + 1}`, member.location, KIND_WORDS[member.kind], words(member.bodyText), personLabel(member, input.anonymous), 1, words(member.suggestion?.proposed ?? ''), words(member.suggestion?.reason ?? ''), '', '', '', words(channelText(member))]),
    );
  }
  return rows;
}
