/**
 * The BUILT Electron main bundle (out/main/index.js), started in plain Node against a recording
 * fake of the electron module (no Electron binary can run on these machines). Unlike the unit
 * test of main/electron, this loads what a user's Electron would load — the bundle, its chunks,
 * the worker and better-sqlite3 through the bundle's own require — so a broken build fails here.
 * The data folder holds a store two schema versions old with an opinion in it: the migration and
 * its backup run on the exact code path Electron uses.
 */
import { writeLegacyOpinions } from '../support/legacy-opinions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIGRATIONS, schemaVersion, SCHEMA_VERSION } from '../../main/store/migrations';
import { openStore } from '../../main/store/store';
import { importFixture } from '../unit/store/store-helpers';
import { ROOT } from '../support/paths';

interface Step {
  name: string;
  value: unknown;
}
interface DriveReport {
  steps: Step[];
  error?: string;
}

const bundle = join(ROOT, 'out', 'main', 'index.js');
const fakeDir = join(ROOT, 'tests', 'support', 'fake-electron');
let dataDir: string;
let stdout: string;
let report: DriveReport;
const value = <T,>(name: string): T => report.steps.find((step) => step.name === name)?.value as T;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run "npm run build" first.`);
  dataDir = mkdtempSync(join(tmpdir(), 'shenyi-bundle-'));
  const old = openStore(dataDir, { migrations: MIGRATIONS.filter((migration) => migration.version <= 2) });
  const on = await importFixture(old, 'sichuan-2025-zh-hans.txt');
  writeLegacyOpinions(old.db, [
    { id: 'o-kept', ...on, tags: ['留存'], bodyText: '迁移之前写下的意见', author: { id: 'a-1', name: '代表甲', delegation: '四川代表团', role: 'npc-delegate' }, at: '2026-03-05T09:00:00.000Z' },
  ]);
  expect(schemaVersion(old.db)).toBe(2);
  old.close();

  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(fakeDir, 'register.mjs')).href, join(fakeDir, 'drive.mjs'), pathToFileURL(bundle).href], {
    cwd: ROOT,
    env: { ...process.env, SHENYI_DATA_DIR: dataDir, SHENYI_LAUNCH_MARKERS: '1', ELECTRON_RUN_AS_NODE: '' },
    encoding: 'utf8',
    timeout: 90_000,
  });
  stdout = run.stdout;
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    report = JSON.parse(last) as DriveReport;
  } catch {
    throw new Error(`the bundle driver printed no report (exit ${run.status}):\n${stdout}\n${run.stderr}`);
  }
  if (report.error) throw new Error(`the bundle failed: ${report.error}\n${run.stderr}`);
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the built Electron main bundle', () => {
  it('hardens and registers app:// before Electron is ready, and opens the store before the window', () => {
    const before = value<string[]>('before-ready');
    expect(before[0]).toBe('app.enableSandbox');
    expect(before).toContain('protocol.registerSchemesAsPrivileged');
    expect(before).not.toContain('new BrowserWindow');
    const order = value<string[]>('order');
    const at = (call: string) => order.indexOf(call);
    expect(at('protocol.handle app')).toBeGreaterThan(at('ready'));
    expect(at('ipcMain.handle shenyi:call')).toBeLessThan(at('new BrowserWindow'));
    expect(value('schemes')).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('creates the window with the secure preferences and the sandboxed CommonJS preload', () => {
    expect(value('webPreferences')).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
    expect(value<{ preload: string }>('webPreferences').preload).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(value('loaded')).toEqual(['app://shenyi/index.html']);
  });

  it('tells npm start once the window has shown', () => {
    expect(stdout.split('\n')).toContain('SHENYI_WINDOW_SHOWN');
  });

  it('serves the renderer over app:// with a strict CSP and refuses traversal', () => {
    const index = value<{ status: number; type: string; csp: string; body: string }>('index');
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/text\/html/);
    expect(index.csp).toMatch(/default-src 'none'|script-src 'self'/);
    expect(index.body).toMatch(/<!doctype html>/i);
    expect(value<{ status: number }>('traversal').status).toBe(404);
    expect(value<{ status: number }>('other-host').status).toBe(404);
  });

  it('answers IPC calls from its page, validates them, refuses other senders', () => {
    expect(value('library')).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]) });
    expect(value('foreign')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(value('invalid')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('migrated the old store with a verified backup first, and kept its opinion', () => {
    const listed = value<{ ok: boolean; value: { id: string; tags: string[] }[] }>('opinions');
    expect(listed.ok).toBe(true);
    expect(listed.value).toEqual([expect.objectContaining({ id: 'o-kept', tags: ['留存'] })]);
    // Beside it, the routine backups and the marker of changes not backed up yet.
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.includes('before-migration'))).toEqual([expect.stringMatching(/^shenyi-.*-before-migration\.db$/)]);
    const store = openStore(dataDir);
    expect(schemaVersion(store.db)).toBe(SCHEMA_VERSION);
    store.close();
  });

  it('rebuilds its menu in the UI language when the setting changes', () => {
    expect(value('locale')).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect(value('menu')).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('holds the window open until the renderer says its edits are saved, then closes and quits', () => {
    expect(value('flush-requested')).toEqual({ requestId: expect.any(String) });
    expect(value('closed-before-answer')).toBe(false);
    expect(value('closed-after-answer')).toBe(true);
    expect(value('quit-after-close')).toBe(true);
    expect(value('quit-held')).toBe(true);
    expect(existsSync(join(dataDir, 'window-state.json'))).toBe(true);
    expect(value('dialogs')).toEqual([]);
    // Closed cleanly: the WAL was checkpointed into the database file.
    expect(existsSync(join(dataDir, 'shenyi.db-wal'))).toBe(false);
  });
});
