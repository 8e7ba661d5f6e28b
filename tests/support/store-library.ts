/**
 * A data folder with a library in it, through the real API, and the ways a store file gets
 * damaged on disk: what the store-safety tests start from.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../main/api/dispatch';
import type { Output, Result } from '../../main/api/contract';
import type { Method } from '../../main/api/methods';
import { openApp, type App } from '../../main/app/open-app';
import { DATABASE_FILE } from '../../main/store/store';
import { Database } from '../../main/store/sqlite';

export class Libraries {
  private readonly apps: App[] = [];
  private readonly dirs: string[] = [];

  dir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'shenyi-safety-'));
    this.dirs.push(dir);
    return dir;
  }

  async open(dataDir: string, options: { seedSample?: boolean; now?: () => Date } = {}): Promise<App> {
    const app = await openApp({ dataDir, shell: 'browser', version: 'test', seedSample: options.seedSample ?? true, ...(options.now ? { now: options.now } : {}) });
    this.apps.push(app);
    return app;
  }

  track(app: App): App {
    this.apps.push(app);
    return app;
  }

  close(app: App): void {
    app.close();
    this.apps.splice(this.apps.indexOf(app), 1);
  }

  cleanUp(): void {
    for (const app of this.apps.splice(0)) app.close();
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

export const call = (app: App, method: string, payload: unknown = {}) => dispatch(app.handlers, method, payload);

export async function ok<M extends Method>(app: App, method: M, payload: unknown = {}): Promise<Output<M>> {
  const result = (await call(app, method, payload)) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const textBody = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Writes `count` report notes on the sample report; returns their texts by id. */
export async function writeOpinions(app: App, count: number, prefix = '意见'): Promise<Map<string, string>> {
  const [report] = await ok(app, 'library.list');
  if (!(await ok(app, 'profile.get'))) await ok(app, 'profile.set', { name: '张三', delegation: '山西代表团', role: 'npc-delegate' });
  const written = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const text = `${prefix}${i}：建议进一步细化目标任务`;
    const created = await ok(app, 'opinions.create', { reportId: report!.id, versionId: report!.latestVersionId, kind: 'report-note', stanceId: null, body: textBody(text) });
    written.set(created.id, text);
  }
  return written;
}

/** Every live opinion's text by id, as the reading view lists them. */
export async function opinionTexts(app: App): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const report of await ok(app, 'library.list')) {
    for (const opinion of await ok(app, 'opinions.list', { reportId: report.id, versionId: report.latestVersionId })) texts.set(opinion.id, opinion.bodyText);
  }
  return texts;
}

/** Overwrites the root page of `table` with garbage. */
export function flipPage(path: string, table: string): void {
  const db = new Database(path, { readonly: true });
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?").pluck().get(table) as number;
  db.close();
  const pageSize = readFileSync(path).readUInt16BE(16);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(fd);
}

/** One opinion's JSON cut short on disk, past the CHECK constraints, as damage inside a value would. */
export function damageRow(path: string, opinionId: string): void {
  const db = new Database(path);
  db.pragma('ignore_check_constraints = ON');
  db.prepare(`UPDATE opinions SET body = '{"type":"doc","content":[' WHERE id = ?`).run(opinionId);
  db.close();
}

export const storePath = (dataDir: string) => join(dataDir, DATABASE_FILE);

/** The four kinds of damage the drill uses, each done to a closed store file. */
export const DAMAGE = {
  'zero-length': (path: string) => truncateSync(path, 0),
  truncated: (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2)),
  /** The opinions table's first page garbled, as a bad sector or a stray write would. */
  'flipped page': (path: string) => flipPage(path, 'opinions'),
  'not a database': (path: string) => {
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from('this is no database'), 0, 19, 0);
    closeSync(fd);
  },
};
