/**
 * A clerk reviewing delegates' opinions: an imported opinion is the delegate's, shown read-only
 * (no delete, no editor, stance fixed), and a later package that changed it brings the two
 * versions as one pair to settle in the one card — not a second note. The delegate's side is
 * made in-process on a store of its own (the same seeded sample), as their Shenyi would.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import type { Input, Method, Output } from '../../main/api/contract';
import { openApp, type App } from '../../main/app/open-app';
import { cardInView, fillFirstRunProfile, marginCards, PASSAGES, shot, waitEditorFocused } from '../support/annotate';
import { browserSessions } from '../support/browser-sessions';
import { byTestId } from '../support/session';
import { tempDir } from '../support/temp-dirs';

const e2e = browserSessions();

async function delegateStore(): Promise<{ app: App; call: <M extends Method>(m: M, i: Input<M>) => Promise<Output<M>> }> {
  const app = await openApp({ dataDir: tempDir('shenyi-delegate-'), shell: 'browser', version: 'e2e' });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(app.handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  await call('profile.set', { name: '王代表', delegation: '北京代表团', role: 'npc-delegate' });
  return { app, call };
}

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('a clerk reviewing imported opinions', () => {
  it('cannot change or delete a delegate’s opinion, and settles a changed one as a pair', async () => {
    const { app, call } = await delegateStore();
    const [summary] = await call('library.list', {});
    const document = await call('report.open', { reportId: summary!.id });
    const paragraphs = (function all(section: typeof document.root): (typeof document.root.paragraphs)[number][] {
      return [...section.paragraphs, ...section.children.flatMap(all)];
    })(document.root);
    const paragraph = paragraphs.find((p) => p.text.includes(PASSAGES.comment.paragraph))!;
    const at = paragraph.text.indexOf(PASSAGES.comment.quote);
    await call('opinions.create', {
      id: 'o-wang-1', reportId: summary!.id, versionId: document.version.id, kind: 'passage-comment', stanceId: 'agree', tags: [],
      body: body('第一稿：写得好'), selection: { startParagraphId: paragraph.id, startOffset: at, endParagraphId: paragraph.id, endOffset: at + PASSAGES.comment.quote.length },
    });
    const exportPackage = async (name: string) => {
      const file = await call('export.build', { reportId: summary!.id, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
      const path = join(tempDir('shenyi-package-'), name);
      writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
      return path;
    };
    const first = await exportPackage('first.shenyi.json');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call('opinions.update', { id: 'o-wang-1', versionId: document.version.id, patch: { body: body('第二稿：写得很好，建议保留') } });
    const second = await exportPackage('second.shenyi.json');
    app.close();

    const { page } = await e2e.open();
    await fillFirstRunProfile(page, { name: '李文书', delegation: '大会秘书处', role: 'clerk' });
    const importPackage = async (path: string) => {
      await byTestId(page, 'library-button').click();
      await byTestId(page, 'library').waitFor({ state: 'visible' });
      await byTestId(page, 'package-import-input').setInputFiles(path);
      await byTestId(page, 'report-title').waitFor({ state: 'visible' });
    };
    await importPackage(first);
    await expect.poll(() => byTestId(page, 'notes-count').textContent(), { timeout: 15_000 }).toBe('1');

    const card = await cardInView(page, paragraph.id, 'o-wang-1');
    await expect(byTestId(card, 'note-read-only').isVisible()).resolves.toBe(true);
    await expect(byTestId(card, 'note-delete').count()).resolves.toBe(0);
    await expect(byTestId(card, 'note-stance-select').isDisabled()).resolves.toBe(true);
    await expect(byTestId(card, 'note-tag-input').count()).resolves.toBe(0);
    // Clicking the body gives no editor: the delegate's words stay theirs.
    await card.locator('.note-body').click();
    await expect(card.locator('[contenteditable="true"]').count()).resolves.toBe(0);
    await expect(card.locator('.note-delegation').textContent()).resolves.toBe('北京代表团');
    await shot(page, 'clerk-01-read-only');

    await importPackage(second);
    await expect(byTestId(page, 'package-import-result').getAttribute('data-conflicts')).resolves.toBe('1');
    // One card, holding both versions; no second note and no 冲突 tag.
    const pairCard = await cardInView(page, paragraph.id, 'o-wang-1');
    await expect(marginCards(page, paragraph.id).count()).resolves.toBe(1);
    await expect(byTestId(page, 'notes-count').textContent()).resolves.toBe('1');
    const pair = byTestId(pairCard, 'conflict-pair');
    await pair.waitFor({ state: 'visible' });
    const sides = await byTestId(pair, 'conflict-side').allTextContents();
    expect(sides).toHaveLength(2);
    expect(sides[0]).toContain('第一稿：写得好');
    expect(sides[1]).toContain('第二稿：写得很好，建议保留');
    await expect(byTestId(pairCard, 'note-tag').count()).resolves.toBe(0);
    await shot(page, 'clerk-02-conflict-pair');

    await byTestId(pair, 'conflict-keep-incoming').click();
    await pair.waitFor({ state: 'detached' });
    await expect(pairCard.locator('.note-body').textContent()).resolves.toContain('第二稿：写得很好，建议保留');
    await expect(marginCards(page, paragraph.id).count()).resolves.toBe(1);
    await shot(page, 'clerk-03-settled');

    // Exported by the clerk, the file is named for the delegate whose opinions it holds.
    await byTestId(page, 'export-button').click();
    await expect(byTestId(page, 'export-file-name').inputValue()).resolves.toMatch(/^晉中市政府工作報告-审议意见表-王代表-/);
    await byTestId(page, 'export-cancel').click();

    // The clerk annotates it: a note of their own on the same words, theirs to write in.
    await byTestId(pairCard, 'note-annotate').click();
    await expect.poll(() => marginCards(page, paragraph.id).count()).toBe(2);
    const own = marginCards(page, paragraph.id).filter({ hasText: '李文书' });
    await expect(own.getAttribute('data-read-only')).resolves.toBeNull();
    await expect(own.getAttribute('data-status')).resolves.toBe('exact');
    await waitEditorFocused(page, (await own.getAttribute('data-opinion-id'))!);
    await page.keyboard.type('已转有关部门研究');
    await expect.poll(() => own.locator('.note-body').textContent()).toContain('已转有关部门研究');
    await shot(page, 'clerk-04-own-note');
  });
});
