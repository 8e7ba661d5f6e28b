/**
 * The clerk's desk through the API, on 30 delegates' real packages (tests/support/delegates.ts):
 * a batch intake with a per-file report, packages made on a revised draft re-anchored without a
 * wrong placement, the consolidated counts against an independent SQL recount, suggested and
 * confirmed clusters, dispositions through 初审 and 复审 with their log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { Input, Method, Output } from '../../../main/api/contract';
import { openApp, type App } from '../../../main/app/open-app';
import type { DeskRow, TallyNode } from '../../../main/model/desk';
import { DELEGATIONS, delegatePackages, PASSAGE_QUOTES, REVISED_DELEGATES, REVISED_TO, type DelegateFixture } from '../../support/delegates';

let fixture: DelegateFixture;
let dataDir: string;
let app: App;
let reportId: string;
let versionId: string;

const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<M>;
};
const refusal = async <M extends Method>(method: M, input: Input<M>): Promise<string> => {
  const result = await dispatch(app.handlers, method, input);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error.message;
};
const files = (list: { fileName: string; bytes: Buffer }[]) => list.map((file) => ({ fileName: file.fileName, dataBase64: file.bytes.toString('base64') }));
const allRows = async (filter: Input<'desk.view'>['filter'] = {}) => (await call('desk.view', { reportId, versionId, filter, limit: 2000 })).rows;

beforeAll(async () => {
  fixture = await delegatePackages();
  dataDir = mkdtempSync(join(tmpdir(), 'shenyi-desk-'));
  app = await openApp({ dataDir, shell: 'browser', version: 'test' });
  await call('profile.set', { name: '甲秘书', delegation: '秘书处', role: 'clerk' });
  const [report] = await call('library.list', {});
  reportId = report!.id;
  versionId = report!.latestVersionId;
}, 120_000);

afterAll(() => {
  app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('batch intake', () => {
  it('takes 30 packages and a damaged one in one call, with a line per file; a re-run changes nothing', async () => {
    const damaged = { fileName: '99-损坏.json', bytes: Buffer.from('{"@context": [') };
    const first = await call('desk.import', { reportId, files: files([...fixture.packages, damaged]) });
    expect(first.counts).toEqual({ accepted: 30, identical: 0, conflict: 0, rejected: 1 });
    const bad = first.files.find((file) => file.fileName === damaged.fileName)!;
    expect(bad.reason).toMatch(/99-损坏\.json: this opinion package is damaged or not valid/);
    const opinionsAfterFirst = (await allRows()).length;
    expect(opinionsAfterFirst).toBe(30 * 2 + 3);

    const again = await call('desk.import', { reportId, files: files(fixture.packages) });
    expect(again.counts).toEqual({ accepted: 0, identical: 30, conflict: 0, rejected: 0 });
    expect(again.imported).toBe(0);
    expect((await allRows()).length).toBe(opinionsAfterFirst);
  });

  it('a package exported again after an edit is a conflict, kept beside the original', async () => {
    const outcome = await call('desk.import', { reportId, files: files([fixture.edited]) });
    expect(outcome.files[0]).toMatchObject({ status: 'conflict', conflicts: 1, imported: 0 });
    const conflicts = (await allRows()).filter((row) => row.conflictOf !== null);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.suggestion?.reason).toBe('会后补充：理由已改写。');
  });

  it('re-anchors packages made on a revised draft: unchanged passages found where the others are, rewritten words never placed', async () => {
    const report = await call('desk.import', { reportId, files: files(fixture.packages.filter((p) => p.revised)) });
    expect(report.counts.identical).toBe(3);
    const rows = await allRows();
    const locationOfQuote = new Map(rows.filter((row) => row.quote && row.placement === 'passage').map((row) => [row.quote!, row.location]));
    for (const i of REVISED_DELEGATES) {
      const theirs = rows.filter((row) => row.author.name === `代表${i + 1}`);
      expect(theirs.length).toBeGreaterThan(0);
      for (const row of theirs) {
        if (row.quote === REVISED_TO) expect(row.placement).toBe('unplaced');
        else expect(row.location).toBe(locationOfQuote.get(row.quote!));
      }
    }
    // What the intake said of them: matched by passages, the rewritten words not found.
    const fresh = await call('desk.import', { reportId, files: files(fixture.packages.filter((p) => p.revised)) });
    expect(fresh.files.every((file) => file.matched === 'passages')).toBe(true);
  });
});

/** Every node's counts recomputed in SQL from the opinions table and each row's paragraph, not from the tally. */
function sqlRecount(rows: DeskRow[]): Map<string, { opinions: number; people: number; delegations: number }> {
  const db = app.store!.db;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS recount (opinion_id TEXT PRIMARY KEY, paragraph_id TEXT)');
  db.exec('DELETE FROM recount');
  const insert = db.prepare('INSERT INTO recount VALUES (?, ?)');
  db.transaction(() => rows.forEach((row) => insert.run(row.id, row.paragraphId)))();
  const counted = db
    .prepare(`
      SELECT r.paragraph_id AS id, count(*) AS opinions, count(DISTINCT o.author_id) AS people, count(DISTINCT NULLIF(o.author_delegation, '')) AS delegations
      FROM recount r JOIN opinions o ON o.id = r.opinion_id WHERE r.paragraph_id IS NOT NULL GROUP BY r.paragraph_id
      UNION ALL
      SELECT 'report', count(*), count(DISTINCT o.author_id), count(DISTINCT NULLIF(o.author_delegation, '')) FROM recount r JOIN opinions o ON o.id = r.opinion_id
      UNION ALL
      SELECT CASE WHEN s.kind = 'closing' THEN s.parent_id ELSE s.id END AS owner, count(*), count(DISTINCT o.author_id), count(DISTINCT NULLIF(o.author_delegation, ''))
      FROM recount r JOIN opinions o ON o.id = r.opinion_id
        JOIN paragraphs p ON p.id = r.paragraph_id AND p.version_id = ?
        JOIN sections s ON s.id = p.section_id AND s.version_id = p.version_id
      GROUP BY owner`)
    .all(versionId) as { id: string; opinions: number; people: number; delegations: number }[];
  return new Map(counted.map((row) => [row.id, row]));
}

const nodes = (root: TallyNode): TallyNode[] => [root, ...root.children.flatMap(nodes)];

describe('consolidated view', () => {
  it('every figure equals an SQL recount, under random filters', async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const choices = [() => ({}), () => ({ delegation: DELEGATIONS[Math.floor(random() * 5)] }), () => ({ stanceId: ['agree', 'question', 'revise'][Math.floor(random() * 3)] }), () => ({ kind: 'passage-suggestion' as const })];
    for (let run = 0; run < 12; run++) {
      const filter = { ...choices[Math.floor(random() * choices.length)]!(), ...(random() < 0.4 ? choices[1]!() : {}) };
      const view = await call('desk.view', { reportId, versionId, filter, limit: 2000 });
      const recount = sqlRecount(view.rows);
      expect(view.tally.opinions).toBe(view.total);
      for (const node of nodes(view.tally)) {
        const expected = recount.get(node.id);
        // Sections count their sub-sections' opinions too; the SQL groups paragraphs by their direct section (a part's closing ones by the part).
        if (node.level === 'paragraph' || node.level === 'report') expect({ id: node.id, opinions: node.opinions, people: node.people, delegations: node.delegations }).toEqual({ id: node.id, opinions: expected?.opinions ?? 0, people: expected?.people ?? 0, delegations: expected?.delegations ?? 0 });
        if (node.level !== 'paragraph' && node.level !== 'report' && node.level !== 'unplaced') {
          const direct = node.children.filter((child) => child.level === 'paragraph').reduce((sum, child) => sum + child.opinions, 0);
          const below = node.children.filter((child) => child.level !== 'paragraph').reduce((sum, child) => sum + child.opinions, 0);
          expect(node.opinions).toBe(direct + below);
          expect(direct).toBe(recount.get(node.id)?.opinions ?? 0);
        }
      }
    }
  });

  it('locates each passage as the 汇总表 does, counts channels, and lists a node’s rows', async () => {
    const view = await call('desk.view', { reportId, versionId, filter: {} });
    expect(view.tally.byChannel).toEqual({ package: view.tally.opinions });
    expect(view.delegations).toEqual([...DELEGATIONS].sort((a, b) => a.localeCompare(b, 'zh')));
    const paragraph = nodes(view.tally).find((node) => node.level === 'paragraph' && node.opinions > 0)!;
    expect(paragraph.label).toMatch(/^第[一二三四五六七八九十]+部分.*第\d+段$/);
    const under = await call('desk.view', { reportId, versionId, filter: { nodeId: paragraph.id } });
    expect(under.total).toBe(paragraph.opinions);
    expect(under.rows.every((row) => row.paragraphId === paragraph.id)).toBe(true);
    expect(view.headline.line).toMatch(/^收集意见\d+条，涉及代表\d+人次；筛选\d+条（报告修改意见\d+条、政策建议\d+条）；修改报告\d+处；转\d+个部门/);
  });
});

describe('clusters and dispositions', () => {
  it('suggests the near-duplicate proposals of one passage; the clerk confirms, splits and merges', async () => {
    const { suggested } = await call('desk.clusters', { reportId, versionId });
    const rows = await allRows();
    const byId = new Map(rows.map((row) => [row.id, row]));
    // The first passage draws two pairs of identical proposals and four delegates' like-worded comments: take the largest.
    const onFirst = suggested
      .filter((cluster) => cluster.memberIds.every((id) => byId.get(id)!.quote === PASSAGE_QUOTES[0]))
      .sort((a, b) => b.memberIds.length - a.memberIds.length)[0];
    expect(onFirst).toBeDefined();
    expect(onFirst!.memberIds.length).toBeGreaterThanOrEqual(3);
    // Different passages never share a suggested cluster.
    for (const cluster of suggested) expect(new Set(cluster.memberIds.map((id) => byId.get(id)!.location)).size).toBe(1);

    const confirmed = await call('desk.confirmCluster', { reportId, memberIds: onFirst!.memberIds, summary: '建议说明新兴产业增长来源。' });
    const people = new Set(onFirst!.memberIds.map((id) => byId.get(id)!.author.id)).size;
    expect(confirmed.countsLine).toMatch(new RegExp(`^综合${people}位代表（\\d个代表团）意见$`));
    const after = await call('desk.clusters', { reportId, versionId });
    expect(after.confirmed.map((c) => c.id)).toEqual([confirmed.id]);
    expect(after.suggested.some((c) => c.memberIds.some((id) => confirmed.memberIds.includes(id)))).toBe(false);

    const [kept, ...split] = confirmed.memberIds;
    const smaller = await call('desk.updateCluster', { id: confirmed.id, memberIds: [kept!, split[0]!] });
    expect(smaller!.memberIds).toEqual([kept, split[0]]);
    const second = await call('desk.confirmCluster', { reportId, memberIds: split.slice(1).length >= 2 ? split.slice(1) : [split[1]!, split[0]!], summary: '另一组' });
    const merged = await call('desk.mergeClusters', { into: confirmed.id, others: [second.id] });
    expect(new Set(merged!.memberIds)).toEqual(new Set(onFirst!.memberIds));
    expect(merged!.summary).toBe('建议说明新兴产业增长来源。\n另一组');
  });

  it('初审 then 复审 by another clerk, a whole cluster at once, every change in the log', async () => {
    const [cluster] = (await call('desk.clusters', { reportId, versionId })).confirmed;
    expect(await refusal('desk.dispose', { reportId, clusterId: cluster!.id, stage: 'first', kindId: 'not-adopted', reason: ' ', department: '' })).toMatch(/needs a reason/);
    expect(await refusal('desk.dispose', { reportId, clusterId: cluster!.id, stage: 'first', kindId: 'referred', reason: '', department: '' })).toMatch(/needs the department/);
    expect(await refusal('desk.dispose', { reportId, clusterId: cluster!.id, stage: 'second', kindId: 'adopted', reason: '', department: '' })).toMatch(/no 初审 yet/);
    expect(await call('desk.dispose', { reportId, clusterId: cluster!.id, stage: 'first', kindId: 'referred', reason: '', department: '市发改委' })).toEqual({ changed: cluster!.memberIds.length });
    expect(await refusal('desk.dispose', { reportId, clusterId: cluster!.id, stage: 'second', kindId: 'adopted', reason: '', department: '' })).toMatch(/another clerk/);
    const awaiting = await allRows({ disposition: 'awaiting-second' });
    expect(new Set(awaiting.map((row) => row.id))).toEqual(new Set(cluster!.memberIds));

    await call('profile.set', { name: '甲秘书', delegation: '秘书处', role: 'clerk' });
    await call('desk.dispose', { reportId, opinionIds: [cluster!.memberIds[0]!], stage: 'second', kindId: 'adopted', reason: '', department: '', override: '乙秘书休假，处长同意' });
    const [row] = await allRows({ disposition: 'adopted' });
    expect(row!.second).toMatchObject({ kindId: 'adopted', override: '乙秘书休假，处长同意', clerk: { name: '甲秘书' } });
    expect(await refusal('desk.dispose', { reportId, opinionIds: [row!.id], stage: 'first', kindId: 'adopted', reason: '', department: '' })).toMatch(/has had its 复审/);

    const log = await call('desk.history', { reportId, opinionId: row!.id });
    expect(log.map((change) => [change.stage, change.old?.kindId ?? null, change.new?.kindId ?? null])).toEqual([
      ['first', null, 'referred'],
      ['second', null, 'adopted'],
    ]);
    await call('desk.clearDisposition', { reportId, opinionIds: [row!.id], stage: 'second' });
    expect((await call('desk.history', { reportId, opinionId: row!.id })).at(-1)).toMatchObject({ stage: 'second', new: null, old: { kindId: 'adopted' } });
    const view = await call('desk.view', { reportId, versionId, filter: {} });
    expect(view.headline.line).toMatch(/转1个部门/);
  });

  it('the list of dispositions is editable; a built-in one is not removed, one in use is not removed', async () => {
    const kinds = await call('desk.saveKind', { id: 'merged-elsewhere', name: '并入其他意见', needs: null, countsAs: 'reflected', order: 7 });
    expect(kinds.map((kind) => kind.name)).toContain('并入其他意见');
    expect(await refusal('desk.removeKind', { id: 'adopted' })).toMatch(/built in/);
    const [free] = await allRows({ disposition: 'none' });
    await call('desk.dispose', { reportId, opinionIds: [free!.id], stage: 'first', kindId: 'merged-elsewhere', reason: '', department: '' });
    expect(await refusal('desk.removeKind', { id: 'merged-elsewhere' })).toMatch(/change theirs first/);
  });
});
