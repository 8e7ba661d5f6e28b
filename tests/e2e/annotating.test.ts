/**
 * Annotating the sample report in the browser shell, as a delegate does it: say who you are,
 * select words, mark them with a stance key, write a formatted comment and a suggestion, search,
 * delete and undo, and find everything again after a reload or a restart of the shell. Each test
 * starts on its own fresh data folder (the sample is imported on first launch).
 */
import { describe, expect, it } from 'vitest';
import {
  DELEGATE,
  FORMATTED,
  PASSAGES,
  SUGGESTION,
  aroundInsertion,
  bodyShape,
  cardById,
  cardIdsIn,
  cardInView,
  dragSelectQuote,
  expectFormattedBody,
  fillFirstRunProfile,
  fillSuggestion,
  focused,
  highlightedOpinions,
  paintedWords,
  inReportViewport,
  marginCards,
  markWithKey,
  newCardIn,
  openDelegateSession,
  paragraphIdWith,
  paragraphRow,
  restart,
  selectQuote,
  shot,
  typeFormattedBody,
  waitEditorFocused,
  waitSaved,
} from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { byTestId, type Session } from '../support/session';

const e2e = browserSessions();
const track = e2e.track;
/** Restarts the shell on the same data folder; the old session is closed and checked. */
const restartTracked = async (session: Session): Promise<Session> => {
  e2e.untrack(session);
  return track(await restart(e2e.browser, session));
};

describe('annotating the sample report', () => {
  it('asks for the profile on first run and remembers it after a restart', async () => {
    const first = await e2e.open();
    const dialog = byTestId(first.page, 'profile-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(dialog.locator('h2').textContent()).resolves.toBe('欢迎使用审议');
    await expect(byTestId(first.page, 'profile-button').textContent()).resolves.toContain('填写身份');
    await shot(first.page, 'annotating-01-profile-first-run');

    await fillFirstRunProfile(first.page);
    await expect.poll(() => byTestId(first.page, 'profile-button').textContent()).toContain(DELEGATE.name);

    const second = await restartTracked(first);
    const page = second.page;
    await expect.poll(() => byTestId(page, 'profile-button').textContent()).toContain(DELEGATE.name);
    // Not asked again.
    await expect(byTestId(page, 'profile-dialog').count()).resolves.toBe(0);
    await byTestId(page, 'profile-button').click();
    const popover = byTestId(page, 'profile-dialog');
    await popover.waitFor({ state: 'visible' });
    await expect(byTestId(popover, 'profile-name').inputValue()).resolves.toBe(DELEGATE.name);
    await expect(byTestId(popover, 'profile-delegation').inputValue()).resolves.toBe(DELEGATE.delegation);
    await expect(byTestId(popover, 'profile-role').inputValue()).resolves.toBe(DELEGATE.role);
    await expect(byTestId(popover, 'profile-role').locator('option:checked').textContent()).resolves.toBe('全国人大代表');
    await shot(page, 'annotating-01-profile-after-restart');
  });

  it('drags over words, shows the selection toolbar, and key 1 makes a 赞同 note in that paragraph’s margin', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const paragraphId = await paragraphIdWith(page, PASSAGES.stance.paragraph);

    const selected = await dragSelectQuote(page, paragraphId, PASSAGES.stance.quote);
    expect(selected).toBe(PASSAGES.stance.quote);
    const toolbar = byTestId(page, 'selection-toolbar');
    await toolbar.waitFor({ state: 'visible' });
    await expect(byTestId(toolbar, 'mark-stance-1').textContent()).resolves.toContain('赞同');
    await expect(byTestId(toolbar, 'mark-comment').isVisible()).resolves.toBe(true);
    await expect(byTestId(toolbar, 'mark-suggestion').isVisible()).resolves.toBe(true);
    await shot(page, 'annotating-02-selection-toolbar');

    await page.keyboard.press('1');

    const opinionId = await newCardIn(page, paragraphId);
    const card = cardById(page, opinionId);
    await expect(marginCards(page, paragraphId).count()).resolves.toBe(1);
    await expect(card.getAttribute('data-kind')).resolves.toBe('passage-comment');
    await expect(card.getAttribute('data-status')).resolves.toBe('exact');
    const stance = byTestId(card, 'note-stance-select');
    await expect(stance.inputValue()).resolves.toBe('agree');
    await expect(stance.locator('option:checked').textContent()).resolves.toBe('赞同');
    await expect(card.locator('.note-author').textContent()).resolves.toBe(DELEGATE.name);
    await expect.poll(() => highlightedOpinions(page, paragraphId)).toContain(opinionId);
    await expect.poll(() => paintedWords(page, paragraphId)).toEqual([PASSAGES.stance.quote]);
    // The toolbar goes once the words are marked.
    await expect.poll(() => toolbar.count()).toBe(0);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('1');
    await shot(page, 'annotating-02-stance-note');

    // A second note in the same stance over part of the same words and beyond: one stance is
    // painted once over the words either covers (the painter merges its overlapping ranges).
    await waitEditorFocused(page, opinionId);
    await selectQuote(page, paragraphId, '總基調,搶抓綜改試驗');
    await byTestId(page, 'selection-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press('1');
    const second = await newCardIn(page, paragraphId, [opinionId]);
    await expect.poll(() => highlightedOpinions(page, paragraphId)).toEqual(expect.arrayContaining([opinionId, second]));
    await expect.poll(() => paintedWords(page, paragraphId)).toEqual(['把握穩中求進總基調,搶抓綜改試驗']);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('2');
    await shot(page, 'annotating-02b-overlapping-stance');
  });

  it('keeps a comment’s bold words and bullet list across a reload', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const { paragraphId, opinionId } = await markWithKey(page, PASSAGES.comment, 'c');
    const card = cardById(page, opinionId);
    await expect(byTestId(card, 'note-stance-select').inputValue()).resolves.toBe('');

    await waitEditorFocused(page, opinionId);
    await typeFormattedBody(page);
    // While typing, the editor shows the formatting already.
    expectFormattedBody(await bodyShape(card));
    await waitSaved(page, opinionId);
    await shot(page, 'annotating-03-formatted-comment');

    await page.reload();
    await byTestId(page, 'report-title').waitFor({ state: 'visible' });
    await expect.poll(() => byTestId(page, 'notes-count').textContent()).toBe('1');
    const reloaded = await cardInView(page, paragraphId, opinionId);
    await expect(marginCards(page, paragraphId).count()).resolves.toBe(1);
    expectFormattedBody(await bodyShape(reloaded));
    await expect.poll(() => highlightedOpinions(page, paragraphId)).toContain(opinionId);
    await shot(page, 'annotating-03-formatted-comment-reloaded');
  });

  it('shows a suggestion’s proposed words after the struck original, and keeps both fields after a restart', async () => {
    const first = track(await openDelegateSession(e2e.browser));
    let page = first.page;
    const paragraphId = await paragraphIdWith(page, PASSAGES.suggestion.paragraph);
    await selectQuote(page, paragraphId, PASSAGES.suggestion.quote);
    await byTestId(page, 'mark-suggestion').click();
    const opinionId = await newCardIn(page, paragraphId);
    const card = cardById(page, opinionId);
    await expect(card.getAttribute('data-kind')).resolves.toBe('passage-suggestion');
    await expect(byTestId(card, 'suggestion-original').textContent()).resolves.toBe(PASSAGES.suggestion.quote);

    await fillSuggestion(page, opinionId);
    await expect.poll(() => aroundInsertion(page, paragraphId, opinionId)).not.toBeNull();
    const shown = (await aroundInsertion(page, paragraphId, opinionId))!;
    expect(shown.inserted).toBe(SUGGESTION.proposed);
    // The proposed words come right after the words they would replace (struck through by the
    // deletion highlight, which is painted, not a DOM node: the row says what it paints).
    expect(shown.before.endsWith(PASSAGES.suggestion.quote)).toBe(true);
    await expect.poll(() => highlightedOpinions(page, paragraphId)).toContain(opinionId);
    await shot(page, 'annotating-04-suggestion');

    const second = await restartTracked(first);
    page = second.page;
    const again = await cardInView(page, paragraphId, opinionId);
    await expect(byTestId(again, 'suggestion-proposed').inputValue()).resolves.toBe(SUGGESTION.proposed);
    await expect(byTestId(again, 'suggestion-reason').inputValue()).resolves.toBe(SUGGESTION.reason);
    await expect(byTestId(again, 'suggestion-original').textContent()).resolves.toBe(PASSAGES.suggestion.quote);
    await expect.poll(() => aroundInsertion(page, paragraphId, opinionId)).toEqual(shown);
    await shot(page, 'annotating-04-suggestion-after-restart');
  });

  it('searches a two-character word: hits with their section path, a click scrolls to the paragraph', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    await byTestId(page, 'search-toggle').click();
    const input = byTestId(page, 'search-input');
    await input.waitFor({ state: 'visible' });
    await input.fill('改革');

    const hits = byTestId(page, 'search-hit');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const count = await hits.count();
    await expect(byTestId(page, 'search-count').textContent()).resolves.toBe(`找到 ${count} 处`);
    const where = await hits.locator('.search-hit-where').allTextContents();
    // Every paragraph hit says where it is: its section path (or, at top level, its number).
    for (const text of where) expect(text).toMatch(/第\s*\d+\s*段/);
    expect(where.some((text) => text.startsWith('二、20xx年工作安排 › '))).toBe(true);
    const marks = await hits.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toBe('改革');
    await shot(page, 'annotating-05-search-hits');

    // The last paragraph hit is far down the report: choosing it brings it into view.
    const last = hits.filter({ has: page.locator('mark') }).last();
    const paragraphId = (await last.getAttribute('data-paragraph-id'))!;
    const row = paragraphRow(page, paragraphId);
    await page.locator('main.report-scroll').evaluate((element) => element.scrollTo(0, 0));
    await expect.poll(() => inReportViewport(page, row)).toBe(false);
    await last.click();
    await expect.poll(() => inReportViewport(page, row), { timeout: 10_000 }).toBe(true);
    await expect(last.getAttribute('aria-current')).resolves.toBe('true');
    await expect(row.locator('[data-testid="paragraph-text"]').textContent()).resolves.toContain('改革');
    await shot(page, 'annotating-05-search-jump');
  });

  it('finds every note again after a restart: stance, formatted comment and suggestion, all exact', async () => {
    const first = track(await openDelegateSession(e2e.browser));
    let page = first.page;
    const stance = await markWithKey(page, PASSAGES.stance, '1');
    // As a delegate would: the new note has the caret before other words are selected.
    await waitEditorFocused(page, stance.opinionId);
    const comment = await markWithKey(page, PASSAGES.comment, 'c');
    await waitEditorFocused(page, comment.opinionId);
    await typeFormattedBody(page);
    await waitSaved(page, comment.opinionId);
    const suggestion = await markWithKey(page, PASSAGES.suggestion, 's');
    await fillSuggestion(page, suggestion.opinionId);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('3');

    const second = await restartTracked(first);
    page = second.page;
    await expect.poll(() => byTestId(page, 'notes-count').textContent()).toBe('3');

    const stanceCard = await cardInView(page, stance.paragraphId, stance.opinionId);
    await expect(stanceCard.getAttribute('data-status')).resolves.toBe('exact');
    await expect(byTestId(stanceCard, 'note-stance-select').inputValue()).resolves.toBe('agree');
    await expect.poll(() => highlightedOpinions(page, stance.paragraphId)).toContain(stance.opinionId);

    const commentCard = await cardInView(page, comment.paragraphId, comment.opinionId);
    await expect(commentCard.getAttribute('data-status')).resolves.toBe('exact');
    expectFormattedBody(await bodyShape(commentCard));
    await expect.poll(() => highlightedOpinions(page, comment.paragraphId)).toContain(comment.opinionId);

    const suggestionCard = await cardInView(page, suggestion.paragraphId, suggestion.opinionId);
    await expect(suggestionCard.getAttribute('data-status')).resolves.toBe('exact');
    await expect(byTestId(suggestionCard, 'suggestion-proposed').inputValue()).resolves.toBe(SUGGESTION.proposed);
    await expect(byTestId(suggestionCard, 'suggestion-reason').inputValue()).resolves.toBe(SUGGESTION.reason);
    await expect.poll(() => aroundInsertion(page, suggestion.paragraphId, suggestion.opinionId)).not.toBeNull();

    // The notes list agrees: three notes, all placed exactly.
    await byTestId(page, 'notes-list-toggle').click();
    const items = byTestId(byTestId(page, 'notes-list'), 'notes-list-item');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status')))).toEqual(['exact', 'exact', 'exact']);
    await expect(byTestId(page, 'unplaced-panel').count()).resolves.toBe(0);
    await shot(page, 'annotating-06-restart-notes-list');
    await page.locator('main.report-scroll').evaluate((element) => element.scrollTo(0, 0));
    await shot(page, 'annotating-06-restart-margin');
  });

  it('deletes a note to the trash, and Ctrl+Z brings it back with its body', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const { paragraphId, opinionId } = await markWithKey(page, PASSAGES.comment, 'c');
    await waitEditorFocused(page, opinionId);
    await typeFormattedBody(page);
    await waitSaved(page, opinionId);
    // Done writing: Esc leaves the editor for the card (deleting from inside the editor is the next test).
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).testId).toBe('note-card');

    await byTestId(cardById(page, opinionId), 'note-delete').click();
    await expect.poll(() => cardById(page, opinionId).count()).toBe(0);
    await expect.poll(() => highlightedOpinions(page, paragraphId)).not.toContain(opinionId);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('0');

    await byTestId(page, 'trash-toggle').click();
    const trashed = page.locator(`[data-testid="trash-item"][data-opinion-id="${opinionId}"]`);
    await trashed.waitFor({ state: 'visible' });
    await expect(trashed.textContent()).resolves.toContain(FORMATTED.bold);
    await expect(byTestId(trashed, 'trash-restore').isVisible()).resolves.toBe(true);
    await shot(page, 'annotating-07-trash');

    // Ctrl+Z with the keyboard outside any editor (the trash toggle had the focus).
    expect((await focused(page)).editable).toBe(false);
    await page.keyboard.press('Control+z');
    const back = cardById(page, opinionId);
    await back.waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => marginCards(page, paragraphId).count()).toBe(1);
    expectFormattedBody(await bodyShape(back));
    await expect.poll(() => highlightedOpinions(page, paragraphId)).toContain(opinionId);
    await expect.poll(() => trashed.count()).toBe(0);
    await shot(page, 'annotating-07-undo-delete');

    // Redo deletes it again; the undo button brings it back once more.
    await byTestId(page, 'redo-button').click();
    await expect.poll(() => cardById(page, opinionId).count()).toBe(0);
    await trashed.waitFor({ state: 'visible' });
    await byTestId(page, 'undo-button').click();
    await cardById(page, opinionId).waitFor({ state: 'visible', timeout: 15_000 });
    expectFormattedBody(await bodyShape(cardById(page, opinionId)));
  });

  it('deletes a note with one click on × while its editor is still open', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const { opinionId } = await markWithKey(page, PASSAGES.comment, 'c');
    await waitEditorFocused(page, opinionId);
    await typeFormattedBody(page);
    await waitSaved(page, opinionId);
    const remove = byTestId(cardById(page, opinionId), 'note-delete');
    const before = (await remove.boundingBox())!;

    // A plain click, pressed and released at the same point as a hand does; measured in between:
    // leaving the editor must not move the × out from under the pointer.
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    const pressed = await remove.boundingBox();
    await page.mouse.up();
    await shot(page, 'annotating-07b-delete-while-editing');
    expect(pressed?.y, 'the × moved when the editor lost focus on the press').toBe(before.y);
    await expect.poll(() => cardById(page, opinionId).count(), { timeout: 5_000, message: 'the note is gone after one click on ×' }).toBe(0);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('0');
  });

  it('ignores the stance key while an IME is composing, and marks with the same key otherwise', async () => {
    const { page } = track(await openDelegateSession(e2e.browser));
    const paragraphId = await paragraphIdWith(page, PASSAGES.ime.paragraph);
    await selectQuote(page, paragraphId, PASSAGES.ime.quote);
    await byTestId(page, 'selection-toolbar').waitFor({ state: 'visible' });

    // Sent to whatever has the keyboard, as the browser would: compositionstart, the key with
    // isComposing set, compositionend (the IME turned the key into a character).
    const dispatchKey = (composing: boolean) =>
      page.locator('body').evaluate((body, isComposing: boolean) => {
        const doc = body.ownerDocument;
        const view = doc.defaultView;
        const target = doc.activeElement ?? body;
        if (isComposing) target.dispatchEvent(new view.CompositionEvent('compositionstart', { bubbles: true, data: '' }));
        const event = new view.KeyboardEvent('keydown', { key: '1', code: 'Digit1', isComposing, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
        if (isComposing) target.dispatchEvent(new view.CompositionEvent('compositionend', { bubbles: true, data: '一' }));
        return { defaultPrevented: event.defaultPrevented === true, selection: String(doc.getSelection()?.toString() ?? '') };
      }, composing);

    const composing = await dispatchKey(true);
    expect(composing.defaultPrevented).toBe(false);
    expect(composing.selection).toBe(PASSAGES.ime.quote);
    // Give a wrongly taken key every chance to show: the create call takes well under this.
    await page.waitForTimeout(1500);
    await expect(byTestId(page, 'note-card').count()).resolves.toBe(0);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('0');
    await expect(byTestId(page, 'selection-toolbar').isVisible()).resolves.toBe(true);
    await shot(page, 'annotating-08-ime-no-note');

    const plain = await dispatchKey(false);
    expect(plain.defaultPrevented).toBe(true);
    const opinionId = await newCardIn(page, paragraphId);
    await expect(byTestId(cardById(page, opinionId), 'note-stance-select').inputValue()).resolves.toBe('agree');
    expect(await cardIdsIn(page, paragraphId)).toEqual([opinionId]);
    await shot(page, 'annotating-08-ime-then-key');
  });
});
