/** The `shenyi outline` view of a parsed file: the structure without the span bookkeeping. */
import type { ParsedFile, Section } from '../model/report';
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
  paragraphs: { id: string; number: number; path: string; chars: number }[];
  children: OutlineSection[];
}

const DISPLAY_TITLE_LENGTH = 40;

function displayTitle(title: string): string {
  const chars = [...title];
  return chars.length > DISPLAY_TITLE_LENGTH ? `${chars.slice(0, DISPLAY_TITLE_LENGTH).join('')}…` : title;
}

function outlineSection(section: Section): OutlineSection {
  return {
    id: section.id,
    kind: section.kind,
    level: section.level,
    marker: section.marker,
    title: section.title,
    displayTitle: displayTitle(section.title),
    runIn: section.runIn,
    paragraphs: section.paragraphs.map((p) => ({ id: p.id, number: p.number, path: p.path, chars: [...p.text].length })),
    children: section.children.map(outlineSection),
  };
}

export function outlineJson(file: ParsedFile) {
  return {
    file: file.fileName,
    format: file.format,
    encoding: file.encoding,
    encodingNote: file.encodingNote ?? null,
    contentHash: file.contentHash,
    findings: checkFile(file),
    documents: file.documents.map((document, index) => ({
      index,
      title: document.title,
      titleBlock: document.titleBlock.map((line) => line.text),
      duplicateOf: document.duplicateOf,
      paragraphCount: document.paragraphCount,
      debris: document.debris.map((line) => ({ start: line.start, text: line.text, reason: line.reason })),
      sections: outlineSection(document.root),
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
