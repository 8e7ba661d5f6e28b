/**
 * The headline figures of a desk's outputs, in one line, with what each means: 收集意见N条，涉及代表
 * N人次；筛选N条（报告修改意见a条、政策建议b条）；修改报告N处；转N个部门.
 */
import type { DeskOutputInput } from './output-input';
import { allItems, summaryParts } from './summary-items';

export interface HeadlineFigures {
  collected: number;
  personTimes: number;
  selected: number;
  reportChanges: number;
  policySuggestions: number;
  placesChanged: number;
  departments: number;
  line: string;
  definitions: string[];
}

export const HEADLINE_DEFINITIONS = [
  '收集意见：汇入本台的每一条意见（意见包、简报发言、录入的意见各计一条，不含已删除的）。',
  '人次：同一代表对同一段落（或章节、全文）的意见计一人次，对不同位置的意见分别计。',
  '筛选：已有处理意见（复审优先于初审）的条目数，一个确认的归类计一条。',
  '报告修改意见：处理为采纳、部分采纳、已在报告中体现或未采纳的条目；政策建议：转有关部门研究或转代表建议的条目。',
  '修改报告N处：含采纳或部分采纳条目的不同段落（或章节）数。',
  '转N个部门：转有关部门研究的条目所列承办部门的个数。',
];

export function headlineFigures(input: Pick<DeskOutputInput, 'rows' | 'clusters' | 'kinds'>): HeadlineFigures {
  const personTimes = new Set(input.rows.map((row) => `${row.author.id}\n${row.paragraphId ?? row.sectionId ?? row.placement}`)).size;
  let selected = 0;
  let reportChanges = 0;
  let policySuggestions = 0;
  const places = new Set<string>();
  const departments = new Set<string>();
  for (const { paragraph, item } of allItems(summaryParts(input))) {
    if (!item.disposition) continue;
    selected++;
    const outcome = item.kind?.countsAs;
    if (outcome === 'referred' || outcome === 'out-of-scope') policySuggestions++;
    else if (outcome) reportChanges++;
    if (outcome === 'adopted') places.add(paragraph.location);
    if (outcome === 'referred' && item.disposition.department) departments.add(item.disposition.department);
  }
  const collected = input.rows.length;
  return {
    collected,
    personTimes,
    selected,
    reportChanges,
    policySuggestions,
    placesChanged: places.size,
    departments: departments.size,
    line: `收集意见${collected}条，涉及代表${personTimes}人次；筛选${selected}条（报告修改意见${reportChanges}条、政策建议${policySuggestions}条）；修改报告${places.size}处；转${departments.size}个部门`,
    definitions: HEADLINE_DEFINITIONS,
  };
}
