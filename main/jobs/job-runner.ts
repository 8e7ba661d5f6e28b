/**
 * Runs one API call as a job where the core lives: the call's work runs inside a job context
 * (progress.ts), its steps become `job.progress` events (at most one per interval, so a loop of
 * 20,000 steps sends a few dozen), and a cancelled or failed job still ends as a Result.
 * Cancellation is a flag the work polls: a shared one when the host can write memory the core
 * reads while it is busy (a worker thread); else a file the host creates (an Electron utility
 * process shares no memory with main, and a message cannot arrive while the work never yields).
 */
import { existsSync } from 'node:fs';
import type { Result } from '../api/contract';
import type { JobProgress, JobState } from '../api/jobs';
import type { Method } from '../api/methods';
import { toApiError } from '../api/dispatch';
import { runInJob } from '../progress/job-progress';

export interface JobStart {
  jobId: string;
  method: Method;
  /** Set to 1 by the host to cancel; read while the work runs synchronously. */
  cancelFlag?: Int32Array;
  /** Created by the host to cancel, where it shares no memory with the core; looked for while the work runs. */
  cancelFile?: string;
}

/** How often a running job looks for its cancel file: a stat call is cheap, but not free at every step. */
const CANCEL_FILE_CHECK_MS = 50;

export interface JobRunnerOptions {
  emit: (progress: JobProgress) => void;
  /** The least time between two progress events of one job (default 100 ms). */
  intervalMs?: number;
  now?: () => number;
}

export class JobRunner {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();
  private readonly emit: (progress: JobProgress) => void;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(options: JobRunnerOptions) {
    this.emit = options.emit;
    this.intervalMs = options.intervalMs ?? 100;
    this.now = options.now ?? Date.now;
  }

  /** Asks a running job to stop; false when there is no such job (it may have ended). */
  cancel(jobId: string): boolean {
    if (!this.running.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }

  async run(start: JobStart, work: () => Promise<Result<unknown>> | Result<unknown>): Promise<Result<unknown>> {
    const { jobId, method, cancelFlag, cancelFile } = start;
    let last = { done: 0, total: 0, label: null as string | null };
    let sentAt = -Infinity;
    const send = (state: JobState) => this.emit({ jobId, method, state, ...last });
    let fileCheckedAt = -Infinity;
    let fileSeen = false;
    const cancelFileExists = () => {
      if (cancelFile === undefined || fileSeen) return fileSeen;
      const now = this.now();
      if (now - fileCheckedAt < CANCEL_FILE_CHECK_MS) return false;
      fileCheckedAt = now;
      return (fileSeen = existsSync(cancelFile));
    };
    const isCancelled = () => this.cancelled.has(jobId) || (cancelFlag !== undefined && Atomics.load(cancelFlag, 0) === 1) || cancelFileExists();
    this.running.add(jobId);
    send('running');
    let result: Result<unknown>;
    try {
      result = await runInJob(
        {
          progress: (done, total, label) => {
            last = { done, total, label };
            const now = this.now();
            if (now - sentAt < this.intervalMs && done < total) return;
            sentAt = now;
            send('running');
          },
          cancelled: isCancelled,
        },
        work,
      );
    } catch (error) {
      result = { ok: false, error: toApiError(error) };
    } finally {
      this.running.delete(jobId);
      this.cancelled.delete(jobId);
    }
    send(result.ok ? 'done' : result.error.code === 'cancelled' ? 'cancelled' : 'failed');
    return result;
  }
}
