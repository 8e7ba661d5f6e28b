/** Child processes for `npm start`: captured runs with a stall limit, and the long-running shell. */
import { spawn } from 'node:child_process';

export const isWindows = process.platform === 'win32';
export const log = (line) => process.stderr.write(`${line}\n`);

/**
 * Runs a command to completion, capturing stdout/stderr. `stallMs` kills it when it has printed
 * nothing for that long (a slow download keeps printing progress; a dead proxy prints nothing).
 * The child gets its own process group (POSIX), so the whole tree is killed: the Electron
 * download runs in a grandchild that would outlive its parent. `onStderr` sees output as it comes.
 */
export function run(command, args, { cwd, env, stallMs, onStderr } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: !isWindows, windowsHide: true });
    let stdout = '';
    let stderr = '';
    let stalled = false;
    let timer;
    const arm = () => {
      if (stallMs === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        killTree(child);
      }, stallMs);
    };
    arm();
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      arm();
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onStderr?.(String(chunk));
      arm();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}\n${error.message}`, stalled });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, stalled });
    });
  });
}

export function killTree(child) {
  if (child.pid === undefined) return;
  try {
    if (isWindows) spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Starts a shell that runs until the user closes it. The child gets its own process group
 * (POSIX) and exactly one copy of the first stop signal: Ctrl+C otherwise reaches it twice (from
 * the terminal and again via npm), and Electron treats a second SIGINT as "die now", skipping
 * the clean close of the store. A signal more than a second after the first forces the issue.
 * Resolves with how it ended; `stdio` as for spawn.
 */
export function runShell(command, args, { env, stdio = 'inherit' } = {}) {
  // The caller's working directory, so a relative --data-dir means what the user typed.
  const child = spawn(command, args, { env, stdio, detached: !isWindows });
  let firstSignalAt;
  const onSignal = (signal) => {
    const now = Date.now();
    if (firstSignalAt === undefined) {
      firstSignalAt = now;
      child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    } else if (now - firstSignalAt > 1000) {
      child.kill('SIGKILL');
    }
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  // If this script dies for any other reason, it does not leave the shell running detached.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', onExit);
  const ended = new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: -1, signal: null, error }));
    child.on('close', (code, signal) => {
      for (const name of signals) process.off(name, onSignal);
      process.off('exit', onExit);
      resolve({ code, signal, stoppedByUser: firstSignalAt !== undefined });
    });
  });
  return { child, ended };
}
