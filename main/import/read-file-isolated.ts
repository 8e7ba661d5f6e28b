/**
 * readReportFile in a worker thread with a memory cap and a time limit. A parse that runs out
 * of either is stopped, the caller gets a clear ImportError, and the app carries on.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from '../model/report';
import { DomainError, ImportError, type ImportProblemDetail } from '../model/errors';
import type { ErrorCode } from '../model/error-codes';

export interface WorkerLimits {
  maxOldGenerationSizeMb: number;
  timeoutMs: number;
}

export const WORKER_LIMITS: WorkerLimits = { maxOldGenerationSizeMb: 1536, timeoutMs: 60_000 };

/** The limits in force: SHENYI_IMPORT_MEMORY_MB lowers the memory cap on a small machine (and in tests). */
export function workerLimits(env: NodeJS.ProcessEnv = process.env): WorkerLimits {
  const megabytes = Number(env.SHENYI_IMPORT_MEMORY_MB);
  return Number.isInteger(megabytes) && megabytes >= 64 ? { ...WORKER_LIMITS, maxOldGenerationSizeMb: megabytes } : WORKER_LIMITS;
}

type WorkerReply =
  | { ok: true; file: ParsedFile }
  | { ok: false; domain: boolean; code: ErrorCode; message: string; detail?: ImportProblemDetail };

function workerEntry(): URL {
  // From source (tsx, vitest) the worker is TypeScript and needs tsx's loader; the built
  // Electron main ships it as plain JavaScript beside index.js.
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './import-worker-from-source.mjs' : './import-worker.js', import.meta.url);
}

export function readReportFileIsolated(bytes: Uint8Array, filePath: string, limits = workerLimits()): Promise<ParsedFile> {
  const fileName = basename(filePath);
  const url = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, {
      workerData: { bytes, filePath },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new ImportError(fileName, 'timeout', { seconds: Math.round(limits.timeoutMs / 1000) }))),
      limits.timeoutMs,
    );
    worker.on('message', (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.file);
        else reject(reply.domain ? new DomainError(reply.code, reply.message, reply.detail) : new ImportError(fileName, 'reader-failed', { detail: reply.message }));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportError(fileName, 'out-of-memory', { megabytes: limits.maxOldGenerationSizeMb })
            : new ImportError(fileName, 'reader-failed', { detail: error.message }),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new ImportError(fileName, 'reader-failed', { detail: `exit code ${code}` }))));
  });
}
