/**
 * `shenyi desk briefing`: a 简报 file in, its speakers and their opinions out, looked up in the
 * report given with --against; no store is opened or written.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedBriefing } from '../../../main/desk/briefing';
import type { DeskOpinion } from '../../../main/desk/desk-opinion';
import type { IntakeReport } from '../../../main/desk/batch-import';
import type { DeskCluster, Headline } from '../../../main/api/contract';
import type { TallyNode } from '../../../main/model/desk';
import { delegatePackages, PASSAGE_QUOTES } from '../../support/delegates';
import { SAMPLE_REPORT } from '../../support/paths';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-desk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BRIEFING = FIXTURE(join('briefings', 'wuhan-hubei-2026-02.txt'));

describe('shenyi desk briefing', () => {
  it('prints each speaker paragraph with its delegation and quotes, and the paragraphs naming no one', async () => {
    const result = await shenyi(['desk', 'briefing', BRIEFING, '--against', FIXTURE('hubei-2026-zh-hans.txt')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('简报\t第2期\t大会秘书处\t2026-01-28');
    expect(lines[1]).toMatch(/^第1段\t黄志斌（武汉代表团）\t“促进循环经济发展”\t黄志斌代表说/);
    expect(lines[3]).toMatch(/^第3段\t郭海（武汉代表团）\t“支点建设七大战略”（3处）\t/);
    expect(lines.at(-1)).toBe('第6段\t未署名\t\t会议由代表团团长主持。');
  });

  it('gives the parsed briefing and one opinion per speaker as JSON, anchored by the report', async () => {
    const parsed = await shenyiJson<ParsedBriefing & { opinions: DeskOpinion[] }>(['desk', 'briefing', BRIEFING, '--against', FIXTURE('hubei-2026-zh-hans.txt')]);
    expect(parsed.header).toMatchObject({ issue: 2, date: '2026-01-28' });
    expect(parsed.opinions.map((o) => [o.author.name, o.author.delegation, o.kind, o.quote ?? null])).toEqual([
      ['黄志斌', '武汉代表团', 'passage-suggestion', '促进循环经济发展'],
      ['胡欣怡', '武汉代表团', 'passage-suggestion', '加强荆楚艺术精品创作'],
      ['郭海', '武汉代表团', 'report-note', null],
      ['郭海', '武汉代表团', 'report-note', null],
      ['邓春', '武汉代表团', 'passage-comment', '外资外贸企业提质扩容'],
    ]);
    expect(parsed.unattributed).toHaveLength(1);
  });

  it('reads a GB18030 简报 and refuses a file that is not .txt with its name', async () => {
    const gbk = join(dir, '简报-gbk.txt');
    const iconv = (await import('iconv-lite')).default;
    writeFileSync(gbk, iconv.encode('会议简报\n第1期\n大会秘书处编印　2026年3月5日\n\n王伟代表说，建议加强基层医疗卫生服务。\n', 'gb18030'));
    const parsed = await shenyiJson<ParsedBriefing>(['desk', 'briefing', gbk]);
    expect(parsed.speeches.map((s) => s.speakers[0]!.name)).toEqual(['王伟']);

    const docx = join(dir, '简报.docx');
    writeFileSync(docx, 'not really');
    const refused = await shenyi(['desk', 'briefing', docx]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`shenyi: ${docx}: desk briefing reads a 简报 saved as .txt\n`);
    const usage = await shenyi(['desk', 'tidy']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/desk takes import, briefing, tally, clusters or export \(got tidy\)/);
    const noReport = await shenyi(['desk', 'tally', '--data-dir', join(dir, 'never-made')]);
    expect(noReport.code).toBe(2);
    expect(noReport.stderr).toMatch(/desk tally needs --report/);
    expect(existsSync(join(dir, 'never-made'))).toBe(false);
  });
});

describe('shenyi desk on a library', () => {
  it('imports a folder of packages and a 简报, tallies, clusters and exports the 汇总表', async () => {
    const library = join(dir, 'clerk');
    const intake = join(dir, 'intake');
    mkdirSync(intake);
    const { packages } = await delegatePackages();
    for (const pkg of packages.slice(0, 12)) writeFileSync(join(intake, pkg.fileName), pkg.bytes);
    writeFileSync(join(intake, 'notes.md'), 'not a package');
    const [{ reportId }] = await shenyiJson<[{ reportId: string }]>(['import', SAMPLE_REPORT, '--data-dir', library]);

    const first = await shenyiJson<IntakeReport>(['desk', 'import', intake, '--data-dir', library, '--report', reportId]);
    expect(first.counts).toEqual({ accepted: 12, identical: 0, conflict: 0, rejected: 0 });
    const text = await shenyi(['desk', 'import', intake, '--data-dir', library]);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('12 files: 0 accepted, 12 identical, 0 with conflicts, 0 rejected; 0 opinions imported');

    const briefing = join(dir, '简报-第3期.txt');
    writeFileSync(briefing, `会议简报\n第3期\n大会秘书处编印\u30002026年3月5日\n\n张明代表说，报告中“${PASSAGE_QUOTES[3]}”很实在，建议说明分配入住情况。\n会议由团长主持。\n`);
    const taken = await shenyiJson<IntakeReport>(['desk', 'briefing', briefing, '--data-dir', library, '--report', reportId]);
    expect(taken.files[0]).toMatchObject({ kind: 'briefing', status: 'accepted', imported: 1, unanchored: 0 });

    const tally = await shenyiJson<{ headline: Headline; tally: TallyNode }>(['desk', 'tally', '--data-dir', library, '--report', reportId]);
    expect(tally.tally.opinions).toBe(12 * 2 + 2 + 1);
    expect(tally.tally.byChannel).toEqual({ package: 26, briefing: 1 });
    expect(tally.headline.line).toMatch(/^收集意见27条/);

    const clusters = await shenyiJson<{ suggested: DeskCluster[] }>(['desk', 'clusters', '--data-dir', library, '--report', reportId]);
    expect(clusters.suggested.length).toBeGreaterThan(0);

    const out = join(dir, '汇总表.xlsx');
    const exported = await shenyiJson<{ file: string; opinions: number }>(['desk', 'export', '--data-dir', library, '--report', reportId, '--format', 'summary-xlsx', '-o', out]);
    expect(exported.opinions).toBe(27);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => cells.push(...Array.from(row.values as unknown[], (value) => String(value ?? ''))));
    expect(cells.some((cell) => cell.startsWith('张明'))).toBe(true);
    expect(cells.some((cell) => cell.includes('简报'))).toBe(true);

    const noIssue = await shenyi(['desk', 'export', '--data-dir', library, '--report', reportId, '--format', 'briefing-docx', '-o', join(dir, 'b.docx')]);
    expect(noIssue.code).toBe(2);
    expect(noIssue.stderr).toMatch(/needs --issue N/);
  }, 120_000);
});
