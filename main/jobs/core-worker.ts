/**
 * The worker entry: the whole app core (store, importers, exporters) runs here, so a long
 * import or export never blocks the shell's main thread. Started by core-host.ts as a Node
 * worker thread (the browser shell) or an Electron utility process (main/electron/core-process.ts);
 * both deliver the same messages (protocol.ts).
 */
import { parentPort } from 'node:worker_threads';
import { dispatch, toApiError } from '../api/dispatch';
import { JOB_METHODS } from '../api/jobs';
import { isMethod } from '../api/dispatch';
import { DomainError } from '../model/errors';
import { openApp, type App } from '../app/open-app';
import type { PdfPrinter } from '../export/pdf-printer';
import { JobRunner } from './job-runner';
import type { CoreMessage, CoreOptions, HostMessage, Port } from './protocol';

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function hostPort(): Port<CoreMessage, HostMessage> {
  if (parentPort) {
    const port = parentPort;
    return { post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) };
  }
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (!electronPort) throw new Error('core-worker must run in a worker thread or an Electron utility process');
  return { post: (message) => electronPort.postMessage(message), onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as HostMessage)) };
}

export function serveCore(port: Port<CoreMessage, HostMessage>): void {
  let app: App | null = null;
  const waiting: HostMessage[] = [];
  let nextPrint = 0;
  const prints = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  const runner = new JobRunner({ emit: (progress) => port.post({ type: 'progress', progress }) });

  const printOnHost: PdfPrinter = (html) =>
    new Promise((resolve, reject) => {
      const id = nextPrint++;
      prints.set(id, { resolve, reject });
      port.post({ type: 'print-pdf', id, html });
    });

  const start = async (options: CoreOptions, onHost: boolean) => {
    try {
      app = await openApp({ ...options, ...(onHost ? { printer: printOnHost } : {}) });
    } catch (error) {
      port.post({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    port.post({ type: 'ready' });
    for (const message of waiting.splice(0)) handle(message);
  };

  const handle = (message: HostMessage) => {
    const core = app;
    if (core === null) {
      waiting.push(message);
      return;
    }
    switch (message.type) {
      case 'call': {
        const { id, method, payload, jobId, cancelFlag, cancelFile } = message;
        const work = () => dispatch(core.handlers, method, payload);
        const running = jobId !== undefined && isMethod(method) && JOB_METHODS.has(method)
          ? runner.run({ jobId, method, ...(cancelFlag ? { cancelFlag: new Int32Array(cancelFlag) } : {}), ...(cancelFile ? { cancelFile } : {}) }, work)
          : work();
        void running.then((result) => port.post({ type: 'result', id, result }));
        return;
      }
      case 'cancel':
        runner.cancel(message.jobId);
        return;
      case 'import-path':
        core.importPath(message.path).then(
          (imported) => port.post({ type: 'result', id: message.id, result: { ok: true, value: imported.map(({ reportId, versionId }) => ({ reportId, versionId })) } }),
          (error: unknown) => port.post({ type: 'result', id: message.id, result: { ok: false, error: toApiError(error) } }),
        );
        return;
      case 'warm-up':
        core.warmUp();
        return;
      case 'close':
        core.close();
        port.post({ type: 'result', id: message.id, result: { ok: true, value: null } });
        return;
      case 'open':
        return;
      case 'host-reply': {
        const print = prints.get(message.id);
        prints.delete(message.id);
        if (message.ok) print?.resolve(message.value);
        else print?.reject(new DomainError('internal', message.message));
        return;
      }
    }
  };

  port.onMessage((message) => {
    if (message.type === 'open') void start(message.options, message.printOnHost);
    else handle(message);
  });
}

serveCore(hostPort());
