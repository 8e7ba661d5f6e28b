/**
 * Which jobs the indicator shows: a job that ends within ~300 ms never flashes a bar; one that
 * runs longer is shown from then until it ends. Kept apart from the component so the rule is
 * plain data in, data out.
 */
import type { EventPayloads } from '../api/contract';

export type JobProgress = EventPayloads['job.progress'];

export const SHOW_AFTER_MS = 300;

export interface TrackedJob {
  progress: JobProgress;
  startedAt: number;
}

/** The jobs after one event: running ones are kept (with when they began), ended ones dropped. */
export function trackJob(jobs: ReadonlyMap<string, TrackedJob>, progress: JobProgress, now: number): Map<string, TrackedJob> {
  const next = new Map(jobs);
  if (progress.state !== 'running') next.delete(progress.jobId);
  else next.set(progress.jobId, { progress, startedAt: jobs.get(progress.jobId)?.startedAt ?? now });
  return next;
}

export function visibleJobs(jobs: ReadonlyMap<string, TrackedJob>, now: number): TrackedJob[] {
  return [...jobs.values()].filter((job) => now - job.startedAt >= SHOW_AFTER_MS);
}
