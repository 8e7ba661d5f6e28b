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
    // One pair to settle: the incoming copy names the opinion it is a version of, and is not tagged as a note of its own.
    expect(opinions.map((o) => [o.bodyText, o.conflictOf]).sort()).toEqual([['第一稿', null], ['第二稿', 'o-1']]);
    expect(opinions.some((o) => o.tags.includes('冲突'))).toBe(false);
    expect(opinions.every((o) => o.author.name === '王代表' && o.resolution?.status === 'exact')).toBe(true);
  });

  it('a clerk cannot change or delete a delegate’s opinion, but can annotate it and settle a conflict', async () => {
    const delegate = await person('王代表');
    const clerk = await person('书记员');
    const paragraph = await paragraphOf(delegate);
    const selection = { startParagraphId: paragraph.id, startOffset: 0, endParagraphId: paragraph.id, endOffset: 8 };
    await delegate.call('opinions.create', {
      id: 'o-1', reportId: delegate.reportId, versionId: delegate.versionId, kind: 'passage-comment', stanceId: 'agree', tags: [], body: body('第一稿'), selection,
    });
    await clerk.call('package.import', { fileName: 'p1.json', dataBase64: await packageOf(delegate) });

    const refused = async <M extends Method>(method: M, input: Input<M>) => {
      const result = await dispatch(clerk.app.handlers, method, input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('王代表 (北京代表团)') });
    };
    await refused('opinions.update', { id: 'o-1', versionId: clerk.versionId, patch: { body: body('书记员改的') } });
    await refused('opinions.update', { id: 'o-1', versionId: clerk.versionId, patch: { stanceId: 'oppose' } });
    await refused('opinions.delete', { id: 'o-1' });
    expect(clerk.app.store.opinions.get('o-1')).toMatchObject({ bodyText: '第一稿', stanceId: 'agree', deletedAt: null });
    // A note of the clerk's own on the same words is fine.
    const own = await clerk.call('opinions.create', {
      reportId: clerk.reportId, versionId: clerk.versionId, kind: 'passage-comment', stanceId: null, tags: [], body: body('书记员的批注'), selection,
    });
    expect(own.author.name).toBe('书记员');

    await new Promise((resolve) => setTimeout(resolve, 5));
    await delegate.call('opinions.update', { id: 'o-1', versionId: delegate.versionId, patch: { body: body('第二稿') } });
    await clerk.call('package.import', { fileName: 'p2.json', dataBase64: await packageOf(delegate) });
    const copy = (await clerk.call('opinions.list', { reportId: clerk.reportId, versionId: clerk.versionId })).find((o) => o.conflictOf === 'o-1')!;
    const settled = await clerk.call('opinions.settle', { id: copy.id, versionId: clerk.versionId, keep: 'incoming' });
    expect(settled).toMatchObject({ id: 'o-1', bodyText: '第二稿', conflictOf: null });
    const after = await clerk.call('opinions.list', { reportId: clerk.reportId, versionId: clerk.versionId });
    expect(after.map((o) => o.bodyText).sort()).toEqual(['书记员的批注', '第二稿']);
    // The version not kept is in the trash, not gone.
    const trash = await clerk.call('opinions.trash', { reportId: clerk.reportId });
    expect(trash.map((o) => [o.id, o.bodyText])).toEqual([[copy.id, '第一稿']]);
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
