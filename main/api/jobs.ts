/**
 * The job shape of the contract. A long method is still called like any other (its Result is the
 * job's result); while it runs, the shell pushes `job.progress` events with the call's job id,
 * and `jobs.cancel` asks it to stop. Short methods never become jobs, so their events cost nothing.
 */
import type { Method } from './methods';

/** The methods that run as jobs: they can take seconds on a big library. */
export const JOB_METHODS: ReadonlySet<Method> = new Set<Method>([
  'import.file',
  // Re-anchoring every opinion of a report in a version.
  'opinions.list',
  'opinions.views',
  'package.import',
  'export.build',
  'versions.note',
  'versions.adoption',
  'versions.history',
  'versions.confirmAdoption',
  // Hundreds of packages and 简报; re-anchoring a whole report's opinions for the desk; its outputs.
  'desk.import',
  'desk.view',
  'desk.clusters',
  'desk.export',
]);

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** One event per change of a job; `total` 0 means the job has not said how much there is to do. */
export interface JobProgress {
  jobId: string;
  method: Method;
  state: JobState;
  done: number;
  total: number;
  label: string | null;
}
