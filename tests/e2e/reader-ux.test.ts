/**
 * The reader as a delegate uses it (issue 16): suggestions stacked on the same words, and the
 * other habits of reading and annotating checked one screen at a time in Debian's Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardById,
  dragSelectQuote,
  fillSuggestion,
  markWithKey,
  openDelegateSession,
  paragraphIdWith,
  paragraphRow,
  PASSAGES,
  selectQuote,
  shot,
  waitEditorFocused,
} from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { writeReportDocx } from '../support/make-docx';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const track = e2e.track;

describe('the reader as a delegate uses it', () => {
  it('draws one of several suggestions on the same words inline and offers the others as alternatives in the cards', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const proposals = ['第一种改法', '第二种改法', '第三种改法'];
    const ids: string[] = [];
    let paragraphId = '';
    for (const proposed of proposals) {
      const made = await markWithKey(page, PASSAGES.suggestion, 's');
      paragraphId = made.paragraphId;
      ids.push(made.opinionId);
      await fillSuggestion(page, made.opinionId, { proposed, reason: `理由：${proposed}` });
    }
    // One insertion in the sentence, not three run together.
    const inserted = await paragraphRow(page, paragraphId).locator('[data-testid="suggestion-insertion"]').allTextContents();
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toContain('第一种改法');
    const text = (await paragraphRow(page, paragraphId).locator('[data-testid="paragraph-text"]').textContent()) ?? '';
    expect(text).not.toContain('第二种改法');
    expect(text).not.toContain('第三种改法');

    const first = cardById(page, ids[0]!);
    await expect(byTestId(first, 'suggestion-alternative').allTextContents()).resolves.toEqual([
      expect.stringContaining('第二种改法'),
      expect.stringContaining('第三种改法'),
    ]);
    for (const id of ids.slice(1)) {
      await expect(byTestId(cardById(page, id), 'suggestion-alternative-of').textContent()).resolves.toContain('“第一种改法”');
    }
    await first.scrollIntoViewIfNeeded();
    await shot(page, 'reader-ux-01-stacked-suggestions');
  });

  it('names things apart: the trash calls a 反对 note 反对, the toolbar’s stance and suggestion buttons differ, a damaged file is said in Chinese', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const paragraphId = await paragraphIdWith(page, PASSAGES.stance.paragraph);
    await selectQuote(page, paragraphId, PASSAGES.stance.quote);
    const toolbar = byTestId(page, 'selection-toolbar');
    await toolbar.waitFor({ state: 'visible' });
    const names = await toolbar.locator('button').evaluateAll((buttons) =>
      buttons.map((button) => String(button.querySelector('.mark-name')?.textContent ?? button.textContent ?? '').replace(/^[0-9CS]/, '').trim()),
    );
    expect(names).toContain('建议修改');
    expect(new Set(names).size, names.join(' / ')).toBe(names.length);
    await shot(page, 'reader-ux-02-toolbar');

    const opposed = await markWithKey(page, PASSAGES.comment, '4');
    await byTestId(cardById(page, opposed.opinionId), 'note-delete').click();
    await byTestId(page, 'trash-toggle').click();
    const item = page.locator(`[data-testid="trash-item"][data-opinion-id="${opposed.opinionId}"]`);
    await item.waitFor({ state: 'visible' });
    await expect(byTestId(item, 'trash-kind').textContent()).resolves.toBe('反对');
    await shot(page, 'reader-ux-03-trash');

    // A real .docx cut short: the zip library's English sentence stays out of the banner.
    const dir = tempDir('shenyi-cut-');
    const whole = join(dir, 'whole.docx');
    await writeReportDocx(whole, { title: '测试报告', lines: ['一、总体情况', '正文第一段。'] });
    const cut = join(dir, '损坏的报告.docx');
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await byTestId(page, 'import-input').setInputFiles(cut);
    const banner = byTestId(page, 'error-banner');
    await expect.poll(() => banner.textContent(), { timeout: 20_000 }).toContain('损坏的报告.docx');
    const said = ((await banner.textContent()) ?? '').replace('损坏的报告.docx', '').replace(/\.docx|Word|WPS/g, '');
    expect(said, said).not.toMatch(/[A-Za-z]{3,}/);
    await shot(page, 'reader-ux-04-damaged-docx');
  });

  it('follows the 简/繁 choice outside the report column too: the card’s 原文, the trash, the library, the export file name', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const suggestion = await markWithKey(page, PASSAGES.suggestion, 's');
    await fillSuggestion(page, suggestion.opinionId, { proposed: '改为', reason: '理由' });
    const comment = await markWithKey(page, PASSAGES.comment, 'c');
    await byTestId(cardById(page, comment.opinionId), 'note-delete').click();

    await byTestId(page, 'script-hans').click();
    const original = byTestId(cardById(page, suggestion.opinionId), 'suggestion-original');
    await expect.poll(() => original.textContent()).toBe('地区生产总值增长9.1%');
    await shot(page, 'reader-ux-05-hans-card');

    await byTestId(page, 'trash-toggle').click();
    const trashed = page.locator(`[data-testid="trash-item"][data-opinion-id="${comment.opinionId}"]`);
    await expect.poll(() => byTestId(trashed, 'trash-quote').textContent()).toBe('全面深化改革的新征程');
    await shot(page, 'reader-ux-06-hans-trash');

    await byTestId(page, 'export-button').click();
    const name = byTestId(byTestId(page, 'export-dialog'), 'export-file-name');
    await expect.poll(() => name.inputValue()).toMatch(/^晋中市政府工作报告-审议意见表-王代表-/);
    await shot(page, 'reader-ux-07-hans-export-name');
    await byTestId(page, 'export-cancel').click();

    await byTestId(page, 'library-button').click();
    await expect.poll(() => byTestId(page, 'library').locator('.library-item-title').first().textContent()).toBe('晋中市政府工作报告');
    await shot(page, 'reader-ux-08-hans-library');
    await byTestId(page, 'script-hant').click();
    await expect.poll(() => byTestId(page, 'library').locator('.library-item-title').first().textContent()).toBe('晉中市政府工作報告');
  });

  it('keeps the layout still under a drag that starts while a note is being written', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const note = await markWithKey(page, PASSAGES.suggestion, 'c');
    await waitEditorFocused(page, note.opinionId);
    // Enough lines that the card, not the paragraph, sets the row's height.
    for (const line of ['第一行意见', '第二行意见', '第三行意见', '第四行意见', '第五行意见']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    const next = await paragraphIdWith(page, PASSAGES.ime.paragraph);
    await paragraphRow(page, next).evaluate((row) => row.scrollIntoView({ block: 'center' }));
    const card = cardById(page, note.opinionId);
    const before = { card: (await card.boundingBox())!, next: (await paragraphRow(page, next).boundingBox())! };
    await shot(page, 'reader-ux-09-drag-before');

    const selected = await dragSelectQuote(page, next, PASSAGES.ime.quote);
    expect(selected).toBe(PASSAGES.ime.quote);
    const after = { card: (await card.boundingBox())!, next: (await paragraphRow(page, next).boundingBox())! };
    expect(after.card.height).toBeCloseTo(before.card.height, 0);
    expect(after.next.y).toBeCloseTo(before.next.y, 0);
    await byTestId(page, 'selection-toolbar').waitFor({ state: 'visible' });
    await shot(page, 'reader-ux-10-drag-after');
  });

  it('keeps the paragraph being read at the top of the view when the text grows', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const column = page.locator('main.report-scroll');
    const topParagraph = () =>
      column.evaluate((element) => {
        const top = element.getBoundingClientRect().top;
        const rows = [...element.querySelectorAll('[data-testid="paragraph"]')];
        const row = rows.find((candidate) => candidate.getBoundingClientRect().bottom > top + 2);
        return Number(row?.getAttribute('data-number'));
      });
    await page.locator('[data-testid="paragraph"][data-number="27"]').evaluate((row) => row.scrollIntoView({ block: 'start' }));
    await expect.poll(topParagraph).toBe(27);
    for (let i = 0; i < 4; i++) {
      await byTestId(page, 'font-bigger').click();
      await expect.poll(topParagraph).toBe(27);
    }
    await expect(byTestId(page, 'font-size').textContent()).resolves.not.toBe('18');
    await shot(page, 'reader-ux-11-font-bigger');
    for (let i = 0; i < 6; i++) await byTestId(page, 'font-smaller').click();
    await expect.poll(topParagraph).toBe(27);
  });

  it('sets a note beside its words in a long paragraph, and links the two on hover', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    // Far down a twenty-line paragraph.
    const passage = { paragraph: PASSAGES.ime.paragraph, quote: '介休義安循環經濟園區' };
    const note = await markWithKey(page, passage, '1');
    await waitEditorFocused(page, note.opinionId);
    await page.keyboard.type('园区的数据请核实');
    await page.locator('main.report-scroll').focus();
    const card = cardById(page, note.opinionId);
    const wordsTop = async () =>
      paragraphRow(page, note.paragraphId).evaluate((row, quote: string) => {
        const doc = row.ownerDocument;
        const walker = doc.createTreeWalker(row.querySelector('[data-testid="paragraph-text"]'), doc.defaultView.NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = String(node.data).indexOf(quote);
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getClientRects()[0].top;
        }
        return null;
      }, passage.quote);
    const rowTop = (await paragraphRow(page, note.paragraphId).boundingBox())!.y;
    const words = (await wordsTop())!;
    expect(words - rowTop).toBeGreaterThan(300);
    await expect.poll(async () => Math.abs((await card.boundingBox())!.y - (await wordsTop())!), { timeout: 10_000 }).toBeLessThan(24);

    await card.hover();
    const link = byTestId(page, 'passage-link');
    await link.waitFor({ state: 'attached' });
    const linked = await page.locator('body').evaluate((body) => body.ownerDocument.defaultView.CSS.highlights.has('sy-linked'));
    expect(linked).toBe(true);
    await shot(page, 'reader-ux-12-note-beside-words');
    await page.mouse.move(5, 400);
    await link.waitFor({ state: 'detached' });
  });

  it('annotates from the keyboard alone: a skip link into the report, ] selects a sentence, 1 marks it', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    // As a reader arriving at the window: the report has the keyboard; Tab offers the way up.
    await page.reload();
    await byTestId(page, 'report-title').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const focusedId = () => page.locator(':focus').getAttribute('data-testid');
    await page.keyboard.press('Tab');
    await expect(focusedId()).resolves.toBe('skip-to-toolbar');
    await page.keyboard.press('Enter');
    await expect(focusedId()).resolves.toBe('library-button');
    // And from the toolbar's start, the way down past it.
    await page.keyboard.press('Shift+Tab');
    await expect(focusedId()).resolves.toBe('skip-to-report');
    await shot(page, 'reader-ux-13-skip-link');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus').getAttribute('class')).resolves.toContain('report-scroll');

    // The first paragraph in view is its one sentence (各位代表：); then the next paragraph's, one by one.
    const selected = () => page.locator('body').evaluate((body) => String(body.ownerDocument.getSelection()?.toString() ?? ''));
    await page.keyboard.press(']');
    await expect.poll(selected).toBe('各位代表:');
    await page.keyboard.press(']');
    const first = await selected();
    expect(first.length).toBeGreaterThan(4);
    expect(first).toMatch(/[。！？；]$/);
    await page.keyboard.press(']');
    const second = await selected();
    expect(second).not.toBe(first);
    expect(second).toMatch(/[。！？；”]$/);
    await page.keyboard.press('[');
    await expect.poll(selected).toBe(first);
    await page.keyboard.press('}');
    // Both sentences (here across the heading between their paragraphs).
    await expect.poll(async () => {
      const both = await selected();
      return both.startsWith(first) && both.endsWith(second);
    }).toBe(true);
    await byTestId(page, 'selection-toolbar').waitFor({ state: 'visible' });
    await shot(page, 'reader-ux-14-sentence-selected');

    await page.keyboard.press('1');
    await expect.poll(() => byTestId(page, 'notes-count').textContent()).toBe('1');
    const card = page.locator('[data-testid="note-card"]').first();
    await expect(card.getAttribute('data-status')).resolves.toBe('exact');
    await expect(byTestId(card, 'note-stance-select').inputValue()).resolves.toBe('agree');
    await shot(page, 'reader-ux-15-keyboard-note');

  });
});
