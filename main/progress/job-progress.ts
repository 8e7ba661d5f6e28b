/**
 * The job a use case runs in, found through AsyncLocalStorage so that a loop needs one line,
 * `reportProgress(done, total)`, and no job parameter threaded through every signature. Outside
 * a job (the CLI, a unit test) both calls do nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainError } from '../model/errors';

export interface JobContext {
  /** Told of every step; it decides how often to pass it on. */
  progress(done: number, total: number, label: string | null): void;
  cancelled(): boolean;
}

const current = new AsyncLocalStorage<JobContext>();

export function runInJob<T>(context: JobContext, work: () => T): T {
  return current.run(context, work);
}

export class JobCancelled extends DomainError {
  constructor() {
    super('cancelled', 'The job was cancelled; nothing of it was kept.');
  }
}

/** Stops the job (by throwing, so a surrounding transaction rolls back) once it is cancelled. */
export function throwIfCancelled(): void {
  if (current.getStore()?.cancelled()) throw new JobCancelled();
}

/** One step of the job; also the point where a cancelled job stops. */
export function reportProgress(done: number, total: number, label: string | null = null): void {
  const job = current.getStore();
  if (!job) return;
  if (job.cancelled()) throw new JobCancelled();
  job.progress(done, total, label);
}
