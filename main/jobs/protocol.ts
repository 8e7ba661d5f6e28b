/**
 * The messages between a shell's main process (the host) and the core it runs in a worker.
 * Plain structured-clone data, so the same messages go through a worker thread's port and an
 * Electron utility process's port.
 */
import type { Result } from '../api/contract';
import type { JobProgress } from '../api/jobs';
import type { AppOptions } from '../app/open-app';

/** What the core needs to open the app; functions cannot cross, so a host's printer is a host call. */
export type CoreOptions = Omit<AppOptions, 'printer' | 'now'>;

export type HostMessage =
  /** The first message: open the app with these options. */
  | { type: 'open'; options: CoreOptions; printOnHost: boolean }
  | { type: 'call'; id: number; method: unknown; payload: unknown; jobId?: string; cancelFlag?: SharedArrayBuffer; cancelFile?: string }
  | { type: 'cancel'; jobId: string }
  | { type: 'import-path'; id: number; path: string }
  | { type: 'warm-up' }
  | { type: 'close'; id: number }
  | { type: 'host-reply'; id: number; ok: true; value: Uint8Array }
  | { type: 'host-reply'; id: number; ok: false; message: string };

export type CoreMessage =
  | { type: 'ready' }
  | { type: 'start-failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; progress: JobProgress }
  /** The core asks the host to print HTML to PDF (only Electron's window can). */
  | { type: 'print-pdf'; id: number; html: string };

/** Either end of the channel, whatever carries it. */
export interface Port<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
