import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../main/api/jobs';
import { DomainError } from '../../../main/model/errors';
import { JobRunner } from '../../../main/jobs/job-runner';
import { reportProgress, throwIfCancelled } from '../../../main/progress/job-progress';

function runner(options: { intervalMs?: number; now?: () => number } = {}) {
  const events: JobProgress[] = [];
  return { events, jobs: new JobRunner({ emit: (event) => events.push(event), ...options }) };
}

describe('job runner', () => {
  it('passes the work’s result on, with a running and a done event around it', async () => {
    const { events, jobs } = runner();
    const result = await jobs.run({ jobId: 'job-1', method: 'package.import' }, () => ({ ok: true, value: 42 }));
    expect(result).toEqual({ ok: true, value: 42 });
    expect(events.map((e) => [e.jobId, e.method, e.state])).toEqual([
      ['job-1', 'package.import', 'running'],
      ['job-1', 'package.import', 'done'],
    ]);
  });

  it('turns the steps a use case reports into progress events, at most one per interval, and always the last', async () => {
    let clock = 0;
    const { events, jobs } = runner({ intervalMs: 100, now: () => clock });
    await jobs.run({ jobId: 'job-1', method: 'package.import' }, () => {
      for (let done = 1; done <= 1000; done++) {
        clock = done; // one millisecond a step
        reportProgress(done, 1000);
      }
      return { ok: true, value: null };
    });
    const steps = events.filter((e) => e.state === 'running' && e.done > 0);
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps.length).toBeLessThanOrEqual(12);
    expect(steps.at(-1)).toMatchObject({ done: 1000, total: 1000 });
    expect(events.at(-1)).toMatchObject({ state: 'done', done: 1000, total: 1000 });
  });

  it('stops a cancelled job at its next step and ends it as a cancelled Result', async () => {
    const { events, jobs } = runner();
    let steps = 0;
    const result = await jobs.run({ jobId: 'job-1', method: 'export.build' }, async () => {
      for (let done = 1; done <= 100; done++) {
        if (done === 10) expect(jobs.cancel('job-1')).toBe(true);
        reportProgress(done, 100);
        steps++;
        await Promise.resolve();
      }
      return { ok: true, value: 'finished' };
    });
    expect(steps).toBe(9);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(events.at(-1)?.state).toBe('cancelled');
    expect(jobs.cancel('job-1')).toBe(false); // it has ended
  });

  it('sees a cancel written to shared memory while the work never yields', async () => {
    const { jobs } = runner();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    let steps = 0;
    const result = await jobs.run({ jobId: 'job-1', method: 'package.import', cancelFlag: flag }, () => {
      for (let done = 1; done <= 100; done++) {
        if (done === 5) Atomics.store(flag, 0, 1); // as the host thread would
        throwIfCancelled();
        steps++;
      }
      return { ok: true, value: null };
    });
    expect(steps).toBe(4);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('sees a cancel file the host created while the work never yields (a core that shares no memory, as an Electron utility process)', async () => {
    let clock = 0;
    const { jobs } = runner({ now: () => clock });
    const file = join(mkdtempSync(join(tmpdir(), 'shenyi-cancel-test-')), 'job-1');
    let steps = 0;
    const result = await jobs.run({ jobId: 'job-1', method: 'package.import', cancelFile: file }, () => {
      for (let done = 1; done <= 1000; done++) {
        clock = done * 10; // ten milliseconds a step
        if (done === 20) writeFileSync(file, ''); // as the host process would
        reportProgress(done, 1000);
        steps++;
      }
      return { ok: true, value: null };
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Looked for every 50 ms of work: within a few steps of the cancel, long before the end.
    expect(steps).toBeGreaterThanOrEqual(19);
    expect(steps).toBeLessThan(26);
    rmSync(dirname(file), { recursive: true, force: true });
  });

  it('ends a job whose work throws as a failed Result with the error’s code', async () => {
    const { events, jobs } = runner();
    const result = await jobs.run({ jobId: 'job-1', method: 'import.file' }, () => {
      throw new DomainError('import-failed', 'a.docx: not a Word file');
    });
    expect(result).toEqual({ ok: false, error: { code: 'import-failed', message: 'a.docx: not a Word file' } });
    expect(events.at(-1)?.state).toBe('failed');
  });

  it('makes reporting and cancel checks harmless outside a job (the CLI, tests)', () => {
    expect(() => {
      reportProgress(1, 2);
      throwIfCancelled();
    }).not.toThrow();
  });
});
