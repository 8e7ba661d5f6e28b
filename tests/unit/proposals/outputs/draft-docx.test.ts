/**
 * The draft's Word form, opened back: the header line and title, the form's rows in order with
 * the draft's words (citation label included) in them, the office's rows left empty, the type
 * official forms ask for, and document properties free of the machine's user.
 */
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildDraftDocx } from '../../../../main/proposals/outputs/draft-docx';
import type { Draft } from '../../../../main/proposals/draft';
import { unzip, wordParagraphs } from '../../../support/office';
import { CITATION, documentInput, motionDraft, proposalDraft, suggestionDraft } from './draft-inputs';

interface FormRow {
  label: string;
  /** The right-hand cell's paragraphs, empty ones included. */
  cell: string[];
  cellXml: string;
}

async function open(draft: Draft, session?: { term: string; session: string; place?: string }) {
  const files = await unzip(await buildDraftDocx(documentInput(draft, session)));
  const documentXml = files.get('word/document.xml')!.toString('utf8');
  const [before, tableXml] = documentXml.split('<w:tbl>');
  const rows: FormRow[] = [...tableXml!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => {
    const cells = [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => cell[1]!);
    expect(cells).toHaveLength(2);
    return { label: wordParagraphs(cells[0]!).join(''), cell: wordParagraphs(cells[1]!), cellXml: cells[1]! };
  });
  return { files, documentXml, above: wordParagraphs(before!), tableXml: tableXml!, rows, row: (label: string) => rows.find((r) => r.label === label)! };
}

/** Each run's properties and text. */
const runs = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({
    size: /<w:sz w:val="(\d+)"/.exec(m[1] ?? '')?.[1],
    eastAsia: /w:eastAsia="([^"]*)"/.exec(m[1] ?? '')?.[1],
    bold: /<w:b\/>/.test(m[1] ?? ''),
    text: m[2]!,
  }));

describe('a 政协提案 as its 提案表', () => {
  it('opens with the header line and the title, centred', async () => {
    const { above, documentXml } = await open(proposalDraft());
    expect(above).toEqual(['政协第十四届全国委员会第四次会议提案', '关于发展农村互助养老服务的提案']);
    expect(documentXml).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r>(?:(?!<\/w:r>).)*关于发展农村互助养老服务的提案/);
  });

  it('has the form’s rows in order: 案由, 提案者, 类别, 内容, 审查意见, 收文时间', async () => {
    const { rows } = await open(proposalDraft());
    expect(rows.map((r) => r.label)).toEqual(['案由', '提案者', '类别', '内容', '审查意见', '收文时间']);
  });

  it('fills them from the draft: title, leader with credential, co-signers, category', async () => {
    const { row } = await open(proposalDraft());
    expect(row('案由').cell).toEqual(['关于发展农村互助养老服务的提案']);
    expect(row('提案者').cell).toEqual(['提案人', '王立新（委员证号：0123）', '联名提案人', '陈慧敏、赵国强']);
    expect(row('类别').cell).toEqual(['社会']);
  });

  it('writes every part in order under its bold name, a paragraph a line, the citation label intact', async () => {
    const draft = proposalDraft();
    const { row } = await open(draft);
    const content = row('内容');
    const expected = ['案由', '理由', '建议'].flatMap((name) => [name, ...draft.parts[name]!.split('\n').filter((line) => line.trim() !== '')]);
    expect(content.cell).toEqual(expected);
    expect(content.cell.some((text) => text.includes(CITATION))).toBe(true);
    const bold = runs(content.cellXml).filter((run) => run.bold).map((run) => run.text);
    expect(bold).toEqual(['案由', '理由', '建议']);
  });

  it('leaves 审查意见 empty and tall, and 收文时间 empty', async () => {
    const { row } = await open(proposalDraft());
    const review = row('审查意见');
    expect(review.cell.every((text) => text === '')).toBe(true);
    expect(review.cell.length).toBeGreaterThanOrEqual(4);
    expect(row('收文时间').cell.every((text) => text === '')).toBe(true);
  });

  it('sets the title in 二号 方正小标宋简体 and the form in 三号 仿宋_GB2312, with their fallbacks in the font table', async () => {
    const { documentXml, tableXml, files } = await open(proposalDraft());
    const title = runs(documentXml).find((run) => run.text === '关于发展农村互助养老服务的提案' && run.size === '44');
    expect(title?.eastAsia).toBe('方正小标宋简体');
    const body = runs(tableXml);
    expect(body.length).toBeGreaterThan(10);
    for (const run of body) expect({ text: run.text, size: run.size, eastAsia: run.eastAsia }).toEqual({ text: run.text, size: '32', eastAsia: '仿宋_GB2312' });
    const fontTable = files.get('word/fontTable.xml')!.toString('utf8');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('is A4 and takes no author from the machine’s user', async () => {
    const { documentXml, files } = await open(proposalDraft());
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const user = userInfo().username;
    const core = files.get('docProps/core.xml')!.toString('utf8');
    expect(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1]).not.toBe(user);
    expect(/<cp:lastModifiedBy>([^<]*)<\/cp:lastModifiedBy>/.exec(core)?.[1]).not.toBe(user);
    for (const [path, data] of files) {
      if (!path.startsWith('docProps/')) continue;
      const values = [...data.toString('utf8').matchAll(/>([^<]+)</g)].map((m) => m[1]);
      expect(values, path).not.toContain(user);
    }
    expect(core).toContain('2026年2月20日');
  });

  it('keeps markup in a title as text', async () => {
    const { above } = await open({ ...proposalDraft(), title: '关于<w:p>治理&“乱收费”的提案' });
    expect(above[1]).toBe('关于<w:p>治理&“乱收费”的提案');
  });
});

describe('a 人大代表建议 on its form', () => {
  it('gives the 领衔代表 with the 代表证号 and the 附议代表 rows of their own', async () => {
    const { above, rows, row } = await open(suggestionDraft(), { term: '十四', session: '四', place: '浙江省' });
    expect(above[0]).toBe('浙江省第十四届人民代表大会第四次会议代表建议');
    expect(rows.map((r) => r.label)).toEqual(['题目', '领衔代表', '附议代表', '类别', '内容', '交办意见', '收文时间']);
    expect(row('领衔代表').cell).toEqual(['刘建华（代表证号：110100）']);
    expect(row('附议代表').cell).toEqual(['孙丽（代表证号：110101）、周明（代表证号：110102）']);
    expect(row('类别').cell).toEqual(['教科文卫']);
  });

  it('writes the one 内容 part without a heading repeating the row’s label', async () => {
    const draft = suggestionDraft();
    const { row } = await open(draft);
    expect(row('内容').cell).toEqual(draft.parts['内容']!.split('\n'));
    expect(row('交办意见').cell.every((text) => text === '')).toBe(true);
  });
});

describe('a 议案 on its form', () => {
  it('gives 案由, 案据 and 方案 a row each, then the signers and their number', async () => {
    const draft = motionDraft();
    const { rows, row } = await open(draft);
    expect(rows.map((r) => r.label)).toEqual(['题目', '类别', '案由', '案据', '方案', '领衔代表', '附议代表', '代表人数', '处理意见', '收文时间']);
    expect(row('方案').cell).toEqual(draft.parts['方案']!.split('\n'));
    expect(row('代表人数').cell).toEqual([`${draft.signers.length}人`]);
    expect(row('附议代表').cell[0]!.split('、')).toHaveLength(draft.signers.length - 1);
  });
});
