/**
 * Two clerks sharing the desk, each in a library of their own: the work split by delegation,
 * opinions typed in from a meeting and a call, a desk package sent from one to the other (its
 * opinions, channels, 初审 and clusters arriving), a 复审 by the other clerk without any
 * override, a package taken twice changing nothing, a changed package refused whole, and two
 * different dispositions of one opinion kept side by side until a clerk chooses — never the
 * later one winning by arriving later.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { Input, Method, Output } from '../../../main/api/contract';
import { openApp, type App } from '../../../main/app/open-app';
import { DELEGATIONS, delegateName, delegatePackages, PASSAGE_QUOTES, type DelegateFixture } from '../../support/delegates';

interface Desk {
  app: App;
  dir: string;
  reportId: string;
  versionId: string;
}

let fixture: DelegateFixture;
let jia: Desk;
let yi: Desk;

async function call<M extends Method>(desk: Desk, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(desk.app.handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<M>;
}
async function refusal<M extends Method>(desk: Desk, method: M, input: Input<M>): Promise<string> {
  const result = await dispatch(desk.app.handlers, method, input);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error.message;
}

async function openDesk(clerk: string): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-exchange-'));
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test' });
  const desk = { app, dir, reportId: '', versionId: '' };
  await call(desk, 'profile.set', { name: clerk, delegation: '大会秘书处', role: 'clerk' });
  const [report] = await call(desk, 'library.list', {});
  return { ...desk, reportId: report!.id, versionId: report!.latestVersionId };
}

const asFiles = (list: { fileName: string; bytes: Buffer }[]) => list.map((file) => ({ fileName: file.fileName, dataBase64: file.bytes.toString('base64') }));
const rows = async (desk: Desk, filter: Input<'desk.view'>['filter'] = {}) => (await call(desk, 'desk.view', { reportId: desk.reportId, versionId: desk.versionId, filter, limit: 2000 })).rows;
async function deskPackage(desk: Desk, filter: Input<'desk.export'>['filter'] = {}): Promise<{ fileName: string; bytes: Buffer }> {
  const exported = await call(desk, 'desk.export', { reportId: desk.reportId, versionId: desk.versionId, format: 'desk-package', anonymous: false, filter });
  return { fileName: exported.fileName, bytes: Buffer.from(exported.dataBase64, 'base64') };
}

const JIA_SHARE = [DELEGATIONS[0], DELEGATIONS[1]] as string[];

beforeAll(async () => {
  fixture = await delegatePackages();
  jia = await openDesk('甲秘书');
  yi = await openDesk('乙秘书');
  const mine = fixture.packages.filter((pkg) => JIA_SHARE.includes(pkg.delegation));
  const theirs = fixture.packages.filter((pkg) => !JIA_SHARE.includes(pkg.delegation));
  await call(jia, 'desk.import', { reportId: jia.reportId, files: asFiles(mine) });
  // 乙 was sent delegate 1's package too: the one opinion both clerks decide on.
  await call(yi, 'desk.import', { reportId: yi.reportId, files: asFiles([...theirs, fixture.packages[0]!]) });
}, 180_000);

afterAll(() => {
  for (const desk of [jia, yi]) {
    desk?.app.close();
    if (desk) rmSync(desk.dir, { recursive: true, force: true });
  }
});

describe('the work split among clerks', () => {
  it('gives delegations and parts to clerks, and a clerk’s filter shows just their share', async () => {
    const shares = [...JIA_SHARE.map((value) => ({ scope: 'delegation' as const, value, clerkName: '甲秘书' })), ...DELEGATIONS.slice(2).map((value) => ({ scope: 'delegation' as const, value, clerkName: '乙秘书' }))];
    expect(await call(yi, 'desk.assign', { reportId: yi.reportId, shares })).toHaveLength(5);
    const all = await rows(yi);
    const hers = await rows(yi, { assignedTo: '乙秘书' });
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((row) => DELEGATIONS.slice(2).includes(row.author.delegation as (typeof DELEGATIONS)[number]))).toBe(true);
    expect(hers.length + (await rows(yi, { assignedTo: '甲秘书' })).length).toBe(all.length);
    expect(await refusal(yi, 'desk.assign', { reportId: yi.reportId, shares: [{ scope: 'part', value: '第九部分', clerkName: '乙秘书' }] })).toMatch(/not a part/);
    const [part] = await call(yi, 'desk.assign', { reportId: yi.reportId, shares: [{ scope: 'part', value: '一', clerkName: '丙秘书' }] }).then((list) => list.filter((share) => share.scope === 'part'));
    expect(part).toEqual({ scope: 'part', value: '一', clerkName: '丙秘书' });
    const bing = await rows(yi, { assignedTo: '丙秘书' });
    expect(bing.length).toBeGreaterThan(0);
    expect(bing.every((row) => row.location.startsWith('第一部分'))).toBe(true);
  });
});

describe('opinions typed in', () => {
  it('records the channel and provenance, anchors the quoted words, and asks again for words not in the report', async () => {
    const heard = await call(yi, 'desk.addOpinion', {
      reportId: yi.reportId,
      versionId: yi.versionId,
      channel: 'meeting-notes',
      provenance: '四川代表团第二组听会记录（乙秘书记）',
      author: { name: '李华', delegation: '四川代表团', role: 'npc-delegate' },
      text: '建议补充城镇化项目的资金来源。',
      quote: PASSAGE_QUOTES[1],
    });
    expect(heard).toMatchObject({ channel: 'meeting-notes', provenance: '四川代表团第二组听会记录（乙秘书记）', placement: 'passage', kind: 'passage-comment', quote: PASSAGE_QUOTES[1] });
    const called = await call(yi, 'desk.addOpinion', {
      reportId: yi.reportId,
      versionId: yi.versionId,
      channel: 'hotline',
      provenance: '12345热线 2026-03-05 第18号',
      author: { name: '李华', delegation: '四川代表团', role: 'npc-delegate' },
      text: '希望报告写明保障房分配办法。',
    });
    expect(called).toMatchObject({ channel: 'hotline', placement: 'report' });
    // One person however they spoke: counted once.
    expect(called.author.id).toBe(heard.author.id);
    const view = await call(yi, 'desk.view', { reportId: yi.reportId, versionId: yi.versionId, filter: {} });
    expect(view.tally.byChannel).toMatchObject({ 'meeting-notes': 1, hotline: 1 });
    expect(await refusal(yi, 'desk.addOpinion', { ...({ reportId: yi.reportId, versionId: yi.versionId, channel: 'hotline', provenance: '', author: { name: '王五', delegation: '', role: 'npc-delegate' }, text: '意见' } as const), quote: '报告里没有的这句话' })).toMatch(/not in the report/);
  });
});

describe('desk packages between clerks', () => {
  it('sends 乙’s share with its 初审 and clusters to 甲, who makes the 复审 as another clerk', async () => {
    const suggestions = (await rows(yi, { kind: 'passage-suggestion', assignedTo: '乙秘书' })).slice(0, 2);
    await call(yi, 'desk.confirmCluster', { reportId: yi.reportId, memberIds: suggestions.map((row) => row.id), summary: '乙的归纳' });
    await call(yi, 'desk.dispose', { reportId: yi.reportId, opinionIds: suggestions.map((row) => row.id), stage: 'first', kindId: 'referred', reason: '', department: '市住建局' });

    const sent = await deskPackage(yi, { assignedTo: '乙秘书' });
    expect(sent.fileName).toMatch(/汇总台交换包\.json$/);
    const before = (await rows(jia)).length;
    const taken = await call(jia, 'desk.import', { reportId: jia.reportId, files: asFiles([sent]) });
    expect(taken.files[0]).toMatchObject({ kind: 'desk-package', status: 'accepted', author: '乙秘书' });
    expect(taken.files[0]!.reason).toMatch(/2 dispositions taken/);
    const after = await rows(jia);
    const share = await rows(yi, { assignedTo: '乙秘书' });
    expect(after.length).toBe(before + share.length);
    // How each came in travels with it.
    expect(after.find((row) => row.channel === 'meeting-notes')?.provenance).toBe('四川代表团第二组听会记录（乙秘书记）');
    const arrived = after.filter((row) => suggestions.some((s) => s.id === row.id));
    expect(arrived.map((row) => [row.first?.kindId, row.first?.department, row.first?.clerk.name])).toEqual([
      ['referred', '市住建局', '乙秘书'],
      ['referred', '市住建局', '乙秘书'],
    ]);
    const clusters = await call(jia, 'desk.clusters', { reportId: jia.reportId, versionId: jia.versionId });
    expect(clusters.confirmed.find((cluster) => cluster.summary === '乙的归纳')?.memberIds.sort()).toEqual(suggestions.map((row) => row.id).sort());

    // 甲 is another clerk: the 复审 needs no override.
    expect(await call(jia, 'desk.dispose', { reportId: jia.reportId, opinionIds: [arrived[0]!.id], stage: 'second', kindId: 'adopted', reason: '', department: '' })).toEqual({ changed: 1 });

    const again = await call(jia, 'desk.import', { reportId: jia.reportId, files: asFiles([sent]) });
    expect(again.files[0]).toMatchObject({ status: 'identical', imported: 0 });
    expect((await rows(jia)).length).toBe(after.length);
  });

  it('keeps two clerks’ different 初审 of one opinion side by side until one is chosen', async () => {
    const shared = (await rows(jia)).find((row) => row.author.name === delegateName(0) && row.kind === 'passage-suggestion')!;
    await call(jia, 'desk.dispose', { reportId: jia.reportId, opinionIds: [shared.id], stage: 'first', kindId: 'adopted', reason: '', department: '' });
    await call(yi, 'desk.dispose', { reportId: yi.reportId, opinionIds: [shared.id], stage: 'first', kindId: 'not-adopted', reason: '已有专项规划', department: '' });

    const taken = await call(jia, 'desk.import', { reportId: jia.reportId, files: asFiles([await deskPackage(yi)]) });
    expect(taken.files[0]).toMatchObject({ status: 'conflict', conflicts: 1 });
    const [row] = await rows(jia, { disposition: 'conflict' });
    expect(row!.id).toBe(shared.id);
    // Ours still holds; theirs waits beside it.
    expect(row!.first).toMatchObject({ kindId: 'adopted', clerk: { name: '甲秘书' } });
    expect(row!.disputed).toHaveLength(1);
    expect(row!.disputed[0]).toMatchObject({ stage: 'first', theirs: { kindId: 'not-adopted', reason: '已有专项规划', clerk: { name: '乙秘书' } } });

    await call(jia, 'desk.resolveConflict', { reportId: jia.reportId, opinionId: shared.id, stage: 'first', keep: 'theirs' });
    const [settled] = (await rows(jia)).filter((candidate) => candidate.id === shared.id);
    expect(settled!.first).toMatchObject({ kindId: 'not-adopted', reason: '已有专项规划', clerk: { name: '乙秘书' } });
    expect(settled!.disputed).toEqual([]);
    expect(await rows(jia, { disposition: 'conflict' })).toEqual([]);
    const log = await call(jia, 'desk.history', { reportId: jia.reportId, opinionId: shared.id });
    expect(log.at(-1)).toMatchObject({ old: { kindId: 'adopted' }, new: { kindId: 'not-adopted' }, clerk: { name: '甲秘书' } });
  });

  it('refuses a desk package changed on the way, and takes nothing from it', async () => {
    const sent = await deskPackage(yi);
    const text = sent.bytes.toString('utf8').replace('已有专项规划', '已有专项规划（改）');
    expect(text).not.toBe(sent.bytes.toString('utf8'));
    const before = (await call(jia, 'desk.history', { reportId: jia.reportId })).length;
    const taken = await call(jia, 'desk.import', { reportId: jia.reportId, files: [{ fileName: '乙-改过.json', dataBase64: Buffer.from(text).toString('base64') }] });
    expect(taken.files[0]).toMatchObject({ status: 'rejected', kind: 'desk-package' });
    expect(taken.files[0]!.reason).toMatch(/乙-改过\.json: this desk package was changed after it was written/);
    expect((await call(jia, 'desk.history', { reportId: jia.reportId })).length).toBe(before);
  });
});
