/**
 * `shenyi adoption` on a store holding a real report and its revised draft: each delegate's
 * suggestion gets the outcome the revision gave it, a comment learns whether its paragraph
 * changed, and the text output tallies each author's suggestions the way a delegate reads them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AdoptionReport } from '../../../main/model/versions';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-adoption-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OLD = readFileSync(FIXTURE('hubei-2026-zh-hans.txt'), 'utf8');
const ADOPTED = { quote: '促进循环经济发展', proposed: '大力促进循环经济高质量发展' };
const IGNORED = { quote: '加强荆楚艺术精品创作', proposed: '加强荆楚艺术精品和网络文艺创作' };
const DELETED = { quote: '外资外贸企业提质扩容', proposed: '外资外贸企业提质增效' };
const COMMENTED = '深化“拨改投”“补转股”改革';

function revised(): string {
  const deletedLine = OLD.split('\n').find((line) => line.includes(DELETED.quote))!;
  return OLD.replace(ADOPTED.quote, ADOPTED.proposed).replace(`${deletedLine}\n`, '').replace(COMMENTED, '深化财政资金“拨改投”改革');
}

describe('shenyi adoption', () => {
  it('says what became of each suggestion and comment in the revised draft', async () => {
    const dataDir = join(dir, 'data');
    const [first] = await shenyiJson<{ reportId: string; versionId: string }[]>(['import', FIXTURE('hubei-2026-zh-hans.txt'), '--data-dir', dataDir]);
    const reportId = first!.reportId;
    const note = (args: string[]) => shenyiJson(['note', 'add', '--report', reportId, '--data-dir', dataDir, '--author', '王代表', '--stance', '建议修改', '--body', '建议', ...args]);
    for (const s of [ADOPTED, IGNORED, DELETED]) await note(['--quote', s.quote, '--suggest', s.proposed, '--reason', '更准确']);
    await note(['--quote', COMMENTED]);

    // The commands go through the API's door: its schema and its not-found, word for word.
    const unknown = await shenyi(['versions', '--report', 'no-such-report', '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Report no-such-report is not in the library/);
    const badVersion = await shenyi(['adoption', '--report', reportId, '--from', 'v'.repeat(201), '--data-dir', dataDir]);
    expect(badVersion.code).toBe(1);
    expect(badVersion.stderr).toMatch(/versions\.adoption: .*\(fromVersionId\)/);

    // Before a revised draft there is nothing to compare with.
    const alone = await shenyi(['adoption', '--report', reportId, '--data-dir', dataDir]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/has only one version: import the revised draft with --as-version-of/);

    const revisedFile = join(dir, 'hubei-修改稿.txt');
    writeFileSync(revisedFile, revised());
    const [second] = await shenyiJson<{ reportId: string; versionId: string }[]>(['import', revisedFile, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '修改稿']);
    expect(second!.reportId).toBe(reportId);
    const versions = await shenyiJson<{ id: string; label: string }[]>(['versions', '--report', reportId, '--data-dir', dataDir]);
    expect(versions.map((v) => [v.id, v.label])).toEqual([[first!.versionId, 'v1'], [second!.versionId, '修改稿']]);

    const result = await shenyiJson<AdoptionReport>(['adoption', '--report', reportId, '--data-dir', dataDir]);
    expect(result.fromVersionId).toBe(first!.versionId);
    expect(result.toVersionId).toBe(second!.versionId);
    const byQuote = new Map(result.opinions.map((o) => [o.original, o]));
    expect(byQuote.get(ADOPTED.quote)).toMatchObject({ outcome: 'adopted', score: 1, now: ADOPTED.proposed });
    expect(byQuote.get(IGNORED.quote)).toMatchObject({ outcome: 'not-adopted', now: IGNORED.quote });
    expect(byQuote.get(DELETED.quote)).toMatchObject({ outcome: 'deleted', now: '' });
    expect(byQuote.get(COMMENTED)).toMatchObject({ outcome: 'changed', proposed: null });
    expect(result.suggestions).toMatchObject({ adopted: 1, 'not-adopted': 1, deleted: 1 });

    const text = await shenyi(['adoption', '--report', reportId, '--data-dir', dataDir]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('王代表的3条修改建议：采纳1，未采纳1，原文已删除1');
    expect(text.stdout).toContain('\t已采纳\t');
    expect(text.stdout).toContain('\t所在段落已修改\t');
  });
});
