/**
 * Exporting what a delegate wrote, through the export dialog, and a clerk bringing it in: the
 * files are real downloads, read back here as a clerk's Word, Excel or Shenyi would read them.
 * Each test starts on its own fresh data folder (the sample is imported on first launch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DELEGATE,
  FORMATTED,
  PASSAGES,
  SUGGESTION,
  bodyShape,
  cardInView,
  expectFormattedBody,
  fillFirstRunProfile,
  fillSuggestion,
  markWithKey,
  openDelegateSession,
  shot,
  typeFormattedBody,
  waitEditorFocused,
  waitSaved,
} from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { unzip, wordParagraphs } from '../support/office';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const track = e2e.track;

interface Made {
  stance: { paragraphId: string; opinionId: string };
  suggestion: { paragraphId: string; opinionId: string };
}

/** Through the UI: a 赞同 note with a formatted body on one passage, and a suggestion on another. */
async function makeNoteAndSuggestion(page: Page): Promise<Made> {
  const stance = await markWithKey(page, PASSAGES.comment, '1');
  await waitEditorFocused(page, stance.opinionId);
  await typeFormattedBody(page);
  await waitSaved(page, stance.opinionId);
  const suggestion = await markWithKey(page, PASSAGES.suggestion, 's');
  await fillSuggestion(page, suggestion.opinionId);
  await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('2');
  return { stance, suggestion };
}

/**
 * Opens the export dialog, picks a format, confirms, and saves the download. Returns the file's
 * suggested name and its bytes.
 */
async function exportAs(page: Page, format: 'docx' | 'xlsx' | 'json', screenshotName: string): Promise<{ name: string; path: string; bytes: Buffer }> {
  await byTestId(page, 'export-button').click();
  const dialog = byTestId(page, 'export-dialog');
  await dialog.waitFor({ state: 'visible' });
  await byTestId(dialog, `export-format-${format}`).check();
  await expect(byTestId(dialog, 'export-summary').textContent()).resolves.toContain('将导出 2 条意见');
  await expect(byTestId(dialog, 'export-error').count()).resolves.toBe(0);
  await shot(page, `${screenshotName}-dialog`);

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), byTestId(dialog, 'export-confirm').click()]);
  const name = download.suggestedFilename();
  const path = join(tempDir('shenyi-download-'), name);
  await download.saveAs(path);
  expect(await download.failure()).toBeNull();
  // Done: the dialog closes and the status line names the file and the count.
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  const done = byTestId(page, 'export-result');
  await done.waitFor({ state: 'visible' });
  await expect(done.textContent()).resolves.toBe(`已导出 2 条意见：${name}`);
  await shot(page, `${screenshotName}-done`);
  return { name, path, bytes: readFileSync(path) };
}

describe('exporting opinions', () => {
  it('exports the opinion sheet (.docx) and the spreadsheet (.xlsx) of a note and a suggestion made in the UI', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    await makeNoteAndSuggestion(page);

    const docx = await exportAs(page, 'docx', 'exporting-01-docx');
    expect(docx.name).toMatch(/^晉中市政府工作報告-审议意见表-王代表-\d{4}-\d{2}-\d{2}\.docx$/);
    const entries = await unzip(docx.bytes);
    const xml = entries.get('word/document.xml')?.toString('utf8');
    expect(xml, 'word/document.xml in the .docx').toBeDefined();
    const text = wordParagraphs(xml!).join('\n');
    expect(text).toContain(PASSAGES.comment.quote);
    expect(text).toContain(PASSAGES.suggestion.quote);
    expect(text).toContain(SUGGESTION.proposed);
    expect(text).toContain(SUGGESTION.reason);
    expect(text).toContain(`${FORMATTED.before}${FORMATTED.bold}${FORMATTED.after}`);
    for (const item of FORMATTED.items) expect(text).toContain(item);
    expect(text).toContain('赞同');
    expect(text).toContain(DELEGATE.name);

    const xlsx = await exportAs(page, 'xlsx', 'exporting-02-xlsx');
    expect(xlsx.name).toMatch(/^晉中市政府工作報告-意见汇总-王代表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows[0] as string[];
    const column = (name: string) => {
      const index = header.indexOf(name);
      expect(index, `column ${name} in ${header.join(', ')}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    // One row per opinion under the header.
    expect(rows).toHaveLength(3);
    const byQuote = new Map(rows.slice(1).map((row) => [row[column('引文')], row]));
    const note = byQuote.get(PASSAGES.comment.quote);
    const suggestion = byQuote.get(PASSAGES.suggestion.quote);
    expect(note, 'the note’s row').toBeDefined();
    expect(suggestion, 'the suggestion’s row').toBeDefined();
    expect(note![column('立场')]).toBe('赞同');
    expect(String(note![column('意见正文(纯文本)')])).toContain(FORMATTED.bold);
    expect(suggestion![column('建议改为')]).toBe(SUGGESTION.proposed);
    expect(suggestion![column('理由')]).toBe(SUGGESTION.reason);
    for (const row of [note!, suggestion!]) {
      expect(row[column('作者')]).toBe(DELEGATE.name);
      expect(row[column('代表团/界别')]).toBe(DELEGATE.delegation);
    }
  });

  it('exports the opinion package (.json), and a clerk on a fresh data folder imports it: counted, and shown in the margin with the delegate’s name', async () => {
    const delegate = track(await openDelegateSession(e2e.browser));
    const made = await makeNoteAndSuggestion(delegate.page);
    const pack = await exportAs(delegate.page, 'json', 'exporting-03-json');
    expect(pack.name).toMatch(/^晉中市政府工作報告-意见包-王代表-\d{4}-\d{2}-\d{2}\.shenyi\.json$/);
    const document = JSON.parse(pack.bytes.toString('utf8')) as {
      total: number;
      creator: { name: string };
      first: { items: { id: string; target: { selector?: { type: string; exact?: string }[] }; body: { purpose?: string; value?: string }[] }[] };
    };
    expect(document.total).toBe(2);
    expect(document.creator.name).toBe(DELEGATE.name);
    expect(document.first.items).toHaveLength(2);
    const quotes = document.first.items.map((item) => item.target.selector?.find((selector) => selector.type === 'TextQuoteSelector')?.exact);
    expect(quotes.sort()).toEqual([PASSAGES.comment.quote, PASSAGES.suggestion.quote].sort());
    const editing = document.first.items.flatMap((item) => item.body).find((body) => body.purpose === 'editing');
    expect(editing?.value).toBe(SUGGESTION.proposed);
    e2e.untrack(delegate);
    await delegate.close();
    expect(delegate.pageErrors).toEqual([]);

    // The clerk: a fresh data folder (the sample is seeded), a profile of their own.
    const clerk = await e2e.open();
    const page = clerk.page;
    await fillFirstRunProfile(page, { name: '李文书', delegation: '大会秘书处', role: 'clerk' });
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('0');
    await byTestId(page, 'library-button').click();
    await byTestId(page, 'library').waitFor({ state: 'visible' });
    await expect(byTestId(page, 'package-import-button').isVisible()).resolves.toBe(true);
    await byTestId(page, 'package-import-input').setInputFiles(pack.path);

    const result = byTestId(page, 'package-import-result');
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(result.getAttribute('data-imported')).resolves.toBe('2');
    await expect(result.getAttribute('data-conflicts')).resolves.toBe('0');
    const notice = (await result.textContent()) ?? '';
    expect(notice).toContain(`${DELEGATE.name}的意见包 ${pack.name}`);
    expect(notice).toContain('2 条已导入');
    // The report the package belongs to opens, with the delegate's notes in its margin.
    await byTestId(page, 'report-title').waitFor({ state: 'visible' });
    await expect.poll(() => byTestId(page, 'notes-count').textContent(), { timeout: 15_000 }).toBe('2');
    await shot(page, 'exporting-04-clerk-imported');

    const note = await cardInView(page, made.stance.paragraphId, made.stance.opinionId);
    await expect(note.locator('.note-author').textContent()).resolves.toBe(DELEGATE.name);
    await expect(note.getAttribute('data-status')).resolves.toBe('exact');
    await expect(byTestId(note, 'note-stance-select').inputValue()).resolves.toBe('agree');
    expectFormattedBody(await bodyShape(note));
    await shot(page, 'exporting-05-clerk-note');

    const suggestion = await cardInView(page, made.suggestion.paragraphId, made.suggestion.opinionId);
    await expect(suggestion.locator('.note-author').textContent()).resolves.toBe(DELEGATE.name);
    await expect(suggestion.getAttribute('data-status')).resolves.toBe('exact');
    await expect(byTestId(suggestion, 'suggestion-proposed').inputValue()).resolves.toBe(SUGGESTION.proposed);
    await expect(byTestId(suggestion, 'suggestion-reason').inputValue()).resolves.toBe(SUGGESTION.reason);
    await shot(page, 'exporting-06-clerk-suggestion');
  });
});
