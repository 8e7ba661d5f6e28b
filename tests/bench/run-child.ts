/**
 * Runs one bench case in a fresh Node process (so its memory numbers are its own) and returns
 * the JSON object it prints as its last stdout line.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function runChild<T>(caseFile: string, args: string[]): Promise<T> {
  const script = fileURLToPath(new URL(caseFile, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`${caseFile} ${args.join(' ')} exited with ${code ?? signal}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${caseFile} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}
