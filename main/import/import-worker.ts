/**
 * Worker-thread entry: reads one file and posts the ParsedFile back. Running here keeps a
 * hostile or huge file from freezing or exhausting the process that holds the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../model/errors';
import { readReportFile } from './read-file';

interface Job {
  bytes: Uint8Array;
  filePath: string;
}

const { bytes, filePath } = workerData as Job;
readReportFile(bytes, filePath).then(
  (file) => parentPort!.postMessage({ ok: true, file }),
  (error: unknown) =>
    parentPort!.postMessage({
      ok: false,
      domain: error instanceof DomainError,
      code: error instanceof DomainError ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
      detail: error instanceof DomainError ? error.detail : undefined,
    }),
);
