/**
 * Progress of the shell's long jobs (imports, re-anchoring, package imports, exports, version notes), shown
 * once a job has run ~300 ms, with a cancel button. It listens to `job.progress`, which both
 * shells push, so it works wherever the page runs and needs no prop from the app.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { Method } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';
import { SHOW_AFTER_MS, trackJob, visibleJobs, type TrackedJob } from './visibleJobs';
import './jobs.css';

const KIND: Partial<Record<Method, MessageKey>> = {
  'import.file': 'jobs.kind.import',
  'opinions.list': 'jobs.kind.anchoring',
  'opinions.views': 'jobs.kind.anchoring',
  'package.import': 'jobs.kind.package',
  'export.build': 'jobs.kind.export',
  'versions.note': 'jobs.kind.versions',
  'versions.adoption': 'jobs.kind.versions',
  'versions.history': 'jobs.kind.versions',
  'versions.confirmAdoption': 'jobs.kind.versions',
  'desk.import': 'jobs.kind.desk',
  'desk.view': 'jobs.kind.anchoring',
  'desk.clusters': 'jobs.kind.desk',
  'desk.export': 'jobs.kind.export',
};

export function JobProgressIndicator() {
  const api = useApi();
  const { t } = useI18n();
  const [jobs, setJobs] = useState<ReadonlyMap<string, TrackedJob>>(() => new Map());
  const [now, setNow] = useState(() => Date.now());
  const [cancelling, setCancelling] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => api.on('job.progress', (progress) => setJobs((current) => trackJob(current, progress, Date.now()))), [api]);

  // While a job is still hidden, look again when the first one is due (progress events keep
  // coming meanwhile; they must not push the moment back).
  const hidden = [...jobs.values()].filter((job) => now - job.startedAt < SHOW_AFTER_MS);
  const dueAt = hidden.length === 0 ? null : Math.min(...hidden.map((job) => job.startedAt + SHOW_AFTER_MS));
  useEffect(() => {
    if (dueAt === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, dueAt - Date.now()));
    return () => clearTimeout(timer);
  }, [dueAt]);

  const shown = visibleJobs(jobs, now);
  if (shown.length === 0) return null;

  const cancel = (jobId: string) => {
    setCancelling((current) => new Set(current).add(jobId));
    void api.call('jobs.cancel', { jobId });
  };

  return (
    <div className="job-progress" role="status" data-testid="job-progress">
      {shown.map(({ progress }) => {
        const { jobId, done, total } = progress;
        const kind = KIND[progress.method];
        return (
          <div className="job-progress-row" key={jobId} data-testid="job-progress-row" data-method={progress.method} data-done={done} data-total={total}>
            <span className="job-progress-label">{kind ? t(kind) : t('jobs.working')}</span>
            <progress className="job-progress-bar" max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} />
            {total > 0 && <span className="job-progress-count">{t('jobs.counted', { done, total })}</span>}
            <button type="button" className="job-progress-cancel" data-testid="job-cancel" disabled={cancelling.has(jobId)} onClick={() => cancel(jobId)}>
              {cancelling.has(jobId) ? t('jobs.cancelling') : t('jobs.cancel')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
