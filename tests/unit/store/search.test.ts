import { afterEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../main/api/contract';
import type { Profile } from '../../../main/model/opinion';
import { SearchStore } from '../../../main/store/search-store';
import { searchTerms } from '../../../main/store/search-text';
import type { Store } from '../../../main/store/store';
import { checkSearchIndex, importFixture, TempStores } from './store-helpers';

const temp = new TempStores();
afterEach(() => temp.cleanUp());

const AUTHOR: Profile = { id: 'a-1', name: '代表甲', delegation: '北京代表团', role: 'npc-delegate' };

function search(store: Store, reportId: string, versionId: string, query: string, limit = 500): SearchHit[] {
  return store.search.query({ reportId, versionId, query, limit, sectionPath: (_v, id) => `path-of-${id}` });
}

/** Every range of every paragraph hit, as the words it covers in the stored paragraph text. */
function coveredWords(store: Store, versionId: string, hits: SearchHit[]): string[] {
  const texts = new Map(store.reports.paragraphsOf(versionId).map((p) => [p.id, p.text]));
  return hits.filter((h) => h.kind === 'paragraph').flatMap((hit) => hit.ranges.map(([start, end]) => texts.get(hit.paragraphId!)!.slice(start, end)));
}

const countIn = (texts: string[], word: string) => texts.reduce((n, text) => n + text.split(word).length - 1, 0);

describe('search', () => {
  it('finds a two-character word (改革) in every paragraph that has it, each range on the word', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    expect(SearchStore.usesIndex(searchTerms('改革'))).toBe(false);
    const hits = search(store, reportId, versionId, '改革');
    const paragraphs = store.reports.paragraphsOf(versionId);
    expect(hits.map((h) => h.paragraphId)).toEqual(paragraphs.filter((p) => p.text.includes('改革')).map((p) => p.id));
    const words = coveredWords(store, versionId, hits);
    expect(new Set(words)).toEqual(new Set(['改革']));
    expect(words).toHaveLength(countIn(paragraphs.map((p) => p.text), '改革'));
    const first = hits[0]!;
    const paragraph = paragraphs.find((p) => p.id === first.paragraphId)!;
    expect(first).toMatchObject({ kind: 'paragraph', path: paragraph.path, number: paragraph.number });
    expect(first.snippet).toContain('改革');
  });

  it('finds a one-character query (税) and a three-or-more-character one through the trigram index', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    const texts = store.reports.paragraphsOf(versionId).map((p) => p.text);
    const tax = search(store, reportId, versionId, '税');
    expect(coveredWords(store, versionId, tax)).toHaveLength(countIn(texts, '税'));
    expect(SearchStore.usesIndex(searchTerms('供给侧结构性改革'))).toBe(true);
    const long = search(store, reportId, versionId, '供给侧结构性改革');
    expect(long.length).toBeGreaterThan(3);
    expect(coveredWords(store, versionId, long)).toEqual(Array(countIn(texts, '供给侧结构性改革')).fill('供给侧结构性改革'));
  });

  it('is 繁/简-insensitive both ways, and every range covers the text as stored', async () => {
    const store = temp.open();
    const hans = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    const hant = await importFixture(store, 'jinzhong-report-zh-hant.txt');
    // A Traditional query in Simplified text: short (scanned) and long (indexed).
    expect(new Set(coveredWords(store, hans.versionId, search(store, hans.reportId, hans.versionId, '經濟')))).toEqual(new Set(['经济']));
    expect(new Set(coveredWords(store, hans.versionId, search(store, hans.reportId, hans.versionId, '高質量發展')))).toEqual(new Set(['高质量发展']));
    // A Simplified query in Traditional text.
    const traditional = search(store, hant.reportId, hant.versionId, '经济');
    expect(traditional.length).toBeGreaterThan(5);
    expect(new Set(coveredWords(store, hant.versionId, traditional))).toEqual(new Set(['經濟']));
    expect(new Set(coveredWords(store, hant.versionId, search(store, hant.reportId, hant.versionId, '产业转型')))).toEqual(new Set(['產業轉型']));
    // A search in one report never returns another's paragraphs.
    const ids = new Set(store.reports.paragraphsOf(hant.versionId).map((p) => p.id));
    expect(traditional.every((hit) => ids.has(hit.paragraphId!))).toBe(true);
  });

  it('several words must all occur; full-width and half-width forms match each other', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    const both = search(store, reportId, versionId, '改革  开放');
    const texts = new Map(store.reports.paragraphsOf(versionId).map((p) => [p.id, p.text]));
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) expect(texts.get(hit.paragraphId!)).toMatch(/改革[\s\S]*开放|开放[\s\S]*改革|改革开放/);
    expect(new Set(coveredWords(store, versionId, both))).toEqual(new Set(['改革', '开放', '改革开放']));
    const percent = search(store, reportId, versionId, '６．９％');
    expect(coveredWords(store, versionId, percent)[0]).toBe('6.9%');
  });

  it('text that looks like FTS syntax is searched for, not obeyed', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    for (const query of ['"', 'AND OR NOT', 'a*', '(改革', 'col:改革开放', '"改革" OR "开放"', '   ']) {
      expect(() => search(store, reportId, versionId, query)).not.toThrow();
    }
    expect(search(store, reportId, versionId, '   ')).toEqual([]);
  });

  it('finds opinions by body, proposed wording, reason or quote; ranges are in the body text; the trash is left out', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    const quote = { exact: '深化农业供给侧结构性改革', prefix: '', suffix: '' };
    const anchor = { versionId, startParagraphId: 'p', startOffset: 0, endParagraphId: 'p', endOffset: 12, path: '一/p3', quote, reading: { start: 0, end: 12 }, source: { start: 0, end: 12 } };
    const base = { reportId, versionId, author: AUTHOR, stanceId: null, tags: [], anchor: null, sectionId: null, suggestion: null, body: { type: 'doc' } };
    store.opinions.create({ ...base, id: 'o-body', kind: 'report-note', bodyText: '建议把民生放在首位。民生是根本。' });
    store.opinions.create({
      ...base,
      id: 'o-proposed',
      kind: 'passage-suggestion',
      bodyText: '措辞',
      anchor,
      suggestion: { original: quote.exact, proposed: '全面推进乡村振兴', reason: '与十九大报告一致' },
    });
    store.opinions.create({ ...base, id: 'o-section', kind: 'section-note', sectionId: 's:二', bodyText: '民生部分：數據需要核實' });
    store.opinions.create({ ...base, id: 'o-trash', kind: 'report-note', bodyText: '民生（已删除）' });
    store.opinions.softDelete('o-trash');

    const opinionHits = (query: string) => search(store, reportId, versionId, query).filter((h) => h.kind === 'opinion');
    expect(opinionHits('民生')).toEqual([
      { kind: 'opinion', opinionId: 'o-body', path: '', ranges: [[3, 5], [10, 12]], snippet: '建议把民生放在首位。民生是根本。' },
      { kind: 'opinion', opinionId: 'o-section', path: 'path-of-s:二', ranges: [[0, 2]], snippet: '民生部分：數據需要核實' },
    ]);
    // 数据 (Simplified) finds 數據 (Traditional) typed by a delegate.
    expect(opinionHits('数据').map((h) => [h.opinionId, h.ranges])).toEqual([['o-section', [[5, 7]]]]);
    // A match only in the proposed wording or the quote: no body range, but the snippet shows it.
    const proposed = opinionHits('乡村振兴');
    expect(proposed).toEqual([{ kind: 'opinion', opinionId: 'o-proposed', path: '一/p3', ranges: [], snippet: expect.stringContaining('全面推进乡村振兴') }]);
    expect(opinionHits('农业供给侧').map((h) => h.opinionId)).toEqual(['o-proposed']);
    // After an edit, the old words are gone from the index and the new ones are found.
    store.opinions.update('o-body', { body: { body: { type: 'doc' }, text: '改为教育优先' } });
    expect(opinionHits('民生').map((h) => h.opinionId)).toEqual(['o-section']);
    expect(opinionHits('教育优先').map((h) => h.opinionId)).toEqual(['o-body']);
    checkSearchIndex(store, 'opinion_search');
  });

  it('stays in step with the paragraphs when a debris line is restored into the body and taken out again', async () => {
    const store = temp.open();
    const { reportId, versionId } = await importFixture(store, 'national-2018-govcn-zh-hans.txt');
    const dateline = store.reports.openDocument(reportId).debris.find((d) => d.reason === 'dateline')!;
    expect(search(store, reportId, versionId, '新华社北京')).toEqual([]);
    store.reports.setDebrisRestored(versionId, dateline.start, true);
    expect(search(store, reportId, versionId, '新华社北京')).toMatchObject([{ kind: 'paragraph', number: 1, ranges: [[0, 5]] }]);
    checkSearchIndex(store, 'paragraph_search');
    store.reports.setDebrisRestored(versionId, dateline.start, false);
    expect(search(store, reportId, versionId, '新华社北京')).toEqual([]);
    checkSearchIndex(store, 'paragraph_search');
  });
});
