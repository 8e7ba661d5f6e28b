/**
 * The reader as a delegate uses it (issue 16): suggestions stacked on the same words, and the
 * other habits of reading and annotating checked one screen at a time in Debian's Chromium.
 */
import { describe, expect, it } from 'vitest';
import { cardById, fillSuggestion, markWithKey, openDelegateSession, paragraphRow, PASSAGES, shot } from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { byTestId } from '../support/session';

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
});
