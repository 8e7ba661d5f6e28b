/**
 * The whole API between the renderer and a shell, as one typed map. Both shells (Electron IPC
 * and the loopback browser shell) bind this same map, so the renderer never knows which one
 * it talks to. Every payload is parsed with its schema before a handler sees it.
 */
import { z } from 'zod';
import type { Method, EventName } from './methods';
import type { ReportDocument, ReportSummary } from '../model/report';

export { METHODS, EVENTS } from './methods';
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

export const inputs = {
  'app.info': z.object({}).strict(),
  'library.list': z.object({}).strict(),
  'report.open': z.object({ reportId: id, versionId: id.optional() }).strict(),
  'report.remove': z.object({ reportId: id }).strict(),
  'import.file': z
    .object({
      fileName: z.string().min(1).max(1000),
      dataBase64: z.string().max(MAX_UPLOAD_BASE64_CHARS),
      /** Which documents of a multi-document file to import; omitted = ask when there is a choice. */
      select: z.array(z.number().int().min(0).max(1000)).max(1000).optional(),
    })
    .strict(),
  'debris.setRestored': z
    .object({ versionId: id, start: z.number().int().min(0), restored: z.boolean() })
    .strict(),
  'settings.get': z.object({}).strict(),
  'settings.set': Settings.partial().strict(),
} satisfies Record<Method, z.ZodType>;

export interface DocumentChoice {
  index: number;
  title: string;
  paragraphCount: number;
  sectionCount: number;
  duplicateOf: number | null;
}

export type ImportOutcome =
  | { status: 'imported'; reports: { reportId: string; versionId: string; title: string; alreadyPresent: boolean }[] }
  | { status: 'choose'; fileName: string; documents: DocumentChoice[] };

export interface Outputs {
  'app.info': { shell: 'electron' | 'browser'; version: string; dataDir: string };
  'library.list': ReportSummary[];
  'report.open': ReportDocument;
  'report.remove': { removed: boolean };
  'import.file': ImportOutcome;
  'debris.setRestored': ReportDocument;
  'settings.get': Settings;
  'settings.set': Settings;
}

export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Output<M extends Method> = Outputs[M];

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

/** The closed set of error codes the UI translates. */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'import-failed',
  'store-failed',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface EventPayloads {
  'menu.import': Record<string, never>;
  'report.opened': { reportId: string };
}

/** What the renderer sees, whichever shell it runs in. */
export interface ShenyiApi {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
