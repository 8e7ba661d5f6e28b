/**
 * The opinion store's slices: each place (margin row, heading, title, 未定位) shows its notes in
 * reading order, each paragraph paints its highlights and suggestion words, a conflicting copy
 * sits with its original — and a slice keeps its identity until its own contents change, so
 * saving one note re-renders one margin cell.
 */
import { describe, expect, it } from 'vitest';
import { OpinionStore } from '../../../renderer/src/annotations/OpinionStore';
import { onPassage, opinion, REPORT_ID, smallReport, VERSION_ID } from './fakes';

function store() {
  return new OpinionStore(REPORT_ID, VERSION_ID, smallReport());
}

describe('OpinionStore slices', () => {
  it('sorts notes into places, in reading order', () => {
    const s = store();
    s.replaceAll([
      onPassage('late', 'p3', 2, 5),
      opinion('title', { kind: 'report-note' }),
      onPassage('early', 'p1', 8, 10),
      onPassage('earlier', 'p1', 1, 4),
      opinion('heading', { kind: 'section-note', sectionId: 's2' }),
      opinion('lost', { resolution: { status: 'orphan', score: 0 } }),
    ]);
    expect(s.place('p:p1').map((v) => v.id)).toEqual(['earlier', 'early']);
    expect(s.place('s:s2').map((v) => v.id)).toEqual(['heading']);
    expect(s.place('report').map((v) => v.id)).toEqual(['title']);
    expect(s.place('unplaced').map((v) => v.id)).toEqual(['lost']);
    expect(s.all().map((v) => v.id)).toEqual(['title', 'earlier', 'early', 'heading', 'late', 'lost']);
  });

  it('keeps the slices of other places as they were when one note changes', () => {
    const s = store();
    s.replaceAll([onPassage('a', 'p1', 0, 4), onPassage('b', 'p2', 0, 4)]);
    const p1 = s.place('p:p1');
    const p2 = s.place('p:p2');
    const p2Highlights = s.highlightsFor('p2');
    s.upsert(onPassage('a', 'p1', 0, 4, { tags: ['财政'] }));
    expect(s.place('p:p1')).not.toBe(p1);
    expect(s.place('p:p2')).toBe(p2);
    expect(s.highlightsFor('p2')).toBe(p2Highlights);
  });

  it('paints a passage in its stance, a suggestion as struck words with the proposed words after them', () => {
    const s = store();
    s.replaceAll([
      onPassage('stance', 'p1', 0, 4, { stanceId: 'agree' }),
      onPassage('plain', 'p1', 6, 8),
      onPassage('change', 'p2', 3, 7, { kind: 'passage-suggestion', suggestion: { original: '现在', proposed: '今天', reason: '' } }),
    ]);
    expect(s.highlightsFor('p1')).toEqual([
      { opinionId: 'stance', style: 'agree', start: 0, end: 4 },
      { opinionId: 'plain', style: 'comment', start: 6, end: 8 },
    ]);
    expect(s.highlightsFor('p2')).toEqual([{ opinionId: 'change', style: 'deletion', start: 3, end: 7 }]);
    expect(s.insertionsFor('p2')).toEqual([{ opinionId: 'change', at: 7, text: '今天' }]);
  });

  it('draws one suggestion on words another already changes, and offers the other in its card', () => {
    const s = store();
    const suggestion = { original: '', proposed: '甲', reason: '' };
    s.replaceAll([
      onPassage('first', 'p1', 0, 6, { kind: 'passage-suggestion', suggestion, createdAt: '2026-03-05T09:00:00.000Z' }),
      onPassage('second', 'p1', 2, 8, { kind: 'passage-suggestion', suggestion: { ...suggestion, proposed: '乙' }, createdAt: '2026-03-05T10:00:00.000Z' }),
    ]);
    expect(s.insertionsFor('p1').map((i) => i.opinionId)).toEqual(['first']);
    expect(s.alternativesOf('first').map((v) => v.id)).toEqual(['second']);
    expect(s.inlineInsteadOf('second')).toBe('first');
  });

  it('shows a conflicting imported copy with its original, not as a note of its own', () => {
    const s = store();
    s.replaceAll([onPassage('mine', 'p1', 0, 4), onPassage('copy', 'p1', 0, 4, { conflictOf: 'mine' }), onPassage('alone', 'p2', 0, 2, { conflictOf: 'gone' })]);
    expect(s.all().map((v) => v.id)).toEqual(['mine', 'alone']);
    expect(s.conflictsOf('mine').map((v) => v.id)).toEqual(['copy']);
    expect(s.highlightsFor('p1').map((h) => h.opinionId)).toEqual(['mine']);
  });

  it('drops opinions of other reports and deleted ones', () => {
    const s = store();
    s.replaceAll([onPassage('here', 'p1', 0, 4), onPassage('elsewhere', 'p1', 0, 4, { reportId: 'other' })]);
    s.upsert(onPassage('here', 'p1', 0, 4, { deletedAt: '2026-03-06T00:00:00.000Z' }));
    expect(s.count()).toBe(0);
  });

  it('paints a quiet first list at once and tells subscribers only on notify', () => {
    const s = store();
    let told = 0;
    s.subscribe(() => (told += 1));
    s.replaceAll([onPassage('a', 'p1', 0, 4)], { quiet: true });
    expect(s.highlightsFor('p1')).toHaveLength(1);
    expect(told).toBe(0);
    s.notify();
    expect(told).toBe(1);
    expect(s.place('p:p1').map((v) => v.id)).toEqual(['a']);
  });

  it('shows an orphaned section note (its heading gone) in 未定位', () => {
    const s = store();
    const view = opinion('n', { kind: 'section-note', sectionId: 'gone' });
    s.replaceAll([view]);
    expect(s.placeOf('n')).toBe('unplaced');
    expect(s.status(view)).toBe('orphan');
  });
});
