/**
 * What a reader's selection becomes in `opinions.create`: the words they dragged over, never a
 * stray empty paragraph at either end, never an empty selection.
 */
import { describe, expect, it } from 'vitest';
import { selectionOffsets } from '../../../renderer/src/selection/selectionOffsets';
import { toDisplayed, toOriginal } from '../../../renderer/src/highlights/textOffsets';

const p1 = { id: 'p1', length: 20 };
const p2 = { id: 'p2', length: 30 };
const p3 = { id: 'p3', length: 10 };

describe('selection → offsets', () => {
  it('keeps a selection inside one paragraph as it is', () => {
    expect(selectionOffsets([p1], 3, 9)).toEqual({ startParagraphId: 'p1', startOffset: 3, endParagraphId: 'p1', endOffset: 9 });
  });

  it('maps a collapsed or reversed selection inside one paragraph to nothing', () => {
    expect(selectionOffsets([p1], 5, 5)).toBeNull();
    expect(selectionOffsets([p1], 9, 3)).toBeNull();
    expect(selectionOffsets([], 0, 1)).toBeNull();
  });

  it('runs across paragraphs from the offset in the first to the offset in the last', () => {
    expect(selectionOffsets([p1, p2, p3], 4, 6)).toEqual({ startParagraphId: 'p1', startOffset: 4, endParagraphId: 'p3', endOffset: 6 });
  });

  it('takes a selection starting on a heading from the start of the first paragraph, and one ending past the text to its end', () => {
    expect(selectionOffsets([p1, p2], null, null)).toEqual({ startParagraphId: 'p1', startOffset: 0, endParagraphId: 'p2', endOffset: 30 });
  });

  it('does not select a paragraph the selection only touches at its very start', () => {
    // A triple click selects to offset 0 of the next paragraph.
    expect(selectionOffsets([p1, p2], 0, 0)).toEqual({ startParagraphId: 'p1', startOffset: 0, endParagraphId: 'p1', endOffset: 20 });
  });

  it('does not select a paragraph the selection only touches at its very end', () => {
    expect(selectionOffsets([p1, p2], 20, 7)).toEqual({ startParagraphId: 'p2', startOffset: 0, endParagraphId: 'p2', endOffset: 7 });
  });

  it('maps a selection from the end of one paragraph to the start of the next to nothing', () => {
    expect(selectionOffsets([p1, p2], 20, 0)).toBeNull();
  });

  it('clamps offsets past a paragraph to its length', () => {
    expect(selectionOffsets([p3], 2, 99)).toEqual({ startParagraphId: 'p3', startOffset: 2, endParagraphId: 'p3', endOffset: 10 });
  });
});

describe('displayed ↔ original offsets', () => {
  it('maps one to one when the displayed text is as long as the original', () => {
    expect(toOriginal(7, 20, 20)).toBe(7);
    expect(toDisplayed(7, 20, 20)).toBe(7);
  });

  it('maps proportionally, within the text, when a conversion changed the length', () => {
    expect(toOriginal(10, 20, 10)).toBe(5);
    expect(toDisplayed(5, 20, 10)).toBe(10);
    expect(toOriginal(25, 20, 10)).toBe(10);
  });
});
