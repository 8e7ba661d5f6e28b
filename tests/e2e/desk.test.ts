/**
 * The clerk's desk in a real browser: 30 delegates' packages, a big one and a damaged file taken
 * in with one choice (progress in the job strip, a line per file), the counts of each part and
 * paragraph with the heat in the report's margin, a suggested cluster confirmed with its 归纳意见,
 * a disposition through 初审 and 复审 (the same clerk refused, then allowed with a reason), and
 * the 审议意见汇总表 downloaded and opened back in Excel's format.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillFirstRunProfile, shot } from '../support/annotate';
import { delegatePackageBase64 } from '../support/big-package';
import { browserSessions } from '../support/browser-sessions';
import { delegatePackages, PASSAGE_QUOTES } from '../support/delegates';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();
const BIG = 5_000;

describe('the consolidation desk', () => {
  it('takes in a batch, counts and clusters it, records 初审 and 复审, and exports the 汇总表', async () => {
    const folder = tempDir('shenyi-intake-');
    const { packages } = await delegatePackages();
    const paths = packages.map((pkg) => {
      const path = join(folder, pkg.fileName);
      writeFileSync(path, pkg.bytes);
      return path;
    });
    const big = join(folder, '00-王代表-大量意见.json');
    writeFileSync(big, Buffer.from(await delegatePackageBase64(BIG), 'base64'));
    const damaged = join(folder, '99-损坏.json');
    writeFileSync(damaged, '{"@context": [');

    const { page } = await e2e.open();
    await fillFirstRunProfile(page, { name: '甲秘书', delegation: '大会秘书处', role: 'clerk' });
    await byTestId(page, 'report-title').waitFor({ state: 'visible' });
    await byTestId(page, 'desk-button').click();
    await byTestId(page, 'desk').waitFor({ state: 'visible' });
    await shot(page, 'desk-01-empty');

    await page.evaluate(`(() => {
      const seen = [];
      window.deskJobs = seen;
      new MutationObserver(() => {
        const row = document.querySelector('[data-testid="job-progress-row"]');
        if (row) seen.push({ method: row.getAttribute('data-method'), done: Number(row.getAttribute('data-done')), total: Number(row.getAttribute('data-total')) });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    await byTestId(page, 'desk-intake-input').setInputFiles([big, ...paths, damaged]);
    const intake = byTestId(page, 'desk-intake-report');
    await intake.waitFor({ state: 'visible', timeout: 120_000 });
    const jobs = (await page.evaluate('window.deskJobs')) as { method: string; done: number; total: number }[];
    expect(jobs.some((job) => job.method === 'desk.import' && job.done > 0 && job.done < job.total)).toBe(true);
    const statuses = await byTestId(intake, 'desk-intake-file').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(statuses.filter((status) => status === 'accepted')).toHaveLength(31);
    expect(statuses.filter((status) => status === 'rejected')).toHaveLength(1);
    await expect(intake.textContent()).resolves.toContain('99-损坏.json');
    await shot(page, 'desk-02-intake');

    // The tree counts the whole report, and each paragraph's heat shows in the margin.
    const whole = byTestId(page, 'tally-node').first();
    await expect.poll(() => whole.textContent(), { timeout: 30_000 }).toContain(`${BIG + 63}条`);
    const busiest = byTestId(page, 'heat-paragraph').filter({ hasText: PASSAGE_QUOTES[0] });
    await expect(busiest.locator('.heat-count').textContent()).resolves.toMatch(/^\d+$/);

    // Only the 30 delegates' opinions, then the paragraph of the first passage.
    await byTestId(page, 'filter-channel').selectOption('package');
    const node = page.locator('[data-testid="tally-node"][data-level="part"]').first();
    await node.click();
    await busiest.click();
    // The list shows that paragraph's opinions once its answer is in (an earlier node's list is not acted on).
    const inParagraph = await busiest.locator('.heat-count').textContent();
    await expect.poll(() => byTestId(page, 'desk-total').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^\\D*${inParagraph}\\D`));
    const suggestion = byTestId(page, 'suggested-cluster').first();
    await suggestion.waitFor({ state: 'visible', timeout: 30_000 });
    await shot(page, 'desk-03-paragraph');
    await byTestId(suggestion, 'cluster-confirm').click();
    const cluster = byTestId(page, 'confirmed-cluster').first();
    await cluster.waitFor({ state: 'visible' });
    await expect(byTestId(cluster, 'cluster-counts').textContent()).resolves.toMatch(/^综合\d+位代表（\d个代表团）意见$/);
    await byTestId(cluster, 'cluster-summary').fill('建议说明新兴产业增长的具体来源。');
    await byTestId(cluster, 'cluster-summary-save').click();
    await expect.poll(() => byTestId(cluster, 'cluster-summary-save').isDisabled()).toBe(true);

    // 初审 for the whole cluster: 转有关部门研究 needs its department.
    const form = byTestId(cluster, 'cluster-disposition');
    await byTestId(form, 'disposition-kind').selectOption('referred');
    await byTestId(form, 'disposition-department').fill('市发改委');
    await byTestId(form, 'disposition-save').click();
    await expect.poll(() => byTestId(cluster, 'decided-first').count()).toBeGreaterThan(1);
    // 复审 by the same clerk is refused until a reason is given.
    await byTestId(form, 'disposition-stage').selectOption('second');
    await byTestId(form, 'disposition-kind').selectOption('adopted');
    await byTestId(form, 'disposition-save').click();
    await expect(byTestId(form, 'disposition-problem').textContent()).resolves.toMatch(/another clerk|另一位|其他/);
    await shot(page, 'desk-04-second-refused');
    await byTestId(form, 'disposition-override').fill('乙秘书外出，处长同意');
    await byTestId(form, 'disposition-save').click();
    await expect.poll(() => byTestId(cluster, 'decided-second').count()).toBeGreaterThan(1);
    await expect(byTestId(page, 'desk-headline').textContent()).resolves.toMatch(/修改报告1处/);
    await shot(page, 'desk-05-decided');

    // The 汇总表, downloaded and opened back.
    await byTestId(page, 'desk-export-format').selectOption('summary-xlsx');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), byTestId(page, 'desk-export').click()]);
    const path = join(tempDir('shenyi-download-'), download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/审议意见汇总表\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    const values: string[] = [];
    sheet.eachRow((row) => values.push(Array.from(row.values as unknown[], (value) => String(value ?? '')).join('|')));
    const all = values.join('\n');
    expect(all).toContain('建议说明新兴产业增长的具体来源。');
    // The 复审 decides what the table says: adopted, so no 承办部门 is left from the 初审's referral.
    expect(all).not.toContain('市发改委');
    expect(all).toContain('采纳（已修改）');
    expect(all).toMatch(/综合\d+位代表（\d个代表团）意见/);
  }, 240_000);
});
