/**
 * The one place better-sqlite3 is loaded. Its npm tarball carries N-API prebuilds, so the same
 * binary serves Node 22 (tests, CLI, browser shell) and Electron; loaded by an older Node (these
 * machines ship Node 20) it crashes the whole process with a segmentation fault instead of
 * throwing. The runtime is therefore checked before the binary is touched, and `require` is used
 * instead of a static import because a bundler hoists external imports above any check.
 * ESLint refuses a value import of better-sqlite3 anywhere else.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';

/** The lowest Node major whose ABI the better-sqlite3 prebuilds support. */
export const MINIMUM_NODE_MAJOR = 22;

/** Why this runtime cannot load the SQLite binary, or null when it can. Electron always can. */
export function sqliteRuntimeProblem(versions: NodeJS.ProcessVersions = process.versions): string | null {
  if (versions.electron) return null;
  const major = Number(versions.node.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return null;
  return (
    `Shenyi needs Node ${MINIMUM_NODE_MAJOR} or later, but this is Node ${versions.node}. ` +
    'Run it through npm (npm start, npm test, npx shenyi), which uses the Node 22 the project installs.'
  );
}

function loadBetterSqlite3(): typeof BetterSqlite3 {
  const problem = sqliteRuntimeProblem();
  if (problem !== null) throw new Error(problem);
  return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
}

export const Database: typeof BetterSqlite3 = loadBetterSqlite3();
export type Database = BetterSqlite3.Database;
