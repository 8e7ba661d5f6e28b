import type { Section } from '../../../main/model/report';

/** The report's blocks in reading order as the Word document shows them: standalone headings and paragraphs. */
export function reportBlockTexts(root: Section): string[] {
  const out: string[] = [];
  const visit = (section: Section) => {
    if (section !== root && !section.runIn && section.heading.trim() !== '') out.push(section.heading);
    for (const paragraph of section.paragraphs) out.push(paragraph.text);
    section.children.forEach(visit);
  };
  visit(root);
  return out;
}
