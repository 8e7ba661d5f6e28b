/**
 * Drafting's part of the API contract (main/api/contract.ts spreads it in): a member's 提案 /
 * 代表建议 / 议案 drafts, the report passages they cite, the form lint, offline 联名 and the
 * documents in the form's layout.
 */
import { z } from 'zod';
import type { Citation, CitationCheck, DraftRevision, DraftSignature, DraftSummary, FormProfile, LintResult, StoredDismissal, StoredDraft } from '../model/drafting';
import { DRAFT_FORMS, DRAFT_LEVELS, OUTCOME_STATUSES, REPLY_CODES } from '../model/drafting';
import { RichText, SelectionInput } from './rich-text-input';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

/** docx: the 提案表 / 建议 form; pdf: the same page printed; platform-text: plain text to paste into an online platform. */
export const DRAFT_EXPORT_FORMATS = ['docx', 'pdf', 'platform-text'] as const;
export type DraftExportFormat = (typeof DRAFT_EXPORT_FORMATS)[number];

const Signer = z
  .object({ name: text(100).trim().min(1), role: z.enum(['leader', 'co-signer']), credential: text(40).trim().optional() })
  .strict();

export const DraftContentInput = z
  .object({
    title: text(500),
    /** Part name → the editor's doc for it. */
    parts: z.record(text(40).min(1), RichText).refine((parts) => Object.keys(parts).length <= 20, { message: 'a draft has at most 20 parts' }),
    signers: z.array(Signer).max(500),
    category: text(60),
  })
  .strict();

/** The session the form's header line names (第十四届 … 第四次会议). */
const SessionInput = z.object({ term: text(20), session: text(20), place: text(40).optional() }).strict();

const FileInput = { fileName: text(1000).min(1), dataBase64: z.string().max(20 * 1024 * 1024) };

export const draftingInputs = {
  /** The form profiles in force: a clerk's edited one where there is one, else the built-in. */
  'drafts.profiles': z.object({}).strict(),
  /** A clerk's edited profile (checked field by field), or `reset` to go back to the built-in one. */
  'drafts.saveProfile': z.union([z.object({ profile: z.unknown() }).strict(), z.object({ reset: z.enum(DRAFT_FORMS) }).strict()]),
  'drafts.list': z.object({ reportId: id.optional() }).strict(),
  /**
   * A new draft on a report. `fromOpinionIds`: start from one's own opinions — each one's passage
   * cited in the 理由 part and its words and proposed wording below it.
   */
  'drafts.create': z
    .object({
      id: id.optional(),
      reportId: id,
      form: z.enum(DRAFT_FORMS),
      level: z.enum(DRAFT_LEVELS),
      title: text(500).optional(),
      fromOpinionIds: z.array(id).max(200).optional(),
    })
    .strict(),
  /** An earlier proposal (Markdown or text, the `shenyi draft lint` format) kept only to compare new drafts with. */
  'drafts.importPast': z.object({ ...FileInput, form: z.enum(DRAFT_FORMS), level: z.enum(DRAFT_LEVELS) }).strict(),
  'drafts.get': z.object({ id }).strict(),
  /** New content made on `baseRevision`; refused if the draft was saved elsewhere since. */
  'drafts.save': z.object({ id, baseRevision: z.number().int().min(1), content: DraftContentInput }).strict(),
  'drafts.remove': z.object({ id }).strict(),
  'drafts.revisions': z.object({ id }).strict(),
  /** Brings an earlier revision's content back as a new save (nothing after it is lost: it stays a revision). */
  'drafts.restoreRevision': z.object({ id, revision: z.number().int().min(1), baseRevision: z.number().int().min(1) }).strict(),
  /** 引为案据: a selection in the report becomes a citation; the editor inserts its node. */
  'drafts.cite': z.object({ draftId: id, versionId: id, selection: SelectionInput }).strict(),
  /** Sets a lint rule aside for this draft with a reason, or (reason null) brings it back. */
  'drafts.dismiss': z.object({ id, ruleId: text(80).min(1), reason: text(500).trim().min(1).nullable() }).strict(),
  /** A signing request for co-signers: the draft's text and its hash, as a file. */
  'drafts.signingRequest': z.object({ id }).strict(),
  /** The co-signer's side: reads a request and returns a confirmation in this library's profile's name. */
  'drafts.confirmSigning': z.object({ ...FileInput, credential: text(40).trim().min(1) }).strict(),
  /** The leader's side: a co-signer's confirmation joins the draft's signatures. */
  'drafts.importSignature': z.object({ id, ...FileInput }).strict(),
  'drafts.setOutcome': z
    .object({
      id,
      outcome: z.object({ status: z.enum(OUTCOME_STATUSES), replyCode: z.enum(REPLY_CODES).nullable(), note: text(2000) }).strict().nullable(),
    })
    .strict(),
  /** The document; refused while a lint error blocks export. */
  'drafts.export': z.object({ id, format: z.enum(DRAFT_EXPORT_FORMATS), session: SessionInput.optional() }).strict(),
};

export interface DraftDetail {
  draft: StoredDraft;
  profile: FormProfile;
  citations: (Citation & { check: CitationCheck | null })[];
  lint: LintResult;
  dismissals: StoredDismissal[];
  signatures: DraftSignature[];
  /** The hash of the draft's plain text: what a co-signer's confirmation must match. */
  textHash: string;
  /** Characters counted for the length norms (whitespace not counted). */
  characters: number;
}

export interface DraftFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

export interface DraftingOutputs {
  'drafts.profiles': (FormProfile & { edited: boolean })[];
  'drafts.saveProfile': (FormProfile & { edited: boolean })[];
  'drafts.list': DraftSummary[];
  'drafts.create': DraftDetail;
  'drafts.importPast': DraftSummary;
  'drafts.get': DraftDetail;
  'drafts.save': DraftDetail;
  'drafts.remove': { removed: boolean };
  'drafts.revisions': DraftRevision[];
  'drafts.restoreRevision': DraftDetail;
  'drafts.cite': Citation;
  'drafts.dismiss': DraftDetail;
  'drafts.signingRequest': DraftFile;
  'drafts.confirmSigning': DraftFile;
  'drafts.importSignature': DraftDetail;
  'drafts.setOutcome': DraftDetail;
  /** `warnings`: the platform text over its cap, a font the page falls back from … */
  'drafts.export': DraftFile & { warnings: string[] };
}
