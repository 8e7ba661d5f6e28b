/**
 * Names that cannot lie and text that cannot become a button: bidi controls are left out of
 * report titles, file names and suggested export names; URL-looking text in an opinion stays
 * text in the PDF export.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { suggestFileName } from '../../../main/model/export-file';
import { opinionSheetHtml } from '../../../main/opinions/opinion-sheet-html';
import { chromiumPrinter } from '../../../main/export/pdf-printer';
import { prepareExport } from '../../../main/export/export-context';
import { corpusCase } from '../export/corpus-input';
import { call, Libraries, ok } from '../../support/store-library';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('bidi controls in names', () => {
  it('are left out of a report title and its file name when imported, and of the suggested export name', async () => {
    const app = await libraries.open(libraries.dir(), { seedSample: false });
    const text = '某市政府工作报告\u202Eexe.txt\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n';
    const imported = await ok(app, 'import.file', { fileName: '报告\u202Etxt.exe', dataBase64: Buffer.from(text).toString('base64') });
    expect(imported.status).toBe('imported');
    const [report] = await ok(app, 'library.list');
    expect(report!.title).toBe('某市政府工作报告exe.txt');
    expect(report!.sourceFileName).toBe('报告txt.exe');
    expect(await call(app, 'report.open', { reportId: report!.id })).toMatchObject({ ok: true });
    const name = suggestFileName('报告\u202Egpj.exe', '张\u2066三\u2069', new Date('2026-03-05T00:00:00Z'), 'docx');
    expect(name).toBe('报告gpj.exe-审议意见表-张三-2026-03-05.docx');
    expect(BIDI.test(name)).toBe(false);
  });
});

describe('URLs in opinions in the PDF export', () => {
  const text = '参见 https://example.com/a?b=1 以及 www.gov.cn/zhengce 和 someone@example.cn';
  /** The real export input of the corpus case, its first opinion's body saying `text`. */
  const sheet = () => {
    const { input } = corpusCase();
    const [first, ...rest] = input.opinions;
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    return opinionSheetHtml(prepareExport({ ...input, opinions: [{ ...first!, body, bodyText: text }, ...rest] }));
  };

  it('are not links in the printed page', () => {
    const html = sheet();
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).toContain('https://example.com/a?b=1');
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('the PDF has no link annotations', async () => {
    const pdf = Buffer.from(await chromiumPrinter()(sheet()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.includes('/URI')).toBe(false);
  });
});
