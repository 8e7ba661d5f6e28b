/**
 * The report's own tree as the exports read it: for every paragraph, the sections it sits in;
 * for every section, its place in the tree. Paragraph numbers follow a pre-order walk of the
 * tree (main/structure/tree.ts numbers them that way), so "report order" is that walk.
 */
import type { Paragraph, Section } from '../model/report';

export interface OutlineSection {
  section: Section;
  /** The sections from the top level down to this one (the root left out; empty for the root). */
  chain: Section[];
  /** Position in the pre-order walk; the root is 0. */
  order: number;
}

export interface OutlineParagraph {
  paragraph: Paragraph;
  /** The section that holds it directly. */
  section: Section;
  chain: Section[];
  sectionOrder: number;
}

export interface ReportOutline {
  root: Section;
  sections: Map<string, OutlineSection>;
  paragraphs: Map<string, OutlineParagraph>;
  /** Every section but the root, in report order. */
  sectionList: Section[];
  /** Every paragraph in report order. */
  paragraphList: Paragraph[];
}

export function buildOutline(root: Section): ReportOutline {
  const outline: ReportOutline = { root, sections: new Map(), paragraphs: new Map(), sectionList: [], paragraphList: [] };
  let order = 0;
  // The tree is a handful of levels deep (part → 一、 → （一） → 1.), so recursion is safe.
  // A part's closing paragraphs (kind 'closing') are cited and grouped as the part's own, so
  // they are entered under the part: the closing section itself never shows in a path.
  const visit = (section: Section, chain: Section[], owner: Section = section, ownerOrder?: number) => {
    const entry: OutlineSection = { section, chain, order: order++ };
    outline.sections.set(section.id, entry);
    if (section !== root && section.kind !== 'closing') outline.sectionList.push(section);
    for (const paragraph of section.paragraphs) {
      outline.paragraphs.set(paragraph.id, { paragraph, section: owner, chain, sectionOrder: ownerOrder ?? entry.order });
      outline.paragraphList.push(paragraph);
    }
    for (const child of section.children) {
      if (child.kind === 'closing') visit(child, chain, owner, ownerOrder ?? entry.order);
      else visit(child, [...chain, child]);
    }
  };
  visit(root, []);
  return outline;
}

/** How a section is named in a path: its numbering and title as a reader sees them ("（三）扩大内需"). */
export function sectionName(section: Section): string {
  return `${section.marker}${section.title}`.trim() || section.heading.trim();
}

export const PATH_SEPARATOR = ' › ';

export function sectionPathText(chain: Section[]): string {
  return chain.map(sectionName).join(PATH_SEPARATOR);
}
