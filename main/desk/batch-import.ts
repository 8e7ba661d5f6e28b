/**
 * The desk's intake: many opinion packages, other clerks' desk packages and 简报 in one job. Each file is taken in its own
 * savepoint, so a damaged file is reported and rolled back without stopping the rest; the whole
 * batch is one transaction, so a cancel keeps nothing, as any other job. Every file gets a line
 * in the report: accepted, identical (all of it was here already), conflict (some opinions came
 * with other content than the copy here, kept beside it), or rejected with the reason.
 */
import { extname } from 'node:path';
import type { ReadingText } from '../anchoring/reading-text';
import { extractDocxText } from '../import/docx';
import { decodeText } from '../import/decode';
import { DomainError } from '../model/errors';
import { importPackage } from '../packages/import-package';
import { checkPackageBytes, packageText } from '../packages/package-text';
import { JobCancelled, runAsPart } from '../progress/job-progress';
import type { Store } from '../store/store';
import { takeBriefing } from './briefing-intake';
import { DESK_PACKAGE_OPENING } from './exchange/desk-package-format';
import { takeDeskPackage } from './exchange/take-desk-package';
import type { FileOutcome, FileStatus, IntakeReport } from '../model/desk';

export type { FileOutcome, FileStatus, IntakeReport } from '../model/desk';

export interface IntakeFile {
  fileName: string;
  bytes: Buffer;
}

export interface IntakeOptions {
  /** The desk's report; a 简报 needs one (a library with one report names it by itself). */
  reportId?: string;
  readingOf: (versionId: string) => ReadingText;
  now: () => Date;
}

type Readable = { fileName: string; kind: 'package' | 'briefing'; text: string } | { fileName: string; kind: 'unknown'; error: string };

const kindOf = (fileName: string): Readable['kind'] => {
  const extension = extname(fileName).toLowerCase();
  return extension === '.json' || extension === '.jsonld' ? 'package' : extension === '.txt' || extension === '.docx' ? 'briefing' : 'unknown';
};

/**
 * A package's text, decoded when the file is taken and let go once it has been: decoded all at
 * once, a national batch's texts (a few hundred megabytes) were held together, beside their
 * bytes. The bytes are checked now, so a package that is not UTF-8 is refused as before.
 */
function packageFile(fileName: string, bytes: Buffer): Readable & { release(): void } {
  checkPackageBytes(bytes, fileName);
  let held: Buffer | null = bytes;
  let text: string | null = null;
  return {
    fileName,
    kind: 'package',
    get text() {
      if (text === null) {
        if (held === null) throw new Error(`${fileName} was taken already`);
        text = packageText(held, fileName);
      }
      return text;
    },
    release() {
      held = null;
      text = null;
    },
  };
}

const release = (file: Readable) => (file as Partial<{ release(): void }>).release?.();

/** Text extraction is asynchronous (a .docx is unzipped); the store writes that follow are not. */
export async function readIntakeFiles(files: IntakeFile[]): Promise<Readable[]> {
  const read: Readable[] = [];
  for (const { fileName, bytes } of files) {
    const kind = kindOf(fileName);
    try {
      if (kind === 'unknown') throw new Error('the desk takes opinion packages (.json) and 简报 (.txt, .docx)');
      if (kind === 'package') {
        read.push(packageFile(fileName, bytes));
        continue;
      }
      const text = extname(fileName).toLowerCase() === '.docx' ? await extractDocxText(bytes, fileName) : decodeText(bytes, fileName).text;
      read.push({ fileName, kind, text });
    } catch (error) {
      read.push({ fileName, kind: 'unknown', error: (error as Error).message });
    }
  }
  return read;
}

function briefingTarget(store: Store, reportId: string | undefined, fileName: string) {
  if (reportId !== undefined) return { reportId, versionId: store.reports.latestVersionId(reportId) };
  const reports = store.reports.listReports();
  if (reports.length === 1) return { reportId: reports[0]!.id, versionId: reports[0]!.latestVersionId };
  throw new DomainError('invalid-input', `${fileName}: a 简报 is taken onto one report; name it (the library holds ${reports.length})`);
}

const rejected = (fileName: string, kind: FileOutcome['kind'], reason: string): FileOutcome => ({ fileName, kind, status: 'rejected', reason, imported: 0, unchanged: 0, conflicts: 0 });

const isDeskPackage = (file: Readable) => file.kind === 'package' && DESK_PACKAGE_OPENING.test(file.text.slice(0, 200));

function takeOne(store: Store, file: Readable & { kind: 'package' | 'briefing' }, options: IntakeOptions): FileOutcome {
  if (isDeskPackage(file)) {
    return takeDeskPackage(store, file.text, file.fileName, { reportId: options.reportId, readingOf: options.readingOf, now: options.now });
  }
  if (file.kind === 'package') {
    const result = importPackage(store, file.text, file.fileName, { now: options.now, reportId: options.reportId, readingOf: options.readingOf });
    const status: FileStatus = result.conflicts > 0 ? 'conflict' : result.imported > 0 ? 'accepted' : 'identical';
    const orphans = result.anchoring?.orphan ?? 0;
    const reason = result.matched === 'passages' ? `made on another text of the report (${orphans} passage${orphans === 1 ? '' : 's'} not found)` : null;
    return { fileName: file.fileName, kind: 'package', status, reason, imported: result.imported, unchanged: result.unchanged + result.older, conflicts: result.conflicts, matched: result.matched, anchoring: result.anchoring, author: result.author };
  }
  const target = briefingTarget(store, options.reportId, file.fileName);
  const taken = takeBriefing(store, file.text, file.fileName, target, options.readingOf(target.versionId), options.now());
  if (taken.imported + taken.unchanged === 0) return rejected(file.fileName, 'briefing', 'no paragraph of it names its speaker (「××代表说……」)');
  return { fileName: file.fileName, kind: 'briefing', status: taken.imported > 0 ? 'accepted' : 'identical', reason: null, imported: taken.imported, unchanged: taken.unchanged, conflicts: 0, unanchored: taken.unanchored };
}

/** One file in its savepoint: a refusal rolls back what the file wrote, and the batch goes on. */
function takeInSavepoint(store: Store, file: Readable, options: IntakeOptions): FileOutcome {
  if (file.kind === 'unknown') return rejected(file.fileName, 'unknown', file.error);
  try {
    // The file's part of the batch's pending search texts goes with its savepoint (OpinionStore.inBatch).
    return store.db.transaction(() => store.opinions.inBatch(() => takeOne(store, file, options)))();
  } catch (error) {
    if (error instanceof JobCancelled || !(error instanceof DomainError)) throw error;
    return rejected(file.fileName, isDeskPackage(file) ? 'desk-package' : file.kind, error.message);
  }
}

/**
 * SQLite's page cache for this connection (KiB) while a batch is taken, then back to what it
 * was: the default 2 MB holds little of the indexes a national batch writes into, and with
 * 64 MB a batch of 150,000 opinions was taken about a fifth faster. A setting of the connection
 * only, never written to the file.
 */
const INTAKE_CACHE_KIB = 64 * 1024;

function withPageCache<T>(store: Store, work: () => T): T {
  const before = store.db.pragma('cache_size', { simple: true }) as number;
  // A negative cache_size is in KiB, a positive one in pages.
  const kib = before < 0 ? -before : (before * (store.db.pragma('page_size', { simple: true }) as number)) / 1024;
  const larger = kib < INTAKE_CACHE_KIB;
  if (larger) store.db.pragma(`cache_size = -${INTAKE_CACHE_KIB}`);
  try {
    return work();
  } finally {
    if (larger) store.db.pragma(`cache_size = ${before}`);
  }
}

export function takeIntake(store: Store, files: Readable[], options: IntakeOptions): IntakeReport {
  // The search index is written once for the whole batch, at its end: at 150,000 opinions a third faster than per file.
  const outcomes = withPageCache(store, () =>
    store.db.transaction(() =>
      store.opinions.inBatch(() =>
        files.map((file, i) =>
          runAsPart(i, files.length, file.fileName, () => {
            const outcome = takeInSavepoint(store, file, options);
            release(file);
            return outcome;
          }),
        ),
      ),
    )(),
  );
  const counts: Record<FileStatus, number> = { accepted: 0, identical: 0, conflict: 0, rejected: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return { files: outcomes, counts, imported: outcomes.reduce((sum, outcome) => sum + outcome.imported, 0) };
}
