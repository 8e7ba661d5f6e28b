#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR]`: run Shenyi in Electron when this machine can, otherwise in the
 * browser shell. Plain JavaScript so it runs before anything is built.
 *
 *   1. Run under the project's own Node 22 (start/project-node.mjs).
 *   2. Build (electron-vite) when out/ is missing or older than the sources.
 *   3. Find the Electron binary, downloading it once with visible progress (start/electron-binary.mjs).
 *   4. Run Electron. If it cannot be had, or dies before its window shows, say in one line why
 *      and how to fix it, and run the browser shell instead (start/electron-launch.mjs).
 *
 * There is nothing native to prepare: better-sqlite3 13 is an N-API module, and the one binary
 * its npm package carries loads in Node 22 and in Electron alike.
 *
 * Our own messages go to stderr: stdout carries only what the shell prints (the browser shell's
 * "Shenyi browser shell: <url>" line, which scripts parse).
 *
 * Environment: SHENYI_SHELL=browser skips Electron; ELECTRON_MIRROR names a download mirror;
 * SHENYI_ELECTRON_STALL_MS (default 120000) is how long a download may go without progress.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureProjectNode } from './start/project-node.mjs';
import { buildIfStale } from './start/build.mjs';
import { findElectron } from './start/electron-binary.mjs';
import { launchElectron } from './start/electron-launch.mjs';
import { log, runShell } from './start/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwardedArgs = process.argv.slice(2);

async function main() {
  ensureProjectNode(root, fileURLToPath(import.meta.url), forwardedArgs);
  buildIfStale(root);

  const electron = await findElectron(root);
  let reason = electron.reason;
  if (electron.path) {
    const outcome = await launchElectron(electron.path, root, forwardedArgs, process.env);
    if (outcome.alreadyRunning) log('Shenyi is already running with this data folder; its window was brought forward.');
    if (outcome.exitCode !== undefined) process.exit(outcome.exitCode);
    reason = outcome.reason;
  }

  log(`Electron is not available here (${reason}); starting the browser shell instead.`);
  // `node --import tsx` rather than the tsx CLI: one process, so signals reach it directly.
  const tsx = import.meta.resolve('tsx');
  const { ended } = runShell(process.execPath, ['--import', tsx, join(root, 'main', 'browser-shell', 'start.ts'), ...forwardedArgs], { env: process.env });
  const outcome = await ended;
  if (outcome.error) log(`Could not start the browser shell: ${outcome.error.message}`);
  process.exit(outcome.code ?? (outcome.stoppedByUser ? 0 : 1));
}

main().catch((error) => {
  log(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
