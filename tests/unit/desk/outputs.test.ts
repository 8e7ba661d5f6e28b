/**
 * The desk's four outputs made through the API (desk.export) and opened back, on 30 delegates'
 * packages (tests/support/delegates.ts) and a 简报 with one over-long speech: two confirmed
 * clusters and three lone opinions decided through 初审 and 复审, then what a clerk checks in
 * each file — the 汇总表's columns, grouping, 报告位置 and headline figures (.xlsx and .docx),
 * an anonymous output naming no one, the 简报's 报头 and speeches, the 转办清单's sheet per
 * department, and document properties free of the machine's user.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { DeskCluster, Input, Method, Output } from '../../../main/api/contract';
import { openApp, type App } from '../../../main/app/open-app';
import type { DeskRow } from '../../../main/model/desk';
import { DELEGATE_COUNT, DELEGATIONS, delegateName, delegatePackages, PASSAGE_QUOTES } from '../../support/delegates';
import { unzip, wordParagraphs } from '../../support/office';

/** The 汇总表's columns as the clerks' issue lists them. */
const ISSUE_COLUMNS = ['序号', '报告位置', '意见类型', '意见内容/归纳', '提出人', '人次', '建议改为', '理由', '处理意见', '处理说明', '承办部门', '来源渠道'];
const SUMMARY_A = '建议说明新兴产业增长来源。';
const SUMMARY_B = '建议列出城镇化项目完成率。';
/** A 简报 speaker, named in no package: an anonymous output must not print them either. */
const SPEAKER = '王建国';
const LONG_SPEECH = [
  `报告中“${PASSAGE_QUOTES[3]}”很实在，建议进一步说明保障性住房的分配和入住情况`,
  '公布轮候家庭的数量和平均轮候时间',
  '说明租金标准、补贴发放办法和退出机制',
  '介绍配套学校、医院、菜市场和公交线路的建设进度',
  '明确工程质量验收和后期物业管理的责任单位',
  '对已建成但空置的房源作出盘活利用的安排',
  '并对下一年度的开工、竣工和分配计划给出具体数字，便于代表监督',
  '同时建议在明年的报告中单列一段，专门报告保障性住房工作的进展和群众满意度测评结果',
].join('，');
const BRIEFING_TXT = `会议简报\n第3期\n大会秘书处编印\u30002026年3月5日\n\n山西代表团${SPEAKER}代表说，${LONG_SPEECH}。\n`;

let dataDir: string;
let app: App;
let reportId: string;
let versionId: string;
let rows: DeskRow[];
let clusterA: DeskCluster;
let clusterB: DeskCluster;
/** Lone opinions: referred to 市发改委, adopted, not adopted. */
let lone: { referred: DeskRow; adopted: DeskRow; notAdopted: DeskRow };

const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<M>;
};
const allRows = async () => (await call('desk.view', { reportId, versionId, filter: {}, limit: 2000 })).rows;
const exported = async (format: Input<'desk.export'>['format'], anonymous: boolean, briefing?: Input<'desk.export'>['briefing']) => {
  const file = await call('desk.export', { reportId, versionId, format, anonymous, ...(briefing ? { briefing } : {}) });
  return { ...file, bytes: Buffer.from(file.dataBase64, 'base64') };
};
const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};
/** Every row of a sheet as the text of its cells, empty cells as ''. */
const sheetRows = (sheet: ExcelJS.Worksheet): string[][] => {
  const out: string[][] = [];
  sheet.eachRow((row) => out.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text)));
  return out;
};
const asRecords = ([header, ...body]: string[][]) => body.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i] ?? ''])));
const label = (row: DeskRow) => `${row.author.name}·${row.author.delegation}`;
const partOf = (location: string) => /^(第[^部]+部分|全文|未定位)/.exec(location)?.[1] ?? location;
/** Runs of equal values collapsed: [a, a, b, a] → [a, b, a]. */
const runs = (values: string[]) => values.filter((value, i) => i === 0 || values[i - 1] !== value);

beforeAll(async () => {
  const fixture = await delegatePackages();
  dataDir = mkdtempSync(join(tmpdir(), 'shenyi-desk-outputs-'));
  app = await openApp({ dataDir, shell: 'browser', version: 'test' });
  await call('profile.set', { name: '甲秘书', delegation: '秘书处', role: 'clerk' });
  const [report] = await call('library.list', {});
  reportId = report!.id;
  versionId = report!.latestVersionId;
  const intake = [...fixture.packages, { fileName: '简报-第3期.txt', bytes: Buffer.from(BRIEFING_TXT) }];
  const taken = await call('desk.import', { reportId, files: intake.map((file) => ({ fileName: file.fileName, dataBase64: file.bytes.toString('base64') })) });
  expect(taken.counts).toEqual({ accepted: 31, identical: 0, conflict: 0, rejected: 0 });

  // Two clusters, each the largest suggestion on its passage, confirmed with a 归纳意见.
  const byId = new Map((await allRows()).map((row) => [row.id, row]));
  const { suggested } = await call('desk.clusters', { reportId, versionId });
  const largestOn = (quote: string) => suggested.filter((cluster) => cluster.memberIds.every((id) => byId.get(id)!.quote === quote)).sort((a, b) => b.memberIds.length - a.memberIds.length)[0]!;
  clusterA = await call('desk.confirmCluster', { reportId, memberIds: largestOn(PASSAGE_QUOTES[0]).memberIds, summary: SUMMARY_A });
  clusterB = await call('desk.confirmCluster', { reportId, memberIds: largestOn(PASSAGE_QUOTES[1]).memberIds, summary: SUMMARY_B });

  const free = (await allRows()).filter((row) => row.clusterId === null && row.channel === 'package' && row.placement === 'passage');
  lone = {
    referred: free.find((row) => row.kind === 'passage-comment' && row.quote === PASSAGE_QUOTES[5])!,
    adopted: free.find((row) => row.kind === 'passage-suggestion' && row.quote === PASSAGE_QUOTES[7])!,
    notAdopted: free.find((row) => row.kind === 'passage-suggestion' && row.quote === PASSAGE_QUOTES[4])!,
  };
  // 初审 by 甲秘书: cluster A wrongly to 市财政局, which the 复审 corrects.
  const first = { reportId, stage: 'first' as const, reason: '', department: '' };
  await call('desk.dispose', { ...first, clusterId: clusterA.id, kindId: 'referred', department: '市财政局' });
  await call('desk.dispose', { ...first, clusterId: clusterB.id, kindId: 'referred', department: '市财政局', reason: '请研究资金安排。' });
  await call('desk.dispose', { ...first, opinionIds: [lone.referred.id], kindId: 'referred', department: '市发改委', reason: '请研究统计口径。' });
  await call('desk.dispose', { ...first, opinionIds: [lone.adopted.id], kindId: 'adopted' });
  await call('desk.dispose', { ...first, opinionIds: [lone.notAdopted.id], kindId: 'not-adopted', reason: '报告已有相关表述。' });
  // The 复审: one library is one clerk (renaming the profile keeps its id), so it says why the same clerk may.
  await call('desk.dispose', { reportId, clusterId: clusterA.id, stage: 'second', kindId: 'referred', department: '市发改委', reason: '增长来源由发改委研究。', override: '乙秘书休假，处长同意' });
  rows = await allRows();
}, 180_000);

afterAll(() => {
  app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('审议意见汇总表 (.xlsx)', () => {
  let records: Record<string, string>[];
  let header: string[];
  let about: string[][];
  let sheetNames: string[];

  beforeAll(async () => {
    const file = await exported('summary-xlsx', false);
    expect(file.fileName).toMatch(/-审议意见汇总表\.xlsx$/);
    expect(file.opinionCount).toBe(rows.length);
    const workbook = await workbookOf(file.bytes);
    sheetNames = workbook.worksheets.map((sheet) => sheet.name);
    const table = sheetRows(workbook.getWorksheet('审议意见汇总表')!);
    header = table[0]!;
    records = asRecords(table);
    about = sheetRows(workbook.getWorksheet('说明')!);
  });

  const itemRecords = () => records.filter((record) => /^\d+$/.test(record['序号']!));
  const itemOf = (cluster: DeskCluster) => records.findIndex((record) => record['意见类型'] === '归纳意见' && record['意见内容/归纳']!.endsWith(cluster.summary));

  it('has the issue’s columns, in its order, and a row per opinion plus one per confirmed cluster', () => {
    expect(sheetNames).toEqual(['审议意见汇总表', '说明']);
    expect(header).toEqual(ISSUE_COLUMNS);
    expect(records).toHaveLength(rows.length + 2);
    expect(itemRecords()).toHaveLength(rows.length - clusterA.memberIds.length - clusterB.memberIds.length + 2);
  });

  it('groups part → paragraph → item in report order, numbering items 1, 2 … and a cluster’s members n.1, n.2 … under it', () => {
    const numbers = records.map((record) => record['序号']!);
    let item = 0;
    let member = 0;
    for (const number of numbers) {
      if (/^\d+$/.test(number)) {
        expect(number).toBe(String(++item));
        member = 0;
      } else expect(number).toBe(`${item}.${++member}`);
    }
    // Each paragraph is one block, in the order the desk lists its rows; so is each part.
    const itemLocations = itemRecords().map((record) => record['报告位置']!.split('\n')[0]!);
    expect(runs(itemLocations)).toEqual([...new Set(rows.map((row) => row.location))]);
    expect(new Set(runs(itemLocations.map(partOf))).size).toBe(runs(itemLocations.map(partOf)).length);
  });

  it('puts a confirmed cluster’s 归纳意见 row before its members, with the counts line and every member’s own row', () => {
    for (const cluster of [clusterA, clusterB]) {
      const at = itemOf(cluster);
      expect(at).toBeGreaterThanOrEqual(0);
      const members = rows.filter((row) => cluster.memberIds.includes(row.id));
      const people = new Set(members.map((row) => row.author.name)).size;
      const delegations = new Set(members.map((row) => row.author.delegation)).size;
      expect(cluster.countsLine).toBe(`综合${people}位代表（${delegations}个代表团）意见`);
      expect(records[at]!['意见内容/归纳']).toBe(`${cluster.countsLine}：${cluster.summary}`);
      expect(records[at]!['人次']).toBe(String(new Set(members.map((row) => row.author.id)).size));
      const under = records.slice(at + 1, at + 1 + members.length);
      expect(under.map((record) => record['序号'])).toEqual(members.map((_, i) => `${records[at]!['序号']}.${i + 1}`));
      expect(new Set(under.map((record) => record['提出人']))).toEqual(new Set(members.map(label)));
      expect(new Set(under.map((record) => record['建议改为']))).toEqual(new Set(members.map((row) => row.suggestion?.proposed ?? '')));
      // The row after the members is the next item, not another member.
      expect(records[at + 1 + members.length]?.['序号'] ?? '').not.toMatch(/\./);
    }
  });

  it('reads 报告位置 as 第一部分（二）第1段 with an excerpt of the report’s words', () => {
    const cluster = records[itemOf(clusterA)]!;
    const member = rows.find((row) => row.id === clusterA.memberIds[0])!;
    expect(member.location).toMatch(/^第[一二三四五六七八九十]+部分（[一二三四五六七八九十]+）第\d+段$/);
    expect(cluster['报告位置']).toBe(`${member.location}\n原文摘录：${PASSAGE_QUOTES[0]}`);
    const notes = records.filter((record) => record['意见类型'] === '总体意见');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((record) => record['报告位置'] === '全文')).toBe(true);
  });

  it('shows each item’s current disposition: the 复审 over the 初审, with its department or reason', () => {
    const a = records[itemOf(clusterA)]!;
    expect([a['处理意见'], a['承办部门'], a['处理说明']]).toEqual(['转有关部门研究', '市发改委', '增长来源由发改委研究。']);
    const b = records[itemOf(clusterB)]!;
    expect([b['处理意见'], b['承办部门'], b['处理说明']]).toEqual(['转有关部门研究', '市财政局', '请研究资金安排。']);
    const byProposal = (row: DeskRow) => records.find((record) => /^\d+$/.test(record['序号']!) && record['建议改为'] === row.suggestion!.proposed && record['提出人'] === label(row))!;
    expect([byProposal(lone.adopted)['处理意见'], byProposal(lone.adopted)['承办部门']]).toEqual(['采纳（已修改）', '']);
    expect([byProposal(lone.notAdopted)['处理意见'], byProposal(lone.notAdopted)['处理说明']]).toEqual(['未采纳', '报告已有相关表述。']);
    const undecided = itemRecords().filter((record) => record['处理意见'] === '');
    expect(undecided).toHaveLength(itemRecords().length - 5);
    expect(records.some((record) => record['来源渠道'] === '简报（会议简报 第3期 第1段）')).toBe(true);
  });

  it('gives the headline line the desk computes, with the figures counted here from the API, and a 说明 sheet of definitions', async () => {
    const view = await call('desk.view', { reportId, versionId, filter: {} });
    const personTimes = new Set(rows.map((row) => `${row.author.id}\n${row.paragraphId ?? row.sectionId ?? row.placement}`)).size;
    // Five items decided: two clusters and two lone opinions referred or adopted / not adopted.
    const expected = `收集意见${rows.length}条，涉及代表${personTimes}人次；筛选5条（报告修改意见2条、政策建议3条）；修改报告1处；转2个部门`;
    expect(view.headline.line).toBe(expected);
    expect(about).toContainEqual(['汇总', expected]);
    const definitions = about.filter(([key]) => key === '口径').map(([, value]) => value);
    expect(definitions).toEqual(view.headline.definitions);
    for (const term of ['收集意见', '人次', '筛选', '报告修改意见', '政策建议', '修改报告N处', '转N个部门']) expect(definitions.some((definition) => definition!.includes(term))).toBe(true);
    expect(about).toContainEqual(['署名', '列出姓名和代表团']);
  });
});

describe('anonymous outputs', () => {
  const briefing = { name: '会议简报', issue: 4, publisher: '大会秘书处', date: '2026-03-06' };
  /** A delegate's name as written, not the 代表NN of 「涉及代表64人次」. */
  const namePattern = (name: string) => new RegExp(`${name}(?![\\d人])`);
  const names = [...Array.from({ length: DELEGATE_COUNT }, (_, i) => delegateName(i)), SPEAKER];

  it.each(['summary-xlsx', 'summary-docx', 'briefing-docx', 'referrals-xlsx'] as const)('%s names no delegate in any part of the file; the delegations are there', async (format) => {
    for (const anonymous of [false, true]) {
      const file = await exported(format, anonymous, format === 'briefing-docx' ? briefing : undefined);
      const parts = [...(await unzip(file.bytes)).values()].map((data) => data.toString('utf8'));
      const named = names.filter((name) => parts.some((xml) => namePattern(name).test(xml)));
      // The same file signed shows names, so the check below can see one.
      if (!anonymous) expect(named.length).toBeGreaterThan(0);
      else expect(named).toEqual([]);
      // The 转办清单 holds only the referred items: their members' delegations.
      const referred = rows.filter((row) => [...clusterA.memberIds, ...clusterB.memberIds, lone.referred.id].includes(row.id));
      const expected = format === 'referrals-xlsx' ? DELEGATIONS.filter((delegation) => referred.some((row) => row.author.delegation === delegation)) : DELEGATIONS;
      expect(DELEGATIONS.filter((delegation) => parts.some((xml) => xml.includes(delegation)))).toEqual(expected);
    }
  });

  it('lists the delegation as 提出人 and puts ×× where a name stood in the words', async () => {
    const workbook = await workbookOf((await exported('summary-xlsx', true)).bytes);
    const records = asRecords(sheetRows(workbook.getWorksheet('审议意见汇总表')!));
    const comment = rows.find((row) => row.kind === 'passage-comment' && row.channel === 'package' && row.clusterId === null)!;
    expect(comment.bodyText.startsWith(comment.author.name)).toBe(true);
    const printed = records.find((record) => record['意见内容/归纳'] === comment.bodyText.replace(comment.author.name, '××'));
    expect(printed?.['提出人']).toBe(comment.author.delegation);
    const cluster = records.find((record) => record['意见类型'] === '归纳意见' && record['意见内容/归纳']!.endsWith(SUMMARY_A))!;
    const members = rows.filter((row) => clusterA.memberIds.includes(row.id));
    expect(cluster['提出人']!.split('、').sort()).toEqual([...new Set(members.map((row) => row.author.delegation))].sort());
    expect(sheetRows(workbook.getWorksheet('说明')!)).toContainEqual(['署名', '匿名：只列代表团']);
  });
});

describe('审议意见汇总表 (.docx)', () => {
  let paragraphs: string[];
  let parts: Map<string, Buffer>;

  beforeAll(async () => {
    const file = await exported('summary-docx', false);
    expect(file.fileName).toMatch(/-审议意见汇总表\.docx$/);
    parts = await unzip(file.bytes);
    paragraphs = wordParagraphs(parts.get('word/document.xml')!.toString('utf8'));
  });

  it('has the title, the headline line, each part and paragraph as a heading with its 原文摘录, and each cluster’s 归纳意见', async () => {
    const view = await call('desk.view', { reportId, versionId, filter: {} });
    expect(paragraphs[0]).toMatch(/^《.+》审议意见汇总表$/);
    expect(paragraphs).toContain(view.headline.line);
    for (const definition of view.headline.definitions) expect(paragraphs).toContain(definition);
    for (const location of new Set(rows.map((row) => row.location))) expect(paragraphs).toContain(location);
    for (const part of new Set(rows.map((row) => partOf(row.location)))) expect(paragraphs).toContain(part);
    for (const quote of PASSAGE_QUOTES) expect(paragraphs).toContain(`原文摘录：${quote}`);
    for (const cluster of [clusterA, clusterB]) expect(paragraphs).toContain(`${cluster.countsLine}：${cluster.summary}`);
    expect(clusterA.countsLine).toMatch(/^综合\d+位代表（\d+个代表团）意见$/);
    // The headings come in report order.
    const headings = [...new Set(rows.map((row) => row.location))].map((location) => paragraphs.indexOf(location));
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    // Each table opens with the 汇总表's header row.
    expect(paragraphs.filter((text) => text === '意见内容/归纳')).toHaveLength(new Set(rows.map((row) => row.location)).size);
  });

  it('carries no OS user in its document properties, in any output', async () => {
    const user = userInfo().username;
    const others = {
      'summary-xlsx': await exported('summary-xlsx', false),
      'referrals-xlsx': await exported('referrals-xlsx', false),
      'briefing-docx': await exported('briefing-docx', false, { name: '会议简报', issue: 1, publisher: '大会秘书处', date: '2026-03-05' }),
    };
    const zips: [string, Map<string, Buffer>][] = [['summary-docx', parts]];
    for (const [format, file] of Object.entries(others)) zips.push([format, await unzip(file.bytes)]);
    for (const [format, zip] of zips) {
      const core = zip.get('docProps/core.xml')!.toString('utf8');
      expect(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1], format).toBe('Shenyi');
      const lastModifiedBy = /<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/.exec(core)?.[1] ?? '';
      expect([user, 'root'], format).not.toContain(lastModifiedBy);
      for (const [path, data] of zip) {
        if (!path.startsWith('docProps/')) continue;
        const values = [...data.toString('utf8').matchAll(/>([^<]+)</g)].map((match) => match[1]);
        expect(values, `${format} ${path}`).not.toContain(user);
      }
    }
  });
});

describe('简报 (.docx)', () => {
  const header = { name: '审议简报', issue: 7, publisher: '大会秘书处', date: '2026-03-05', editorNote: '现将各代表团审议政府工作报告的意见摘报如下。', sendTo: '大会主席团', copies: 120 };
  let file: Awaited<ReturnType<typeof exported>>;
  let paragraphs: string[];

  beforeAll(async () => {
    file = await exported('briefing-docx', false, header);
    paragraphs = wordParagraphs((await unzip(file.bytes)).get('word/document.xml')!.toString('utf8'));
  });

  it('is refused without its 报头', async () => {
    const result = await dispatch(app.handlers, 'desk.export', { reportId, versionId, format: 'briefing-docx', anonymous: false });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/needs its 报头/);
  });

  it('opens with the 报头 — the name, 第N期, 编印单位 and date — then the 按语, and ends with the 报尾', () => {
    expect(file.fileName).toMatch(/-简报-第7期\.docx$/);
    // trim(): the reader takes the right-aligned tab stop in the paragraph's properties for a tab.
    const at = (text: string) => paragraphs.findIndex((paragraph) => paragraph.trim() === text);
    expect(at('审议简报')).toBeGreaterThanOrEqual(0);
    expect(at('第7期')).toBe(at('审议简报') + 1);
    expect(at('大会秘书处\t2026年3月5日')).toBe(at('第7期') + 1);
    expect(at(`按：${header.editorNote}`)).toBeGreaterThan(at('大会秘书处\t2026年3月5日'));
    expect(paragraphs.at(-2)).toBe('报：大会主席团');
    expect(paragraphs.at(-1)).toBe('（共印120份）');
  });

  it('gives one paragraph per opinion, each opening with its speaker and delegation', () => {
    const speeches = paragraphs.filter((text) => /^.+代表（.+代表团）说，/.test(text));
    expect(speeches).toHaveLength(rows.length);
    for (const name of new Set(rows.map((row) => row.author.name))) {
      const theirs = rows.filter((row) => row.author.name === name);
      const opening = `${name}代表（${theirs[0]!.author.delegation}）说，`;
      expect(speeches.filter((text) => text.startsWith(opening)), name).toHaveLength(theirs.length);
    }
    // The 简报's own opening (山西代表团王建国代表说) is not said twice.
    const spoken = speeches.find((text) => text.startsWith(`${SPEAKER}代表（山西代表团）说，`))!;
    expect(spoken).toBe(`${SPEAKER}代表（山西代表团）说，${LONG_SPEECH}。`);
  });

  it('warns of each speaker’s paragraph over 200 characters, and of no other', () => {
    const long = paragraphs.filter((text) => /代表（.+代表团）说，/.test(text) && [...text].length > 200);
    expect(long).toHaveLength(1);
    expect(file.warnings).toEqual([`${SPEAKER}的发言段 ${[...long[0]!].length} 字，超过简报每人 100–200 字的常规`]);
  });
});

describe('转办清单 (.xlsx)', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = await exported('referrals-xlsx', false);
    expect(file.fileName).toMatch(/-转办清单\.xlsx$/);
    workbook = await workbookOf(file.bytes);
  });

  it('has a 汇总 sheet, then exactly one sheet per department', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '市财政局', '市发改委']);
    expect(sheetRows(workbook.getWorksheet('汇总')!)).toEqual([
      ['承办部门', '条目数', '工作表'],
      ['市财政局', '1', '市财政局'],
      ['市发改委', '2', '市发改委'],
    ]);
  });

  it('lists in each department’s sheet only its items, the 复审’s department winning over the 初审’s', () => {
    const items = (name: string) => asRecords(sheetRows(workbook.getWorksheet(name)!));
    const ndrc = items('市发改委');
    expect(ndrc.map((record) => record['意见内容/归纳'])).toEqual(expect.arrayContaining([`${clusterA.countsLine}：${SUMMARY_A}`, lone.referred.bodyText]));
    expect(ndrc).toHaveLength(2);
    expect(ndrc.find((record) => record['意见内容/归纳'] === lone.referred.bodyText)).toMatchObject({ 提出人: label(lone.referred), 人次: '1', 处理说明: '请研究统计口径。' });
    const finance = items('市财政局');
    expect(finance.map((record) => record['意见内容/归纳'])).toEqual([`${clusterB.countsLine}：${SUMMARY_B}`]);
    expect(finance[0]).toMatchObject({ 序号: '1', 处理说明: '请研究资金安排。', 报告位置: `${rows.find((row) => row.id === clusterB.memberIds[0])!.location}\n原文摘录：${PASSAGE_QUOTES[1]}` });
  });
});
