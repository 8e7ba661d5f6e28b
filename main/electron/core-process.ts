/**
 * The Electron shell's carrier for the app core: an Electron utility process running the same
 * worker entry as the browser shell's worker thread (main/jobs/core-worker.ts, built beside
 * index.js by electron-vite), so the store and all heavy work leave the main process and the
 * window's IPC is answered while an import runs. A utility process shares no memory with main,
 * so cancelling reaches the core as a message, read between the core's steps.
 */
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { CoreCarrier } from '../jobs/core-host';

export function utilityProcessCarrier(mainDir: string): CoreCarrier {
  const child = utilityProcess.fork(join(mainDir, 'core-worker.js'), [], { serviceName: 'Shenyi core', stdio: 'inherit' });
  let exited = false;
  const exitListeners: ((why: string) => void)[] = [];
  child.on('exit', (code) => {
    exited = true;
    for (const listener of exitListeners) listener(`exit code ${code}`);
  });
  return {
    sharesMemory: false,
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => exitListeners.push(listener),
    terminate: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
