/**
 * Versions of a report compared: what the compare view shows (the paragraphs aligned, their
 * changed pieces, the change list in official wording) and what became of each opinion.
 * Computed in main/versions and main/app; shared here so the API contract can name them.
 */
import type { OpinionKind } from './opinion';
import type { ReportVersion } from './report';

export type AdoptionStatus =
  /** 已采纳: the proposed wording stands in the new draft. */
  | 'adopted'
  /** 部分采纳: the new wording moved towards the proposal; the score says how far. */
  | 'partly-adopted'
  /** 未采纳（原文未变）: the quoted words are unchanged. */
  | 'not-adopted'
  /** 原文另行修改: the quoted words changed, but not towards the proposal. */
  | 'changed-otherwise'
  /** 原文已删除: the quoted words (or their paragraph) are gone. */
  | 'deleted';

/** A passage opinion that is not a suggestion only learns whether its paragraph changed. */
export type ParagraphFate = 'unchanged' | 'changed' | 'deleted';

/** What a person decided the outcome is, after looking. */
export interface AdoptionConfirmation {
  status: AdoptionStatus;
  /** The name of whoever confirmed it (the profile's). */
  by: string;
  at: string;
}

export interface OpinionAdoption {
  opinionId: string;
  kind: OpinionKind;
  author: { name: string; delegation: string };
  /** The words quoted in the older version (its 原文 for a suggestion). */
  original: string;
  proposed: string | null;
  /** For a suggestion: its adoption. For a passage comment: whether its paragraph changed. */
  outcome: AdoptionStatus | ParagraphFate | 'unplaced';
  score: number;
  /** The words now standing in their place in the newer version. */
  now: string;
  /** A person's confirmation of the outcome in this newer version, when there is one. */
  confirmed: AdoptionConfirmation | null;
}

export interface AdoptionReport {
  reportId: string;
  fromVersionId: string;
  toVersionId: string;
  opinions: OpinionAdoption[];
  /** Suggestions by outcome (a confirmed one by its confirmed outcome): 您的N条修改建议：采纳a，部分采纳b，未采纳c. */
  suggestions: Record<AdoptionStatus | 'unplaced', number>;
}

/**
 * An opinion followed through the report's whole chain (征求意见稿 → 提请审议稿 → 修改稿): one
 * AdoptionReport per hop between consecutive versions, each holding the opinions that existed
 * by then (written on that hop's older version or an earlier one).
 */
export interface AdoptionHistory {
  reportId: string;
  versions: ReportVersion[];
  hops: AdoptionReport[];
}

export type ComparedStatus = 'same' | 'changed' | 'inserted' | 'deleted' | 'moved';

/** One run of a compared paragraph: equal text (as in the old version), deleted or inserted. */
export interface ComparedPiece {
  kind: 'equal' | 'delete' | 'insert';
  old: string;
  new: string;
}

export interface ComparedParagraph {
  status: ComparedStatus;
  /** Structural paths (`二/（三）/p2`), null on the side the paragraph is missing from. */
  oldPath: string | null;
  newPath: string | null;
  /** The paragraphs' ids in each version (opinions are placed on them), null for a heading or a missing side. */
  oldParagraphId: string | null;
  newParagraphId: string | null;
  /** The new version's part (top-level section) title, for the change count per part. */
  part: string | null;
  pieces: ComparedPiece[];
}

export interface ComparedChange {
  kind: 'insert' | 'replace' | 'delete' | 'move';
  /** The change in the wording of a 修改情况说明. */
  sentence: string;
  /** Index into `paragraphs` of the paragraph it is in. */
  paragraph: number;
}

/** A top-level part of a version, as the compare view offers it for a comparison of parts. */
export interface VersionPart {
  id: string;
  heading: string;
}

export interface VersionComparison {
  from: ReportVersion;
  to: ReportVersion;
  /** Each side's parts, and the one compared (null: the whole version). */
  parts: { from: VersionPart[]; to: VersionPart[]; fromPartId: string | null; toPartId: string | null };
  ignoreFormatting: boolean;
  /** 共修改N处（补充a处、修改b处、删除c处）。 */
  totalsSentence: string;
  totals: { total: number; inserted: number; modified: number; deleted: number };
  paragraphs: ComparedParagraph[];
  changes: ComparedChange[];
}
