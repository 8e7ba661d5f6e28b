/**
 * The shell's side of the core worker: main keeps only transport and relays every call to the
 * core, awaiting its Result. It names each job (a call of a JOB_METHODS method), holds the
 * job's cancel flag, answers `jobs.cancel` itself (the core may be too busy to read a message)
 * and passes the core's progress on to whoever listens (the SSE channel, the Electron window).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EventName, EventPayloads, Result } from '../api/contract';
import { JOB_METHODS } from '../api/jobs';
import { isMethod } from '../api/dispatch';
import type { PdfPrinter } from '../export/pdf-printer';
import type { CoreMessage, CoreOptions, HostMessage, Port } from './protocol';

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface CoreHost {
  /** Any API call, by name: the core validates it as dispatch always does. */
  call(method: unknown, payload: unknown): Promise<Result<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  /** A report file named on the command line or opened from the OS: the reports it became. */
  importPath(path: string): Promise<{ reportId: string; versionId: string }[]>;
  warmUp(): void;
  /** Closes the store in the core, then ends the core. */
  close(): Promise<void>;
}

/** How the core is carried: a worker thread here, a utility process in Electron. */
export interface CoreCarrier extends Port<HostMessage, CoreMessage> {
  /** Memory the core can read while busy; false when the carrier cannot share memory. */
  sharesMemory: boolean;
  onExit(listener: (why: string) => void): void;
  terminate(): Promise<void>;
}

export interface CoreHostOptions {
  /** Prints in the host (Electron's own window); without it the core prints for itself. */
  printer?: PdfPrinter;
}

export async function startCoreHost(carrier: CoreCarrier, options: CoreOptions, hostOptions: CoreHostOptions = {}): Promise<CoreHost> {
  let nextId = 0;
  let nextJob = 0;
  let ended: string | null = null;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  /** The running jobs, each with how a cancel reaches it while it never yields. */
  const jobs = new Map<string, { flag: Int32Array } | { file: string }>();
  const listeners = new Set<CoreEventListener>();

  let signalReady: (() => void) | null = null;
  let signalFailed: ((error: Error) => void) | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    signalReady = resolve;
    signalFailed = reject;
  });

  const endAll = (why: string) => {
    ended = why;
    signalFailed?.(new Error(why));
    for (const settle of pending.values()) settle({ ok: false, error: { code: 'internal', message: why } });
    pending.clear();
  };

  carrier.onMessage((message) => {
    switch (message.type) {
      case 'ready':
        signalReady?.();
        return;
      case 'start-failed':
        signalFailed?.(new Error(message.message));
        return;
      case 'result': {
        const settle = pending.get(message.id);
        pending.delete(message.id);
        settle?.(message.result);
        return;
      }
      case 'progress':
        if (message.progress.state !== 'running') jobs.delete(message.progress.jobId);
        for (const listener of listeners) listener('job.progress', message.progress);
        return;
      case 'print-pdf':
        void printOnHost(message.id, message.html);
        return;
    }
  });
  carrier.onExit((why) => endAll(`The app core stopped (${why}).`));

  const printOnHost = async (id: number, html: string) => {
    try {
      if (!hostOptions.printer) throw new Error('This shell cannot print PDF.');
      carrier.post({ type: 'host-reply', id, ok: true, value: await hostOptions.printer(html) });
    } catch (error) {
      carrier.post({ type: 'host-reply', id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const request = (message: (id: number) => HostMessage): Promise<Result<unknown>> => {
    if (ended !== null) return Promise.resolve({ ok: false, error: { code: 'internal', message: ended } });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      carrier.post(message(id));
    });
  };

  carrier.post({ type: 'open', options, printOnHost: hostOptions.printer !== undefined });
  try {
    await ready;
  } catch (error) {
    await carrier.terminate();
    throw error;
  }

  // Where the core shares no memory with this thread, a cancel is also said with a file it looks for.
  const cancelDir = carrier.sharesMemory ? null : mkdtempSync(join(tmpdir(), 'shenyi-cancel-'));
  const cancel = (jobId: string): boolean => {
    const job = jobs.get(jobId);
    if (!job) return false;
    if ('flag' in job) Atomics.store(job.flag, 0, 1);
    else writeFileSync(job.file, '');
    carrier.post({ type: 'cancel', jobId });
    return true;
  };

  return {
    call(method, payload) {
      if (method === 'jobs.cancel') {
        const jobId = (payload as { jobId?: unknown } | null)?.jobId;
        if (typeof jobId !== 'string') return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: 'jobs.cancel: jobId is required' } });
        return Promise.resolve({ ok: true, value: { cancelled: cancel(jobId) } });
      }
      if (!isMethod(method) || !JOB_METHODS.has(method)) return request((id) => ({ type: 'call', id, method, payload }));
      const jobId = `job-${++nextJob}`;
      if (cancelDir === null) {
        const shared = new SharedArrayBuffer(4);
        jobs.set(jobId, { flag: new Int32Array(shared) });
        return request((id) => ({ type: 'call', id, method, payload, jobId, cancelFlag: shared })).finally(() => jobs.delete(jobId));
      }
      const file = join(cancelDir, jobId);
      jobs.set(jobId, { file });
      return request((id) => ({ type: 'call', id, method, payload, jobId, cancelFile: file })).finally(() => {
        jobs.delete(jobId);
        rmSync(file, { force: true });
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async importPath(path) {
      const result = await request((id) => ({ type: 'import-path', id, path }));
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { reportId: string; versionId: string }[];
    },
    warmUp() {
      if (ended === null) carrier.post({ type: 'warm-up' });
    },
    async close() {
      if (ended === null) await request((id) => ({ type: 'close', id }));
      ended ??= 'The app core was closed.';
      await carrier.terminate();
      if (cancelDir !== null) rmSync(cancelDir, { recursive: true, force: true });
    },
  };
}

function workerEntry(): URL {
  // From source (tsx, vitest) the worker is TypeScript and needs tsx's loader; a build ships
  // it as plain JavaScript beside the shell's bundle.
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './core-worker-from-source.mjs' : './core-worker.js', import.meta.url);
}

/** The core in a Node worker thread (the browser shell). */
export function workerThreadCarrier(entry: URL = workerEntry()): CoreCarrier {
  const worker = new Worker(entry);
  let exited = false;
  const exitListeners: ((why: string) => void)[] = [];
  worker.on('error', (error) => {
    console.error('The app core failed:', error);
  });
  worker.on('exit', (code) => {
    exited = true;
    for (const listener of exitListeners) listener(`exit code ${code}`);
  });
  return {
    sharesMemory: true,
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => exitListeners.push(listener),
    terminate: async () => {
      if (!exited) await worker.terminate();
    },
  };
}
