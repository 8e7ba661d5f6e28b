/**
 * What the annotation layer needs to know about one report version, computed once: reading
 * order of paragraphs, each paragraph's section, the outline path of every section, and which
 * sections are run in (their heading opens a paragraph, so their notes sit in that row).
 */
import type { Paragraph, ReportDocument, Section } from '../api/contract';

export interface SectionInfo {
  section: Section;
  /** Ancestors first, this section last (root excluded). */
  chain: Section[];
  /** Order of the section's heading among headings. */
  order: number;
  /** Reading index of the first paragraph after the heading: section notes sort just before it. */
  startParagraphIndex: number;
  /** The paragraph whose row shows the heading when the section is run in. */
  runInParagraphId: string | null;
}

export interface ParagraphInfo {
  paragraph: Paragraph;
  /** 0-based position in reading order. */
  index: number;
  section: Section;
}

export interface DocIndex {
  paragraphs: Map<string, ParagraphInfo>;
  sections: Map<string, SectionInfo>;
  /** Sections in reading order (root excluded), for the notes-list filter. */
  sectionList: SectionInfo[];
  root: Section;
}

export function indexDocument(doc: ReportDocument): DocIndex {
  const paragraphs = new Map<string, ParagraphInfo>();
  const sections = new Map<string, SectionInfo>();
  const sectionList: SectionInfo[] = [];
  let paragraphIndex = 0;
  let sectionOrder = 0;
  const visit = (section: Section, chain: Section[]) => {
    const isRoot = section.kind === 'root';
    // A part's closing paragraphs are the part's: their chain ends at the part.
    const ownChain = isRoot || section.kind === 'closing' ? chain : [...chain, section];
    if (!isRoot) {
      const first = section.paragraphs[0];
      const runIn = section.runIn && (first?.headingLength ?? 0) > 0;
      const info: SectionInfo = {
        section,
        chain: ownChain,
        order: sectionOrder++,
        startParagraphIndex: paragraphIndex,
        runInParagraphId: runIn && first ? first.id : null };
      sections.set(section.id, info);
      sectionList.push(info);
    }
    for (const paragraph of section.paragraphs) {
      paragraphs.set(paragraph.id, { paragraph, index: paragraphIndex++, section });
    }
    for (const child of section.children) visit(child, ownChain);
  };
  visit(doc.root, []);
  return { paragraphs, sections, sectionList, root: doc.root };
}

/** "一、… › （三）…": the outline path of a section, for lists and filters. */
export function sectionPath(info: SectionInfo | undefined, convert: (text: string) => string = (text) => text): string {
  if (!info) return '';
  return info.chain.map((section) => convert(section.marker ? `${section.marker}${shorten(section.title)}` : shorten(section.title || section.label))).join(' › ');
}

function shorten(text: string): string {
  return text.length > 14 ? `${text.slice(0, 13)}…` : text;
}
