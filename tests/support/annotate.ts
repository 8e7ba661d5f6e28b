/**
 * What a delegate does with the mouse and keyboard to annotate the sample report, for the e2e
 * tests: say who they are, select words (a real drag, or a DOM selection on the paragraph's
 * text nodes), mark them, write a note or a suggestion, and wait for it to be saved.
 *
 * Functions passed to evaluate run over CDP, so the renderer's CSP (no 'unsafe-eval') does not
 * refuse them; only string evaluations (and Playwright's waitForFunction) are refused. The node
 * tsconfig has no DOM library (main/ must not lean on it), so in-page code starts from an element
 * handed over by a locator and reaches the document and window through it.
 */
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot } from './screenshots';
import { byTestId, openSession, type Session } from './session';

export interface DelegateProfile {
  name: string;
  delegation: string;
  role: 'npc-delegate' | 'cppcc-member' | 'clerk';
}

export const DELEGATE: DelegateProfile = { name: '王代表', delegation: '北京代表团', role: 'npc-delegate' };

/** Passages of the seeded sample (晉中市政府工作報告, 篇1), each unique in its paragraph. */
export const PASSAGES = {
  /** 一、 p1 (paragraph 3), a plain paragraph. */
  stance: { paragraph: '過去的一年,面對經濟下行壓力', quote: '把握穩中求進總基調' },
  /** 二、 p1 (paragraph 14). */
  comment: { paragraph: '經濟長期向好的基本面沒有變', quote: '全面深化改革的新征程' },
  /** 一、一是 (paragraph 7): a run-in paragraph, the words after its bold heading. */
  suggestion: { paragraph: '一是經濟發展取得新成績', quote: '地區生產總值增長9.1%' },
  /** 一、二是 (paragraph 8). */
  ime: { paragraph: '二是產業轉型邁出新步伐', quote: '非煤產業工業增加值比重' },
} as const;

/** The first-run profile strip: fill it in and save; it closes. */
export async function fillFirstRunProfile(page: Page, profile: DelegateProfile = DELEGATE): Promise<void> {
  const dialog = byTestId(page, 'profile-dialog');
  await dialog.waitFor({ state: 'visible' });
  await byTestId(dialog, 'profile-name').fill(profile.name);
  await byTestId(dialog, 'profile-delegation').fill(profile.delegation);
  await byTestId(dialog, 'profile-role').selectOption(profile.role);
  await byTestId(dialog, 'profile-save').click();
  await dialog.waitFor({ state: 'detached' });
}

/** A fresh data folder, the shell on it, and the delegate's profile filled in on first run. */
export async function openDelegateSession(browser: Browser, dataDir?: string, profile: DelegateProfile = DELEGATE): Promise<Session> {
  const session = await openSession(browser, dataDir);
  await fillFirstRunProfile(session.page, profile);
  return session;
}

/** The id of the (single) paragraph whose text contains `text`. */
export async function paragraphIdWith(page: Page, text: string): Promise<string> {
  const rows = byTestId(page, 'paragraph').filter({ has: page.locator('[data-testid="paragraph-text"]', { hasText: text }) });
  await expect.poll(() => rows.count(), { message: `paragraphs containing ${text}` }).toBe(1);
  return (await rows.getAttribute('data-paragraph-id'))!;
}

export const paragraphRow = (page: Page, paragraphId: string): Locator =>
  page.locator(`[data-testid="paragraph"][data-paragraph-id="${paragraphId}"]`);

/** Scrolls a paragraph to the middle of the report column, as a reader scrolling to it would. */
export async function showParagraph(page: Page, paragraphId: string): Promise<void> {
  await paragraphRow(page, paragraphId).evaluate((row) => row.scrollIntoView({ block: 'center' }));
}

/** The card of a note in its paragraph's margin, once the paragraph is scrolled into view (cards are built near the viewport). */
export async function cardInView(page: Page, paragraphId: string, opinionId: string): Promise<Locator> {
  await showParagraph(page, paragraphId);
  const card = byTestId(page, `margin-${paragraphId}`).locator(`[data-testid="note-card"][data-opinion-id="${opinionId}"]`);
  await card.waitFor({ state: 'visible', timeout: 15_000 });
  return card;
}

export const marginCards = (page: Page, paragraphId: string): Locator => byTestId(page, `margin-${paragraphId}`).locator('[data-testid="note-card"]');

export const cardById = (page: Page, opinionId: string): Locator => page.locator(`[data-testid="note-card"][data-opinion-id="${opinionId}"]`);

export async function highlightedOpinions(page: Page, paragraphId: string): Promise<string[]> {
  const value = await paragraphRow(page, paragraphId).getAttribute('data-highlighted-opinions');
  return value ? value.split(' ') : [];
}

/**
 * The words each custom highlight paints in a paragraph row (search highlights and the outline of
 * the focused card's passage left out), read
 * from CSS.highlights: a Highlight is not a DOM node, so this is how a test sees what is painted.
 */
export async function paintedWords(page: Page, paragraphId: string): Promise<string[]> {
  return paragraphRow(page, paragraphId).evaluate((row) => {
    // The Node-typed tests have no DOM lib: the page's CSS.highlights, typed as much as is used.
    type DomNode = Parameters<ReturnType<typeof row.ownerDocument.createRange>['setStart']>[0];
    type Painted = { startContainer: DomNode; startOffset: number; endContainer: DomNode; endOffset: number };
    const { CSS: css } = row.ownerDocument.defaultView as unknown as { CSS: { highlights: Map<string, Set<Painted>> } };
    const words: string[] = [];
    for (const [name, highlight] of css.highlights) {
      if (name.startsWith('sy-search') || name === 'sy-linked') continue;
      for (const painted of highlight) {
        if (!row.contains(painted.startContainer)) continue;
        const range = row.ownerDocument.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        words.push(range.toString());
      }
    }
    return words;
  });
}

/**
 * Sets the document's selection on `quote` inside a paragraph's text (its text nodes, the
 * suggestion insertions left out, as the reader counts them), after scrolling it into view.
 * Returns the selected string.
 */
export async function selectQuote(page: Page, paragraphId: string, quote: string): Promise<string> {
  const selected = await paragraphRow(page, paragraphId).evaluate((row, words: string) => {
    const doc = row.ownerDocument;
    const view = doc.defaultView;
    const text = row.querySelector('[data-testid="paragraph-text"]');
    // As a click on the text would: the keyboard leaves a note being written for the report.
    const active = doc.activeElement;
    if (active && (active.isContentEditable || active.matches('input, textarea, select'))) {
      doc.querySelector('main.report-scroll')?.focus({ preventScroll: true });
    }
    row.scrollIntoView({ block: 'center' });
    type TextNode = { data: string; parentElement: { closest(selector: string): unknown } | null };
    const nodes: TextNode[] = [];
    const walker = doc.createTreeWalker(text, view.NodeFilter.SHOW_TEXT, {
      acceptNode: (node: TextNode) => (node.parentElement?.closest('[data-decoration]') ? view.NodeFilter.FILTER_REJECT : view.NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const all = nodes.map((node) => node.data).join('');
    const at = all.indexOf(words);
    if (at < 0) return `"${words}" is not in the paragraph: ${all}`;
    const point = (offset: number, preferEnd: boolean) => {
      let seen = 0;
      for (const node of nodes) {
        const end = seen + node.data.length;
        if (offset < end || (preferEnd && offset === end)) return { node, offset: offset - seen };
        seen = end;
      }
      const last = nodes[nodes.length - 1]!;
      return { node: last, offset: last.data.length };
    };
    const start = point(at, false);
    const end = point(at + words.length, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = doc.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return String(selection.toString());
  }, quote);
  expect(selected, 'the selected words').toBe(quote);
  return selected;
}

/**
 * Selects `quote` with the mouse: press at the left edge of its first character, drag to the
 * right edge of its last, release. Returns the selected string as the page has it.
 */
export async function dragSelectQuote(page: Page, paragraphId: string, quote: string): Promise<string> {
  type Box = { left: number; right: number; top: number; bottom: number };
  const box = await paragraphRow(page, paragraphId).evaluate((row, words: string): { first: Box; last: Box } | null => {
    const doc = row.ownerDocument;
    row.scrollIntoView({ block: 'center' });
    const walker = doc.createTreeWalker(row.querySelector('[data-testid="paragraph-text"]'), doc.defaultView.NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = String(node.data).indexOf(words);
      if (at < 0) continue;
      const charBox = (offset: number): Box => {
        const range = doc.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = range.getClientRects()[0];
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      };
      return { first: charBox(at), last: charBox(at + words.length - 1) };
    }
    return null;
  }, quote);
  if (!box) throw new Error(`"${quote}" is not in one text node of paragraph ${paragraphId}`);
  const middle = (rect: Box) => (rect.top + rect.bottom) / 2;
  await page.mouse.move(box.first.left + 1, middle(box.first));
  await page.mouse.down();
  await page.mouse.move((box.first.left + box.last.right) / 2, middle(box.last), { steps: 4 });
  await page.mouse.move(box.last.right - 1, middle(box.last), { steps: 4 });
  await page.mouse.up();
  return page.locator('body').evaluate((body) => String(body.ownerDocument.getSelection()?.toString() ?? ''));
}

/** The data-testid of the element that has the keyboard, and its opinion id if it has one. */
export function focused(page: Page): Promise<{ testId: string | null; opinionId: string | null; editable: boolean }> {
  return page.locator('body').evaluate((body) => {
    const active = body.ownerDocument.activeElement;
    return {
      testId: (active?.getAttribute('data-testid') as string | null) ?? null,
      opinionId: (active?.getAttribute('data-opinion-id') as string | null) ?? null,
      editable: active?.isContentEditable === true,
    };
  });
}

/**
 * Waits for a note card to appear in a paragraph's margin that was not there before, and
 * returns its opinion id.
 */
export async function newCardIn(page: Page, paragraphId: string, before: string[] = []): Promise<string> {
  const cards = marginCards(page, paragraphId);
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const ids = await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-opinion-id') ?? ''));
        found = ids.find((id) => !before.includes(id));
        return found !== undefined;
      },
      { timeout: 15_000, message: `a new note card in the margin of ${paragraphId}` },
    )
    .toBe(true);
  return found!;
}

export async function cardIdsIn(page: Page, paragraphId: string): Promise<string[]> {
  return marginCards(page, paragraphId).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-opinion-id') ?? ''));
}

/** Selects `quote` in the paragraph containing `paragraphText` and presses a marking key. */
export async function markWithKey(page: Page, passage: { paragraph: string; quote: string }, key: string): Promise<{ paragraphId: string; opinionId: string }> {
  const paragraphId = await paragraphIdWith(page, passage.paragraph);
  const before = await cardIdsIn(page, paragraphId);
  await selectQuote(page, paragraphId, passage.quote);
  // A toolbar still up for the previous selection would mark those words: wait for this one's.
  await page.locator(`[data-testid="selection-toolbar"][data-start-paragraph-id="${paragraphId}"]`).waitFor({ state: 'visible' });
  await page.keyboard.press(key);
  const opinionId = await newCardIn(page, paragraphId, before);
  return { paragraphId, opinionId };
}

/** The save line of a card reads 已保存. */
export async function waitSaved(page: Page, opinionId: string): Promise<void> {
  const state = byTestId(cardById(page, opinionId), 'note-save-state');
  await expect.poll(() => state.getAttribute('data-state'), { timeout: 20_000, message: `note ${opinionId} saved` }).toBe('saved');
  await expect(state.textContent()).resolves.toBe('已保存');
}

/** Waits until the note's editor has the keyboard (a new note opens with the caret in it). */
export async function waitEditorFocused(page: Page, opinionId: string): Promise<void> {
  await expect
    .poll(() => focused(page), { timeout: 15_000, message: `the editor of ${opinionId} has focus` })
    .toEqual({ testId: 'note-editor', opinionId, editable: true });
}

export const FORMATTED = {
  before: '本段',
  bold: '应量化目标',
  after: '，并说明依据。',
  items: ['列出分年度指标', '注明数据来源'],
};

/**
 * Types a formatted body into the focused note editor: a sentence with a bold part (Ctrl+B on,
 * Ctrl+B off), then a bullet list of two items started with the "- " shortcut.
 */
export async function typeFormattedBody(page: Page): Promise<void> {
  await page.keyboard.type(FORMATTED.before);
  await page.keyboard.press('Control+b');
  await page.keyboard.type(FORMATTED.bold);
  await page.keyboard.press('Control+b');
  await page.keyboard.type(FORMATTED.after);
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ');
  await page.keyboard.type(FORMATTED.items[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(FORMATTED.items[1]!);
}

/** What a card's body shows: the bold runs, the list items, the whole text. */
export async function bodyShape(card: Locator): Promise<{ strong: string[]; items: string[]; text: string }> {
  const body = card.locator('.note-body');
  return {
    strong: await body.locator('strong').allTextContents(),
    items: await body.locator('ul > li').allTextContents(),
    text: (await body.textContent()) ?? '',
  };
}

export function expectFormattedBody(shape: { strong: string[]; items: string[]; text: string }): void {
  expect(shape.strong).toEqual([FORMATTED.bold]);
  expect(shape.items).toEqual(FORMATTED.items);
  expect(shape.text).toContain(`${FORMATTED.before}${FORMATTED.bold}${FORMATTED.after}`);
}

export const SUGGESTION = { proposed: '地區生產總值增長9.1%，高於全省平均1.2個百分點', reason: '宜與全省比較，說明增速位次。' };

/**
 * Fills 建议改为 and 理由 of a new suggestion card, as a delegate does once the card has opened
 * (with the caret in its body): click into each field and type, leave, and wait for 已保存.
 */
export async function fillSuggestion(page: Page, opinionId: string, fields = SUGGESTION): Promise<void> {
  const card = cardById(page, opinionId);
  await waitEditorFocused(page, opinionId);
  const proposed = byTestId(card, 'suggestion-proposed');
  const reason = byTestId(card, 'suggestion-reason');
  await proposed.click();
  await proposed.fill(fields.proposed);
  await reason.click();
  await reason.fill(fields.reason);
  // What was typed is in the fields (and nowhere else) before anything is saved.
  await expect(proposed.inputValue()).resolves.toBe(fields.proposed);
  await expect(reason.inputValue()).resolves.toBe(fields.reason);
  await expect(card.locator('.note-body').textContent()).resolves.toBe('');
  // Leaving the field commits the edit (one undo step) and flushes the autosave.
  await reason.blur();
  await waitSaved(page, opinionId);
}

/**
 * The text of a paragraph as drawn, split at a suggestion's insertion: what comes before it
 * (decorations left out), and the inserted words themselves (without the hidden "建议改为：").
 */
export async function aroundInsertion(page: Page, paragraphId: string, opinionId: string): Promise<{ before: string; inserted: string } | null> {
  return paragraphRow(page, paragraphId).evaluate((row, id: string): { before: string; inserted: string } | null => {
    const text = row.querySelector('[data-testid="paragraph-text"]');
    const ins = text?.querySelector(`[data-testid="suggestion-insertion"][data-opinion-id="${row.ownerDocument.defaultView.CSS.escape(id)}"]`);
    if (!text || !ins) return null;
    const range = row.ownerDocument.createRange();
    range.setStart(text, 0);
    range.setEndBefore(ins);
    const fragment = range.cloneContents();
    for (const element of fragment.querySelectorAll('[data-decoration]')) element.remove();
    const copy = ins.cloneNode(true);
    for (const element of copy.querySelectorAll('.visually-hidden')) element.remove();
    return { before: String(fragment.textContent ?? ''), inserted: String(copy.textContent ?? '') };
  }, opinionId);
}

/** Stops a session's shell and opens a new one on the same data folder (same browser). */
export async function restart(browser: Browser, session: Session): Promise<Session> {
  await session.close();
  expect(session.pageErrors, 'uncaught errors in the page before the restart').toEqual([]);
  return openSession(browser, session.dataDir);
}

/** Whether an element's box lies inside the report column's visible area. */
export async function inReportViewport(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const column = await page.locator('main.report-scroll').boundingBox();
  if (!box || !column) return false;
  return box.y >= column.y - 1 && box.y + Math.min(box.height, 40) <= column.y + column.height + 1;
}

/**
 * A screenshot once the page has drawn two more frames: rows scrolled into view just now
 * (content-visibility: auto) and highlights painted on the next frame are in the picture.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.locator('body').evaluate(
    (body) =>
      new Promise<void>((resolve) => {
        const view = body.ownerDocument.defaultView;
        view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve()));
      }),
  );
  await screenshot(page, name);
}
