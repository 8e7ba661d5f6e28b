/**
 * The clerk's desk's part of the API contract (main/api/contract.ts spreads it in): batch
 * intake, the consolidated view, clusters, dispositions and the desk's outputs.
 */
import { z } from 'zod';
import type { ConfirmedCluster, DeskAssignment, DeskRow, DispositionChange, DispositionKind, IntakeReport, TallyNode, Clerk } from '../model/desk';
import { CHANNELS, REVIEW_STAGES } from '../model/desk';
import { OPINION_KINDS, ROLES } from '../model/opinion';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

/** 'desk-package': the clerk's share of the desk, for another clerk's intake. */
export const DESK_EXPORT_FORMATS = ['summary-docx', 'summary-xlsx', 'briefing-docx', 'referrals-xlsx', 'desk-package'] as const;
export type DeskExportFormat = (typeof DESK_EXPORT_FORMATS)[number];

const DeskFilterInput = z
  .object({
    delegation: text(100).optional(),
    stanceId: id.nullable().optional(),
    kind: z.enum(OPINION_KINDS).optional(),
    channel: z.enum(CHANNELS).optional(),
    disposition: id.optional(),
    clerkId: id.optional(),
    assignedTo: text(100).optional(),
    inCluster: z.boolean().optional(),
    nodeId: id.optional(),
  })
  .strict();

const BriefingHeaderInput = z
  .object({
    name: text(40).min(1),
    issue: z.number().int().min(1).max(10_000),
    publisher: text(100),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    classification: text(20).optional(),
    editorNote: text(2000).optional(),
    sendTo: text(500).optional(),
    copyTo: text(500).optional(),
    distributeTo: text(500).optional(),
    copies: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

/** Base64 of every file of one intake; the importer applies its own limits per file. */
const MAX_INTAKE_BASE64_CHARS = 600 * 1024 * 1024;

export const deskInputs = {
  /** Packages (.json) and 简报 (.txt, .docx) in one job; `reportId` is the desk's report. */
  'desk.import': z
    .object({
      reportId: id.optional(),
      files: z.array(z.object({ fileName: text(1000).min(1), dataBase64: z.string() }).strict()).min(1).max(2000),
    })
    .strict()
    .refine((input) => input.files.reduce((sum, file) => sum + file.dataBase64.length, 0) <= MAX_INTAKE_BASE64_CHARS, { message: 'the files are too large for one intake' }),
  /** The counts of every part, section and paragraph under the filter, and one page of its rows. */
  'desk.view': z
    .object({
      reportId: id,
      versionId: id,
      filter: DeskFilterInput,
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(2000).optional(),
    })
    .strict(),
  'desk.clusters': z.object({ reportId: id, versionId: id, nodeId: id.optional() }).strict(),
  'desk.confirmCluster': z.object({ reportId: id, memberIds: z.array(id).min(2).max(10_000), summary: text(5000) }).strict(),
  /** A new summary, or exactly these members: a split or a move is a new member list. */
  'desk.updateCluster': z.object({ id, summary: text(5000).optional(), memberIds: z.array(id).min(2).max(10_000).optional() }).strict(),
  'desk.mergeClusters': z.object({ into: id, others: z.array(id).min(1).max(1000) }).strict(),
  'desk.dissolveCluster': z.object({ id }).strict(),
  /** One disposition for these opinions, or for every member of a cluster. */
  'desk.dispose': z
    .object({
      reportId: id,
      opinionIds: z.array(id).max(200_000).optional(),
      clusterId: id.optional(),
      stage: z.enum(REVIEW_STAGES),
      kindId: id,
      reason: text(2000),
      department: text(200),
      override: text(500).optional(),
    })
    .strict()
    .refine((input) => (input.opinionIds ? 1 : 0) + (input.clusterId ? 1 : 0) === 1, { message: 'name the opinions or the cluster, not both' }),
  'desk.clearDisposition': z.object({ reportId: id, opinionIds: z.array(id).min(1).max(200_000), stage: z.enum(REVIEW_STAGES) }).strict(),
  'desk.kinds': z.object({}).strict(),
  'desk.saveKind': z
    .object({
      id: z.string().regex(/^[a-z0-9-]{1,40}$/),
      name: text(60).min(1),
      needs: z.enum(['reason', 'department']).nullable(),
      countsAs: z.enum(['adopted', 'reflected', 'not-adopted', 'referred', 'out-of-scope']),
      order: z.number().int().min(0).max(1000),
    })
    .strict(),
  'desk.removeKind': z.object({ id }).strict(),
  /** The audit log: of one opinion, or of the whole report. */
  'desk.history': z.object({ reportId: id, opinionId: id.optional() }).strict(),
  /** An opinion heard at a meeting, on the hotline or read online, typed in with its channel. */
  'desk.addOpinion': z
    .object({
      reportId: id,
      versionId: id,
      channel: z.enum(['meeting-notes', 'hotline', 'online', 'other']),
      provenance: text(1000),
      author: z.object({ name: text(100).min(1), delegation: text(100), role: z.enum(ROLES) }).strict(),
      text: text(20_000).min(1),
      quote: text(2000).optional(),
      proposed: text(5000).optional(),
    })
    .strict(),
  /** Gives delegations or parts to clerks (an empty name takes one back). */
  'desk.assign': z
    .object({
      reportId: id,
      shares: z.array(z.object({ scope: z.enum(['delegation', 'part']), value: text(200).min(1), clerkName: text(100) }).strict()).min(1).max(500),
    })
    .strict(),
  'desk.assignments': z.object({ reportId: id }).strict(),
  /** Settles two clerks' different dispositions: ours stays, or theirs (one of them, by its place in the row's list) is written. */
  'desk.resolveConflict': z
    .object({ reportId: id, opinionId: id, stage: z.enum(REVIEW_STAGES), keep: z.enum(['ours', 'theirs']), theirs: z.number().int().min(0).max(100).optional() })
    .strict(),
  'desk.export': z
    .object({
      reportId: id,
      versionId: id,
      format: z.enum(DESK_EXPORT_FORMATS),
      anonymous: z.boolean(),
      filter: DeskFilterInput.optional(),
      briefing: BriefingHeaderInput.optional(),
    })
    .strict(),
};

/** The headline figures in one line (收集意见N条，涉及代表N人次；…) and what each means. */
export interface Headline {
  line: string;
  definitions: string[];
}

export interface DeskView {
  tally: TallyNode;
  /** Rows under the filter (its node included), and the page of them asked for. */
  total: number;
  offset: number;
  rows: DeskRow[];
  /** What the filters can choose from, over the whole report. */
  delegations: string[];
  clerks: Clerk[];
  /** How the work is split among clerks (desk.assign). */
  assignments: DeskAssignment[];
  headline: Headline;
}

export interface DeskCluster {
  id: string;
  confirmed: boolean;
  memberIds: string[];
  /** 综合N位代表（M个代表团）意见 */
  countsLine: string;
  /** Where its members are: the paragraph's location, 本节, or 未定位. */
  location: string;
  summary: string;
  /** For a suggestion: the weakest link that holds it together. */
  similarity: number | null;
}

export interface DeskExported {
  fileName: string;
  mime: string;
  dataBase64: string;
  opinionCount: number;
  /** A 简报 speaker paragraph longer than the 100–200-character norm, and such. */
  warnings: string[];
}

export interface DeskOutputs {
  'desk.import': IntakeReport;
  'desk.view': DeskView;
  'desk.clusters': { suggested: DeskCluster[]; confirmed: DeskCluster[] };
  'desk.confirmCluster': DeskCluster;
  'desk.updateCluster': DeskCluster | null;
  'desk.mergeClusters': DeskCluster | null;
  'desk.dissolveCluster': Record<string, never>;
  'desk.dispose': { changed: number };
  'desk.clearDisposition': { changed: number };
  'desk.kinds': DispositionKind[];
  'desk.saveKind': DispositionKind[];
  'desk.removeKind': DispositionKind[];
  'desk.history': DispositionChange[];
  'desk.addOpinion': DeskRow;
  'desk.assign': DeskAssignment[];
  'desk.assignments': DeskAssignment[];
  'desk.resolveConflict': { changed: number };
  'desk.export': DeskExported;
}

export type { ConfirmedCluster };
