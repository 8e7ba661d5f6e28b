/**
 * Versions as a delegate meets them: a revised draft imported from the library as 修改稿 opens
 * the comparison — the totals in the wording of a 修改情况说明, the changed paragraphs side by
 * side and inline, next/previous change from the keyboard — and the delegate's suggestion is
 * reported adopted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { shenyiJson } from '../support/cli';
import { FIXTURES } from '../support/paths';
import { screenshot } from '../support/screenshots';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';
import { paragraphTexts, unzip, wordTokens } from '../unit/export/ooxml';

const e2e = browserSessions();
const OLD_FILE = join(FIXTURES, 'national-2024-wikisource-zh-hans.txt');

describe('versions of a report', () => {
  it('imports a revised draft from the library, compares it with the old one and reports the suggestion adopted', async () => {
    const dataDir = tempDir('shenyi-versions-');
    const [imported] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir, '--label', '提请审议稿');
    const reportId = imported!.reportId;
    shenyiJson('note', 'add', '--data-dir', dataDir, '--report', reportId, '--author', '王代表', '--quote', '国内生产总值超过126万亿元', '--stance', '建议修改', '--body', '数字已达到', '--suggest', '国内生产总值达到126万亿元', '--reason', '更准确');
    const revised = join(tempDir('shenyi-revised-'), '政府工作报告（修改稿）.txt');
    writeFileSync(revised, readFileSync(OLD_FILE, 'utf8').replace('国内生产总值超过126万亿元', '国内生产总值达到126万亿元').replace('科技创新能力在持续提升，', ''));

    const { page } = await e2e.open(dataDir);
    await byTestId(page, 'library-button').click();
    const entry = page.locator('.library-entry', { has: page.locator(`[data-report-id="${reportId}"]`) });
    await expect(entry.locator('[data-testid="library-compare"]').count()).resolves.toBe(0);
    await entry.locator('[data-testid="library-new-version"]').click();
    const dialog = byTestId(page, 'new-version-dialog');
    await dialog.getByLabel('修改稿').check();
    await byTestId(dialog, 'new-version-file').setInputFiles(revised);
    await screenshot(page, 'versions-new-version-dialog');
    await byTestId(dialog, 'new-version-confirm').click();

    const view = byTestId(page, 'compare-view');
    await view.waitFor({ state: 'visible' });
    await expect.poll(() => byTestId(view, 'compare-totals').textContent(), { timeout: 20_000 }).toBe('共修改2处（补充0处、修改1处、删除1处）。');
    await expect(byTestId(view, 'compare-from').inputValue()).resolves.toBeTruthy();
    const changed = byTestId(view, 'compared-row').and(page.locator('[data-status="changed"]'));
    await expect(changed.count()).resolves.toBe(2);
    await expect(changed.first().locator('del').allTextContents()).resolves.toEqual(['超过']);
    await expect(changed.first().locator('ins').allTextContents()).resolves.toEqual(['达到']);
    // The suggestion sits in the margin of both panes: on the old words, and where they went.
    for (const side of ['old', 'new']) {
      const note = byTestId(changed.first(), `compare-notes-${side}`).locator('[data-testid="compare-note"]');
      await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
      await expect(note.textContent()).resolves.toContain('王代表');
    }
    // Changes only, with their neighbours: far fewer rows than the report has paragraphs.
    expect(await byTestId(view, 'compared-row').count()).toBeLessThan(10);
    await expect(byTestId(view, 'adoption-mine').textContent()).resolves.toBe('您的1条修改建议：采纳1，部分采纳0，未采纳0');
    await expect(byTestId(view, 'adoption-item').getAttribute('data-outcome')).resolves.toBe('adopted');
    await screenshot(page, 'versions-compare-side');

    await expect(byTestId(view, 'compare-position').textContent()).resolves.toBe('第 1 处 / 共 2 处');
    await page.keyboard.press('n');
    await expect(byTestId(view, 'compare-position').textContent()).resolves.toBe('第 2 处 / 共 2 处');
    await expect(view.locator('[data-testid="compared-row"][aria-current="true"] del').textContent()).resolves.toBe('科技创新能力在持续提升，');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(byTestId(view, 'compare-position').textContent()).resolves.toBe('第 1 处 / 共 2 处');

    await byTestId(view, 'compare-layout-inline').click();
    await expect(changed.first().locator('.compared-text').count()).resolves.toBe(1);
    await expect(changed.first().locator('.compared-text').textContent()).resolves.toContain('超过达到126万亿元');
    await screenshot(page, 'versions-compare-inline');

    // The 修改情况说明 as a Word file, opened back as Word would.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), byTestId(view, 'compare-note-docx').click()]);
    expect(download.suggestedFilename()).toBe('政府工作报告-修改情况说明-修改稿.docx');
    const notePath = join(tempDir('shenyi-note-'), download.suggestedFilename());
    await download.saveAs(notePath);
    const documentXml = (await unzip(readFileSync(notePath))).get('word/document.xml')!.toString('utf8');
    expect(paragraphTexts(wordTokens(documentXml)).map((p) => p.text)).toEqual([
      '关于《政府工作报告》修改情况的说明',
      '共修改2处（补充0处、修改1处、删除1处）。',
      '1. 在第一部分“2023年工作回顾”第二段，将“超过”改为“达到”。',
      '2. 在第二部分“2024年经济社会发展总体要求和政策取向”第二段，删去“科技创新能力在持续提升，”。',
    ]);

    // Back in the library the report offers the comparison.
    await page.keyboard.press('Escape');
    await byTestId(page, 'library').waitFor({ state: 'visible' });
    await expect(entry.locator('[data-testid="library-compare"]').count()).resolves.toBe(1);
  });

  it('asks a person to confirm a partial adoption, and keeps the confirmation', async () => {
    const dataDir = tempDir('shenyi-versions-confirm-');
    const [imported] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir);
    const reportId = imported!.reportId;
    shenyiJson('note', 'add', '--data-dir', dataDir, '--report', reportId, '--author', '王代表', '--quote', '城镇新增就业1244万人', '--stance', '建议修改', '--body', '补充高校毕业生', '--suggest', '城镇新增就业1244万人，高校毕业生就业保持总体稳定', '--reason', '补充');
    const revised = join(tempDir('shenyi-revised-'), '修改稿.txt');
    writeFileSync(revised, readFileSync(OLD_FILE, 'utf8').replace('城镇新增就业1244万人', '城镇新增就业1244万人，高校毕业生就业稳定'));
    shenyiJson('import', revised, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '修改稿');

    const { page } = await e2e.open(dataDir);
    const openComparison = async () => {
      await byTestId(page, 'library-button').click();
      await page.locator('.library-entry', { has: page.locator(`[data-report-id="${reportId}"]`) }).locator('[data-testid="library-compare"]').click();
      await byTestId(page, 'adoption-item').waitFor({ state: 'visible' });
    };
    await openComparison();
    const item = byTestId(page, 'adoption-item');
    await expect(item.getAttribute('data-outcome')).resolves.toBe('partly-adopted');
    await expect(byTestId(item, 'adoption-confirm').textContent()).resolves.toBe('确认部分采纳');
    await byTestId(item, 'adoption-confirm').click();
    await expect.poll(() => byTestId(item, 'adoption-confirmed').textContent()).toBe('王代表已确认：部分采纳');
    await screenshot(page, 'versions-adoption-confirmed');

    // Read again from the store: the confirmation stays, and asks nothing more.
    await page.keyboard.press('Escape');
    await openComparison();
    await expect(byTestId(item, 'adoption-confirmed').textContent()).resolves.toBe('王代表已确认：部分采纳');
    await expect(byTestId(item, 'adoption-confirm').count()).resolves.toBe(0);
  });

  it('reads any version of the chain from the reader, each opinion shown on the version read, and imports a new one from there', async () => {
    const dataDir = tempDir('shenyi-versions-reader-');
    const [imported] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir, '--label', '征求意见稿');
    const reportId = imported!.reportId;
    const quote = '城镇新增就业1244万人';
    shenyiJson('note', 'add', '--data-dir', dataDir, '--report', reportId, '--author', '王代表', '--quote', quote, '--stance', '质疑', '--body', '口径要说明');
    const revised = join(tempDir('shenyi-revised-'), '修改稿.txt');
    writeFileSync(revised, readFileSync(OLD_FILE, 'utf8').replace(quote, '城镇新增就业1244万人，高校毕业生就业稳定'));
    const [second] = shenyiJson<{ versionId: string }[]>('import', revised, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '修改稿');

    const { page } = await e2e.open(dataDir);
    const bar = byTestId(page, 'version-bar');
    await expect.poll(() => bar.getAttribute('data-version-id'), { timeout: 20_000 }).toBe(second!.versionId);
    const select = byTestId(bar, 'version-select');
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(['征求意见稿', '修改稿（最新）']);
    await expect(byTestId(bar, 'version-older').count()).resolves.toBe(0);
    const card = page.locator('[data-testid="note-card"]').filter({ hasText: '口径要说明' });
    await card.first().waitFor({ state: 'attached', timeout: 20_000 });

    await select.selectOption({ label: '征求意见稿' });
    await expect.poll(() => bar.getAttribute('data-version-id')).not.toBe(second!.versionId);
    await expect(byTestId(bar, 'version-older').textContent()).resolves.toContain('这是较早的版本「征求意见稿」');
    // Made on this version: found exactly where it was written.
    await expect.poll(() => card.first().getAttribute('data-status'), { timeout: 20_000 }).toBe('exact');
    await screenshot(page, 'versions-reader-older-version');

    await byTestId(bar, 'version-to-latest').click();
    await expect.poll(() => bar.getAttribute('data-version-id')).toBe(second!.versionId);

    // The export of the revised draft can say what became of each opinion since the first.
    await byTestId(page, 'export-button').click();
    const dialog = byTestId(page, 'export-dialog');
    await byTestId(dialog, 'export-format-md').check();
    const adoption = byTestId(dialog, 'export-adoption');
    await adoption.check();
    await expect(adoption.locator('xpath=..').textContent()).resolves.toContain('包括采纳情况（征求意见稿→修改稿）');
    await screenshot(page, 'versions-export-adoption');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), byTestId(dialog, 'export-confirm').click()]);
    const saved = join(tempDir('shenyi-adoption-export-'), download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('采纳情况（征求意见稿→修改稿）：所在段落已修改');
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });

    await byTestId(bar, 'version-new').click();
    await byTestId(page, 'new-version-dialog').waitFor({ state: 'visible' });
  });

  it('sets last year’s report against this year’s in the same view, with no adoption to tell', async () => {
    const dataDir = tempDir('shenyi-versions-years-');
    const [older] = shenyiJson<{ reportId: string }[]>('import', join(FIXTURES, 'national-2018-govcn-zh-hans.txt'), '--data-dir', dataDir);
    const [newer] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir);
    const { page } = await e2e.open(dataDir);
    await byTestId(page, 'library-button').click();
    await page.locator(`[data-testid="library-item"][data-report-id="${newer!.reportId}"]`).click();
    await byTestId(byTestId(page, 'version-bar'), 'version-compare').click();
    const view = byTestId(page, 'compare-view');
    await expect.poll(() => byTestId(view, 'compare-totals').textContent(), { timeout: 30_000 }).toMatch(/^共修改\d+处/);
    const from = byTestId(view, 'compare-from');
    await expect(from.locator('option:checked').getAttribute('data-report-id')).resolves.toBe(older!.reportId);
    await expect(from.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')))).resolves.toEqual(['本报告的版本', '其他报告（如上一年的报告）']);
    expect(await byTestId(view, 'compared-row').count()).toBeGreaterThan(10);
    await expect(byTestId(view, 'adoption-item').count()).resolves.toBe(0);
    await expect(byTestId(view, 'compare-note-docx').count()).resolves.toBe(0);
    await screenshot(page, 'versions-compare-two-reports');

    // Last year's plan against this year's review: one part of each side.
    const whole = await byTestId(view, 'compare-totals').textContent();
    await byTestId(view, 'compare-from-part').selectOption({ label: '三、对2018年政府工作的建议' });
    await byTestId(view, 'compare-to-part').selectOption({ label: '一、2023年工作回顾' });
    await expect.poll(() => byTestId(view, 'compare-totals').textContent(), { timeout: 30_000 }).not.toBe(whole);
    await expect(byTestId(view, 'compare-to-part').inputValue()).resolves.not.toBe('');
    await expect(byTestId(view, 'compare-from-part').inputValue()).resolves.not.toBe('');
    await screenshot(page, 'versions-compare-two-parts');
  });

  it('follows a suggestion through three drafts: the comparison shows its outcome at each hop', async () => {
    const dataDir = tempDir('shenyi-versions-chain-');
    const [imported] = shenyiJson<{ reportId: string }[]>('import', OLD_FILE, '--data-dir', dataDir, '--label', '征求意见稿');
    const reportId = imported!.reportId;
    shenyiJson('note', 'add', '--data-dir', dataDir, '--report', reportId, '--author', '王代表', '--quote', '国内生产总值超过126万亿元', '--stance', '建议修改', '--body', '数字已达到', '--suggest', '国内生产总值达到126万亿元', '--reason', '更准确');
    const drafts = tempDir('shenyi-chain-drafts-');
    const text = readFileSync(OLD_FILE, 'utf8');
    const second = join(drafts, '提请审议稿.txt');
    writeFileSync(second, text.replace('科技创新能力在持续提升，', ''));
    shenyiJson('import', second, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '提请审议稿');
    const third = join(drafts, '修改稿.txt');
    writeFileSync(third, text.replace('科技创新能力在持续提升，', '').replace('国内生产总值超过126万亿元', '国内生产总值达到126万亿元'));
    shenyiJson('import', third, '--data-dir', dataDir, '--as-version-of', reportId, '--label', '修改稿');

    const { page } = await e2e.open(dataDir);
    await byTestId(byTestId(page, 'version-bar'), 'version-compare').click({ timeout: 20_000 });
    const trail = byTestId(page, 'adoption-trail');
    await trail.waitFor({ state: 'visible', timeout: 20_000 });
    await expect(trail.locator('li').allTextContents()).resolves.toEqual(['征求意见稿→提请审议稿 未采纳（原文未变）', '提请审议稿→修改稿 已采纳']);
    await screenshot(page, 'versions-compare-chain-trail');
  });
});
