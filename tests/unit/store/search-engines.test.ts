/**
 * The three ways search finds opinions (trigram index, character index, walk in order; see
 * search-store.ts) and the two for paragraphs must give the same hits as reading everything:
 * each engine is forced here by the candidate threshold and compared with a plain scan in
 * JavaScript, on opinions whose creation times are not in insertion order.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Opinion, Profile } from '../../../main/model/opinion';
import { SearchStore, type OpinionEngine } from '../../../main/store/search-store';
import { searchTerms } from '../../../main/store/search-text';
import type { Store } from '../../../main/store/store';
import { checkCharIndex, checkSearchIndex, fakeClock, hitSummary, importFixture, referenceSearch, TempStores } from './store-helpers';

const temp = new TempStores();
afterEach(() => temp.cleanUp());

const AUTHOR: Profile = { id: 'a-1', name: '代表甲', delegation: '北京代表团', role: 'npc-delegate' };

/** Texts that probe folding and the tokenizer: Traditional, full width, capitals, quotes, ſ, U+180E. */
const ODD_TEXTS = [
  '經濟高質量發展，數據需要核實',
  'ＧＤＰ增长６．９％，“改革”开放',
  'GDP grew; AI and data',
  'ſ is a long s; sss',
  'a\u180eb 蒙古文分隔符',
  '「引号」和『书名』',
  '改\u3000革 与 改革',
];

const QUERIES = [
  '改革', '绿', '經濟', '经济', '的', '税', '，', '"', 'gdp', 'ＧＤＰ', '6.9%', '６', 'a', 's', 'ſ', '\u180e', 'a\u180eb',
  '改革 开放', '发展 的', '改 革', '高质量发展', '科技创新', '供给侧结构性改革', '龘', '改革 龘', '数据 核实',
];

interface Seeded {
  reportId: string;
  versionId: string;
  otherReportId: string;
}

/** ~400 opinions on one report, ~50 on another; times repeat and run against insertion order. */
async function seed(store: Store): Promise<Seeded> {
  const { reportId, versionId } = await importFixture(store, 'sichuan-2025-zh-hans.txt');
  const other = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
  const paragraphs = store.reports.paragraphsOf(versionId);
  const texts = [...paragraphs.map((p) => p.text.slice(0, 60)), ...ODD_TEXTS];
  const base = { versionId, author: AUTHOR, stanceId: null, tags: [], anchor: null, sectionId: null, suggestion: null, body: { type: 'doc' } };
  store.db.transaction(() => {
    for (let i = 0; i < 400; i++) {
      // Ten distinct times, newest first in insertion order: created_at order is not rowid order.
      const at = new Date(Date.UTC(2026, 2, 5, 9, 0, 10 - (i % 10))).toISOString();
      const text = texts[(i * 7) % texts.length]!;
      const opinion: Opinion = {
        ...base,
        id: `o-${String(i).padStart(3, '0')}-${(i * 37) % 11}`,
        reportId,
        kind: i % 5 === 0 ? 'passage-suggestion' : 'report-note',
        bodyText: text,
        anchor:
          i % 5 === 0
            ? { versionId, startParagraphId: 'p', startOffset: 0, endParagraphId: 'p', endOffset: 4, path: 'p1', quote: { exact: texts[(i + 3) % texts.length]!.slice(0, 12), prefix: '', suffix: '' }, reading: { start: 0, end: 4 }, source: { start: 0, end: 4 } }
            : null,
        suggestion: i % 5 === 0 ? { original: text.slice(0, 4), proposed: texts[(i + 1) % texts.length]!.slice(0, 20), reason: '与上文一致' } : null,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
      store.opinions.insertImported(opinion);
    }
    for (let i = 0; i < 50; i++) {
      store.opinions.create({ ...base, versionId: other.versionId, reportId: other.reportId, id: `x-${i}`, kind: 'report-note', bodyText: texts[i % texts.length]! });
    }
  })();
  for (let i = 0; i < 400; i += 13) store.opinions.softDelete(`o-${String(i).padStart(3, '0')}-${(i * 37) % 11}`);
  store.opinions.restore('o-026-5');
  for (let i = 1; i < 400; i += 17) store.opinions.update(`o-${String(i).padStart(3, '0')}-${(i * 37) % 11}`, { body: { body: { type: 'doc' }, text: `改为：${texts[i % texts.length]!.slice(0, 30)}` } });
  return { reportId, versionId, otherReportId: other.reportId };
}

describe('search engines', () => {
  it('the trigram index, the character index and the walk in order find exactly what a plain scan finds', async () => {
    const store = temp.open(undefined, fakeClock());
    const seeded = await seed(store);
    checkCharIndex(store.db);
    const { reportId, versionId } = seeded;
    // maxIndexCandidates 0: walk whenever an index offers more candidates than the limit; huge: an index always.
    // walkFirst 25: a walk that finds too few stops early and the rest comes from the index, or from walking on.
    const engines = [
      { maxIndexCandidates: 0 },
      { maxIndexCandidates: 20 },
      { maxIndexCandidates: 1e9 },
      { maxIndexCandidates: 0, walkFirst: 25, maxIndexCandidatesAfterWalk: 1e9 },
      { maxIndexCandidates: 0, walkFirst: 25, maxIndexCandidatesAfterWalk: 0 },
    ].map((limits) => new SearchStore(store.db, limits));
    const used = new Set<OpinionEngine>();
    for (const query of QUERIES) {
      for (const limit of [3, 500]) {
        const expected = referenceSearch(store, seeded, query, limit);
        const results = engines.map((search) => {
          used.add(search.opinionPlan(reportId, searchTerms(query), limit).engine);
          return search.query({ reportId, versionId, query, limit, sectionPath: (_v, id) => `path-of-${id}` });
        });
        expect(hitSummary(results[0]!), `${query} (limit ${limit})`).toEqual(expected);
        // Every engine, the same hits to the last field (snippets and paths included).
        for (const result of results.slice(1)) expect(result, `${query} (limit ${limit})`).toEqual(results[0]);
      }
    }
    expect([...used].sort()).toEqual(['character index', 'trigram index', 'walk in order']);
    // The queries are not vacuous: short, odd and multi-term ones find opinions.
    for (const query of ['改革', '经济', 'ＧＤＰ', 'ſ', '\u180e', '"', '改革 开放', '数据 核实']) {
      expect(referenceSearch(store, seeded, query, 500).opinions.length, query).toBeGreaterThan(0);
    }
  });

  it('picks the engine by how many candidates an index offers in this report', async () => {
    const store = temp.open(undefined, fakeClock());
    const { reportId } = await seed(store);
    const search = new SearchStore(store.db, { maxIndexCandidates: 20 });
    const plan = (query: string, limit = 10) => search.opinionPlan(reportId, searchTerms(query), limit).engine;
    expect(plan('龘')).toBe('character index'); // nothing to find: the index says so at once
    expect(plan('改革')).toBe('walk in order'); // frequent: read in order, stop at the limit
    expect(plan('改革', 1000)).toBe('character index'); // asked for every hit: the index, never a walk of everything
    expect(plan('数据核实')).toBe('trigram index');
    expect(plan('\u180e')).toBe('walk in order'); // a term the character index cannot look up
    // The other report's opinions are not counted: 50 of them hold 改革 or not, this report decides.
    expect(new SearchStore(store.db, { maxIndexCandidates: 1e9 }).opinionPlan(reportId, searchTerms('改革'), 10).engine).toBe('character index');
  });

  it('a term whose opinions all came late is found after a short walk, through the index or by walking on', async () => {
    const store = temp.open(undefined, fakeClock());
    const { reportId, versionId } = await importFixture(store, 'sichuan-2025-zh-hans.txt');
    const base = { reportId, versionId, author: AUTHOR, stanceId: null, tags: [], anchor: null, sectionId: null, suggestion: null, body: { type: 'doc' }, kind: 'report-note' as const };
    store.db.transaction(() => {
      // 300 opinions without 绿, then 40 with it (a batch merged later), then 60 more without.
      for (let i = 0; i < 400; i++) {
        const at = new Date(Date.UTC(2026, 2, 5, 9, 0, 0, i)).toISOString();
        const bodyText = i >= 300 && i < 340 ? `第${i}条：绿色发展` : `第${i}条：改革开放`;
        store.opinions.insertImported({ ...base, id: `o-${i}`, bodyText, createdAt: at, updatedAt: at, deletedAt: null });
      }
    })();
    const expected = referenceSearch(store, { reportId, versionId }, '绿', 30).opinions;
    expect(expected.map((h) => h.id)).toEqual(Array.from({ length: 30 }, (_, i) => `o-${300 + i}`));
    for (const maxIndexCandidatesAfterWalk of [1e9, 0]) {
      const search = new SearchStore(store.db, { maxIndexCandidates: 10, walkFirst: 50, maxIndexCandidatesAfterWalk });
      expect(search.opinionPlan(reportId, searchTerms('绿'), 30).engine).toBe('walk in order');
      const hits = search.query({ reportId, versionId, query: '绿', limit: 30, sectionPath: () => '' });
      expect(hitSummary(hits).opinions, `after the walk: ${maxIndexCandidatesAfterWalk}`).toEqual(expected);
    }
  });

  it('keeps the character index in step through edits, the trash, a report removed and a refold', async () => {
    const store = temp.open(undefined, fakeClock());
    const seeded = await seed(store);
    const search = new SearchStore(store.db, { maxIndexCandidates: 1e9 });
    const hits = (query: string) => hitSummary(search.query({ reportId: seeded.reportId, versionId: seeded.versionId, query, limit: 500, sectionPath: () => '' }));
    store.opinions.update('o-002-8', { body: { body: { type: 'doc' }, text: '龘龘：新写的' } });
    expect(hits('龘').opinions).toEqual([{ id: 'o-002-8', ranges: [[0, 2]] }]);
    store.opinions.softDelete('o-002-8');
    expect(hits('龘').opinions).toEqual([]);
    store.opinions.restore('o-002-8');
    expect(hits('龘').opinions.map((h) => h.id)).toEqual(['o-002-8']);
    checkCharIndex(store.db);
    expect(store.reports.removeReport(seeded.otherReportId)).toBe(true);
    checkCharIndex(store.db);
    // A later migration that refolds the text in SQL keeps the index in step through the triggers.
    store.db.prepare("UPDATE opinion_search_text SET folded = folded || ' 龘'").run();
    checkCharIndex(store.db);
    checkSearchIndex(store, 'opinion_search');
    expect(hits('龘').opinions).toHaveLength(store.opinions.listByReport(seeded.reportId).length);
    expect(store.reports.removeReport(seeded.reportId)).toBe(true);
    checkCharIndex(store.db);
    expect(store.db.prepare('SELECT count(*) FROM opinion_chars').pluck().get()).toBe(0);
  });
});
