/**
 * A draft 提案 / 代表建议 / 议案 as the library keeps it: the form's parts as rich text (the
 * editor's TipTap JSON, with citation atoms), its signers, the 案据 it cites as passage anchors
 * into the report, the signatures co-signers sent back, and what became of it (立案 …).
 * main/proposals/draft.ts is the same draft as plain text, which is what the lint reads.
 */
import type { AnchorStatus, PassageAnchor, RichTextNode } from './opinion';

export const DRAFT_FORMS = ['proposal', 'suggestion', 'motion'] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

export const DRAFT_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type DraftLevel = (typeof DRAFT_LEVELS)[number];

/** The citation atom's node name in the rich-text schema (main/proposals/citation-node.ts). */
export const CITATION_NODE = 'citation';

export interface DraftSigner {
  name: string;
  role: 'leader' | 'co-signer';
  /** 代表证号 / 委员号. */
  credential?: string;
}

/** 立案, 不予立案（转为意见和建议）, 并案; and the reply's code (A 已解决或采纳 … D 因条件限制不能解决). */
export const OUTCOME_STATUSES = ['filed', 'not-filed', 'merged'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const REPLY_CODES = ['A', 'B', 'C', 'D'] as const;
export type ReplyCode = (typeof REPLY_CODES)[number];

export interface DraftOutcome {
  status: OutcomeStatus;
  replyCode: ReplyCode | null;
  /** 并案 into which, 不予立案 why, the reply's 承办单位 … as the member wrote it. */
  note: string;
  recordedAt: string;
}

/** Written here, or an earlier proposal imported only to be compared with (local 查重). */
export type DraftOrigin = 'written' | 'imported';

export interface DraftContent {
  title: string;
  /** The form's parts by name (案由, 理由, 建议 …), each a rich-text doc. */
  parts: Record<string, RichTextNode>;
  signers: DraftSigner[];
  category: string;
}

export interface StoredDraft extends DraftContent {
  id: string;
  /** The report its citations point into; null for an imported past proposal. */
  reportId: string | null;
  form: DraftForm;
  level: DraftLevel;
  origin: DraftOrigin;
  /** Counts saves: a save names the revision it was made on, so an older tab cannot overwrite a newer one. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  outcome: DraftOutcome | null;
}

export interface DraftSummary {
  id: string;
  reportId: string | null;
  form: DraftForm;
  level: DraftLevel;
  origin: DraftOrigin;
  title: string;
  updatedAt: string;
  outcome: DraftOutcome | null;
  citationCount: number;
  /** Signatures whose text no longer matches the draft's. */
  staleSignatures: number;
}

/** A passage of the report cited as 案据: the anchor is the one truth, the label what the draft prints. */
export interface Citation {
  id: string;
  draftId: string;
  reportId: string;
  anchor: PassageAnchor;
  /** 「《…》第二部分（三）第2段：“…”」 as inserted. */
  label: string;
  createdAt: string;
}

/** A citation as found in the report's latest version. */
export interface CitationCheck {
  citationId: string;
  label: string;
  quote: string;
  versionId: string;
  status: AnchorStatus;
  /** The words now in its place; null when the passage is gone (orphan). */
  current: string | null;
  /** The report changed here since the passage was cited. */
  changed: boolean;
}

export interface StoredDismissal {
  ruleId: string;
  reason: string;
  dismissedAt: string;
}

/** What a leader sends a co-signer: the text they are asked to sign, with its hash. */
export interface SigningRequest {
  format: 'shenyi-signing-request';
  formatVersion: 1;
  draftId: string;
  form: DraftForm;
  title: string;
  /** The draft as plain text: exactly what textHash covers. */
  text: string;
  textHash: string;
  leader: string;
  requestedAt: string;
}

/** What a co-signer's Shenyi sends back. */
export interface SigningConfirmation {
  format: 'shenyi-signing-confirmation';
  formatVersion: 1;
  draftId: string;
  textHash: string;
  name: string;
  credential: string;
  confirmedAt: string;
}

export interface DraftSignature {
  name: string;
  credential: string;
  confirmedAt: string;
  textHash: string;
  /** The text was edited after this confirmation: the co-signer agreed to other words. */
  stale: boolean;
}

export interface DraftRevision {
  revision: number;
  savedAt: string;
  title: string;
  characters: number;
}

/** One part of a form (案由, 理由 …); see main/proposals/form-profile.ts, which checks a profile against its schema. */
export interface FormPart {
  name: string;
  aliases: string[];
  required: boolean;
  requiredForCategory?: string | undefined;
  inLength: boolean;
}

export interface FormLevel {
  header: string;
  categories: string[];
  minSigners: number;
  minSignersSource: string;
}

/** A form profile as plain data: what differs between 提案, 建议 and 议案, and between levels. */
export interface FormProfile {
  id: DraftForm;
  name: string;
  title: { prefix: string; suffix: string; maxLength: number };
  parts: FormPart[];
  measuresPart: string;
  signers: { leaderHeading: string; coSignerHeading: string; credentialName: string; credentialRequired: boolean };
  length: { min: number; target: number; max: number; platformCap: number };
  lengthSource: string;
  admissibilitySource: string;
  deadline: string;
  levels: Record<DraftLevel, FormLevel>;
}

export type LintSeverity = 'error' | 'warning';

export interface LintWarning {
  ruleId: string;
  severity: LintSeverity;
  message: string;
  source: string;
  part?: string;
  excerpt?: string;
  related?: string;
  /** The user's reason when dismissed; null when the warning stands. */
  dismissed: { reason: string } | null;
  /** An error not dismissed: export waits until it is fixed. */
  blocking: boolean;
}

export interface LintResult {
  warnings: LintWarning[];
  blocking: boolean;
  /** Dismissals asked for a rule whose errors cannot be dismissed (they stay blocking). */
  refusedDismissals: string[];
}
