/**
 * better-sqlite3 13's binary crashes Node 20 (a segmentation fault, no error). The project runs
 * on its own Node 22, and the two ways of getting it wrong are closed: the SQLite module refuses
 * an old runtime before touching the binary, and the `shenyi` command started by an old Node
 * re-runs itself under the project's.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteRuntimeProblem } from '../../../main/store/sqlite';
import { ROOT } from '../../support/paths';

const versions = (node: string, electron?: string) => ({ ...process.versions, node, ...(electron ? { electron } : {}) }) as NodeJS.ProcessVersions;

describe('the runtime that may load SQLite', () => {
  it('refuses Node 20 with a message saying how to run Shenyi instead', () => {
    expect(sqliteRuntimeProblem(versions('20.20.2'))).toMatch(/needs Node 22.*npm/);
  });

  it('accepts Node 22 and later, and Electron', () => {
    expect(sqliteRuntimeProblem(versions('22.23.3'))).toBeNull();
    expect(sqliteRuntimeProblem(versions('24.0.0'))).toBeNull();
    expect(sqliteRuntimeProblem(versions('22.20.0', '45.5.0'))).toBeNull();
  });

  it('runs these tests on Node 22 or later', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  // The machine's own Node, where it is older (these machines ship Node 20).
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
    if (!existsSync(path)) return false;
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return /^v(1\d|2[01])\./.test(version);
  });
  it.skipIf(!systemNode)('the shenyi command started by an older Node runs on the project Node and works', () => {
    const run = spawnSync(systemNode!, [join(ROOT, 'main', 'cli', 'bin.mjs'), 'outline', join(ROOT, 'resources', 'sample-report.txt'), '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toBeTruthy();
    expect(run.stdout).toContain('晉中市政府工作報告');
  }, 60_000);
});
