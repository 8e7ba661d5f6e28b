/**
 * Versions through the API, as the renderer uses them: a revised draft imported as a new version
 * with its label, the report's chain, the comparison of two versions with each change pointing at
 * its paragraph, and what became of a delegate's suggestion.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/app/open-app';
import { dispatch } from '../../../main/api/dispatch';
import type { Output } from '../../../main/api/contract';
import { fixtureBytes } from '../fixtures';
import ExcelJS from 'exceljs';
import { paragraphTexts, unzip, wordTokens } from '../export/ooxml';
import { parsePackage } from '../../../main/packages/format/parse-package';

const apps: App[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-api-versions-'));
  dirs.push(dir);
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample: false });
  apps.push(app);
  return app;
}

async function call<T>(app: App, method: string, payload: unknown): Promise<T> {
  const result = await dispatch(app.handlers, method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const OLD = fixtureBytes('national-2024-wikisource-zh-hans.txt').toString('utf8');
const REVISED = OLD.replace('国内生产总值超过126万亿元', '国内生产总值达到126万亿元');
const upload = (name: string, text: string) => ({ fileName: name, dataBase64: Buffer.from(text).toString('base64') });

describe('versions through the API', () => {
  it('imports a revised draft as a labelled version, compares it and tells a suggestion adopted', async () => {
    const app = await start();
    const first = await call<Output<'import.file'>>(app, 'import.file', { ...upload('报告（征求意见稿）.txt', OLD), label: '征求意见稿' });
    if (first.status !== 'imported') throw new Error('expected an import');
    const { reportId, versionId: oldVersion } = first.reports[0]!;
    await call(app, 'profile.set', { name: '王代表', delegation: '山西代表团', role: 'npc-delegate' });
    const suggestion = await call<{ id: string }>(app, 'opinions.create', {
      reportId,
      versionId: oldVersion,
      kind: 'passage-suggestion',
      stanceId: 'revise',
      selection: await selectionOf(app, reportId, oldVersion, '超过'),
      suggestion: { proposed: '达到', reason: '数字已达到' },
    });

    const second = await call<Output<'import.file'>>(app, 'import.file', { ...upload('报告（修改稿）.txt', REVISED), asVersionOf: reportId, label: '修改稿' });
    if (second.status !== 'imported') throw new Error('expected an import');
    expect(second.reports[0]!.reportId).toBe(reportId);
    const chain = await call<Output<'report.versions'>>(app, 'report.versions', { reportId });
    expect(chain.map((version) => version.label)).toEqual(['征求意见稿', '修改稿']);
    // Opening a report opens its latest version.
    expect((await call<Output<'report.open'>>(app, 'report.open', { reportId })).version.label).toBe('修改稿');

    const comparison = await call<Output<'versions.compare'>>(app, 'versions.compare', { reportId, fromVersionId: oldVersion, toVersionId: chain[1]!.id, ignoreFormatting: false });
    expect(comparison.totalsSentence).toBe('共修改1处（补充0处、修改1处、删除0处）。');
    expect(comparison.changes).toHaveLength(1);
    const changed = comparison.paragraphs[comparison.changes[0]!.paragraph]!;
    expect(changed.status).toBe('changed');
    expect(changed.pieces.filter((piece) => piece.kind !== 'equal').map((piece) => [piece.kind, piece.old || piece.new])).toEqual([['delete', '超过'], ['insert', '达到']]);
    expect(changed.part).toBe('一、2023年工作回顾');

    const adoption = await call<Output<'versions.adoption'>>(app, 'versions.adoption', { reportId });
    expect(adoption.opinions).toEqual([expect.objectContaining({ opinionId: suggestion.id, outcome: 'adopted', score: 1, now: '达到' })]);
    expect(adoption.suggestions.adopted).toBe(1);
  });

  it('an export of the revised draft can say what became of each opinion: a 采纳情况 column, a line on the sheet, a field in the package', async () => {
    const app = await start();
    const first = await call<Output<'import.file'>>(app, 'import.file', { ...upload('报告（征求意见稿）.txt', OLD), label: '征求意见稿' });
    if (first.status !== 'imported') throw new Error('expected an import');
    const { reportId, versionId: oldVersion } = first.reports[0]!;
    await call(app, 'profile.set', { name: '王代表', delegation: '山西代表团', role: 'npc-delegate' });
    const adopted = await call<{ id: string }>(app, 'opinions.create', {
      reportId, versionId: oldVersion, kind: 'passage-suggestion', stanceId: 'revise',
      selection: await selectionOf(app, reportId, oldVersion, '超过'),
      suggestion: { proposed: '达到', reason: '数字已达到' },
    });
    const kept = await call<{ id: string }>(app, 'opinions.create', {
      reportId, versionId: oldVersion, kind: 'passage-suggestion', stanceId: 'revise',
      selection: await selectionOf(app, reportId, oldVersion, '城镇新增就业1244万人'),
      suggestion: { proposed: '城镇新增就业1244万人以上', reason: '留有余地' },
    });
    const firstOnly = await dispatch(app.handlers, 'export.build', { reportId, format: 'xlsx', order: 'report', includeOrphans: true, script: 'source', includeAdoption: true });
    expect(firstOnly).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('first version') } });
    await call(app, 'import.file', { ...upload('报告（修改稿）.txt', REVISED), asVersionOf: reportId, label: '修改稿' });

    const request = { reportId, order: 'report', includeOrphans: true, script: 'source', includeAdoption: true } as const;
    const xlsx = await call<Output<'export.build'>>(app, 'export.build', { ...request, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.at(-1)).toBe('采纳情况(征求意见稿→修改稿)');
    const byId = new Map<string, string>();
    sheet.eachRow((row, n) => {
      if (n > 1) byId.set(String(row.getCell(header.indexOf('意见编号') + 1).value), String(row.getCell(header.length).value));
    });
    expect(byId.get(adopted.id)).toBe('已采纳');
    expect(byId.get(kept.id)).toBe('未采纳（原文未变）');

    const docx = await call<Output<'export.build'>>(app, 'export.build', { ...request, format: 'docx' });
    const documentXml = (await unzip(Buffer.from(docx.dataBase64, 'base64'))).get('word/document.xml')!.toString('utf8');
    expect(paragraphTexts(wordTokens(documentXml)).map((p) => p.text)).toContain('采纳情况（征求意见稿→修改稿）：已采纳');

    const json = await call<Output<'export.build'>>(app, 'export.build', { ...request, format: 'json' });
    const parsed = parsePackage(Buffer.from(json.dataBase64, 'base64').toString('utf8'));
    const raw = JSON.parse(Buffer.from(json.dataBase64, 'base64').toString('utf8')) as { first: { items: { id: string; 'shenyi:adoption'?: { 'shenyi:outcome': string; label: string } }[] } };
    expect(parsed.document.first.items).toHaveLength(2);
    expect(raw.first.items.map((item) => item['shenyi:adoption']?.['shenyi:outcome']).sort()).toEqual(['adopted', 'not-adopted']);

    // Without the option, nothing changes: no column, no field.
    const plain = await call<Output<'export.build'>>(app, 'export.build', { ...request, includeAdoption: false, format: 'json' });
    expect(Buffer.from(plain.dataBase64, 'base64').toString('utf8')).not.toContain('shenyi:adoption');
  });

  it('compares one report with another (an earlier year’s with this year’s) in the same view, and refuses a version of neither', async () => {
    const app = await start();
    const earlier = await call<Output<'import.file'>>(app, 'import.file', { ...upload('2018年政府工作报告.txt', fixtureBytes('national-2018-govcn-zh-hans.txt').toString('utf8')) });
    const later = await call<Output<'import.file'>>(app, 'import.file', { ...upload('2024年政府工作报告.txt', OLD) });
    if (earlier.status !== 'imported' || later.status !== 'imported') throw new Error('expected two imports');
    const from = earlier.reports[0]!;
    const to = later.reports[0]!;
    expect(from.reportId).not.toBe(to.reportId);
    const comparison = await call<Output<'versions.compare'>>(app, 'versions.compare', {
      reportId: to.reportId, fromReportId: from.reportId, fromVersionId: from.versionId, toVersionId: to.versionId, ignoreFormatting: false,
    });
    expect([comparison.from.reportId, comparison.to.reportId]).toEqual([from.reportId, to.reportId]);
    expect(comparison.totals.total).toBeGreaterThan(50);
    // Both texts are there, aligned: paragraphs only in the old, only in the new, and changed pairs.
    const statuses = new Set(comparison.paragraphs.map((paragraph) => paragraph.status));
    expect(statuses.has('changed') || statuses.has('same')).toBe(true);
    expect(comparison.paragraphs.some((p) => p.pieces.some((piece) => piece.kind === 'delete' && piece.old.includes('2017年')))).toBe(true);
    expect(comparison.changes[0]!.sentence).toMatch(/^(在|将|删去)/);
    // One part against another: the 2018 report's plan for the year against the 2024 report's review of 2023.
    const plan = comparison.parts.from.find((part) => part.heading.includes('2018年政府工作'))!;
    const review = comparison.parts.to.find((part) => part.heading.includes('2023年工作回顾'))!;
    expect(plan && review).toBeTruthy();
    const parts = await call<Output<'versions.compare'>>(app, 'versions.compare', {
      reportId: to.reportId, fromReportId: from.reportId, fromVersionId: from.versionId, toVersionId: to.versionId,
      fromPartId: plan.id, toPartId: review.id, ignoreFormatting: false,
    });
    expect(parts.parts).toMatchObject({ fromPartId: plan.id, toPartId: review.id });
    const planLabel = plan.heading.slice(0, 1);
    const reviewLabel = review.heading.slice(0, 1);
    expect(parts.paragraphs.length).toBeGreaterThan(5);
    expect(parts.paragraphs.length).toBeLessThan(comparison.paragraphs.length / 2);
    for (const paragraph of parts.paragraphs) {
      if (paragraph.oldPath) expect(paragraph.oldPath.startsWith(planLabel)).toBe(true);
      if (paragraph.newPath) expect(paragraph.newPath.startsWith(reviewLabel)).toBe(true);
    }
    // A version must belong to the report it is named with.
    const wrong = await dispatch(app.handlers, 'versions.compare', { reportId: to.reportId, fromReportId: from.reportId, fromVersionId: to.versionId, toVersionId: to.versionId, ignoreFormatting: false });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining(`not a version of report ${from.reportId}`) } });
  });

  it('follows an opinion through every hop of a three-draft chain, each hop told on its own; one written on the second draft joins at its hop', async () => {
    const app = await start();
    const first = await call<Output<'import.file'>>(app, 'import.file', { ...upload('征求意见稿.txt', OLD), label: '征求意见稿' });
    if (first.status !== 'imported') throw new Error('expected an import');
    const { reportId, versionId: v1 } = first.reports[0]!;
    await call(app, 'profile.set', { name: '王代表', delegation: '山西代表团', role: 'npc-delegate' });
    const early = await call<{ id: string }>(app, 'opinions.create', {
      reportId, versionId: v1, kind: 'passage-suggestion', stanceId: 'revise',
      selection: await selectionOf(app, reportId, v1, '超过'),
      suggestion: { proposed: '达到', reason: '数字已达到' },
    });
    // The second draft leaves the words as they were; the third takes the suggestion.
    const second = await call<Output<'import.file'>>(app, 'import.file', { ...upload('提请审议稿.txt', OLD.replace('城镇新增就业1244万人', '城镇新增就业1244万人，高校毕业生就业稳定')), asVersionOf: reportId, label: '提请审议稿' });
    if (second.status !== 'imported') throw new Error('expected an import');
    const v2 = second.reports[0]!.versionId;
    const later = await call<{ id: string }>(app, 'opinions.create', {
      reportId, versionId: v2, kind: 'passage-comment', stanceId: 'question',
      selection: await selectionOf(app, reportId, v2, '高校毕业生就业稳定'),
    });
    await call(app, 'import.file', { ...upload('修改稿.txt', REVISED.replace('城镇新增就业1244万人', '城镇新增就业1244万人，高校毕业生就业稳定')), asVersionOf: reportId, label: '修改稿' });

    const history = await call<Output<'versions.history'>>(app, 'versions.history', { reportId });
    expect(history.versions.map((version) => version.label)).toEqual(['征求意见稿', '提请审议稿', '修改稿']);
    const trail = (id: string) => history.hops.map((hop) => hop.opinions.find((entry) => entry.opinionId === id)?.outcome ?? null);
    expect(trail(early.id)).toEqual(['not-adopted', 'adopted']);
    // Its paragraph is the one the third draft changed (超过 → 达到).
    expect(trail(later.id)).toEqual([null, 'changed']);
    expect(history.hops.map((hop) => hop.suggestions.adopted)).toEqual([0, 1]);
  });

  it('refuses a version of a report that is not there, and a comparison of a version with itself', async () => {
    const app = await start();
    const missing = await dispatch(app.handlers, 'import.file', { ...upload('a.txt', OLD), asVersionOf: 'r_missing' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(app.store.reports.listReports()).toEqual([]);
    const first = await call<Output<'import.file'>>(app, 'import.file', upload('a.txt', OLD));
    if (first.status !== 'imported') throw new Error('expected an import');
    const { reportId, versionId } = first.reports[0]!;
    const same = await dispatch(app.handlers, 'versions.compare', { reportId, fromVersionId: versionId, toVersionId: versionId, ignoreFormatting: false });
    expect(same).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('same version') } });
  });

  it('keeps a person’s confirmation of a partial adoption, and counts it as confirmed', async () => {
    const app = await start();
    const first = await call<Output<'import.file'>>(app, 'import.file', upload('报告.txt', OLD));
    if (first.status !== 'imported') throw new Error('expected an import');
    const { reportId, versionId } = first.reports[0]!;
    await call(app, 'profile.set', { name: '王代表', delegation: '山西代表团', role: 'npc-delegate' });
    const suggestion = await call<{ id: string }>(app, 'opinions.create', {
      reportId,
      versionId,
      kind: 'passage-suggestion',
      stanceId: 'revise',
      selection: await selectionOf(app, reportId, versionId, '城镇新增就业1244万人'),
      suggestion: { proposed: '城镇新增就业1244万人，高校毕业生就业保持总体稳定', reason: '补充' },
    });
    const partly = OLD.replace('城镇新增就业1244万人', '城镇新增就业1244万人，高校毕业生就业稳定');
    const second = await call<Output<'import.file'>>(app, 'import.file', { ...upload('修改稿.txt', partly), asVersionOf: reportId, label: '修改稿' });
    if (second.status !== 'imported') throw new Error('expected an import');
    const toVersionId = second.reports[0]!.versionId;

    const before = await call<Output<'versions.adoption'>>(app, 'versions.adoption', { reportId });
    expect(before.opinions[0]).toMatchObject({ outcome: 'partly-adopted', confirmed: null });
    expect(before.opinions[0]!.score).toBeGreaterThan(0.4);
    expect(before.opinions[0]!.score).toBeLessThan(1);
    // The clerk or delegate looks and says it was in fact adopted.
    const confirmed = await call<Output<'versions.confirmAdoption'>>(app, 'versions.confirmAdoption', { opinionId: suggestion.id, toVersionId, status: 'adopted' });
    expect(confirmed).toMatchObject({ status: 'adopted', by: '王代表' });

    app.close();
    apps.pop();
    const again = await openApp({ dataDir: app.dataDir, shell: 'browser', version: 'test', seedSample: false });
    apps.push(again);
    const after = await call<Output<'versions.adoption'>>(again, 'versions.adoption', { reportId });
    expect(after.opinions[0]).toMatchObject({ outcome: 'partly-adopted', confirmed: { status: 'adopted', by: '王代表' } });
    expect(after.suggestions).toMatchObject({ adopted: 1, 'partly-adopted': 0 });
    const notASuggestion = await dispatch(again.handlers, 'versions.confirmAdoption', { opinionId: 'o_missing', toVersionId, status: 'adopted' });
    expect(notASuggestion).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

/** The selection of the first occurrence of `words` in a version's paragraphs. */
async function selectionOf(app: App, reportId: string, versionId: string, words: string) {
  const paragraph = app.store.reports.paragraphsOf(versionId).find((p) => p.text.includes(words))!;
  const start = paragraph.text.indexOf(words);
  expect(reportId).toBeTruthy();
  return { startParagraphId: paragraph.id, startOffset: start, endParagraphId: paragraph.id, endOffset: start + words.length };
}
