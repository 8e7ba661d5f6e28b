import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFile } from '../../main/import/read-file';
import type { ParsedDocument, Section } from '../../main/model/report';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export const fixtureBytes = (name: string) => readFileSync(join(FIXTURES, name));

export const readFixture = (name: string) => readReportFile(fixtureBytes(name), join(FIXTURES, name));

/** A section's subsections as its headings list them: a part's closing paragraphs have none. */
export const subsections = (section: Section) => section.children.filter((child) => child.kind !== 'closing');

/** The paragraphs a part closes with, after its last subsection (empty when it has none). */
export const closingOf = (section: Section) => section.children.find((child) => child.kind === 'closing')?.paragraphs ?? [];

/** "一、2024年工作回顾" style lines for a section's children, to compare with what a reader sees. */
export const headings = (section: Section) => subsections(section).map((child) => `${child.marker}${child.title}`);

export const allSections = (section: Section): Section[] => section.children.flatMap((child) => [child, ...allSections(child)]);

export const allParagraphs = (document: ParsedDocument) => {
  const result: Section['paragraphs'] = [];
  const visit = (section: Section) => {
    result.push(...section.paragraphs);
    section.children.forEach(visit);
  };
  visit(document.root);
  return result;
};

export const child = (section: Section, marker: string): Section => {
  const found = section.children.find((c) => c.marker === marker || c.title === marker);
  if (!found) throw new Error(`no child ${marker} under ${section.heading || 'root'}: ${headings(section).join(' | ')}`);
  return found;
};
