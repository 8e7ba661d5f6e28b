/**
 * Many delegates → one clerk: packages from several delegates' stores imported into a clerk's,
 * with the merge rules of RELIABILITY.md — identity is (author, opinion id), re-runs change
 * nothing, an older copy never overwrites, differing content is kept as a conflict.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function person(name: string): Promise<{ app: App; call: <M extends Method>(m: M, i: Input<M>) => Promise<Output<M>>; reportId: string; versionId: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-merge-'));
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
  return { app, call, reportId: imported.reports[0]!.reportId, versionId: imported.reports[0]!.versionId };
}

const paragraphOf = async (p: Awaited<ReturnType<typeof person>>) => {
  const document = await p.call('report.open', { reportId: p.reportId });
  return document.root.children[0]!.paragraphs[0]!;
};

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function packageOf(p: Awaited<ReturnType<typeof person>>): Promise<string> {
  const file = await p.call('export.build', { reportId: p.reportId, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
  return file.dataBase64;
}

describe('merging opinion packages into a clerk store', () => {
  it('identity is (author, id): re-import is a no-op, a newer edit is kept beside as a conflict, an older copy changes nothing', async () => {
    const delegate = await person('王代表');
    const clerk = await person('书记员');
    const paragraph = await paragraphOf(delegate);
    await delegate.call('opinions.create', {
      id: 'o-1', reportId: delegate.reportId, versionId: delegate.versionId, kind: 'passage-comment', stanceId: 'agree', tags: [],
      body: body('第一稿'), selection: { startParagraphId: paragraph.id, startOffset: 0, endParagraphId: paragraph.id, endOffset: 8 },
    });
    const first = await packageOf(delegate);
    expect(await clerk.call('package.import', { fileName: 'p1.json', dataBase64: first })).toMatchObject({ imported: 1, unchanged: 0, conflicts: 0 });
    expect(await clerk.call('package.import', { fileName: 'p1.json', dataBase64: first })).toMatchObject({ imported: 0, unchanged: 1 });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await delegate.call('opinions.update', { id: 'o-1', versionId: delegate.versionId, patch: { body: body('第二稿') } });
    const second = await packageOf(delegate);
    expect(await clerk.call('package.import', { fileName: 'p2.json', dataBase64: second })).toMatchObject({ imported: 0, conflicts: 1 });
    expect(await clerk.call('package.import', { fileName: 'p2.json', dataBase64: second })).toMatchObject({ conflicts: 0, unchanged: 1 });
    expect(await clerk.call('package.import', { fileName: 'p1.json', dataBase64: first })).toMatchObject({ imported: 0, conflicts: 0, unchanged: 1 });

    const opinions = await clerk.call('opinions.list', { reportId: clerk.reportId, versionId: clerk.versionId });
    expect(opinions.map((o) => [o.bodyText, o.tags.includes('冲突')]).sort()).toEqual([['第一稿', false], ['第二稿', true]]);
    expect(opinions.every((o) => o.author.name === '王代表' && o.resolution?.status === 'exact')).toBe(true);
  });

  it('two delegates who chose the same opinion id stay two opinions', async () => {
    const a = await person('甲代表');
    const b = await person('乙代表');
    const clerk = await person('书记员');
    for (const delegate of [a, b]) {
      await delegate.call('opinions.create', {
        id: 'same-id', reportId: delegate.reportId, versionId: delegate.versionId, kind: 'report-note', stanceId: null, tags: [], body: body(`${delegate === a ? '甲' : '乙'}的意见`),
      });
      expect(await clerk.call('package.import', { fileName: 'p.json', dataBase64: await packageOf(delegate) })).toMatchObject({ imported: 1 });
    }
    const opinions = await clerk.call('opinions.list', { reportId: clerk.reportId, versionId: clerk.versionId });
    expect(opinions.map((o) => `${o.author.name}:${o.bodyText}`).sort()).toEqual(['乙代表:乙的意见', '甲代表:甲的意见']);
  });
});
