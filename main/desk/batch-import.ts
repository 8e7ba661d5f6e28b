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
import { packageText } from '../packages/package-text';
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

/** Text extraction is asynchronous (a .docx is unzipped); the store writes that follow are not. */
export async function readIntakeFiles(files: IntakeFile[]): Promise<Readable[]> {
  const read: Readable[] = [];
  for (const { fileName, bytes } of files) {
    const kind = kindOf(fileName);
    try {
      if (kind === 'unknown') throw new Error('the desk takes opinion packages (.json) and 简报 (.txt, .docx)');
      const text = kind === 'package' ? packageText(bytes, fileName) : extname(fileName).toLowerCase() === '.docx' ? await extractDocxText(bytes, fileName) : decodeText(bytes, fileName).text;
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
    return store.db.transaction(() => takeOne(store, file, options))();
  } catch (error) {
    if (error instanceof JobCancelled || !(error instanceof DomainError)) throw error;
    return rejected(file.fileName, isDeskPackage(file) ? 'desk-package' : file.kind, error.message);
  }
}

export function takeIntake(store: Store, files: Readable[], options: IntakeOptions): IntakeReport {
  const outcomes = store.db.transaction(() =>
    files.map((file, i) => runAsPart(i, files.length, file.fileName, () => takeInSavepoint(store, file, options))),
  )();
  const counts: Record<FileStatus, number> = { accepted: 0, identical: 0, conflict: 0, rejected: 0 };
  for (const outcome of outcomes) counts[outcome.status]++;
  return { files: outcomes, counts, imported: outcomes.reduce((sum, outcome) => sum + outcome.imported, 0) };
}
