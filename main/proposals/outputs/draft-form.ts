/**
 * The official form a draft is printed on — 提案表, 代表建议, 议案 — as rows of label and
 * content, which the Word (draft-docx.ts) and the printable page (draft-html.ts) both draw.
 *
 * The labels come from the profile wherever it has them (part names, signer headings, the
 * credential); what the profile does not say is how each form arranges them, which is fixed
 * per form below: the 提案表 puts both kinds of signer in one 提案者 row and every part in one
 * 内容 row, the 代表建议 gives leader and co-signers a row each, and the 议案 gives every part
 * its own row (its 案由 is a part, so its title row is 题目) and counts the signers, whom the
 * law wants thirty or ten of.
 */
import type { FormId } from '../form-profile';
import { printedParts, signerLines, type DraftDocumentInput } from './draft-document';

/** A piece of a row's content: an optional bold sub-heading over its paragraphs. */
export interface FormBlock {
  heading: string | null;
  paragraphs: string[];
  /** The draft's own text, set as a document's paragraphs are; otherwise a value (a name, 类别). */
  prose: boolean;
}

export interface FormRow {
  label: string;
  blocks: FormBlock[];
  /** Lines of room left empty for the office to write in (审查意见, 收文时间); 0 for a row the draft fills. */
  blankLines: number;
}

type RowSpec =
  | { kind: 'title' | 'category' | 'signers' | 'content' | 'signer-count'; label: string }
  | { kind: 'leader' | 'co-signers' | 'parts' }
  | { kind: 'blank'; label: string; lines: number };

/** The rows the office fills: its opinion (审查意见 …), with room to write, and the date it received the draft. */
const officeRows = (opinion: string): RowSpec[] => [
  { kind: 'blank', label: opinion, lines: 6 },
  { kind: 'blank', label: '收文时间', lines: 1 },
];

const LAYOUTS: Record<FormId, RowSpec[]> = {
  proposal: [{ kind: 'title', label: '案由' }, { kind: 'signers', label: '提案者' }, { kind: 'category', label: '类别' }, { kind: 'content', label: '内容' }, ...officeRows('审查意见')],
  suggestion: [{ kind: 'title', label: '题目' }, { kind: 'leader' }, { kind: 'co-signers' }, { kind: 'category', label: '类别' }, { kind: 'content', label: '内容' }, ...officeRows('交办意见')],
  motion: [
    { kind: 'title', label: '题目' },
    { kind: 'category', label: '类别' },
    { kind: 'parts' },
    { kind: 'leader' },
    { kind: 'co-signers' },
    { kind: 'signer-count', label: '代表人数' },
    ...officeRows('处理意见'),
  ],
};

const filled = (label: string, blocks: FormBlock[]): FormRow => ({ label, blocks, blankLines: 0 });
const plain = (text: string): FormBlock => ({ heading: null, paragraphs: text === '' ? [] : [text], prose: false });

function rowsOf(spec: RowSpec, input: DraftDocumentInput): FormRow[] {
  const { draft, profile } = input;
  const signers = signerLines(input);
  switch (spec.kind) {
    case 'title':
      return [filled(spec.label, [plain(draft.title)])];
    case 'category':
      return [filled(spec.label, [plain(draft.category)])];
    case 'signers': {
      const blocks = [{ ...plain(signers.leader), heading: profile.signers.leaderHeading }];
      if (signers.coSigners !== '') blocks.push({ ...plain(signers.coSigners), heading: profile.signers.coSignerHeading });
      return [filled(spec.label, blocks)];
    }
    case 'leader':
      return [filled(profile.signers.leaderHeading, [plain(signers.leader)])];
    case 'co-signers':
      return [filled(profile.signers.coSignerHeading, [plain(signers.coSigners)])];
    case 'signer-count':
      return [filled(spec.label, [plain(`${draft.signers.length}人`)])];
    case 'content':
      // A part named as its row (代表建议's one 内容) needs no sub-heading repeating the label.
      return [filled(spec.label, printedParts(input).map((part) => ({ heading: part.name === spec.label ? null : part.name, paragraphs: part.paragraphs, prose: true })))];
    case 'parts':
      return printedParts(input).map((part) => filled(part.name, [{ heading: null, paragraphs: part.paragraphs, prose: true }]));
    case 'blank':
      return [{ label: spec.label, blocks: [], blankLines: spec.lines }];
  }
}

/** The form's rows, top to bottom. */
export const draftFormRows = (input: DraftDocumentInput): FormRow[] => LAYOUTS[input.profile.id].flatMap((spec) => rowsOf(spec, input));
