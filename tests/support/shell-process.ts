/**
 * The real browser shell as a child process, as a user starts it:
 * `tsx main/browser-shell/start.ts --data-dir DIR --no-open`. It prints one stdout line,
 * `Shenyi browser shell: <url>`, once it listens; everything else goes to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths';

export interface ShellProcess {
  url: string;
  /** What the shell wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then wait for the process to exit (the shell closes its store first). */
  stop(): Promise<void>;
}

const READY = /^Shenyi browser shell: (\S+)$/m;

export function startShell(options: { dataDir: string; timeoutMs?: number }): Promise<ShellProcess> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['main/browser-shell/start.ts', '--data-dir', options.dataDir, '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`browser shell did not start: ${why}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no URL after ${options.timeoutMs ?? 30_000} ms`), options.timeoutMs ?? 30_000);
    child.once('error', (error) => fail(error.message));
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited with ${code ?? signal}`);
    child.once('exit', onEarlyExit);
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onEarlyExit);
      resolve({ url: match[1]!, stderr: () => stderr, stop: () => stopChild(child, exited) });
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killed);
}
