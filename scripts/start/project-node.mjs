/**
 * The project runs on the Node 22 it installs (the `node` package, a dev dependency), never on
 * whatever `node` a user happens to have: better-sqlite3's binary crashes Node 20 outright.
 * `npm start`/`npm test` already put that Node first on the PATH; a script started by hand
 * with an older Node re-runs itself under it instead of going on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const MINIMUM_NODE_MAJOR = 22;

export function projectNodePath(root, platform = process.platform) {
  return join(root, 'node_modules', '.bin', platform === 'win32' ? 'node.cmd' : 'node');
}

export function isOldNode(version = process.versions.node) {
  return Number(version.split('.')[0]) < MINIMUM_NODE_MAJOR;
}

/** Returns only when this process already runs a recent enough Node. */
export function ensureProjectNode(root, script, args) {
  if (!isOldNode()) return;
  const node = projectNodePath(root);
  if (!existsSync(node)) {
    process.stderr.write(
      `Shenyi needs Node ${MINIMUM_NODE_MAJOR}; this is Node ${process.versions.node} and the project's own Node is not installed. Run "npm ci" first.\n`,
    );
    process.exit(1);
  }
  const result = spawnSync(node, [script, ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}
