/**
 * Placing opinions by hand, as a delegate meets them after a revised draft: a note whose words
 * were rewritten is found nowhere (未找到), one whose words now stand in two places is not
 * placed on a guess (多处匹配). The delegate picks one of the places offered, or selects the
 * new words in the text; the notes stay placed after a reload, and undo takes a placement back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardById, cardInView, highlightedOpinions, paragraphIdWith, selectQuote, shot } from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { shenyiJson } from '../support/cli';
import { FIXTURES } from '../support/paths';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const OLD_FILE = join(FIXTURES, 'national-2024-wikisource-zh-hans.txt');
const REWRITTEN = { before: '航空发动机、燃气轮机、第四代核电机组', after: '大飞机、大型船舶、核能装备' };
const REPEATED = '传统产业加快转型升级';

/** A library holding the 2024 report with two notes, and a revised draft in which neither can be placed for sure. */
function libraryWithRevisedDraft(): { dataDir: string; orphanId: string; ambiguousId: string } {
  const dataDir = tempDir('shenyi-placing-');
  const [imported] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir, '--label', '征求意见稿');
  const reportId = imported!.reportId;
  type Added = { opinion: { id: string } };
  const orphan = shenyiJson<Added>('note', 'add', '--data-dir', dataDir, '--report', reportId, '--author', '王代表', '--quote', REWRITTEN.before, '--stance', '赞同', '--body', '装备突破要写具体');
  const ambiguous = shenyiJson<Added>('note', 'add', '--data-dir', dataDir, '--report', reportId, '--quote', REPEATED, '--stance', '质疑', '--body', '转型升级的成效要有数据');
  const lines = readFileSync(OLD_FILE, 'utf8')
    .replace(REWRITTEN.before, REWRITTEN.after)
    .replace(`${REPEATED}，战略性新兴产业蓬勃发展`, '战略性新兴产业蓬勃发展')
    .split('\n');
  // The repeated words move out of their sentence into two other paragraphs.
  lines[95] = `${lines[95]}${REPEATED}。`;
  lines[100] = `${lines[100]}${REPEATED}。`;
  const revised = join(tempDir('shenyi-placing-draft-'), '政府工作报告（修改稿）.txt');
  writeFileSync(revised, lines.join('\n'));
  shenyiJson('import', revised, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '修改稿');
  return { dataDir, orphanId: orphan.opinion.id, ambiguousId: ambiguous.opinion.id };
}

describe('placing opinions by hand', () => {
  it('places an ambiguous note on a place offered and an orphaned one on selected words; both stay placed, and undo takes a placement back', async () => {
    const { dataDir, orphanId, ambiguousId } = libraryWithRevisedDraft();
    const { page } = await e2e.open(dataDir);
    const panel = byTestId(page, 'unplaced-panel');
    await panel.waitFor({ state: 'visible', timeout: 20_000 });
    await expect(panel.locator('summary').textContent()).resolves.toBe('未定位的意见（2）');

    // 多处匹配: the two places, each with the words around it, to choose from.
    const ambiguousCard = panel.locator(`[data-testid="note-card"][data-opinion-id="${ambiguousId}"]`);
    await expect(ambiguousCard.getAttribute('data-status')).resolves.toBe('ambiguous');
    const candidates = byTestId(ambiguousCard, 'place-candidate');
    await expect(candidates.count()).resolves.toBe(2);
    await expect(candidates.first().textContent()).resolves.toMatch(/^放在第 1 处.*【传统产业加快转型升级】/);
    await ambiguousCard.scrollIntoViewIfNeeded();
    await shot(page, 'placing-01-unplaced-candidates');

    const second = byTestId(page, 'paragraph').filter({ has: page.locator('[data-testid="paragraph-text"]', { hasText: REPEATED }) }).nth(1);
    const secondId = (await second.getAttribute('data-paragraph-id'))!;
    await candidates.nth(1).click();
    const placedAmbiguous = await cardInView(page, secondId, ambiguousId);
    await expect(byTestId(placedAmbiguous, 'note-placed').textContent()).resolves.toContain('已手动定位');
    await expect.poll(() => highlightedOpinions(page, secondId)).toContain(ambiguousId);
    await expect.poll(() => panel.locator('summary').textContent()).toBe('未定位的意见（1）');

    // 未找到: choose the place in the text. The banner says what to do; the toolbar only places.
    const orphanCard = panel.locator(`[data-testid="note-card"][data-opinion-id="${orphanId}"]`);
    await expect(orphanCard.getAttribute('data-status')).resolves.toBe('orphan');
    await byTestId(orphanCard, 'place-start').click();
    const banner = byTestId(page, 'placing-banner');
    await expect(banner.textContent()).resolves.toContain('正在为意见「航空发动机、燃气轮机、第四代核电机组」选择位置');
    const rewrittenId = await paragraphIdWith(page, REWRITTEN.after);
    // As pressing on the text would, focus leaves the button for the report column.
    await page.locator('main.report-scroll').focus();
    await selectQuote(page, rewrittenId, REWRITTEN.after);
    const toolbar = byTestId(page, 'selection-toolbar');
    await toolbar.waitFor({ state: 'visible' });
    await expect(byTestId(toolbar, 'mark-comment').count()).resolves.toBe(0);
    await shot(page, 'placing-02-choose-in-text');
    // The number keys place nothing and make no note while an opinion waits for its place.
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    const placedOrphan = await cardInView(page, rewrittenId, orphanId);
    await expect(banner.count()).resolves.toBe(0);
    await expect(byTestId(placedOrphan, 'note-placed').count()).resolves.toBe(1);
    await expect.poll(() => highlightedOpinions(page, rewrittenId)).toEqual([orphanId]);
    await expect(panel.count()).resolves.toBe(0);
    await shot(page, 'placing-03-placed');

    // Kept by main: a reload shows both where the delegate put them.
    await page.reload();
    await expect.poll(() => highlightedOpinions(page, rewrittenId), { timeout: 20_000 }).toEqual([orphanId]);
    await expect(byTestId(page, 'unplaced-panel').count()).resolves.toBe(0);
    await expect(byTestId(await cardInView(page, secondId, ambiguousId), 'note-placed').count()).resolves.toBe(1);

    // Given back to the resolver, the note is unplaced again; undo places it again.
    await byTestId(cardById(page, ambiguousId), 'note-unplace').click();
    await expect.poll(() => byTestId(page, 'unplaced-panel').locator('summary').textContent()).toBe('未定位的意见（1）');
    await page.locator('main.report-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => highlightedOpinions(page, secondId)).toContain(ambiguousId);
    await expect(byTestId(page, 'unplaced-panel').count()).resolves.toBe(0);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('2');
  });

  it('Esc stops choosing a place and leaves the note unplaced', async () => {
    const { dataDir, orphanId } = libraryWithRevisedDraft();
    const { page } = await e2e.open(dataDir);
    const orphanCard = byTestId(page, 'unplaced-panel').locator(`[data-testid="note-card"][data-opinion-id="${orphanId}"]`);
    await byTestId(orphanCard, 'place-start').click({ timeout: 20_000 });
    await byTestId(page, 'placing-banner').waitFor({ state: 'visible' });
    await page.locator('main.report-scroll').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => byTestId(page, 'placing-banner').count()).toBe(0);
    // A selection now offers the usual marks again.
    const rewrittenId = await paragraphIdWith(page, REWRITTEN.after);
    await selectQuote(page, rewrittenId, REWRITTEN.after);
    await byTestId(byTestId(page, 'selection-toolbar'), 'mark-comment').waitFor({ state: 'visible' });
    await expect(orphanCard.getAttribute('data-status')).resolves.toBe('orphan');
  });
});
