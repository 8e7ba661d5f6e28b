import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/app/open-app';
import { dispatch } from '../../../main/api/dispatch';
import type { Output, Result } from '../../../main/api/contract';
import type { Method } from '../../../main/api/methods';
import { buildReadingText } from '../../../main/anchoring/reading-text';
import type { ParagraphRange } from '../../../main/model/opinion';
import { viewsIn } from '../../../main/opinions/opinion-views';
import { toListed } from '../../../main/opinions/listed-opinion';
import { readFixture } from '../fixtures';

const apps: App[] = [];
const dirs: string[] = [];
async function start(): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-api-opinions-'));
  dirs.push(dir);
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample: false });
  apps.push(app);
  return app;
}
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const call = (app: App, method: string, payload?: unknown) => dispatch(app.handlers, method, payload);
async function ok<M extends Method>(app: App, method: M, payload: unknown): Promise<Output<M>> {
  const result = (await call(app, method, payload)) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function withReport(fixture = 'national-2018-govcn-zh-hans.txt') {
  const app = await start();
  const [imported] = app.store.reports.importFile(await readFixture(fixture), [0]);
  const { reportId, versionId } = imported!;
  const paragraphs = app.store.reports.paragraphsOf(versionId);
  /** A selection of `words` in the first paragraph holding them. */
  const select = (words: string) => {
    const paragraph = paragraphs.find((p) => p.text.includes(words))!;
    const at = paragraph.text.indexOf(words);
    return { startParagraphId: paragraph.id, startOffset: at, endParagraphId: paragraph.id, endOffset: at + words.length };
  };
  return { app, reportId, versionId, paragraphs, select };
}

const textBody = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The words a resolution's paragraph ranges cover in the version. */
function rangeText(app: App, versionId: string, ranges: ParagraphRange[]): string {
  const texts = new Map(app.store.reports.paragraphsOf(versionId).map((p) => [p.id, p.text]));
  return ranges.map((r) => texts.get(r.paragraphId)!.slice(r.start, r.end)).join('');
}

const QUOTE = '深化农业供给侧结构性改革';
const richBody = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '见', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }, { type: 'text', text: '附件\u202e' }] },
    { type: 'script', content: [{ type: 'text', text: 'alert(2)' }] },
  ],
};

describe('profile and stances through dispatch', () => {
  it('an opinion needs a profile first; the profile is cleaned and kept', async () => {
    const { app, reportId, versionId } = await withReport();
    expect(await call(app, 'profile.get', {})).toEqual({ ok: true, value: null });
    expect(await call(app, 'opinions.create', { reportId, versionId, kind: 'report-note', stanceId: null })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Set your name first: opinions carry their author' },
    });
    expect(await call(app, 'profile.set', { name: '  ', delegation: '', role: 'npc-delegate' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(app, 'profile.set', { name: '\u202e', delegation: '', role: 'npc-delegate' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The name cannot be empty' } });
    expect(await call(app, 'profile.set', { name: '张\u202e三', delegation: '广东代表团', role: 'chairman' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const profile = await ok(app, 'profile.set', { name: '张\u202e三', delegation: '广东代表团', role: 'npc-delegate' });
    expect(profile).toMatchObject({ name: '张三', delegation: '广东代表团', role: 'npc-delegate' });
    expect(await ok(app, 'profile.get', {})).toEqual(profile);
  });

  it('stances: list, add, rename a built-in, refuse to remove a built-in or one in use', async () => {
    const { app, reportId, versionId } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    expect((await ok(app, 'stances.list', {})).map((s) => s.name)).toEqual(['赞同', '质疑', '建议修改', '反对', '数据核实']);
    const added = await ok(app, 'stances.save', { stance: { name: '补充', color: '#ABCDEF' } });
    const custom = added.find((s) => s.name === '补充')!;
    expect(custom).toMatchObject({ color: '#abcdef', builtin: false });
    expect(await call(app, 'stances.save', { stance: { name: '坏', color: 'red' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(app, 'stances.save', { stance: { id: 'bad id', name: '坏', color: '#000000' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await ok(app, 'stances.save', { stance: { id: 'agree', name: '同意', color: '#00ff00' } }))[0]).toMatchObject({ id: 'agree', name: '同意', builtin: true });
    expect(await call(app, 'stances.remove', { id: 'agree' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('built-in') } });
    await ok(app, 'opinions.create', { reportId, versionId, kind: 'report-note', stanceId: custom.id });
    expect(await call(app, 'stances.remove', { id: custom.id })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('1 opinion') } });
    expect(await call(app, 'stances.remove', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('opinions through dispatch', () => {
  it('creates a passage comment from a selection: anchored, sanitised, resolved exactly in its own version', async () => {
    const { app, reportId, versionId, select } = await withReport();
    const profile = await ok(app, 'profile.set', { name: '张三', delegation: '广东代表团', role: 'npc-delegate' });
    const view = await ok(app, 'opinions.create', {
      id: 'client-chosen-1',
      reportId,
      versionId,
      kind: 'passage-comment',
      stanceId: 'agree',
      tags: [' 农业 ', '农业', '\u202e', '三农'],
      body: richBody,
      selection: select(QUOTE),
    });
    expect(view).toMatchObject({
      id: 'client-chosen-1',
      kind: 'passage-comment',
      author: { name: profile.name, delegation: profile.delegation },
      tags: ['农业', '三农'],
      bodyText: '见附件\nalert(2)',
      anchor: { exact: QUOTE },
      suggestion: null,
      sectionId: null,
      deletedAt: null,
      resolution: { status: 'exact', score: 1 },
    });
    expect(rangeText(app, versionId, view.resolution!.ranges!)).toBe(QUOTE);
    // The reading view gets the words and where they are; the store keeps every selector and the whole author.
    expect(app.store.opinions.get(view.id)).toMatchObject({ author: profile, anchor: { versionId, quote: { exact: QUOTE, suffix: expect.any(String) } } });
    expect(JSON.stringify(view.body)).not.toMatch(/javascript|link|script|\u202e/);
    const { bodyProblems, ...listed } = view;
    expect(bodyProblems).toHaveLength(2);
    expect(await ok(app, 'opinions.list', { reportId, versionId })).toEqual([listed]);
  });

  it('a suggestion quotes the anchored words as its original; section and report notes have no resolution', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const suggestion = await ok(app, 'opinions.create', {
      reportId,
      versionId,
      kind: 'passage-suggestion',
      stanceId: 'revise',
      selection: select(QUOTE),
      suggestion: { proposed: '全面推进乡村振兴', reason: '与十九大报告一致' },
    });
    expect(suggestion.suggestion).toEqual({ original: QUOTE, proposed: '全面推进乡村振兴', reason: '与十九大报告一致' });
    expect(suggestion.id).toMatch(/^o_[0-9a-f-]{36}$/);
    // An empty body is plain text: the list leaves it out and the reading view rebuilds it from bodyText.
    expect(suggestion).toMatchObject({ body: null, bodyText: '' });
    expect(app.store.opinions.get(suggestion.id)!.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });

    const section = app.store.reports.sectionsOf(versionId).find((s) => s.path === '二')!;
    const note = await ok(app, 'opinions.create', { reportId, versionId, kind: 'section-note', stanceId: null, sectionId: section.id });
    expect(note).toMatchObject({ sectionId: section.id, anchor: null, resolution: null });
    const reportNote = await ok(app, 'opinions.create', { reportId, versionId, kind: 'report-note', stanceId: 'question' });
    expect(reportNote).toMatchObject({ sectionId: null, anchor: null, resolution: null });
    expect((await ok(app, 'opinions.list', { reportId, versionId })).map((o) => o.kind).sort()).toEqual(['passage-suggestion', 'report-note', 'section-note']);
  });

  it('refuses malformed and inconsistent requests with a code, writing nothing', async () => {
    const { app, reportId, versionId, select, paragraphs } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const base = { reportId, versionId, stanceId: null };
    const failures: [unknown, string, RegExp?][] = [
      [{ ...base, kind: 'passage-comment' }, 'invalid-input', /needs a selection/],
      [{ ...base, kind: 'passage-comment', selection: select(QUOTE), sectionId: 's:二' }, 'invalid-input', /leave out sectionId/],
      [{ ...base, kind: 'passage-suggestion', selection: select(QUOTE) }, 'invalid-input', /proposed wording and the reason/],
      [{ ...base, kind: 'passage-comment', selection: select(QUOTE), suggestion: { proposed: 'x', reason: 'y' } }, 'invalid-input', /Only a passage-suggestion/],
      [{ ...base, kind: 'report-note', selection: select(QUOTE) }, 'invalid-input', /leave out the selection/],
      [{ ...base, kind: 'section-note' }, 'invalid-input', /needs the section/],
      [{ ...base, kind: 'section-note', sectionId: 's:九十九' }, 'not-found', /no section/],
      [{ ...base, kind: 'passage-comment', selection: { ...select(QUOTE), startParagraphId: 'p-missing' } }, 'not-found'],
      [{ ...base, kind: 'passage-comment', selection: { ...select(QUOTE), endOffset: paragraphs[0]!.text.length + 9999 } }, 'invalid-input'],
      [{ ...base, kind: 'passage-comment', selection: { ...select(QUOTE), endOffset: select(QUOTE).startOffset } }, 'invalid-input', /empty/],
      [{ ...base, kind: 'report-note', versionId: 'v_elsewhere' }, 'not-found', /has no version/],
      [{ ...base, kind: 'report-note', stanceId: 'no-such' }, 'invalid-input', /no stance/],
      [{ ...base, kind: 'report-note', id: 'has space' }, 'invalid-input', /ids may hold only/],
      [{ ...base, kind: 'note' }, 'invalid-input'],
      [{ ...base, kind: 'report-note', body: JSON.parse('{"type":"doc","__proto__":{"polluted":1}}') }, 'invalid-input'],
      [{ ...base, kind: 'report-note', extra: 1 }, 'invalid-input'],
    ];
    for (const [payload, code, message] of failures) {
      const result = await call(app, 'opinions.create', payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code } });
      if (message && !result.ok) expect(result.error.message).toMatch(message);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(app.store.db.prepare('SELECT COUNT(*) AS n FROM opinions').get()).toEqual({ n: 0 });
    await ok(app, 'opinions.create', { ...base, kind: 'report-note', id: 'once' });
    expect(await call(app, 'opinions.create', { ...base, kind: 'report-note', id: 'once' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('already exists') } });
  });

  it('a body with nodes the schema does not know keeps their words, and the caller is told which were not kept', async () => {
    const { app, reportId, versionId } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const pasted = await ok(app, 'opinions.create', { reportId, versionId, kind: 'report-note', stanceId: null, body: richBody });
    expect(pasted.bodyText).toBe('见附件\nalert(2)');
    expect(pasted.bodyProblems?.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/"script" node is not in Shenyi's rich-text schema; its words were kept/),
      expect.stringMatching(/"link" mark .* kept unmarked/),
    ]);
    const plain = await ok(app, 'opinions.update', { id: pasted.id, versionId, patch: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '改好了' }] }] } } });
    expect(plain.bodyProblems).toBeUndefined();
  });

  it('update patches and sanitises; delete, trash and restore; unknown ids are not-found', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const created = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: 'agree', selection: select(QUOTE) });
    const updated = await ok(app, 'opinions.update', { id: created.id, versionId, patch: { body: richBody, tags: ['改'], stanceId: null } });
    expect(updated).toMatchObject({ bodyText: '见附件\nalert(2)', tags: ['改'], stanceId: null, anchor: created.anchor, resolution: { status: 'exact' } });
    // The words of what the schema does not know were kept; the caller is told what was not.
    expect(updated.bodyProblems?.map((problem) => [problem.code, problem.name])).toEqual([
      ['unknown-node', 'script'],
      ['unknown-mark', 'link'],
    ]);
    expect(created.bodyProblems).toBeUndefined();
    expect(await call(app, 'opinions.update', { id: created.id, versionId, patch: { suggestion: { proposed: 'x', reason: 'y' } } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(app, 'opinions.update', { id: 'nope', versionId, patch: {} })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(app, 'opinions.update', { id: created.id, versionId: 'v_other', patch: {} })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const deleted = await ok(app, 'opinions.delete', { id: created.id });
    expect(deleted).toEqual({ id: created.id, deletedAt: expect.any(String) });
    expect(await ok(app, 'opinions.list', { reportId, versionId })).toEqual([]);
    expect((await ok(app, 'opinions.trash', { reportId })).map((o) => o.id)).toEqual([created.id]);
    const restored = await ok(app, 'opinions.restore', { id: created.id, versionId });
    expect(restored).toMatchObject({ id: created.id, deletedAt: null, bodyText: '见附件\nalert(2)', resolution: { status: 'exact' } });
    expect(await ok(app, 'opinions.trash', { reportId })).toEqual([]);
    expect(await call(app, 'opinions.delete', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(app, 'opinions.restore', { id: 'nope', versionId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(app, 'opinions.trash', { reportId: 'r_nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('the list is never stale: each write here, and a note written by another connection to the same file, shows in the next list', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const bodies = async () => (await ok(app, 'opinions.list', { reportId, versionId })).map((o) => `${o.id}:${o.bodyText}:${o.stanceId}`);
    const first = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: 'agree', selection: select(QUOTE), body: textBody('一') });
    expect(await bodies()).toEqual([`${first.id}:一:agree`]);
    await ok(app, 'opinions.update', { id: first.id, versionId, patch: { body: textBody('二'), stanceId: 'question' } });
    expect(await bodies()).toEqual([`${first.id}:二:question`]);
    await ok(app, 'opinions.delete', { id: first.id });
    expect(await bodies()).toEqual([]);
    await ok(app, 'opinions.restore', { id: first.id, versionId });
    expect(await bodies()).toEqual([`${first.id}:二:question`]);

    // The command line (or a second window's process) writing to the same data folder.
    const other = await openApp({ dataDir: app.dataDir, shell: 'browser', version: 'test', seedSample: false });
    apps.push(other);
    const second = (await dispatch(other.handlers, 'opinions.create', { reportId, versionId, kind: 'report-note', stanceId: null, body: textBody('三') })) as Result<Output<'opinions.create'>>;
    if (!second.ok) throw new Error(second.error.message);
    expect(await bodies()).toEqual([`${first.id}:二:question`, `${second.value.id}:三:null`]);
  });

  it('after a write here, the kept list is patched, not read again, and equals a list read afresh', async () => {
    const { app, reportId, versionId, select } = await withReport('national-2018-wikisource-zh-hans.txt');
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const section = app.store.reports.sectionsOf(versionId).find((s) => s.path === '二')!;
    const [next] = app.store.reports.importFile(await readFixture('national-2018-govcn-zh-hans.txt'), [0], reportId);
    const fresh = (version: string) =>
      viewsIn(buildReadingText(app.store.reports.paragraphsOf(version)), app.store.opinions.listByReport(reportId)).map((view) => toListed(view));
    const both = async () => {
      for (const version of [versionId, next!.versionId]) expect(await ok(app, 'opinions.list', { reportId, versionId: version })).toEqual(fresh(version));
    };

    const first = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: 'agree', selection: select(QUOTE), body: textBody('一') });
    await ok(app, 'opinions.create', { reportId, versionId, kind: 'section-note', stanceId: null, sectionId: section.id, body: textBody('节') });
    await both();
    const reads = vi.spyOn(app.store.opinions, 'listByReport');
    const third = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-suggestion', stanceId: null, selection: select('乡村振兴'), suggestion: { proposed: '全面推进乡村振兴', reason: '与十九大报告一致' } });
    await ok(app, 'opinions.update', { id: first.id, versionId, patch: { body: textBody('二'), tags: ['改'] } });
    await ok(app, 'opinions.delete', { id: third.id });
    const patchedList = await ok(app, 'opinions.list', { reportId, versionId });
    // The version the anchors were made in was patched, never read again.
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(patchedList).toEqual(fresh(versionId));
    await ok(app, 'opinions.restore', { id: third.id, versionId });
    await both();
  });

  it('warmUp reads the last report\'s opinions before the window asks; a missing last report is no error', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const created = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: null, selection: select(QUOTE) });
    await ok(app, 'settings.set', { lastReportId: reportId });
    const reads = vi.spyOn(app.store.opinions, 'listByReport');
    app.warmUp();
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await ok(app, 'opinions.list', { reportId, versionId })).map((o) => o.id)).toEqual([created.id]);
    expect(reads).toHaveBeenCalledTimes(1);

    await ok(app, 'settings.set', { lastReportId: 'r_gone' });
    expect(() => app.warmUp()).not.toThrow();
  });

  it('list resolves anchors in the version asked for, and sees a version whose paragraphs changed (debris restored)', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const created = await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: null, selection: select(QUOTE) });
    const before = (await ok(app, 'opinions.list', { reportId, versionId }))[0]!.resolution!;
    expect(before).toMatchObject({ status: 'exact' });
    expect(rangeText(app, versionId, before.ranges!)).toBe(QUOTE);

    // Restoring the dateline puts a paragraph in front: the quote is the same, its reading offsets move.
    const dateline = app.store.reports.openDocument(reportId).debris.find((d) => d.reason === 'dateline')!;
    await ok(app, 'debris.setRestored', { versionId, start: dateline.start, restored: true });
    const [view] = await ok(app, 'opinions.list', { reportId, versionId });
    expect(view!.resolution).toMatchObject({ status: 'moved' });
    expect(view!.resolution!.ranges).toEqual(before.ranges);
    expect(rangeText(app, versionId, view!.resolution!.ranges!)).toBe(QUOTE);
    // Behind the paragraph ranges, the reading-text offsets moved by the restored line.
    const [full] = viewsIn(buildReadingText(app.store.reports.paragraphsOf(versionId)), app.store.opinions.listByReport(reportId));
    expect(full!.resolution!.start).toBe(app.store.opinions.get(created.id)!.anchor!.reading.start + '新华社北京3月22日电\n'.length);
  });

  it('an opinion written on one version is found in the next (wikisource → gov.cn text of 2018)', async () => {
    const { app, reportId, versionId, select } = await withReport('national-2018-wikisource-zh-hans.txt');
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    await ok(app, 'opinions.create', { reportId, versionId, kind: 'passage-comment', stanceId: null, selection: select(QUOTE) });
    const [next] = app.store.reports.importFile(await readFixture('national-2018-govcn-zh-hans.txt'), [0], reportId);
    const [view] = await ok(app, 'opinions.list', { reportId, versionId: next!.versionId });
    expect(['exact', 'moved']).toContain(view!.resolution!.status);
    expect(rangeText(app, next!.versionId, view!.resolution!.ranges!)).toBe(QUOTE);
  });
});

describe('search through dispatch', () => {
  it('returns paragraph and opinion hits with the time it took; validates its input', async () => {
    const { app, reportId, versionId, select } = await withReport();
    await ok(app, 'profile.set', { name: '张三', delegation: '', role: 'npc-delegate' });
    const created = await ok(app, 'opinions.create', {
      reportId,
      versionId,
      kind: 'passage-comment',
      stanceId: null,
      selection: select(QUOTE),
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '農業是根本' }] }] },
    });
    const result = await ok(app, 'search.query', { reportId, versionId, query: '农业', limit: 3 });
    expect(result.query).toBe('农业');
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
    expect(result.hits.filter((h) => h.kind === 'paragraph')).toHaveLength(3);
    expect(result.hits.filter((h) => h.kind === 'opinion')).toEqual([{ kind: 'opinion', opinionId: created.id, path: created.anchor!.path, ranges: [[0, 2]], snippet: expect.stringContaining('農業是根本') }]);
    expect(await call(app, 'search.query', { reportId, versionId, query: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(app, 'search.query', { reportId, versionId: 'v_other', query: '农业' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
