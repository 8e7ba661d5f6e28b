/**
 * Child of electron-binary.mjs: `node download-electron.mjs ELECTRON_PACKAGE_DIR`. Downloads the
 * Electron zip through the package's own downloader (@electron/get: its cache, its checksums,
 * ELECTRON_MIRROR), printing progress to stderr, then lets the package's install.js unpack it
 * from that cache exactly as it would have.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const electronDir = process.argv[2];
const require = createRequire(join(electronDir, 'package.json'));
const { downloadArtifact } = await import(pathToFileURL(require.resolve('@electron/get')).href);
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

let lastShown = -1;
let lastAt = 0;
const megabytes = (bytes) => Math.round(bytes / 1e6);
await downloadArtifact({
  version,
  artifactName: 'electron',
  platform: process.platform,
  arch: process.arch,
  checksums: JSON.parse(readFileSync(join(electronDir, 'checksums.json'), 'utf8')),
  downloadOptions: {
    quiet: true,
    getProgressCallback: ({ transferred, total, percent }) => {
      const shown = Math.floor(percent * 20) * 5;
      const now = Date.now();
      // Every 5 %, and at least every 10 s so a slow link visibly moves (and is not a stall).
      if (shown === lastShown && now - lastAt < 10_000) return;
      lastShown = shown;
      lastAt = now;
      const size = total ? ` (${megabytes(transferred)} of ${megabytes(total)} MB)` : ` (${megabytes(transferred)} MB)`;
      process.stderr.write(`Electron download: ${total ? `${shown}%` : '…'}${size}\n`);
    },
  },
});
const unpack = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 2, 2] });
process.exit(unpack.status ?? 1);
