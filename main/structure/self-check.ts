/**
 * The structural self-check run on every parsed file: what in the outline a reader should look
 * at before trusting it. It reports, never repairs: a gap or a long title may be the report's
 * own, and guessing would hide it.
 */
import type { OutlineFinding, ParsedDocument, ParsedFile, Section } from '../model/report';
import { copiesOf } from './documents';
import { matchHeading } from './numbering';

export type { OutlineFinding, OutlineFindingCode } from '../model/report';

/** A title longer than this is usually a heading sentence run on into its body. */
export const LONG_TITLE = 60;
/** Fewer body characters than this is a notice, a resolution or a failed extraction, not a report. */
export const SHORT_TEXT = 2000;

const ATTACHMENT = /^(附件|名词解释|名詞解釋|名词注释|名詞註釋)/;
const NUMBERED_KIND_DEPTH: Record<string, number> = { 'cn-comma': 1, 'cn-paren': 2, 'cn-ordinal': 3, arabic: 4, 'arabic-paren': 5 };

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function labelNumber(section: Section): number | null {
  const digits = section.label.replace(/[（）第是要]/g, '');
  if (/^[0-9]+$/.test(digits)) return Number(digits);
  if (digits === '十') return 10;
  const m = digits.match(/^(十)?([一二三四五六七八九])?$|^([二三四五六七八九])十([一二三四五六七八九])?$/);
  if (!m) return null;
  if (m[3]) return (CN_NUMBERS.indexOf(m[3]) + 1) * 10 + (m[4] ? CN_NUMBERS.indexOf(m[4]) + 1 : 0);
  return (m[1] ? 10 : 0) + (m[2] ? CN_NUMBERS.indexOf(m[2]) + 1 : 0) || null;
}

/** A section finding names the section and where its heading starts. */
function at(section: Section): Pick<OutlineFinding, 'sectionId' | 'paragraphId' | 'start'> {
  const start = section.headingSpans[0]?.start ?? section.paragraphs[0]?.spans[0]?.start ?? null;
  return { sectionId: section.id, paragraphId: null, start };
}

function checkSection(section: Section, document: number, findings: OutlineFinding[]): void {
  // A short 一、/（N） line the tree left as a paragraph broke the numbering: say so, do not guess.
  for (const paragraph of section.paragraphs) {
    const match = paragraph.headingLength === 0 && [...paragraph.text].length <= 40 ? matchHeading(paragraph.text) : null;
    if (match && match.number !== null && (match.kind === 'cn-comma' || match.kind === 'cn-paren') && !/[。；]$/.test(paragraph.text)) {
      findings.push({
        code: 'sequence-gap',
        document,
        sectionId: section.id,
        paragraphId: paragraph.id,
        start: paragraph.spans[0]?.start ?? null,
        detail: `「${paragraph.text}」 (paragraph ${paragraph.number}) looks like a heading but does not continue the numbering`,
        about: { says: 'line-breaks-numbering', params: { line: paragraph.text, number: paragraph.number } },
      });
    }
  }
  const lastByKind = new Map<string, number>();
  for (const child of section.children) {
    if (child.kind === 'closing') continue;
    const number = child.kind === 'part' ? null : labelNumber(child);
    if (number !== null) {
      const last = lastByKind.get(child.kind) ?? 0;
      // A restart at 1 is a new list (（一） again under 三、); anything else out of step is a gap.
      if (number !== 1 && number !== last + 1) {
        findings.push({
          code: 'sequence-gap',
          document,
          ...at(child),
          detail: `${child.heading || child.label}: expected ${last + 1} after ${last || 'the start'}, found ${number}`,
          about: { says: 'numbering-gap', params: { heading: child.heading || child.label, expected: last + 1, found: number } },
        });
      }
      lastByKind.set(child.kind, number);
    }
    // （一） beside the 一、 parts instead of under one: a level of the report was skipped.
    if (section.kind === 'root' && (NUMBERED_KIND_DEPTH[child.kind] ?? 0) > 1 && section.children.some((s) => s.kind === 'cn-comma')) {
      findings.push({
        code: 'level-skip',
        document,
        ...at(child),
        detail: `${child.heading || child.label} stands at the top level beside the 一、 parts`,
        about: { says: 'level-skip', params: { heading: child.heading || child.label } },
      });
    }
    if ([...child.title].length > LONG_TITLE) {
      const start = [...child.title].slice(0, 20).join('');
      findings.push({
        code: 'long-title',
        document,
        ...at(child),
        detail: `${[...child.title].length} characters: ${start}…`,
        about: { says: 'long-title', params: { length: [...child.title].length, start } },
      });
    }
    checkSection(child, document, findings);
  }
}

function bodyLength(section: Section): number {
  return section.paragraphs.reduce((sum, p) => sum + p.text.length, 0) + section.children.reduce((sum, c) => sum + bodyLength(c), 0);
}

export function checkDocument(document: Pick<ParsedDocument, 'root'>, index: number): OutlineFinding[] {
  const findings: OutlineFinding[] = [];
  checkSection(document.root, index, findings);
  const parts = document.root.children;
  const firstAttachment = parts.findIndex((s) => s.kind === 'part' && ATTACHMENT.test(s.heading || s.title));
  if (firstAttachment !== -1) {
    const after = parts.slice(firstAttachment).find((s) => !ATTACHMENT.test(s.heading || s.title));
    if (after) {
      const attachment = parts[firstAttachment]!.heading;
      findings.push({
        code: 'attachment-before-body',
        document: index,
        ...at(after),
        detail: `${after.heading} follows ${attachment}`,
        about: { says: 'attachment-before-body', params: { heading: after.heading, attachment } },
      });
    }
  }
  const length = bodyLength(document.root);
  if (length < SHORT_TEXT) {
    findings.push({ code: 'short-text', document: index, sectionId: null, paragraphId: null, start: null, detail: `${length} characters of body text`, about: { says: 'short-text', params: { length } } });
  }
  return findings;
}

/** For a document whose body the file holds several times: how often, and which copy is kept. */
export function copiesFinding(file: Pick<ParsedFile, 'documents'>, index: number): OutlineFinding | null {
  const { count, original } = copiesOf(file.documents, index);
  if (count === 1) return null;
  const which = original === index ? `this is copy ${index + 1}, the one kept` : `this is copy ${index + 1}, a repeat of copy ${original + 1}, the one kept`;
  const about: OutlineFinding['about'] =
    original === index ? { says: 'copy-kept', params: { count, copy: index + 1 } } : { says: 'copy-repeat', params: { count, copy: index + 1, kept: original + 1 } };
  return { code: 'copies', document: index, sectionId: null, paragraphId: null, start: null, detail: `the body appears ${count} times in the file; ${which}`, about };
}

export function checkFile(file: Pick<ParsedFile, 'documents'>): OutlineFinding[] {
  const findings = file.documents.flatMap((document, index) => (document.duplicateOf === null ? checkDocument(document, index) : []));
  for (const [index, document] of file.documents.entries()) {
    const copies = document.duplicateOf === null ? copiesFinding(file, index) : null;
    if (copies) findings.push(copies);
  }
  return findings;
}
