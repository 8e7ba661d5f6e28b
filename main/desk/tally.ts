/**
 * The consolidated counts: for the whole report, each part, each section and each paragraph —
 * opinions, distinct delegates (by author id), distinct delegations, and counts per stance, kind
 * and channel. A passage opinion counts in its paragraph and every section above it; a section
 * note in its section and those above; a note on the whole report at the top only; an opinion
 * that could not be placed in this version under 未定位, never in a section it might not be in.
 */
import type { DeskRow, TallyCounts, TallyNode } from '../model/desk';
import type { Section } from '../model/report';
import type { ReportOutline } from '../export/report-outline';
import { sectionName } from '../export/report-outline';
import { LOCATION_WORDS } from './desk-rows';
import { paragraphLocations } from '../export/report-position';

class Counter {
  opinions = 0;
  readonly people = new Set<string>();
  readonly delegations = new Set<string>();
  readonly byStance: Record<string, number> = {};
  readonly byKind: Record<string, number> = {};
  readonly byChannel: Record<string, number> = {};

  add(row: DeskRow): void {
    this.opinions++;
    this.people.add(row.author.id);
    if (row.author.delegation !== '') this.delegations.add(row.author.delegation);
    const stance = row.stanceId ?? '';
    this.byStance[stance] = (this.byStance[stance] ?? 0) + 1;
    this.byKind[row.kind] = (this.byKind[row.kind] ?? 0) + 1;
    this.byChannel[row.channel] = (this.byChannel[row.channel] ?? 0) + 1;
  }

  counts(): TallyCounts {
    return { opinions: this.opinions, people: this.people.size, delegations: this.delegations.size, byStance: this.byStance, byKind: this.byKind, byChannel: this.byChannel };
  }
}

export function tally(rows: readonly DeskRow[], outline: ReportOutline): TallyNode {
  const counters = new Map<string, Counter>();
  const counter = (id: string) => counters.get(id) ?? counters.set(id, new Counter()).get(id)!;
  for (const row of rows) {
    counter('report').add(row);
    if (row.placement === 'unplaced') {
      counter('unplaced').add(row);
      continue;
    }
    if (row.placement === 'report') continue;
    const sectionId = row.sectionId!;
    const entry = outline.sections.get(sectionId);
    for (const section of entry?.chain ?? []) counter(section.id).add(row);
    if (entry && !entry.chain.some((section) => section.id === sectionId)) counter(sectionId).add(row);
    if (row.paragraphId) counter(row.paragraphId).add(row);
  }

  const locations = paragraphLocations(outline);
  const node = (id: string, level: TallyNode['level'], label: string, children: TallyNode[]): TallyNode => ({ id, level, label, children, ...(counters.get(id) ?? new Counter()).counts() });
  const sectionNode = (section: Section, depth: number): TallyNode => {
    const paragraphs = [...section.paragraphs, ...section.children.filter((child) => child.kind === 'closing').flatMap((child) => child.paragraphs)];
    const children = [
      ...paragraphs.map((paragraph) => node(paragraph.id, 'paragraph', locations.get(paragraph.id) ?? '', [])),
      ...section.children.filter((child) => child.kind !== 'closing').map((child) => sectionNode(child, depth + 1)),
    ];
    return node(section.id, depth === 0 ? 'part' : 'section', sectionName(section), children);
  };
  const root = outline.root;
  const top = [
    ...root.paragraphs.map((paragraph) => node(paragraph.id, 'paragraph', locations.get(paragraph.id) ?? '', [])),
    ...root.children.filter((child) => child.kind !== 'closing').map((part) => sectionNode(part, 0)),
  ];
  if (counters.has('unplaced')) top.push(node('unplaced', 'unplaced', LOCATION_WORDS.unplaced, []));
  return node('report', 'report', LOCATION_WORDS.report, top);
}

/** Every node of the tree by id, for a filter on one part, section or paragraph. */
export function tallyIndex(root: TallyNode): Map<string, TallyNode> {
  const index = new Map<string, TallyNode>();
  const visit = (node: TallyNode) => {
    index.set(node.id, node);
    node.children.forEach(visit);
  };
  visit(root);
  return index;
}
