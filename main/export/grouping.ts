/**
 * Opinions in the groups a reader of the sheet, the Markdown or the spreadsheet expects:
 * 总体意见 first, then either the report's own sections in order (一、 → （三） → 第N段) or one
 * group per stance, and the opinions that could not be placed last, under 未定位的意见.
 */
import type { Stance } from '../model/opinion';
import type { Section } from '../model/report';
import { stanceNameOf, type ExportContext, type ExportEntry } from './export-context';
import { sectionName } from './report-outline';
import { WORDS } from './wording';

export type GroupKind = 'report' | 'section' | 'stance' | 'unplaced';

export interface OpinionGroup {
  kind: GroupKind;
  /** The group's heading, unconverted (builders convert what they print). */
  title: string;
  /** For section groups: the sections from the top level down to the group's own. */
  chain: Section[];
  /** For stance groups: the stance (null for 未标立场). */
  stance: Stance | null;
  entries: ExportEntry[];
}

/** Passages before the first heading sit in the root: the report's opening (各位代表：…). */
export const PREAMBLE_TITLE = '导语';

function sectionGroups(entries: ExportEntry[]): OpinionGroup[] {
  const groups: OpinionGroup[] = [];
  for (const entry of entries) {
    const { section, chain } = entry.placement;
    const last = groups[groups.length - 1];
    // Entries are sorted by section order, so one section's entries are contiguous.
    if (last && last.chain[last.chain.length - 1] === section) last.entries.push(entry);
    else if (last && last.chain.length === 0 && chain.length === 0) last.entries.push(entry);
    else {
      const title = section && chain.length > 0 ? sectionName(section) : PREAMBLE_TITLE;
      groups.push({ kind: 'section', title, chain, stance: null, entries: [entry] });
    }
  }
  return groups;
}

function stanceGroups(context: ExportContext, entries: ExportEntry[]): OpinionGroup[] {
  const byStance = new Map<string | null, ExportEntry[]>();
  for (const entry of entries) {
    const id = entry.opinion.stanceId !== null && context.stanceById.has(entry.opinion.stanceId) ? entry.opinion.stanceId : null;
    const list = byStance.get(id) ?? [];
    list.push(entry);
    byStance.set(id, list);
  }
  const groups: OpinionGroup[] = [];
  for (const stance of context.stances) {
    const list = byStance.get(stance.id);
    if (list) groups.push({ kind: 'stance', title: stance.name, chain: [], stance, entries: list });
  }
  const none = byStance.get(null);
  if (none) groups.push({ kind: 'stance', title: WORDS.noStance, chain: [], stance: null, entries: none });
  return groups;
}

export function groupOpinions(context: ExportContext): OpinionGroup[] {
  const report = context.entries.filter((entry) => entry.placement.kind === 'report');
  const placed = context.entries.filter((entry) => entry.placement.kind === 'section' || entry.placement.kind === 'passage');
  const unplaced = context.entries.filter((entry) => entry.placement.kind === 'unplaced');
  return [
    ...(report.length > 0 ? [{ kind: 'report' as const, title: WORDS.reportNotes, chain: [], stance: null, entries: report }] : []),
    ...(context.input.order === 'stance' ? stanceGroups(context, placed) : sectionGroups(placed)),
    ...(unplaced.length > 0 ? [{ kind: 'unplaced' as const, title: WORDS.unplaced, chain: [], stance: null, entries: unplaced }] : []),
  ];
}

export interface StanceCount {
  name: string;
  count: number;
}

/** The closing tally: every stance in order (those with opinions), then 未标立场. */
export function countByStance(context: ExportContext): StanceCount[] {
  const counts = new Map<string | null, number>();
  for (const { opinion } of context.entries) {
    const key = stanceNameOf(context, opinion.stanceId) === null ? null : opinion.stanceId;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const tally: StanceCount[] = [];
  for (const stance of context.stances) {
    const count = counts.get(stance.id);
    if (count) tally.push({ name: stance.name, count });
  }
  const none = counts.get(null);
  if (none) tally.push({ name: WORDS.noStance, count: none });
  return tally;
}

export interface GroupHeading {
  /** 0 for a top-level heading. */
  depth: number;
  title: string;
}

/**
 * The headings to print before each group. A section group prints only the part of its
 * section path that differs from the group before it, so (三) under 二、 does not repeat 二、.
 */
export function groupHeadings(groups: OpinionGroup[]): GroupHeading[][] {
  let printed: string[] = [];
  return groups.map((group) => {
    if (group.kind !== 'section' || group.chain.length === 0) {
      printed = [];
      return [{ depth: 0, title: group.title }];
    }
    const ids = group.chain.map((section) => section.id);
    let shared = 0;
    while (shared < printed.length && shared < ids.length && printed[shared] === ids[shared]) shared++;
    printed = ids;
    return group.chain.slice(shared).map((section, i) => ({ depth: shared + i, title: sectionName(section) }));
  });
}
