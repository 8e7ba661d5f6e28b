/**
 * Text that is not polite XML — markup characters, quotes, control characters, a lone
 * surrogate, and characters outside the BMP — in a delegate's words and name, through every
 * Office file: each opens, and reads back as written, less only what XML 1.0 cannot hold.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOpinionSheetDocx } from '../../../main/export/opinion-sheet-docx';
import { buildOpinionXlsx } from '../../../main/export/opinion-xlsx';
import { buildReportDocx } from '../../../main/export/report-docx';
import type { OpinionView } from '../../../main/model/opinion';
import { corpusCase } from './corpus-input';
import { paragraphTexts, unzip, wordComments, wordTokens } from './ooxml';

const HOSTILE = ' <b>R&amp;D</b> "引号" \'单\'\u0001\u000B\uD800 𠀀🎉 ]]> ';
/** As written, but for the control characters and the lone surrogate. */
const READ_BACK = ' <b>R&amp;D</b> "引号" \'单\' 𠀀🎉 ]]> ';

function hostileCase() {
  const { input, opinions } = corpusCase();
  const edit = (opinion: OpinionView): OpinionView =>
    opinion.id === 'o_sugg'
      ? {
          ...opinion,
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: HOSTILE }] }] },
          bodyText: HOSTILE,
          tags: [HOSTILE],
          suggestion: { ...opinion.suggestion!, reason: HOSTILE },
          author: { ...opinion.author, name: HOSTILE },
        }
      : opinion;
  return { ...input, opinions: opinions.map(edit) };
}

describe('hostile text in the Office exports', () => {
  it('reads back in the opinion sheet', async () => {
    const files = await unzip(await buildOpinionSheetDocx(hostileCase()));
    const texts = paragraphTexts(wordTokens(files.get('word/document.xml')!.toString('utf8'))).map((p) => p.text);
    expect(texts).toContain(READ_BACK);
    expect(texts).toContain(`标签：${READ_BACK}`);
  });

  it('reads back in the report’s comments, author included', async () => {
    const files = await unzip(await buildReportDocx(hostileCase()));
    const comments = [...wordComments(files.get('word/comments.xml')!.toString('utf8')).values()];
    const comment = comments.find((c) => c.author === READ_BACK)!;
    expect(comment.text).toContain(`理由：${READ_BACK}`);
    expect(comment.text.split('\n')).toContain(READ_BACK);
    // The tracked change of the same suggestion carries the same author.
    const tokens = wordTokens(files.get('word/document.xml')!.toString('utf8'));
    expect(tokens.some((t) => t.kind === 'text' && t.inserted && t.revision?.author === READ_BACK)).toBe(true);
  });

  it('reads back in the spreadsheet, inline and shared strings alike', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildOpinionXlsx(hostileCase())) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    // ExcelJS decodes ST_Xstring escapes (_x0020_) in shared strings but not in inline ones,
    // as Excel does in both: decoded here for both, left to right as the standard reads them.
    const xstring = (value: unknown) => (typeof value === 'string' ? value.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value);
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(xstring)));
    const row = rows.find((r) => r[16] === 'o_sugg')!;
    expect(row[7]).toBe(READ_BACK);
    expect(row[9]).toBe(READ_BACK);
    expect(row[10]).toBe(READ_BACK);
    expect(row[11]).toBe(READ_BACK);
  });
});

describe('SpreadsheetML text as ISO/IEC 29500 types it', () => {
  it('no <t> carries an attribute (ST_Xstring has none); white space at the ends and look-alike escapes are written as _xHHHH_', async () => {
    const files = await unzip(await buildOpinionXlsx(hostileCase()));
    for (const part of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
      const xml = files.get(part)!.toString('utf8');
      expect(xml, part).not.toMatch(/<t\s[^>]*>/);
    }
    const { textElement } = await import('../../../main/export/office/shared-strings');
    expect(textElement(' 前后有空格\t')).toBe('<t>_x0020_前后有空格_x0009_</t>');
    expect(textElement('字面的_x0041_')).toBe('<t>字面的_x005F_x0041_</t>');
  });
});
