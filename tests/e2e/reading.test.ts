/**
 * The reading view in the browser shell, in Debian's Chromium: what a user sees on first launch,
 * moving through the outline, and switching the displayed script.
 */
import { describe, expect, it } from 'vitest';
import { browserSessions } from '../support/browser-sessions';
import { screenshot } from '../support/screenshots';
import { byTestId, paragraphNumbers } from '../support/session';

const e2e = browserSessions();
const session = () => e2e.open();

describe('reading view', () => {
  it('opens the bundled sample report on first launch, numbered and outlined', async () => {
    const { page } = await session();

    await expect(byTestId(page, 'report-title').textContent()).resolves.toContain('晉中市政府工作報告');
    const numbers = await paragraphNumbers(page);
    expect(numbers.length).toBeGreaterThan(40);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    await expect(byTestId(page, 'paragraph').first().locator('.para-number').textContent()).resolves.toBe('1');

    const outline = byTestId(page, 'outline');
    await expect(outline.isVisible()).resolves.toBe(true);
    const items = await byTestId(outline, 'outline-item').allTextContents();
    expect(items.some((text) => text.startsWith('一、'))).toBe(true);
    expect(items.some((text) => text.startsWith('二、'))).toBe(true);
    await screenshot(page, 'first-launch-sample');
  });

  it('jumps to （三） under 二、 from the outline and marks it current', async () => {
    const { page } = await session();
    const outline = byTestId(page, 'outline');
    // The outline node of 二、 (its <li>), then the （三） item inside it.
    const partTwo = byTestId(outline, 'outline-item').filter({ hasText: /^二、/ }).locator('xpath=ancestor::li[1]');
    const item = byTestId(partTwo, 'outline-item').filter({ hasText: /^[（(]三[)）]/ });
    await expect(item.count()).resolves.toBe(1);
    const sectionId = await item.getAttribute('data-section-id');
    const heading = page.locator(`[data-testid="section-heading"][data-section-id="${sectionId}"]`);
    await expect(heading.textContent()).resolves.toMatch(/^[（(]三[)）]堅持結構調整/);

    await item.click();

    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    const viewport = page.viewportSize()!;
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
      })
      .toBe(true);
    // Only one outline item is current.
    await expect(outline.locator('[data-testid="outline-item"][aria-current="true"]').count()).resolves.toBe(1);
    await screenshot(page, 'outline-jump-section-3');
  });

  it('shows Simplified characters on 简 and the source text again on 原文, keeping paragraph ids', async () => {
    const { page } = await session();
    const ids = () => byTestId(page, 'paragraph').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-paragraph-id')));
    const before = await ids();
    const paragraph = byTestId(page, 'paragraph').filter({ hasText: '經濟' }).first();
    const paragraphId = await paragraph.getAttribute('data-paragraph-id');
    const text = page.locator(`[data-testid="paragraph"][data-paragraph-id="${paragraphId}"] [data-testid="paragraph-text"]`);
    const source = await text.textContent();
    expect(source).toContain('經濟');

    await byTestId(page, 'script-hans').click();
    await expect.poll(() => text.textContent(), { timeout: 15_000 }).toContain('经济');
    expect(await text.textContent()).not.toContain('經濟');
    await expect(byTestId(page, 'script-hans').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await ids()).toEqual(before);
    await screenshot(page, 'script-simplified');

    await byTestId(page, 'script-source').click();
    await expect.poll(() => text.textContent()).toBe(source);
    expect(await ids()).toEqual(before);
  });
});
