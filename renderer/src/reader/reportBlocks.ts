/**
 * The section tree flattened into the order it is read: a standalone heading, the section's own
 * paragraphs, then its subsections. A run-in section has no block of its own: its heading is the
 * start of its first paragraph, which carries the section along to print it in bold.
 */
import type { Paragraph, Section } from '../api/contract';

export type ReportBlock =
  | { kind: 'heading'; section: Section }
  | { kind: 'paragraph'; paragraph: Paragraph; runIn: Section | null };

export function reportBlocks(root: Section): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const visit = (section: Section) => {
    const isRoot = section.kind === 'root';
    // A run-in section whose first paragraph does not start with it still needs a heading.
    const runIn = !isRoot && section.runIn && (section.paragraphs[0]?.headingLength ?? 0) > 0;
    // A part's closing paragraphs (kind 'closing') follow its items without a heading of their own.
    if (!isRoot && !runIn && section.kind !== 'closing') blocks.push({ kind: 'heading', section });
    section.paragraphs.forEach((paragraph, index) => {
      blocks.push({ kind: 'paragraph', paragraph, runIn: runIn && index === 0 ? section : null });
    });
    for (const child of section.children) visit(child);
  };
  visit(root);
  return blocks;
}

/** Text to judge the report's script by: the title and the start of the body. */
export function* reportText(title: string, root: Section): Generator<string> {
  yield title;
  const stack: Section[] = [root];
  while (stack.length > 0) {
    const section = stack.pop() as Section;
    yield section.heading;
    for (const paragraph of section.paragraphs) yield paragraph.text;
    for (let i = section.children.length - 1; i >= 0; i -= 1) stack.push(section.children[i] as Section);
  }
}
