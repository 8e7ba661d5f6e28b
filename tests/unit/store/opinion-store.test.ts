import { afterEach, describe, expect, it } from 'vitest';
import { buildReadingText } from '../../../main/anchoring/reading-text';
import { createPassageAnchor } from '../../../main/anchoring/create-anchor';
import type { Profile } from '../../../main/model/opinion';
import { SEEDED_STANCES } from '../../../main/model/opinion';
import type { NewOpinion } from '../../../main/model/opinion';
import type { Store } from '../../../main/store/store';
import { checkSearchIndex, fakeClock, importFixture, TempStores } from './store-helpers';

const temp = new TempStores();
afterEach(() => temp.cleanUp());

const AUTHOR: Profile = { id: 'author-1', name: '王代表', delegation: '四川代表团', role: 'npc-delegate' };
const doc = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] })),
});

/** One opinion of each kind, on the 2018 government work report (gov.cn text). */
async function opinionsOfEveryKind(store: Store) {
  const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
  const paragraphs = store.reports.paragraphsOf(versionId);
  const reading = buildReadingText(paragraphs);
  const target = paragraphs.find((p) => p.text.includes('深化农业供给侧结构性改革'))!;
  const at = target.text.indexOf('深化农业供给侧结构性改革');
  const anchor = createPassageAnchor(versionId, reading, { startParagraphId: target.id, startOffset: at, endParagraphId: target.id, endOffset: at + 12 });
  const next = paragraphs[paragraphs.indexOf(target) + 1]!;
  const spanning = createPassageAnchor(versionId, reading, { startParagraphId: target.id, startOffset: target.text.length - 4, endParagraphId: next.id, endOffset: 3 });
  const section = store.reports.sectionsOf(versionId).find((s) => s.path === '二')!;
  const base = { reportId, versionId, author: AUTHOR, sectionId: null, suggestion: null, anchor: null };
  const opinions: NewOpinion[] = [
    { ...base, id: 'o-comment', kind: 'passage-comment', stanceId: 'agree', tags: ['供给侧', '重点'], body: doc('完全赞同。', '第二段'), bodyText: '完全赞同。\n第二段', anchor },
    {
      ...base,
      id: 'o-suggestion',
      kind: 'passage-suggestion',
      stanceId: 'revise',
      tags: [],
      body: doc('措辞可更具体'),
      bodyText: '措辞可更具体',
      anchor: spanning,
      suggestion: { original: spanning.quote.exact, proposed: '新的表述', reason: '更准确' },
    },
    { ...base, id: 'o-section', kind: 'section-note', stanceId: null, tags: ['整体'], body: doc('本部分很好'), bodyText: '本部分很好', sectionId: section.id },
    { ...base, id: 'o-report', kind: 'report-note', stanceId: 'question', tags: [], body: doc('数据需核实'), bodyText: '数据需核实' },
  ];
  return { reportId, versionId, opinions };
}

describe('opinion store', () => {
  it('round-trips every kind of opinion and every field, across closing and reopening the file', async () => {
    const dir = temp.dir();
    const clock = fakeClock();
    const store = temp.open(dir, clock);
    const { reportId, opinions } = await opinionsOfEveryKind(store);
    const created = opinions.map((opinion) => {
      clock.advance(1000);
      return store.opinions.create(opinion);
    });
    created.forEach((opinion, i) => {
      expect(opinion).toEqual({ ...opinions[i], createdAt: opinion.createdAt, updatedAt: opinion.createdAt, deletedAt: null });
    });
    expect(created.map((o) => o.createdAt)).toEqual(['2026-03-05T09:00:01.000Z', '2026-03-05T09:00:02.000Z', '2026-03-05T09:00:03.000Z', '2026-03-05T09:00:04.000Z']);
    expect(created[1]!.anchor!.startParagraphId).not.toBe(created[1]!.anchor!.endParagraphId);
    store.close();
    const again = temp.open(dir, clock);
    expect(again.opinions.listByReport(reportId)).toEqual(created);
    checkSearchIndex(again, 'opinion_search');
  });

  it('refuses an id that exists (in the trash too), an unknown stance and an unknown report, writing nothing', async () => {
    const store = temp.open();
    const { opinions } = await opinionsOfEveryKind(store);
    const first = opinions[0]!;
    store.opinions.create(first);
    store.opinions.softDelete(first.id);
    expect(() => store.opinions.create(first)).toThrow(/already exists/);
    expect(() => store.opinions.create({ ...first, id: 'o-2', stanceId: 'no-such-stance' })).toThrow(/no stance no-such-stance/);
    expect(() => store.opinions.create({ ...first, id: 'o-3', reportId: 'r_gone' })).toThrow(/not in the library/);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM opinions').get()).toEqual({ n: 1 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM opinion_search_text').get()).toEqual({ n: 1 });
  });

  it('an update is a patch, bumps updated_at (even when the clock steps back) and the last one wins', async () => {
    const clock = fakeClock();
    const store = temp.open(undefined, clock);
    const { opinions } = await opinionsOfEveryKind(store);
    const created = store.opinions.create(opinions[1]!);
    clock.advance(5000);
    const first = store.opinions.update(created.id, { body: { body: doc('第一稿'), text: '第一稿' } });
    expect(first).toMatchObject({ bodyText: '第一稿', stanceId: 'revise', tags: [], suggestion: created.suggestion, anchor: created.anchor, createdAt: created.createdAt });
    expect(first.updatedAt).toBe('2026-03-05T09:00:05.000Z');
    clock.set('2026-03-05T08:00:00.000Z');
    const second = store.opinions.update(created.id, { body: { body: doc('第二稿'), text: '第二稿' }, stanceId: null, tags: ['改'] });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    const third = store.opinions.update(created.id, { suggestion: { original: created.suggestion!.original, proposed: '再改', reason: '理由' } });
    expect(third).toMatchObject({ bodyText: '第二稿', stanceId: null, tags: ['改'], suggestion: { original: created.suggestion!.original, proposed: '再改', reason: '理由' } });
    expect(third.updatedAt > second.updatedAt).toBe(true);
    expect(store.opinions.get(created.id)).toEqual(third);
    expect(() => store.opinions.update('o-missing', { tags: [] })).toThrow(/no opinion o-missing/);
    expect(() => store.opinions.update(created.id, { stanceId: 'nope' })).toThrow(/no stance nope/);
    checkSearchIndex(store, 'opinion_search');
  });

  it('delete moves to the trash, restore brings back; an edit that arrives after the delete is kept, in the trash', async () => {
    const clock = fakeClock();
    const store = temp.open(undefined, clock);
    const { reportId, opinions } = await opinionsOfEveryKind(store);
    for (const opinion of opinions) {
      clock.advance(1000);
      store.opinions.create(opinion);
    }
    clock.set('2026-03-05T09:01:00.000Z');
    const deleted = store.opinions.softDelete('o-section');
    expect(deleted).toEqual({ id: 'o-section', deletedAt: '2026-03-05T09:01:00.000Z' });
    clock.advance(60_000);
    expect(store.opinions.softDelete('o-section')).toEqual(deleted);
    expect(store.opinions.listByReport(reportId).map((o) => o.id)).toEqual(['o-comment', 'o-suggestion', 'o-report']);
    expect(store.opinions.trashByReport(reportId).map((o) => [o.id, o.deletedAt])).toEqual([['o-section', deleted.deletedAt]]);

    const late = store.opinions.update('o-section', { body: { body: doc('晚到的保存'), text: '晚到的保存' } });
    expect(late).toMatchObject({ bodyText: '晚到的保存', deletedAt: deleted.deletedAt });

    const restored = store.opinions.restore('o-section');
    expect(restored).toMatchObject({ id: 'o-section', deletedAt: null, bodyText: '晚到的保存' });
    expect(store.opinions.listByReport(reportId).map((o) => o.id)).toContain('o-section');
    expect(store.opinions.trashByReport(reportId)).toEqual([]);
    expect(() => store.opinions.softDelete('o-missing')).toThrow(/no opinion/);
    expect(() => store.opinions.restore('o-missing')).toThrow(/no opinion/);
  });

  it('removing a report removes its opinions and their search entries', async () => {
    const store = temp.open();
    const { reportId, opinions } = await opinionsOfEveryKind(store);
    for (const opinion of opinions) store.opinions.create(opinion);
    store.reports.removeReport(reportId);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM opinions').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM opinion_search_text').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM paragraph_search_text').get()).toEqual({ n: 0 });
    checkSearchIndex(store, 'opinion_search');
    checkSearchIndex(store, 'paragraph_search');
  });
});

describe('stances', () => {
  it('starts with the five built-in stances, in order', () => {
    const store = temp.open();
    expect(store.stances.list()).toEqual(SEEDED_STANCES);
  });

  it('built-in stances can be renamed and recoloured, not removed', () => {
    const store = temp.open();
    const list = store.stances.save({ id: 'agree', name: '支持', color: '#00aa00' });
    expect(list[0]).toEqual({ id: 'agree', name: '支持', color: '#00aa00', builtin: true, order: 1 });
    expect(() => store.stances.remove('agree')).toThrow(/支持 is a built-in stance/);
    expect(store.stances.list()).toHaveLength(5);
  });

  it('a custom stance is added at the end, names stay unique, and one in use cannot be removed', async () => {
    const store = temp.open();
    const list = store.stances.save({ name: '补充', color: '#123456' });
    const custom = list.find((s) => s.name === '补充')!;
    expect(custom).toMatchObject({ builtin: false, order: 6 });
    expect(custom.id).toMatch(/^s_[0-9a-f]{16}$/);
    expect(() => store.stances.save({ name: '质疑', color: '#000000' })).toThrow(/already a stance named 质疑/);
    expect(store.stances.save({ id: 'mine', name: '存疑', color: '#abcdef', order: 0 })[0]).toMatchObject({ id: 'mine', order: 0, builtin: false });

    const { opinions } = await opinionsOfEveryKind(store);
    store.opinions.create({ ...opinions[3]!, stanceId: custom.id });
    store.opinions.create({ ...opinions[2]!, stanceId: custom.id });
    store.opinions.softDelete(opinions[2]!.id);
    expect(() => store.stances.remove(custom.id)).toThrow('2 opinions (1 of them in the trash) use the stance 补充: give them another stance before removing it');
    store.opinions.update(opinions[3]!.id, { stanceId: 'agree' });
    store.opinions.update(opinions[2]!.id, { stanceId: null });
    expect(store.stances.remove(custom.id).map((s) => s.id)).not.toContain(custom.id);
    expect(() => store.stances.remove(custom.id)).toThrow(/no stance/);
  });
});

describe('profile', () => {
  it('is empty until set; the author id is made once and kept through edits', () => {
    const clock = fakeClock();
    const store = temp.open(undefined, clock);
    expect(store.profile.get()).toBeNull();
    const first = store.profile.set({ name: '李委员', delegation: '经济界', role: 'cppcc-member' });
    expect(first).toMatchObject({ name: '李委员', delegation: '经济界', role: 'cppcc-member' });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    const second = store.profile.set({ name: '李委员', delegation: '科技界', role: 'clerk' });
    expect(second).toEqual({ ...first, delegation: '科技界', role: 'clerk' });
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM profile').get()).toEqual({ n: 1 });
  });
});

