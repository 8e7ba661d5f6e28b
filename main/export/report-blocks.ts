/**
 * The report as a flat list of the blocks the Word document shows, in order: the title, the
 * title block, and for each section its heading (unless it runs into its first paragraph)
 * followed by its paragraphs and then its subsections. Each block has a key that opinion
 * marks are filed under.
 */
import type { Paragraph, Section } from '../model/report';

export type ReportBlock =
  | { kind: 'title'; key: string; text: string }
  | { kind: 'title-block'; key: string; text: string }
  | { kind: 'heading'; key: string; text: string; section: Section }
  | { kind: 'paragraph'; key: string; text: string; paragraph: Paragraph; section: Section };

export const TITLE_KEY = 'title';
export const headingKey = (section: Section) => `h:${section.id}`;
export const paragraphKey = (paragraphId: string) => `p:${paragraphId}`;

export function reportBlocks(root: Section, titleBlock: string[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'title', key: TITLE_KEY, text: root.title }];
  titleBlock.forEach((text, i) => blocks.push({ kind: 'title-block', key: `t:${i}`, text }));
  const visit = (section: Section) => {
    if (section !== root && !section.runIn && section.heading.trim() !== '') {
      blocks.push({ kind: 'heading', key: headingKey(section), text: section.heading, section });
    }
    for (const paragraph of section.paragraphs) {
      blocks.push({ kind: 'paragraph', key: paragraphKey(paragraph.id), text: paragraph.text, paragraph, section });
    }
    section.children.forEach(visit);
  };
  visit(root);
  return blocks;
}
