/** Builds out/ with electron-vite when it is missing or older than the sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { log } from './processes.mjs';

/** Everything the build reads; a change to any of it makes out/ stale. */
const SOURCES = ['main', 'preload', 'renderer', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json'];
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

export function buildIfStale(root) {
  const oldestOutput = Math.min(...OUTPUTS.map((file) => mtimeOf(join(root, file)) ?? -Infinity));
  const newestSource = Math.max(...SOURCES.map((entry) => newestMtime(join(root, entry))));
  if (oldestOutput >= newestSource) return;

  log(oldestOutput === -Infinity ? 'Building Shenyi (out/ is missing)…' : 'Building Shenyi (sources changed)…');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(cli)) throw new Error('electron-vite is not installed; run "npm ci" first.');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('the build failed (see above).');
}

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return -Infinity;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}
