/**
 * The whole API between the renderer and a shell, as one typed map. Both shells (Electron IPC
 * and the loopback browser shell) bind this same map, so the renderer never knows which one
 * it talks to. Every payload is parsed with its schema before a handler sees it.
 */
import { z } from 'zod';
import type { Method, EventName } from './methods';
import type { ImportedReport, ReportDocument, ReportSummary, ReportVersion } from '../model/report';
import type { AdoptionConfirmation, AdoptionHistory, AdoptionReport, VersionComparison } from '../model/versions';
import { EXPORT_FORMATS } from '../model/export-file';
import type { AnchorStatus, ListedOpinion, Opinion, OpinionView, Profile, Stance } from '../model/opinion';
import { OPINION_KINDS, ROLES } from '../model/opinion';
import type { BackupSummary, StoreStatus } from '../model/store-status';
import type { ErrorCode } from '../model/error-codes';
import type { SearchHit } from '../model/search';
import type { BodyProblem } from '../model/rich-text/sanitize-body';

export type { SearchHit };
import type { JobProgress } from './jobs';
import { deskInputs, type DeskOutputs } from './desk-contract';
import { draftingInputs, type DraftingOutputs } from './drafting-contract';
import { RichText, SelectionInput } from './rich-text-input';
export type { DraftDetail, DraftExportFormat } from './drafting-contract';
export { DRAFT_EXPORT_FORMATS } from './drafting-contract';
export type { DeskCluster, DeskExported, DeskExportFormat, DeskView, Headline } from './desk-contract';
export { DESK_EXPORT_FORMATS } from './desk-contract';
export type { FileOutcome, IntakeReport } from '../model/desk';

export { METHODS, EVENTS } from './methods';
export type { BackupSummary, DamagedOpinion, StoreProblem, StoreStatus } from '../model/store-status';
export type { Method, EventName } from './methods';

/** Uploaded files travel as base64; the importer applies its own, tighter size limit. */
export const MAX_UPLOAD_BASE64_CHARS = 280 * 1024 * 1024;

const id = z.string().min(1).max(200);

export const Locale = z.enum(['zh-Hans', 'zh-Hant', 'en']);
export type Locale = z.infer<typeof Locale>;

export const Settings = z
  .object({
    locale: Locale,
    /** How report text is displayed; the stored text never changes. */
    script: z.enum(['source', 'hans', 'hant']),
    fontSize: z.number().int().min(12).max(32),
    theme: z.enum(['light', 'dark', 'system']),
    lastReportId: z.string().max(200).nullable(),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  locale: 'zh-Hans',
  script: 'source',
  fontSize: 18,
  theme: 'system',
  lastReportId: null,
};

const shortText = z.string().max(200);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const ProfileInput = z
  .object({ name: z.string().trim().min(1).max(100), delegation: z.string().trim().max(100), role: z.enum(ROLES) })
  .strict();

export const StanceInput = z
  .object({ id: id.optional(), name: z.string().trim().min(1).max(40), color, order: z.number().int().min(0).max(10_000).optional() })
  .strict();

export { RichText, SelectionInput } from './rich-text-input';

export const SuggestionInput = z
  .object({ proposed: z.string().max(100_000), reason: z.string().max(100_000) })
  .strict();

export const OpinionCreate = z
  .object({
    /** Chosen by the client so an undo of the creation can name it; must be new. */
    id: id.optional(),
    reportId: id,
    versionId: id,
    kind: z.enum(OPINION_KINDS),
    stanceId: id.nullable(),
    tags: z.array(shortText).max(50).default([]),
    body: RichText.optional(),
    selection: SelectionInput.optional(),
    sectionId: id.optional(),
    suggestion: SuggestionInput.optional(),
  })
  .strict();

export const OpinionPatch = z
  .object({
    stanceId: id.nullable().optional(),
    tags: z.array(shortText).max(50).optional(),
    body: RichText.optional(),
    suggestion: SuggestionInput.optional(),
  })
  .strict();

export { EXPORT_FORMATS, type ExportFormat } from '../model/export-file';

/**
 * A created or changed opinion as listed, and what of its body was not kept as it came: a node
 * or mark the rich-text schema does not know (its words were kept). Absent when all was kept.
 */
export type WrittenOpinion = ListedOpinion & { bodyProblems?: BodyProblem[] };

export interface ExportedFile {
  fileName: string;
  mime: string;
  dataBase64: string;
  opinionCount: number;
}

/** What a clerk's import of a delegate's package did (main/packages/import-package.ts). */
/** How many of a package's passages stand where in one version (the clerk's latest). */
export interface AnchoringCounts extends Record<AnchorStatus, number> {
  versionId: string;
}

export interface PackageImported {
  reportId: string;
  /** The version its opinions are filed under: its own text's, or the report's latest when matched by passages. */
  versionId: string;
  /** 'text': made on a version here; 'passages': made on another version or file, re-anchored. */
  matched: 'text' | 'passages';
  author: string;
  imported: number;
  unchanged: number;
  /** Older copies of opinions already here in a newer form: left as they are. */
  older: number;
  /** Kept beside an existing opinion with the same identity but other content. */
  conflicts: number;
  warnings: string[];
  anchoring: AnchoringCounts | null;
}

export const inputs = {
  'app.info': z.object({}).strict(),
  'library.list': z.object({}).strict(),
  'report.open': z.object({ reportId: id, versionId: id.optional() }).strict(),
  'report.remove': z.object({ reportId: id }).strict(),
  'import.file': z
    .object({
      fileName: z.string().min(1).max(1000),
      dataBase64: z.string().max(MAX_UPLOAD_BASE64_CHARS),
      /**
       * Which documents of a multi-document file to import: their indices, every one ('all'), or
       * every one that is not a copy of an earlier one ('originals'); omitted = ask when there is a choice.
       */
      select: z.union([z.array(z.number().int().min(0).max(1000)).max(1000), z.enum(['all', 'originals'])]).optional(),
      /** Import as a new version of this report (a revised draft), not as a report of its own. */
      asVersionOf: id.optional(),
      /** The draft's name: 征求意见稿, 提请审议稿, 修改稿…; v1, v2… when absent. */
      label: z.string().trim().max(40).optional(),
    })
    .strict(),
  'report.versions': z.object({ reportId: id }).strict(),
  /** `fromReportId`: the older side is a version of another report (last year's against this year's). */
  'versions.compare': z
    .object({
      reportId: id,
      fromReportId: id.optional(),
      fromVersionId: id,
      toVersionId: id,
      /** Compare only these top-level parts (last year's 工作安排 against this year's 工作回顾); whole versions when absent. */
      fromPartId: id.optional(),
      toPartId: id.optional(),
      ignoreFormatting: z.boolean(),
    })
    .strict(),
  'versions.adoption': z.object({ reportId: id, fromVersionId: id.optional(), toVersionId: id.optional() }).strict(),
  /** Each opinion followed through every hop of the report's chain of versions. */
  'versions.history': z.object({ reportId: id }).strict(),
  /** A person's word on a suggestion's outcome in a later version (部分采纳 and 原文另行修改 ask for it). */
  'versions.confirmAdoption': z
    .object({ opinionId: id, toVersionId: id, status: z.enum(['adopted', 'partly-adopted', 'not-adopted', 'changed-otherwise', 'deleted']) })
    .strict(),
  /** The 修改情况说明 of two versions as a file: Word or Markdown. */
  'versions.note': z.object({ reportId: id, fromVersionId: id, toVersionId: id, format: z.enum(['docx', 'md']) }).strict(),
  'debris.setRestored': z
    .object({ versionId: id, start: z.number().int().min(0), restored: z.boolean() })
    .strict(),
  /** The user's word on a line the outline was unsure of: a heading (true), body text (false), or undo (null). */
  'outline.correctHeading': z.object({ versionId: id, start: z.number().int().min(0), asHeading: z.boolean().nullable() }).strict(),
  'settings.get': z.object({}).strict(),
  'settings.set': Settings.partial().strict(),
  'profile.get': z.object({}).strict(),
  'profile.set': ProfileInput,
  'stances.list': z.object({}).strict(),
  'stances.save': z.object({ stance: StanceInput }).strict(),
  'stances.remove': z.object({ id }).strict(),
  'opinions.list': z.object({ reportId: id, versionId: id }).strict(),
  /** Whole opinions as resolved in a version, selectors and reading offsets included: for scripts. */
  'opinions.views': z.object({ reportId: id, versionId: id, ids: z.array(id).max(200_000).optional() }).strict(),
  'opinions.create': OpinionCreate,
  'opinions.update': z.object({ id, versionId: id, patch: OpinionPatch }).strict(),
  'opinions.delete': z.object({ id }).strict(),
  'opinions.restore': z.object({ id, versionId: id }).strict(),
  /** Settles a conflict: `id` is the imported copy; which version stays as the opinion. */
  'opinions.settle': z.object({ id, versionId: id, keep: z.enum(['current', 'incoming']) }).strict(),
  'opinions.trash': z.object({ reportId: id }).strict(),
  /**
   * A person's placement of a passage opinion in a version: [start, end) in that version's
   * reading text, or a selection there. Honoured over the resolver from then on (main/store/anchor-store.ts).
   */
  'opinions.place': z.union([
    z
      .object({ id, versionId: id, start: z.number().int().min(0), end: z.number().int().min(1) })
      .strict()
      .refine((value) => value.end > value.start, { message: 'end must be after start' }),
    // The same as a selection, as the reading view has it.
    z.object({ id, versionId: id, selection: SelectionInput }).strict(),
  ]),
  /** Takes a person's placement back: the resolver places the opinion in that version again. */
  'opinions.unplace': z.object({ id, versionId: id }).strict(),
  'search.query': z
    .object({ reportId: id, versionId: id, query: z.string().min(1).max(200), limit: z.number().int().min(1).max(500).optional() })
    .strict(),
  'export.build': z
    .object({
      reportId: id,
      versionId: id.optional(),
      format: z.enum(EXPORT_FORMATS),
      /** The notes list's current filter or a selection; every opinion when absent. */
      opinionIds: z.array(id).max(200_000).optional(),
      order: z.enum(['report', 'stance']),
      includeOrphans: z.boolean(),
      script: z.enum(['source', 'hans', 'hant']),
      /** The zone the UI shows times in, minutes east of UTC: exports write times in it and say so. */
      utcOffsetMinutes: z.number().int().min(-840).max(840).optional(),
      /** Also say what became of each opinion since the version before this one (采纳情况). */
      includeAdoption: z.boolean().optional(),
    })
    .strict(),
  'package.import': z.object({ fileName: z.string().min(1).max(1000), dataBase64: z.string().max(MAX_UPLOAD_BASE64_CHARS) }).strict(),
  /** The renderer's answer to 'window.flush-requested': every edit it held has been saved (or failed). */
  'window.flushed': z.object({ requestId: id }).strict(),
  'jobs.cancel': z.object({ jobId: id }).strict(),
  'store.status': z.object({}).strict(),
  /** Open a library file that failed its checks read-only, to read what can still be read. */
  'store.openReadOnly': z.object({}).strict(),
  'backups.list': z.object({}).strict(),
  'backups.create': z.object({}).strict(),
  /** Put this backup in place of the library; the current file is kept in set-aside/. */
  'backups.restore': z.object({ name: z.string().regex(/^shenyi-[0-9TZ-]+-[a-z-]+\.db$/).max(200) }).strict(),
  /** Put back one opinion that failed its checksum, as this backup holds it. */
  'backups.restoreOpinion': z.object({ id, name: z.string().regex(/^shenyi-[0-9TZ-]+-[a-z-]+\.db$/).max(200) }).strict(),
  ...deskInputs,
  ...draftingInputs,
} satisfies Record<Method, z.ZodType>;

export interface DocumentChoice {
  index: number;
  title: string;
  paragraphCount: number;
  sectionCount: number;
  duplicateOf: number | null;
}

export type ImportOutcome =
  | { status: 'imported'; reports: ImportedReport[] }
  | { status: 'choose'; fileName: string; documents: DocumentChoice[] };

export interface Outputs extends DeskOutputs, DraftingOutputs {
  'app.info': { shell: 'electron' | 'browser'; version: string; dataDir: string };
  'library.list': ReportSummary[];
  'report.open': ReportDocument;
  'report.remove': { removed: boolean };
  'import.file': ImportOutcome;
  'report.versions': ReportVersion[];
  'versions.compare': VersionComparison;
  'versions.adoption': AdoptionReport;
  'versions.history': AdoptionHistory;
  'versions.note': ExportedFile;
  'versions.confirmAdoption': AdoptionConfirmation;
  'debris.setRestored': ReportDocument;
  'outline.correctHeading': ReportDocument;
  'settings.get': Settings;
  'settings.set': Settings;
  'profile.get': Profile | null;
  'profile.set': Profile;
  'stances.list': Stance[];
  'stances.save': Stance[];
  'stances.remove': Stance[];
  'opinions.list': readonly ListedOpinion[];
  'opinions.views': OpinionView[];
  'opinions.create': WrittenOpinion;
  'opinions.update': WrittenOpinion;
  'opinions.delete': { id: string; deletedAt: string };
  'opinions.restore': ListedOpinion;
  'opinions.settle': ListedOpinion;
  'opinions.trash': Opinion[];
  'opinions.place': ListedOpinion;
  'opinions.unplace': ListedOpinion;
  'search.query': { query: string; hits: SearchHit[]; tookMs: number };
  'export.build': ExportedFile;
  'package.import': PackageImported;
  'window.flushed': Record<string, never>;
  'jobs.cancel': { cancelled: boolean };
  'store.status': StoreStatus;
  'store.openReadOnly': StoreStatus;
  'backups.list': BackupSummary[];
  'backups.create': BackupSummary;
  'backups.restore': StoreStatus;
  'backups.restoreOpinion': StoreStatus;
}

export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Output<M extends Method> = Outputs[M];

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export { ERROR_CODES, type ErrorCode } from '../model/error-codes';

export interface ApiError {
  code: ErrorCode;
  /** English, naming the file and the problem (what the CLI prints). */
  message: string;
  /** For import failures: the problem as a code, so the UI can say it in its own language. */
  detail?: { problem: string; fileName: string; params: Record<string, string | number> };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface EventPayloads {
  'job.progress': JobProgress;
  'menu.import': Record<string, never>;
  'menu.export': Record<string, never>;
  'report.opened': { reportId: string };
  /** The window is closing: save what is pending, then call 'window.flushed' with this id. */
  'window.flush-requested': { requestId: string };
  /** How a download of an export ended: saved where the user chose, or the save dialog cancelled. */
  'export.saved': { fileName: string; state: 'completed' | 'cancelled' | 'interrupted'; path: string | null };
}

/** What the renderer sees, whichever shell it runs in. */
export interface ShenyiApi {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
