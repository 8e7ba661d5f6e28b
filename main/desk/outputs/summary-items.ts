/**
 * The 汇总表's grouping: part → paragraph (by 报告位置, in report order) → item, where an item is a
 * confirmed cluster with all its members and its 归纳意见, or one opinion on its own. Every output
 * (the two 汇总表, the 转办清单, the headline figures) reads the rows through these items, so they
 * agree on what one item, one 人次 and one disposition are.
 */
import type { Channel, ConfirmedCluster, DeskRow, Disposition, DispositionKind } from '../../model/desk';
import { clusterSummary } from '../cluster-summary';
import type { DeskOutputInput } from './output-input';

export interface SummaryItem {
  /** The cluster, or null for an opinion on its own. */
  cluster: ConfirmedCluster | null;
  members: DeskRow[];
  /** The disposition that holds for the item: its members' most common current one. */
  disposition: Disposition | null;
  kind: DispositionKind | null;
  /** True when the members were not all decided alike. */
  mixed: boolean;
  /** Distinct people in the item. */
  people: number;
}

export interface SummaryParagraph {
  location: string;
  quote: string | null;
  items: SummaryItem[];
}

export interface SummaryPart {
  /** The part's name as the location starts (第二部分, 全文, 未定位). */
  name: string;
  paragraphs: SummaryParagraph[];
}

export const CHANNEL_WORDS: Record<Channel, string> = {
  package: '意见包',
  briefing: '简报',
  'meeting-notes': '听会记录',
  hotline: '热线电话',
  online: '网络留言',
  other: '其他',
  own: '本人录入',
};

const current = (row: DeskRow) => row.second ?? row.first;
const decisionKey = (disposition: Disposition | null) => (disposition ? `${disposition.kindId}\n${disposition.department}\n${disposition.reason}` : '');

function itemOf(cluster: ConfirmedCluster | null, members: DeskRow[], kinds: ReadonlyMap<string, DispositionKind>): SummaryItem {
  const counts = new Map<string, { disposition: Disposition | null; count: number }>();
  for (const member of members) {
    const key = decisionKey(current(member));
    const entry = counts.get(key) ?? counts.set(key, { disposition: current(member), count: 0 }).get(key)!;
    entry.count++;
  }
  // The most common; on a tie, the one met first (Map keeps insertion order).
  let best: { disposition: Disposition | null; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  const disposition = best?.disposition ?? null;
  return {
    cluster,
    members,
    disposition,
    kind: disposition ? (kinds.get(disposition.kindId) ?? null) : null,
    mixed: counts.size > 1,
    people: new Set(members.map((member) => member.author.id)).size,
  };
}

/** The part a location starts with: 第二部分 of 第二部分（三）第2段. */
const partName = (location: string) => /^(第[^部]+部分|「[^」]*」)/.exec(location)?.[1] ?? location.replace(/第\d+段$/, '') ?? location;

export function summaryParts(input: Pick<DeskOutputInput, 'rows' | 'clusters' | 'kinds'>): SummaryPart[] {
  const kinds = new Map(input.kinds.map((kind) => [kind.id, kind]));
  const clusters = new Map(input.clusters.map((cluster) => [cluster.id, cluster]));
  const parts: SummaryPart[] = [];
  const paragraphs = new Map<string, SummaryParagraph>();
  const clusterMembers = new Map<string, DeskRow[]>();
  const order: { paragraph: SummaryParagraph; clusterId: string | null; row: DeskRow }[] = [];
  for (const row of input.rows) {
    let paragraph = paragraphs.get(row.location);
    if (!paragraph) {
      paragraph = { location: row.location, quote: row.quote, items: [] };
      paragraphs.set(row.location, paragraph);
      const name = partName(row.location);
      let part = parts.at(-1);
      if (!part || part.name !== name) parts.push((part = { name, paragraphs: [] }));
      part.paragraphs.push(paragraph);
    }
    const clusterId = row.clusterId !== null && clusters.has(row.clusterId) ? row.clusterId : null;
    if (clusterId !== null) {
      const members = clusterMembers.get(clusterId);
      if (members) {
        members.push(row);
        continue;
      }
      clusterMembers.set(clusterId, [row]);
    }
    order.push({ paragraph, clusterId, row });
  }
  for (const { paragraph, clusterId, row } of order) {
    paragraph.items.push(clusterId === null ? itemOf(null, [row], kinds) : itemOf(clusters.get(clusterId)!, clusterMembers.get(clusterId)!, kinds));
  }
  return parts;
}

export function* allItems(parts: readonly SummaryPart[]): Generator<{ part: SummaryPart; paragraph: SummaryParagraph; item: SummaryItem }> {
  for (const part of parts) for (const paragraph of part.paragraphs) for (const item of paragraph.items) yield { part, paragraph, item };
}

/** What stands in an anonymous output where an author's name was. */
export const ERASED_NAME = '××';

/** Names shorter than this are left alone: a single character would blank ordinary words. */
const MIN_NAME_LENGTH = 2;

const erasers = new WeakMap<readonly DeskRow[], (text: string) => string>();

/**
 * The words an output prints, as it must print them: in an anonymous one, every author's name
 * among the rows becomes ××, wherever it stands — a 简报 speech opens with its speaker's name, a
 * delegate may sign their own words, a package's file name in 来源渠道 often carries it. Longest
 * names first, so 王建国 is not left as ××国 by a 王建. Made once per output: every cell asks.
 */
export function printedWords(input: Pick<DeskOutputInput, 'rows' | 'anonymous'>): (text: string) => string {
  if (!input.anonymous) return (text) => text;
  const known = erasers.get(input.rows);
  if (known) return known;
  const byFirstChar = new Map<string, Set<string>>();
  for (const row of input.rows) {
    const name = row.author.name.trim();
    if ([...name].length < MIN_NAME_LENGTH) continue;
    (byFirstChar.get(name[0]!) ?? byFirstChar.set(name[0]!, new Set()).get(name[0]!)!).add(name);
  }
  const candidates = new Map([...byFirstChar].map(([first, names]) => [first, [...names].sort((a, b) => b.length - a.length)]));
  const erase = (text: string) => {
    let printed = '';
    let from = 0;
    for (let i = 0; i < text.length; ) {
      const name = candidates.get(text[i]!)?.find((candidate) => text.startsWith(candidate, i));
      if (!name) {
        i++;
        continue;
      }
      printed += text.slice(from, i) + ERASED_NAME;
      i += name.length;
      from = i;
    }
    return from === 0 ? text : printed + text.slice(from);
  };
  erasers.set(input.rows, erase);
  return erase;
}

/** 「姓名·代表团」, or the delegation alone when anonymous. */
export function personLabel(row: DeskRow, anonymous: boolean): string {
  const { name, delegation } = row.author;
  if (anonymous) return delegation || '（未注明代表团）';
  return delegation ? `${name}·${delegation}` : name;
}

/** The item's 提出人: every member's label, each person once. */
export function itemPeople(item: SummaryItem, anonymous: boolean): string {
  return [...new Set(item.members.map((member) => personLabel(member, anonymous)))].join('、');
}

/** 综合N位代表（M个代表团）意见 and the 归纳意见; an opinion's own words. */
export function itemContent(item: SummaryItem): string {
  if (!item.cluster) return item.members[0]!.bodyText;
  const line = clusterSummary(item.members.map((member) => member.author));
  return item.cluster.summary ? `${line}：${item.cluster.summary}` : line;
}

export function itemDecision(item: SummaryItem): { name: string; reason: string; department: string } {
  const name = item.kind?.name ?? (item.disposition ? item.disposition.kindId : '');
  return { name: item.mixed && name ? `${name}（成员处理意见不一）` : name, reason: item.disposition?.reason ?? '', department: item.disposition?.department ?? '' };
}

export function itemChannels(item: SummaryItem): string {
  return [...new Set(item.members.map((member) => CHANNEL_WORDS[member.channel]))].join('、');
}

/** The 原文摘录, cut short: the 报告位置 column is for finding the place, not reading it. */
export function quoteExcerpt(quote: string | null, length = 60): string {
  if (!quote) return '';
  const chars = [...quote];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : quote;
}
