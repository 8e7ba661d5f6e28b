/**
 * Finding the Electron binary. The electron package fetches it on first use (about 100 MB);
 * its own path does that silently, under no limit we can see, and with no word about mirrors.
 * So the download runs here in a child (download-electron.mjs) that prints its progress, and is
 * given up only when it stalls — a slow link is fine, a dead proxy is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, run } from './processes.mjs';

const STALL_MS = Number(process.env.SHENYI_ELECTRON_STALL_MS) || 120_000;

/** The installed binary's path, or null when it still has to be downloaded. */
export function installedElectron(electronDir) {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    const version = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').replace(/^v/, '').trim();
    const expected = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
    const path = join(electronDir, 'dist', relative);
    return version === expected && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** `{ path }` or `{ reason }`: why Electron cannot be had, in words for one line. */
export async function findElectron(root, env = process.env) {
  if (env.SHENYI_SHELL === 'browser') return { reason: 'SHENYI_SHELL=browser' };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { reason: 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
  }
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'package.json'))) return { reason: 'the electron package is not installed' };
  const installed = installedElectron(electronDir);
  if (installed) return { path: installed };

  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const mirror = env.ELECTRON_MIRROR;
  log(
    `Downloading Electron ${version} for ${process.platform}-${process.arch} (once, about 100 MB)` +
      (mirror ? ` from ELECTRON_MIRROR=${mirror}…` : '… A slow or blocked link? Set ELECTRON_MIRROR to a mirror of the Electron releases.'),
  );
  const result = await run(process.execPath, [join(root, 'scripts', 'start', 'download-electron.mjs'), electronDir], {
    cwd: root,
    env,
    stallMs: STALL_MS,
    // Progress is shown as it comes; a failure's stack trace is kept for the one-line reason.
    onStderr: (text) => {
      for (const line of text.split('\n')) if (line.startsWith('Electron download:')) process.stderr.write(`${line}\n`);
    },
  });
  if (result.stalled) {
    return { reason: `the Electron download made no progress for ${Math.round(STALL_MS / 1000)} s (offline, or a proxy in the way? ELECTRON_MIRROR names a mirror)` };
  }
  const path = installedElectron(electronDir);
  if (result.code === 0 && path) return { path };
  return { reason: `the Electron binary is missing and could not be downloaded: ${firstError(result.stderr)} (ELECTRON_MIRROR names a mirror)` };
}

/** The most specific error line in a Node stack dump ("TypeError: fetch failed"). */
export function firstError(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim());
  const errors = lines.filter((line) => /^[A-Za-z]*Error\b.*:/.test(line));
  const line = errors[0] ?? lines.find((candidate) => candidate !== '' && !candidate.startsWith('Electron download:')) ?? 'unknown error';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
