/**
 * The clerk's desk: how an opinion came in (its channel), what was decided about it
 * (a disposition, through 初审 and 复审) and the clusters a clerk confirmed.
 */
import type { AnchorStatus, OpinionKind, Role, Suggestion } from './opinion';

/** 'package': a delegate's opinion package; 'own': written in this library; the rest typed in or split from a 简报. */
export const CHANNELS = ['package', 'briefing', 'meeting-notes', 'hotline', 'online', 'other', 'own'] as const;
export type Channel = (typeof CHANNELS)[number];
/** The channels a clerk records by hand or a 简报 sets; the other two are known from where the opinion came from. */
export type RecordedChannel = Exclude<Channel, 'package' | 'own'>;

export const REVIEW_STAGES = ['first', 'second'] as const;
/** 初审 then 复审. */
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** Which headline figure a kind of disposition feeds (headline.ts). */
export type DispositionOutcome = 'adopted' | 'reflected' | 'not-adopted' | 'referred' | 'out-of-scope';

export interface DispositionKind {
  id: string;
  /** 采纳（已修改）, 未采纳, 转有关部门研究 … as printed in the 汇总表. */
  name: string;
  /** What a disposition of this kind must carry: a reason (未采纳), a department (转办), or nothing. */
  needs: 'reason' | 'department' | null;
  countsAs: DispositionOutcome;
  builtin: boolean;
  order: number;
}

export interface Clerk {
  id: string;
  name: string;
}

export interface Disposition {
  opinionId: string;
  stage: ReviewStage;
  kindId: string;
  reason: string;
  department: string;
  clerk: Clerk;
  decidedAt: string;
  /** Set when the clerk of the 初审 also made the 复审: why that was allowed. */
  override: string | null;
}

/** One line of the audit log: a disposition set, changed or taken back. */
export interface DispositionChange {
  opinionId: string;
  stage: ReviewStage;
  old: Omit<Disposition, 'opinionId' | 'stage'> | null;
  new: Omit<Disposition, 'opinionId' | 'stage'> | null;
  clerk: Clerk;
  at: string;
}

/** A disposition another clerk's desk package brought, differing from ours: settled by a clerk, never by arrival order. */
export interface DispositionConflict {
  opinionId: string;
  stage: ReviewStage;
  theirs: Disposition;
  /** The desk package it came in, and the clerk who sent it. */
  source: string;
  receivedAt: string;
}

/** One share of the desk's work: a delegation, or a part of the report (its label: 一, 二 … or its title), given to a clerk. */
export interface DeskAssignment {
  scope: 'delegation' | 'part';
  value: string;
  clerkName: string;
}

export interface ConfirmedCluster {
  id: string;
  reportId: string;
  /** 归纳意见: the clerk's summary of what the members ask for. */
  summary: string;
  memberIds: string[];
  /** The clerk who confirmed it, by name. */
  confirmedBy: string;
  confirmedAt: string;
  updatedAt: string;
}

/** What a clerk can narrow the desk to; every field left out keeps every opinion. */
export interface DeskFilter {
  delegation?: string;
  stanceId?: string | null;
  kind?: OpinionKind;
  channel?: Channel;
  /** A disposition kind; 'none' for opinions not yet decided; 'awaiting-second' for 初审 done, 复审 not; 'conflict' where two clerks differ. */
  disposition?: string;
  /** The clerk who made the 初审 or 复审. */
  clerkId?: string;
  /** The share of the work given to this clerk (by name): their delegations and parts. */
  assignedTo?: string;
  /** Only opinions in a confirmed cluster (true), or only those in none (false). */
  inCluster?: boolean;
  /** The part, section or paragraph whose opinions are listed (a tally node's id). */
  nodeId?: string;
}

/** One opinion as the desk lists, counts, clusters and exports it. */
export interface DeskRow {
  id: string;
  author: { id: string; name: string; delegation: string; role: Role };
  kind: OpinionKind;
  stanceId: string | null;
  channel: Channel;
  provenance: string;
  placement: 'passage' | 'section' | 'report' | 'unplaced';
  /** The part, the section it sits in directly and the paragraph, where it was placed in this version. */
  partId: string | null;
  sectionId: string | null;
  paragraphId: string | null;
  /** 第二部分（三）第2段 — 报告位置 as the 汇总表 prints it. */
  location: string;
  /** The report's words it is on, for the 原文摘录. */
  quote: string | null;
  bodyText: string;
  suggestion: Suggestion | null;
  clusterId: string | null;
  first: Disposition | null;
  second: Disposition | null;
  /** Set on an imported copy that differs from an opinion here: a conflict to settle first. */
  conflictOf: string | null;
  /** Other clerks' dispositions that differ from ours, waiting for a clerk to choose. */
  disputed: DispositionConflict[];
  /** Position in report order (unplaced last). */
  order: number;
}

export interface TallyCounts {
  opinions: number;
  /** Distinct delegates (by author id) and distinct delegations. */
  people: number;
  delegations: number;
  byStance: Record<string, number>;
  byKind: Record<string, number>;
  byChannel: Record<string, number>;
}

export interface TallyNode extends TallyCounts {
  /** A section's or paragraph's id; 'report' for the whole; 'unplaced' for opinions not placed. */
  id: string;
  level: 'report' | 'part' | 'section' | 'paragraph' | 'unplaced';
  label: string;
  children: TallyNode[];
}

/** The desk's intake (main/desk/batch-import.ts): a line per file. */
export type FileStatus = 'accepted' | 'identical' | 'conflict' | 'rejected';

export interface FileOutcome {
  fileName: string;
  kind: 'package' | 'briefing' | 'desk-package' | 'unknown';
  status: FileStatus;
  /** Why a file was rejected; what else the reader should know of one accepted. */
  reason: string | null;
  imported: number;
  unchanged: number;
  conflicts: number;
  /** A package: the text it was made on is here ('text'), or it was re-anchored ('passages'). */
  matched?: 'text' | 'passages';
  anchoring?: (Record<AnchorStatus, number> & { versionId: string }) | null;
  author?: string;
  /** A desk package: whose share it was and what was taken of the clerk's decisions. */
  exchange?: { clerk: string; share: string; taken: number; same: number; differing: number; unknown: number; clustersAdded: number; clustersKept: number };
  /** A 简报: speeches whose quotes were not found once in the report, taken unanchored. */
  unanchored?: number;
}

export interface IntakeReport {
  files: FileOutcome[];
  counts: Record<FileStatus, number>;
  imported: number;
}

