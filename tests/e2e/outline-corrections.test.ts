/**
 * Where the outline is unsure, the reader says so and lets the user decide: a report whose
 * （三） is missing shows （四） as a line to check; the user makes it a heading, makes another
 * heading body text, takes that back, and the import's self-check notice says what to check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { screenshot } from '../support/screenshots';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();

let counter = 0;
const body = () => `第${++counter}段：我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳、稳中有进。`.repeat(6);
const GAP_REPORT = ['测试市政府工作报告', '各位代表：', '一、过去一年的工作', body(), '（一）经济运行', body(), '（二）改革开放', body(), '（四）民生保障', body(), '二、今年的安排', body()].join('\n');

const outlineItems = async (page: Parameters<typeof byTestId>[0]) =>
  (await byTestId(byTestId(page, 'outline'), 'outline-item').allTextContents()).map((text) => text.replace(/\s+/g, ''));

describe('correcting the outline', () => {
  it('promotes the unsure （四） to a heading, demotes （二）, undoes it; the import notice says what to check', async () => {
    const { page } = await e2e.open();
    const file = join(tempDir('shenyi-gap-'), 'gap.txt');
    writeFileSync(file, GAP_REPORT);
    await byTestId(page, 'import-input').setInputFiles(file);
    await expect.poll(() => byTestId(page, 'report-title').textContent(), { timeout: 20_000 }).toContain('测试市政府工作报告');

    const notice = byTestId(page, 'outline-check-notice');
    await expect.poll(() => notice.count()).toBe(1);
    await expect(byTestId(notice, 'outline-check-sequence-gap').count()).resolves.toBe(1);
    await expect(byTestId(notice, 'outline-check-short-text').count()).resolves.toBe(1);
    // Each finding in detail is said in the UI's language too, not in the check's English.
    const details = await notice.locator('.notice-details li').allTextContents();
    expect(details.some((line) => line.includes('像标题，但没有接上编号'))).toBe(true);
    expect(details.filter((line) => /[a-z]{4,}/.test(line))).toEqual([]);
    const panel = byTestId(page, 'outline-corrections');
    await expect.poll(() => panel.textContent()).toContain('（四）民生保障');
    expect(await outlineItems(page)).not.toContain('（四）民生保障');
    await screenshot(page, 'outline-unsure');

    await byTestId(panel, 'outline-fix-promote').click();
    await expect.poll(() => outlineItems(page)).toContain('（四）民生保障');
    expect(await outlineItems(page)).toEqual(['一、过去一年的工作', '（一）经济运行', '（二）改革开放', '（四）民生保障', '二、今年的安排']);
    await expect(byTestId(panel, 'outline-fix-undo').count()).resolves.toBe(1);
    await screenshot(page, 'outline-promoted');

    // Go to （二） and make it body text: it leaves the outline and reads as a paragraph.
    await byTestId(page, 'outline-item').filter({ hasText: '改革开放' }).click();
    const demote = byTestId(panel, 'outline-fix-demote');
    await expect.poll(() => demote.count()).toBe(1);
    await demote.click();
    await expect.poll(() => outlineItems(page)).not.toContain('（二）改革开放');
    await expect(byTestId(page, 'paragraph').filter({ hasText: '（二）改革开放' }).count()).resolves.toBe(1);
    await screenshot(page, 'outline-demoted');

    // Kept with the version: after a reload both corrections are still there; one is taken back.
    await page.reload();
    await expect.poll(() => outlineItems(page), { timeout: 20_000 }).toContain('（四）民生保障');
    expect(await outlineItems(page)).not.toContain('（二）改革开放');
    const undo = byTestId(byTestId(page, 'outline-corrections'), 'outline-correction').filter({ hasText: '改革开放' }).locator('button');
    await undo.click();
    await expect.poll(() => outlineItems(page)).toContain('（二）改革开放');
    await screenshot(page, 'outline-undone');
  });
});
