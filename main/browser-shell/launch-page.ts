/**
 * Opening the browser without putting the token where other users can read it. The command
 * line of every process is readable by every local user (/proc/PID/cmdline): handing
 * `http://127.0.0.1:PORT/#token=…` to xdg-open gave the token to anyone on the machine for as
 * long as the opener ran. Instead the opener gets the path of a page in a folder only this user
 * can enter (0700, the page itself 0600), and that page sends the browser on to the address with
 * its token. The page is removed once it has served its purpose.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LAUNCH_PAGE_LIFETIME_MS = 2 * 60 * 1000;

const attribute = (text: string) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

export interface LaunchPage {
  /** The file:// address to give the opener: it holds no secret. */
  url: string;
  path: string;
  remove(): void;
}

export function writeLaunchPage(shellUrl: string, parent = tmpdir()): LaunchPage {
  const folder = mkdtempSync(join(parent, 'shenyi-open-'));
  const path = join(folder, 'open-shenyi.html');
  const target = attribute(shellUrl);
  writeFileSync(
    path,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0;url=${target}"><title>审议 Shenyi</title>` +
      `<p><a href="${target}">审议 Shenyi</a></p>\n`,
    { mode: 0o600 },
  );
  return { url: pathToFileURL(path).href, path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
