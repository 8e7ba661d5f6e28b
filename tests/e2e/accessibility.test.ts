/**
 * axe-core over each main screen a delegate or clerk meets: 0 serious or critical rule hits
 * (WCAG 2.x A/AA and axe's best practices), in the light and the dark theme.
 */
import { describe, expect, it } from 'vitest';
import { fillFirstRunProfile, fillSuggestion, markWithKey, PASSAGES, shot, waitEditorFocused } from '../support/annotate';
import { describeHits, openScannableSession, seriousAxeHits } from '../support/axe';
import { browserSessions } from '../support/browser-sessions';
import { byTestId } from '../support/session';

const e2e = browserSessions();

describe('accessibility of the main screens', () => {
  it('has no serious or critical axe hits on the first run, the reader with notes, its panels and dialogs, and the library', { timeout: 180_000 }, async () => {
    const { page } = e2e.track(await openScannableSession(e2e.browser));
    const found: string[] = [];
    const scan = async (screen: string) => {
      await shot(page, `a11y-${screen}`);
      const hits = await seriousAxeHits(page);
      if (hits.length > 0) found.push(`${screen}:\n${describeHits(hits)}`);
    };

    await scan('first-run-profile');
    await fillFirstRunProfile(page);
    const note = await markWithKey(page, PASSAGES.stance, '1');
    await waitEditorFocused(page, note.opinionId);
    await page.keyboard.type('请补充数据来源');
    await scan('note-editing');
    const suggestion = await markWithKey(page, PASSAGES.suggestion, 's');
    await fillSuggestion(page, suggestion.opinionId, { proposed: '地区生产总值增长9.1%，居全省前列', reason: '说明位次' });
    expect(note.opinionId).not.toBe('');
    await scan('reader-with-notes');

    await byTestId(page, 'notes-list-toggle').click();
    await scan('notes-list');
    await byTestId(page, 'search-toggle').click();
    await page.keyboard.type('经济');
    await scan('search');
    await byTestId(page, 'trash-toggle').click();
    await scan('trash');
    await byTestId(page, 'trash-toggle').click();

    await byTestId(page, 'export-button').click();
    await byTestId(page, 'export-dialog').waitFor({ state: 'visible' });
    await scan('export-dialog');
    await byTestId(page, 'export-cancel').click();

    await byTestId(page, 'help-button').click();
    await scan('help');
    await page.keyboard.press('Escape');

    await byTestId(page, 'profile-button').click();
    await scan('profile-popover');
    await page.keyboard.press('Escape');

    const theme = () => page.locator('html').getAttribute('data-theme');
    for (let i = 0; i < 3 && (await theme()) !== 'dark'; i++) await byTestId(page, 'theme-toggle').click();
    await expect(theme()).resolves.toBe('dark');
    await scan('reader-dark');

    await byTestId(page, 'library-button').click();
    await byTestId(page, 'library').waitFor({ state: 'visible' });
    await scan('library');

    expect(found, found.join('\n\n')).toEqual([]);
  });
});
