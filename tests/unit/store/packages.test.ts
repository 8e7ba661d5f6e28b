/**
 * Packages as rows (migration 8), through package.import: the package is recorded once by its
 * file hash, each opinion it brought points to it, and a conflicting copy records which opinion
 * it is a version of (its id says nothing of it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { dispatch } from '../../../main/api/dispatch';
import type { Input, Method, Output } from '../../../main/api/contract';
import { openApp, type App } from '../../../main/app/open-app';
import { fixtureBytes } from '../fixtures';

const apps: App[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function person(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-packages-'));
  dirs.push(dir);
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample: false });
  apps.push(app);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(app.handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  await call('profile.set', { name, delegation: '北京代表团', role: 'npc-delegate' });
  const imported = await call('import.file', { fileName: 'beijing.txt', dataBase64: fixtureBytes('beijing-2026-zh-hans.txt').toString('base64') });
  if (imported.status !== 'imported') throw new Error('expected an import');
  return { app, call, ...imported.reports[0]! };
}

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('imported packages as rows', () => {
  it('records a package once by its file hash; its opinions point to it; a conflicting copy names its original', async () => {
    const delegate = await person('王代表');
    const clerk = await person('书记员');
    const paragraph = delegate.app.store.reports.paragraphsOf(delegate.versionId).find((p) => p.text.length > 10)!;
    await delegate.call('opinions.create', {
      id: 'o-1', reportId: delegate.reportId, versionId: delegate.versionId, kind: 'passage-comment', stanceId: null, tags: [], body: body('第一稿'),
      selection: { startParagraphId: paragraph.id, startOffset: 0, endParagraphId: paragraph.id, endOffset: 6 },
    });
    const packageOf = async () => (await delegate.call('export.build', { reportId: delegate.reportId, format: 'json', order: 'report', includeOrphans: true, script: 'source' })).dataBase64;
    const first = await packageOf();
    await clerk.call('package.import', { fileName: 'p1.json', dataBase64: first });
    await clerk.call('package.import', { fileName: 'p1-again.json', dataBase64: first });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await delegate.call('opinions.update', { id: 'o-1', versionId: delegate.versionId, patch: { body: body('第二稿') } });
    await clerk.call('package.import', { fileName: 'p2.json', dataBase64: await packageOf() });

    const db = clerk.app.store.db;
    const packages = db.prepare('SELECT id, file_hash, file_name, author_name, version_id, imported_at FROM packages ORDER BY rowid').all() as { id: string; file_hash: string }[];
    expect(packages).toHaveLength(2);
    expect(packages[0]).toMatchObject({ file_hash: createHash('sha256').update(Buffer.from(first, 'base64').toString('utf8')).digest('hex'), file_name: 'p1.json', author_name: '王代表', version_id: clerk.versionId });
    const copy = (await clerk.call('opinions.list', { reportId: clerk.reportId, versionId: clerk.versionId })).find((o) => o.conflictOf !== null)!;
    expect(copy).toMatchObject({ conflictOf: 'o-1', bodyText: '第二稿' });
    expect(copy.id).not.toContain('o-1');
    expect(clerk.app.store.packages.importedOpinion('o-1')).toEqual({ opinionId: 'o-1', packageId: packages[0]!.id, originId: 'o-1', conflictOf: null });
    expect(clerk.app.store.packages.importedOpinion(copy.id)).toEqual({ opinionId: copy.id, packageId: packages[1]!.id, originId: 'o-1', conflictOf: 'o-1' });
    expect(clerk.app.store.packages.copiesOf('o-1')).toEqual([copy.id]);
  });
});
