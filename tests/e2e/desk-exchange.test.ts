/**
 * Two clerks' desks in a real browser, each its own library: 乙 types in an opinion heard at a
 * meeting, splits the work by delegation, decides her share's 初审 and sends it as a desk
 * package; 甲 takes it in, sees where the two of them decided one opinion differently (ours kept,
 * theirs beside it) and takes 乙's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillFirstRunProfile, shot } from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { DELEGATIONS, delegatePackages, PASSAGE_QUOTES } from '../support/delegates';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();

async function openDesk(clerk: string, packagePaths: string[]): Promise<Page> {
  const { page } = await e2e.open();
  await fillFirstRunProfile(page, { name: clerk, delegation: '大会秘书处', role: 'clerk' });
  await byTestId(page, 'report-title').waitFor({ state: 'visible' });
  await byTestId(page, 'desk-button').click();
  await byTestId(page, 'desk').waitFor({ state: 'visible' });
  await byTestId(page, 'desk-intake-input').setInputFiles(packagePaths);
  await byTestId(page, 'desk-intake-report').waitFor({ state: 'visible', timeout: 60_000 });
  return page;
}

/** The one suggestion of delegate 1 (the only 北京代表团 package both clerks hold), decided at 初审. */
async function decideShared(page: Page, kind: string, reason?: string): Promise<void> {
  await byTestId(page, 'filter-delegation').selectOption(DELEGATIONS[0]);
  await byTestId(page, 'filter-kind').selectOption('passage-suggestion');
  await expect.poll(() => byTestId(page, 'desk-total').textContent()).toMatch(/^共1条/);
  const form = byTestId(page.locator('.desk-lone [data-testid="desk-row"]').first(), 'row-disposition');
  await byTestId(form, 'disposition-kind').selectOption(kind);
  if (reason) await byTestId(form, 'disposition-reason').fill(reason);
  await byTestId(form, 'disposition-save').click();
  await expect.poll(() => page.locator('.desk-lone [data-testid="decided-first"]').count()).toBe(1);
  await byTestId(page, 'filter-delegation').selectOption('');
  await byTestId(page, 'filter-kind').selectOption('');
}

describe('desk packages between clerks', () => {
  it('sends one clerk’s share to another, whose desk shows the disagreement and takes theirs', async () => {
    const folder = tempDir('shenyi-exchange-');
    const { packages } = await delegatePackages();
    const path = (pkg: (typeof packages)[number]) => {
      const file = join(folder, pkg.fileName);
      writeFileSync(file, pkg.bytes);
      return file;
    };
    const first = packages[0]!;
    const hers = packages.filter((pkg) => DELEGATIONS.slice(2).includes(pkg.delegation as (typeof DELEGATIONS)[number]));
    const his = packages.filter((pkg) => pkg.delegation === DELEGATIONS[1]);

    // 乙: her share, and delegate 1's package, which reached her too.
    const yi = await openDesk('乙秘书', [...hers, first].map(path));
    await byTestId(yi, 'desk-add-opinion').click();
    const typed = byTestId(yi, 'desk-typed-opinion');
    await byTestId(typed, 'typed-channel').selectOption('meeting-notes');
    await byTestId(typed, 'typed-provenance').fill('四川代表团第二组听会记录');
    await byTestId(typed, 'typed-name').fill('李华');
    await byTestId(typed, 'typed-delegation').fill('四川代表团');
    await byTestId(typed, 'typed-text').fill('建议补充城镇化项目的资金来源。');
    await byTestId(typed, 'typed-quote').fill('报告里没有这句话');
    await byTestId(typed, 'typed-save').click();
    await expect(byTestId(typed, 'typed-problem').textContent()).resolves.toMatch(/not in the report/);
    await byTestId(typed, 'typed-quote').fill(PASSAGE_QUOTES[1]);
    await byTestId(typed, 'typed-save').click();
    await byTestId(yi, 'filter-channel').selectOption('meeting-notes');
    await expect.poll(() => byTestId(yi, 'desk-total').textContent()).toMatch(/^共1条/);
    await shot(yi, 'desk-06-typed-opinion');
    await byTestId(yi, 'filter-channel').selectOption('');

    await byTestId(yi, 'desk-assignments').click();
    const panel = byTestId(yi, 'desk-assignments-panel');
    for (const delegation of DELEGATIONS.slice(2)) await panel.locator(`[data-testid="assign-delegation"][data-value="${delegation}"]`).fill('乙秘书');
    await panel.locator(`[data-testid="assign-delegation"][data-value="${DELEGATIONS[0]}"]`).fill('甲秘书');
    await shot(yi, 'desk-07-assignments');
    await byTestId(panel, 'assign-save').click();
    await byTestId(yi, 'filter-share').selectOption('乙秘书');
    await expect.poll(async () => (await byTestId(yi, 'filter-share').locator('option').allTextContents()).join('|')).toContain('甲秘书的分工');
    await byTestId(yi, 'filter-share').selectOption('');
    await decideShared(yi, 'not-adopted', '已有专项规划');

    await byTestId(yi, 'desk-export-format').selectOption('desk-package');
    const [download] = await Promise.all([yi.waitForEvent('download', { timeout: 60_000 }), byTestId(yi, 'desk-export').click()]);
    const sent = join(tempDir('shenyi-desk-package-'), download.suggestedFilename());
    await download.saveAs(sent);
    expect(download.suggestedFilename()).toMatch(/汇总台交换包\.json$/);

    // 甲: his share and delegate 1's package; he decided that one otherwise.
    const jia = await openDesk('甲秘书', [...his, first].map(path));
    await decideShared(jia, 'adopted');
    await byTestId(jia, 'desk-intake-input').setInputFiles([sent]);
    const line = byTestId(jia, 'desk-intake-file').filter({ hasText: '汇总台交换包' });
    await expect.poll(() => line.getAttribute('data-status'), { timeout: 60_000 }).toBe('conflict');
    await expect(line.textContent()).resolves.toContain('乙秘书');

    await byTestId(jia, 'filter-disposition').selectOption('conflict');
    await expect.poll(() => byTestId(jia, 'desk-total').textContent()).toMatch(/^共1条/);
    const row = jia.locator('.desk-lone [data-testid="desk-row"]').first();
    await expect(byTestId(row, 'decided-first').textContent()).resolves.toContain('甲秘书');
    await expect(byTestId(row, 'desk-disputed').textContent()).resolves.toMatch(/乙秘书.*未采纳：已有专项规划/);
    await shot(jia, 'desk-08-conflict');
    await byTestId(row, 'conflict-take-theirs').click();
    await expect.poll(() => byTestId(jia, 'desk-total').textContent()).toMatch(/^共0条/);
    await byTestId(jia, 'filter-disposition').selectOption('');
    await byTestId(jia, 'filter-channel').selectOption('meeting-notes');
    await expect.poll(() => byTestId(jia, 'desk-total').textContent()).toMatch(/^共1条/);
    await expect(jia.locator('[data-testid="desk-row"]').first().textContent()).resolves.toContain('李华');
  }, 240_000);
});
