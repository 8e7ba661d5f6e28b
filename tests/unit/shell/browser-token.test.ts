/**
 * The browser shell opens the browser without showing its token to other local users: the
 * opener's command line (readable by everyone in /proc) holds only the path of a page that this
 * user alone can read. Checked as another uid where the tests run as root.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLaunchPage } from '../../../main/browser-shell/launch-page';

const ROOT = join(__dirname, '..', '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-token-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Waits for `path` to exist (the fake opener writes it when it starts). */
async function waitFor(path: string): Promise<void> {
  for (let i = 0; i < 300 && !existsSync(path); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('the browser shell token', () => {
  it('the launch page is readable by this user only and sends the browser to the address with its token', () => {
    const page = writeLaunchPage('http://127.0.0.1:4321/#token=abc123', temp());
    expect(statSync(page.path).mode & 0o777).toBe(0o600);
    expect(statSync(join(page.path, '..')).mode & 0o777).toBe(0o700);
    expect(readFileSync(page.path, 'utf8')).toContain('content="0;url=http://127.0.0.1:4321/#token=abc123"');
    expect(page.url.startsWith('file://')).toBe(true);
    page.remove();
    expect(existsSync(page.path)).toBe(false);
  });

  it.skipIf(process.platform !== 'linux' || process.getuid?.() !== 0)('is not on the opener\'s command line, and another user can read neither it nor the page', async () => {
    const dir = temp();
    const seen = join(dir, 'opener-started');
    const opener = join(dir, 'fake-xdg-open');
    // Stands in for xdg-open: notes its pid, then stays alive as a slow opener would.
    writeFileSync(opener, `#!/bin/sh\necho $$ > "${seen}.tmp" && mv "${seen}.tmp" "${seen}"\nsleep 8\n`);
    chmodSync(opener, 0o755);
    chmodSync(dir, 0o755);
    const shell: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['main/browser-shell/start.ts', '--data-dir', join(dir, 'data')], {
      cwd: ROOT,
      env: { ...process.env, DISPLAY: ':99', SHENYI_BROWSER_OPENER: opener },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    shell.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    cleanups.push(() => shell.kill('SIGTERM'));
    await waitFor(seen);
    const openerPid = Number(readFileSync(seen, 'utf8'));
    cleanups.push(() => {
      try {
        process.kill(openerPid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const token = /#token=([0-9a-f]{64})/.exec(stdout)?.[1];
    expect(token, stdout).toMatch(/^[0-9a-f]{64}$/);

    const asNobody = (...args: string[]) => {
      try {
        return { ok: true, out: execFileSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (error) {
        return { ok: false, out: String((error as { stderr?: string }).stderr ?? '') };
      }
    };
    const cmdline = asNobody('cat', `/proc/${openerPid}/cmdline`);
    expect(cmdline.ok).toBe(true);
    expect(cmdline.out).toContain('file://');
    expect(cmdline.out).not.toContain(token!);
    const pagePath = fileURLToPath(/file:\/\/\S+?\.html/.exec(cmdline.out.replace(/\0/g, ' '))![0]);
    expect(asNobody('cat', pagePath)).toMatchObject({ ok: false, out: expect.stringContaining('Permission denied') });
    // This user's browser gets there: the page holds the token.
    expect(readFileSync(pagePath, 'utf8')).toContain(`#token=${token}`);
  });
});
