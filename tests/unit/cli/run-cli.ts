/** Runs the real `shenyi` command (node main/cli/bin.mjs) in a child process. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'main', 'cli', 'bin.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function shenyi(args: string[], env: NodeJS.ProcessEnv = {}, nodeOptions: string[] = []): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeOptions, BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a command and measures the peak memory of its whole process, worker threads included. */
export async function shenyiPeakMemory(args: string[]): Promise<CliResult & { peakMegabytes: number }> {
  const result = await shenyi(args, {}, ['--import', join(ROOT, 'tests', 'support', 'print-peak-memory.mjs')]);
  const peak = /peak-rss-kb (\d+)\n$/.exec(result.stderr);
  if (!peak) throw new Error(`no peak memory line in: ${result.stderr}`);
  return { ...result, stderr: result.stderr.slice(0, peak.index), peakMegabytes: Number(peak[1]) / 1024 };
}

/** Runs a command that must succeed and parses its --json output. */
export async function shenyiJson<T>(args: string[], env?: NodeJS.ProcessEnv): Promise<T> {
  const result = await shenyi([...args, '--json'], env);
  if (result.code !== 0) throw new Error(`shenyi ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export const FIXTURE = (name: string) => join(ROOT, 'tests', 'fixtures', name);
