/** The `shenyi outline` view of a parsed file: the structure without the span bookkeeping. */
import type { OutlineFinding, ParsedFile, Section } from '../model/report';
import { checkFile } from '../structure/self-check';

interface OutlineSection {
  id: string;
  kind: Section['kind'];
  level: number;
  marker: string;
  title: string;
  /** The title cut for a narrow outline; `title` is always whole. */
  displayTitle: string;
  runIn: boolean;
  /** Why the detector is unsure of this heading (a self-check finding on it), or null. */
  unsure: string | null;
  /** `unsure`: a line that looks like a heading but was not taken for one, with the reason. */
  paragraphs: { id: string; number: number; path: string; chars: number; unsure: string | null }[];
  children: OutlineSection[];
}

const DISPLAY_TITLE_LENGTH = 40;

function displayTitle(title: string): string {
  const chars = [...title];
  return chars.length > DISPLAY_TITLE_LENGTH ? `${chars.slice(0, DISPLAY_TITLE_LENGTH).join('')}…` : title;
}

function outlineSection(section: Section, unsure: Map<string, string>): OutlineSection {
  return {
    id: section.id,
    kind: section.kind,
    level: section.level,
    marker: section.marker,
    title: section.title,
    displayTitle: displayTitle(section.title),
    runIn: section.runIn,
    unsure: unsure.get(section.id) ?? null,
    paragraphs: section.paragraphs.map((p) => ({ id: p.id, number: p.number, path: p.path, chars: [...p.text].length, unsure: unsure.get(p.id) ?? null })),
    children: section.children.map((child) => outlineSection(child, unsure)),
  };
}

/** Findings by the paragraph (a refused heading-like line) or section they are about. */
function unsureItems(findings: OutlineFinding[], document: number): Map<string, string> {
  const items = new Map<string, string>();
  for (const finding of findings) {
    const id = finding.document === document ? (finding.paragraphId ?? finding.sectionId) : null;
    if (id !== null && !items.has(id)) items.set(id, finding.detail);
  }
  return items;
}

export function outlineJson(file: ParsedFile) {
  const findings = checkFile(file);
  return {
    file: file.fileName,
    format: file.format,
    encoding: file.encoding,
    encodingNote: file.encodingNote ?? null,
    contentHash: file.contentHash,
    findings,
    documents: file.documents.map((document, index) => ({
      index,
      title: document.title,
      titleBlock: document.titleBlock.map((line) => line.text),
      duplicateOf: document.duplicateOf,
      paragraphCount: document.paragraphCount,
      debris: document.debris.map((line) => ({ start: line.start, text: line.text, reason: line.reason })),
      sections: outlineSection(document.root, unsureItems(findings, index)),
    })),
  };
}

export function outlineText(file: ParsedFile): string {
  const lines: string[] = [`${file.fileName} (${file.format}, ${file.encoding})`];
  file.documents.forEach((document, index) => {
    const copy = document.duplicateOf !== null ? ` — copy of #${document.duplicateOf + 1}` : '';
    lines.push(`#${index + 1} ${document.title}: ${document.paragraphCount} paragraphs, ${document.debris.length} debris lines${copy}`);
    const visit = (section: Section) => {
      for (const child of section.children) {
        if (child.kind === 'closing') {
          lines.push(`${'  '.repeat(child.level)}(closing paragraphs of the part)  [${child.paragraphs.length}¶]`);
          continue;
        }
        lines.push(`${'  '.repeat(child.level)}${child.marker}${child.marker && child.kind !== 'part' ? '' : ' '}${child.title}  [${child.paragraphs.length}¶]`);
        visit(child);
      }
    };
    visit(document.root);
  });
  return lines.join('\n');
}
