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
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const row = rows.find((r) => r[16] === 'o_sugg')!;
    expect(row[7]).toBe(READ_BACK);
    expect(row[9]).toBe(READ_BACK);
    expect(row[10]).toBe(READ_BACK);
    expect(row[11]).toBe(READ_BACK);
  });
});
