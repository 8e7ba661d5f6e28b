/**
 * A person's placement of an opinion in a version (opinions.place, migration 9), through
 * dispatch: an anchor the resolver cannot find in a later draft is placed by hand, listed
 * where it was placed, and stays placed after a restart; a placement is honoured over the
 * resolver's own answer; ranges outside the version's text and opinions with nothing to place
 * are refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/app/open-app';
import { dispatch } from '../../../main/api/dispatch';
import type { Input, Method, Output } from '../../../main/api/contract';
import { WRITE_METHODS } from '../../../main/api/methods';
import { buildReadingText, toParagraphRanges } from '../../../main/anchoring/reading-text';
import { viewIn } from '../../../main/opinions/opinion-views';
import { fixtureBytes } from '../fixtures';

const apps: App[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(dir: string) {
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample: false });
  apps.push(app);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(app.handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as Output<M>;
  };
  const refusal = async <M extends Method>(method: M, input: unknown) => {
    const result = await dispatch(app.handlers, method, input);
    if (result.ok) throw new Error(`${method} was not refused`);
    return result.error;
  };
  return { app, call, refusal };
}

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A report in two drafts; in the second, the words the opinion is on were rewritten. */
async function twoDrafts() {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-place-'));
  dirs.push(dir);
  const person = await open(dir);
  const { call } = person;
  await call('profile.set', { name: '王代表', delegation: '北京代表团', role: 'npc-delegate' });
  const text = fixtureBytes('beijing-2026-zh-hans.txt').toString('utf8');
  const first = await call('import.file', { fileName: 'v1.txt', dataBase64: Buffer.from(text).toString('base64') });
  if (first.status !== 'imported') throw new Error('expected an import');
  const { reportId, versionId } = first.reports[0]!;
  const paragraph = person.app.store.reports.paragraphsOf(versionId).find((p) => p.text.length > 60)!;
  const quote = paragraph.text.slice(10, 30);
  const rewritten = '这里换成了全然不同的一句新写法，原话已经不在';
  const second = await call('import.file', { fileName: 'v2.txt', dataBase64: Buffer.from(text.replace(quote, rewritten)).toString('base64'), asVersionOf: reportId, label: '修改稿' });
  if (second.status !== 'imported') throw new Error('expected a second version');
  const nextId = second.reports[0]!.versionId;
  const opinion = await call('opinions.create', {
    reportId, versionId, kind: 'passage-comment', stanceId: null, tags: [], body: body('这句要改'),
    selection: { startParagraphId: paragraph.id, startOffset: 10, endParagraphId: paragraph.id, endOffset: 30 },
  });
  const reading = buildReadingText(person.app.store.reports.paragraphsOf(nextId));
  const at = reading.text.indexOf(rewritten);
  return { ...person, dir, reportId, versionId, nextId, opinion, reading, rewritten, at };
}

describe('opinions.place: a person places an opinion in a version', () => {
  it('places an anchor the resolver lost in a later draft; the list shows it there, and it stays placed after a restart', async () => {
    const { app, call, dir, reportId, nextId, opinion, reading, rewritten, at } = await twoDrafts();
    const before = (await call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!;
    expect(before.resolution?.placed).toBeUndefined();
    expect(['orphan', 'fuzzy', 'ambiguous']).toContain(before.resolution?.status);

    const placed = await call('opinions.place', { id: opinion.id, versionId: nextId, start: at, end: at + rewritten.length });
    expect(placed.resolution).toMatchObject({ placed: true, status: 'fuzzy', score: 1, matched: rewritten });
    const covered = (ranges: { paragraphId: string; start: number; end: number }[]) =>
      ranges.map((r) => reading.byId.get(r.paragraphId)!.paragraph.text.slice(r.start, r.end)).join('');
    expect(covered(placed.resolution!.ranges!)).toBe(rewritten);
    const listed = (await call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!;
    expect(listed.resolution).toEqual(placed.resolution);

    // An edit of the opinion answers with the placement too; the first draft is untouched.
    const edited = await call('opinions.update', { id: opinion.id, versionId: nextId, patch: { body: body('这句要改，已放好') } });
    expect(edited.resolution).toEqual(placed.resolution);
    const inFirst = (await call('opinions.list', { reportId, versionId: opinion.versionId })).find((o) => o.id === opinion.id)!;
    expect(inFirst.resolution).toMatchObject({ status: 'exact' });
    expect(inFirst.resolution?.placed).toBeUndefined();

    app.close();
    apps.splice(apps.indexOf(app), 1);
    const again = await open(dir);
    const afterRestart = (await again.call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!;
    expect(afterRestart.resolution).toEqual(placed.resolution);
  });

  it('a placement is honoured over what the resolver finds, and a second placement replaces the first', async () => {
    const { call, reportId, versionId, opinion } = await twoDrafts();
    const own = (await call('opinions.list', { reportId, versionId })).find((o) => o.id === opinion.id)!;
    expect(own.resolution).toMatchObject({ status: 'exact' });
    const first = await call('opinions.place', { id: opinion.id, versionId, start: 0, end: 6 });
    expect(first.resolution).toMatchObject({ placed: true, status: 'fuzzy' });
    const second = await call('opinions.place', { id: opinion.id, versionId, start: 2, end: 9 });
    const listed = (await call('opinions.list', { reportId, versionId })).find((o) => o.id === opinion.id)!;
    expect(listed.resolution).toEqual(second.resolution);
    expect(listed.resolution).not.toEqual(first.resolution);
    expect(listed.resolution?.placed).toBe(true);
  });

  it('places by a selection as the reading view has it, and taking the placement back returns the resolver\u2019s answer', async () => {
    const { call, reportId, nextId, opinion, reading, rewritten, at } = await twoDrafts();
    const resolved = (await call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!;
    const [first, ...rest] = toParagraphRanges(reading, at, at + rewritten.length);
    const last = rest.at(-1) ?? first!;
    const selection = { startParagraphId: first!.paragraphId, startOffset: first!.start, endParagraphId: last.paragraphId, endOffset: last.end };
    const placed = await call('opinions.place', { id: opinion.id, versionId: nextId, selection });
    expect(placed.resolution).toMatchObject({ placed: true, matched: rewritten });

    const back = await call('opinions.unplace', { id: opinion.id, versionId: nextId });
    expect(back.resolution).toEqual(resolved.resolution);
    const listed = (await call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!;
    expect(listed.resolution).toEqual(resolved.resolution);
    expect(WRITE_METHODS.has('opinions.unplace')).toBe(true);
  });

  it('refuses a range outside the version, an empty or reversed range, an opinion with no passage and a version of another report', async () => {
    const { call, refusal, reportId, nextId, opinion, reading } = await twoDrafts();
    expect(await refusal('opinions.place', { id: opinion.id, versionId: nextId, start: 0, end: reading.text.length + 1 })).toMatchObject({ code: 'invalid-input' });
    expect(await refusal('opinions.place', { id: opinion.id, versionId: nextId, start: 5, end: 5 })).toMatchObject({ code: 'invalid-input' });
    expect(await refusal('opinions.place', { id: opinion.id, versionId: nextId, start: -1, end: 5 })).toMatchObject({ code: 'invalid-input' });
    const note = await call('opinions.create', { reportId, versionId: nextId, kind: 'report-note', stanceId: null, tags: [], body: body('总体意见') });
    expect(await refusal('opinions.place', { id: note.id, versionId: nextId, start: 0, end: 5 })).toMatchObject({ code: 'invalid-input' });
    expect(await refusal('opinions.place', { id: opinion.id, versionId: 'v_not_here', start: 0, end: 5 })).toMatchObject({ code: 'not-found' });
    expect(await refusal('opinions.place', { id: 'o-none', versionId: nextId, start: 0, end: 5 })).toMatchObject({ code: 'not-found' });
    // Nothing refused was stored.
    expect((await call('opinions.list', { reportId, versionId: nextId })).find((o) => o.id === opinion.id)!.resolution?.placed).toBeUndefined();
    expect(WRITE_METHODS.has('opinions.place')).toBe(true);
  });
});

describe('a placement and a changed reading text', () => {
  it('is honoured only while the version still holds the placed words there; otherwise the resolver answers', () => {
    const paragraphs = [
      { id: 'p1', number: 1, path: 'p1', text: '第一段文字在这里', spans: [], headingLength: 0 },
      { id: 'p2', number: 2, path: 'p2', text: '第二段另有文字', spans: [], headingLength: 0 },
    ];
    const reading = buildReadingText(paragraphs);
    const anchor = {
      versionId: 'v1', startParagraphId: 'p1', startOffset: 0, endParagraphId: 'p1', endOffset: 3, path: 'p1',
      quote: { exact: '第一段', prefix: '', suffix: '文字在这里' }, reading: { start: 0, end: 3 }, source: { start: 0, end: 3 },
    };
    const opinion = { id: 'o', reportId: 'r', versionId: 'v1', kind: 'passage-comment' as const, stanceId: null, tags: [], body: body('x'), bodyText: 'x', anchor, sectionId: null, suggestion: null, author: { id: 'a', name: 'n', delegation: '', role: 'npc-delegate' as const }, createdAt: '', updatedAt: '', deletedAt: null };
    const at = reading.text.indexOf('另有');
    expect(viewIn(reading, opinion, undefined, { start: at, end: at + 2, text: '另有' }).resolution).toMatchObject({ placed: true, status: 'fuzzy', ranges: [{ paragraphId: 'p2', start: 3, end: 5 }] });
    // The same offsets over other words (the text was rebuilt): not honoured, the resolver finds the quote.
    const stale = viewIn(reading, opinion, undefined, { start: at, end: at + 2, text: '旧词' }).resolution!;
    expect(stale.placed).toBeUndefined();
    expect(stale).toMatchObject({ status: 'exact', start: 0, end: 3 });
  });
});
