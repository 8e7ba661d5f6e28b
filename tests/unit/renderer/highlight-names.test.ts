/**
 * Two panes on one page (the two sides of a compare view) paint at once: their highlight names
 * never collide, and each pane's style rules style only its own names.
 */
import { describe, expect, it } from 'vitest';
import { baseHighlightRules, highlightNames, newPaneId, stanceHighlightRules } from '../../../renderer/src/highlights/highlightNames';

describe('highlight names per pane', () => {
  it('gives two panes disjoint names', () => {
    const left = highlightNames(newPaneId('compare'));
    const right = highlightNames(newPaneId('compare'));
    const all = (names: ReturnType<typeof highlightNames>) => [names.comment, names.deletion, names.search, names.searchCurrent, names.stance(0), names.stance(1)];
    expect(left.paneId).not.toBe(right.paneId);
    const overlap = all(left).filter((name) => all(right).includes(name));
    expect(overlap).toEqual([]);
  });

  it('styles only the pane’s own names', () => {
    const names = highlightNames('left');
    const rules = [...baseHighlightRules(names), ...stanceHighlightRules(names.stance(0), '#2e7d32')].join('\n');
    const styled = [...rules.matchAll(/::highlight\(([^)]+)\)/g)].map((match) => match[1]);
    expect(styled.length).toBeGreaterThan(0);
    expect(styled.every((name) => name!.endsWith('-left'))).toBe(true);
  });

  it('keeps names CSS identifiers whatever the pane id, and a stance colour out of the rules unless it is #rrggbb', () => {
    const names = highlightNames('a b);{}');
    expect(names.comment).toMatch(/^[a-zA-Z0-9-]+$/);
    expect(stanceHighlightRules(names.stance(0), 'red; background: url(x)').join('')).not.toContain('url(');
  });

  it('keeps search highlights recognisable by their prefix (the tests and the bench skip them)', () => {
    const names = highlightNames('reader');
    expect(names.search.startsWith('sy-search')).toBe(true);
    expect(names.searchCurrent.startsWith('sy-search')).toBe(true);
    expect(names.comment.startsWith('sy-search')).toBe(false);
  });
});
