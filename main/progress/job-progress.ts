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

/** Steps of one part of a job counted in each part's share of the whole. */
const PART_STEPS = 1000;

/**
 * Runs the `index`-th of `count` parts of the job (a file of a batch): its own progress reports
 * become the whole job's, labelled with the part's name, and a cancel stops it as it would the whole.
 */
export function runAsPart<T>(index: number, count: number, label: string, work: () => T): T {
  const job = current.getStore();
  if (!job) return work();
  reportProgress(index * PART_STEPS, count * PART_STEPS, label);
  return current.run(
    {
      cancelled: () => job.cancelled(),
      progress: (done, total) => job.progress(index * PART_STEPS + (total > 0 ? Math.floor((PART_STEPS * Math.min(done, total)) / total) : 0), count * PART_STEPS, label),
    },
    work,
  );
}
