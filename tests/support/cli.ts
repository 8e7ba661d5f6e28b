/** Runs the `shenyi` command as a user would: `node main/cli/bin.mjs …`, from the project root. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function shenyi(...args: string[]): CliRun {
  const env = { ...process.env };
  delete env.SHENYI_DATA_DIR; // every test names its own --data-dir
  const run = spawnSync(process.execPath, ['main/cli/bin.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `shenyi … --json`, parsed; fails with the command's stderr when it did not succeed. */
export function shenyiJson<T>(...args: string[]): T {
  const run = shenyi(...args, '--json');
  if (run.status !== 0) throw new Error(`shenyi ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
