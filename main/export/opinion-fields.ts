/**
 * One opinion as one row: the columns of the spreadsheet and the CSV, in one place so both
 * say the same. The columns are a superset of what Hypothesis's CSV export carries, so a clerk
 * used to that tool finds every familiar field:
 *
 *   Hypothesis              Shenyi
 *   Created at          →   创建时间 (plus 更新时间)
 *   Author              →   作者 (plus 代表团/界别)
 *   Page                →   段落号 (a report has paragraphs, not pages; plus 章节路径)
 *   URL                 →   报告 + 版本 (a report version, not a web address)
 *   Group               →   代表团/界别
 *   Annotation/Reply    →   类型 (批注, 修改建议, 章节意见, 总体意见: Shenyi has no replies)
 *   Quote               →   引文
 *   Comment             →   意见正文 (plain text)
 *   Tags                →   标签
 *
 * and adds what a review needs: 立场, 建议改为, 理由, 定位状态, and 意见编号 so a clerk can
 * tell two opinions with the same words apart.
 */
import { stanceNameOf, type ExportContext, type ExportEntry } from './export-context';
import { sheetDateTime, wallClockDate, zoneLabel } from './export-time';
import { PREAMBLE_TITLE } from './grouping';
import { sectionPathText } from './report-outline';
import { adoptionText, KIND_WORDS, STATUS_WORDS, WORDS } from './wording';

export interface OpinionColumn {
  header: string;
  /** Spreadsheet column width, in characters (a CJK character counts about two). */
  width: number;
}

export const OPINION_COLUMNS: OpinionColumn[] = [
  { header: '报告', width: 28 },
  { header: '版本', width: 14 },
  { header: '章节路径', width: 36 },
  { header: '段落号', width: 8 },
  { header: '引文', width: 40 },
  { header: '立场', width: 10 },
  { header: '类型', width: 10 },
  { header: '意见正文(纯文本)', width: 60 },
  { header: '建议改为', width: 36 },
  { header: '理由', width: 36 },
  { header: '标签', width: 16 },
  { header: '作者', width: 10 },
  { header: '代表团/界别', width: 16 },
  { header: '创建时间', width: 20 },
  { header: '更新时间', width: 20 },
  { header: '定位状态', width: 14 },
  { header: '意见编号', width: 24 },
];

/** The column added when the export carries what became of each opinion in this version. */
const ADOPTION_COLUMN: OpinionColumn = { header: '采纳情况', width: 24 };

/** The columns of this export: the fixed ones, and 采纳情况 when it was asked for. */
export function opinionColumns(context: ExportContext): OpinionColumn[] {
  return context.input.adoption ? [...OPINION_COLUMNS, ADOPTION_COLUMN] : OPINION_COLUMNS;
}

export type FieldValue = string | number | Date | null;

const TIME_HEADERS = new Set(['创建时间', '更新时间']);

/** A column's header as written: the time columns name their zone (创建时间(UTC+08:00)). */
export function columnHeader(context: ExportContext, column: OpinionColumn): string {
  const header = context.out(column.header);
  const adoption = context.input.adoption;
  // Between which versions: 采纳情况(征求意见稿→修改稿).
  if (column === ADOPTION_COLUMN && adoption) return `${header}(${context.out(adoption.fromLabel)}→${context.out(adoption.toLabel)})`;
  return TIME_HEADERS.has(column.header) ? `${header}(${zoneLabel(context.offsetMinutes)})` : header;
}

/** Where an opinion is, as the 章节路径 column says it. */
export function locationText(context: ExportContext, entry: ExportEntry): string {
  const { placement, opinion } = entry;
  switch (placement.kind) {
    case 'report':
      return WORDS.reportNotes;
    case 'unplaced':
      // The path it had in the version it was written on: a clerk can still look there.
      return opinion.anchor ? `${WORDS.unplacedMark}原位置 ${opinion.anchor.path}` : WORDS.unplacedMark;
    default:
      return placement.chain.length > 0 ? sectionPathText(placement.chain) : PREAMBLE_TITLE;
  }
}

export function statusText(entry: ExportEntry): string {
  const { opinion, placement } = entry;
  if (opinion.kind === 'report-note') return '整篇报告';
  if (opinion.kind === 'section-note') return placement.kind === 'unplaced' ? STATUS_WORDS.orphan : '章节';
  return STATUS_WORDS[opinion.resolution?.status ?? 'orphan'];
}

function timeField(context: ExportContext, instant: string, times: 'text' | 'date'): FieldValue {
  return times === 'date' ? wallClockDate(instant, context.offsetMinutes) : sheetDateTime(instant, context.offsetMinutes);
}

/**
 * The row's values, converted for output. Times come as strings or Dates as the caller asks:
 * the spreadsheet wants real date cells, the CSV wants text Excel reads as dates.
 */
export function opinionFields(context: ExportContext, entry: ExportEntry, times: 'text' | 'date'): FieldValue[] {
  const { opinion, placement } = entry;
  const out = context.out;
  return [
    out(context.input.report.title),
    out(context.input.report.versionLabel),
    out(locationText(context, entry)),
    placement.paragraph ? placement.paragraph.number : null,
    out(opinion.anchor?.quote.exact ?? ''),
    out(stanceNameOf(context, opinion.stanceId) ?? ''),
    out(KIND_WORDS[opinion.kind]),
    out(opinion.bodyText),
    out(opinion.suggestion?.proposed ?? ''),
    out(opinion.suggestion?.reason ?? ''),
    out(opinion.tags.join('、')),
    out(opinion.author.name),
    out(opinion.author.delegation),
    timeField(context, opinion.createdAt, times),
    timeField(context, opinion.updatedAt, times),
    out(statusText(entry)),
    opinion.id,
    ...(context.input.adoption ? [out(adoptionCell(context, entry))] : []),
  ];
}

/** 「采纳情况（征求意见稿→修改稿）」, the label of the line the sheet and the Markdown give each opinion. */
export function adoptionLabel(context: ExportContext): string {
  const adoption = context.input.adoption!;
  return `${ADOPTION_COLUMN.header}（${adoption.fromLabel}→${adoption.toLabel}）`;
}

/** The 采纳情况 of one opinion: empty for notes on a section or the whole report, which no wording can adopt. */
export function adoptionCell(context: ExportContext, entry: ExportEntry): string {
  const adoption = context.input.adoption?.byOpinion.get(entry.opinion.id);
  return adoption ? adoptionText(adoption) : '';
}
