/**
 * Passage anchors made in one version of a real report, resolved in the next (resolve.ts, as
 * the reading view and the exports resolve them), when a short quote that stood twice has its
 * own copy edited: it must never be shown on the other copy.
 */
import { describe, expect, it } from 'vitest';
import { createPassageAnchor } from '../../../main/anchoring/create-anchor';
import { buildReadingText, type ReadingText } from '../../../main/anchoring/reading-text';
import { resolveAnchors } from '../../../main/anchoring/resolve';
import { buildOutline } from '../../../main/export/report-outline';
import type { PassageAnchor } from '../../../main/model/opinion';
import { parseText } from '../../../main/structure/parse-text';
import { readFixture } from '../fixtures';
import { applyEdits, lookalikeQuoteCases, mapOffset, random } from './revision';

const FIRST = 'v1';

function versionOf(text: string): ReadingText {
  const document = parseText(text, { fallbackTitle: 'report' })[0]!;
  return buildReadingText(buildOutline(document.root).paragraphList);
}

/** An anchor on reading offsets [start, end) of one paragraph, made as a selection in the reading view makes it. */
function anchorOn(reading: ReadingText, start: number, end: number): PassageAnchor {
  const entry = reading.paragraphs.find((p) => p.start <= start && end <= p.end)!;
  return createPassageAnchor(FIRST, reading, { startParagraphId: entry.id, startOffset: start - entry.start, endParagraphId: entry.id, endOffset: end - entry.start });
}

async function readingOf(name: string): Promise<ReadingText> {
  return versionOf(versionOf((await readFixture(name)).sourceText).text);
}

describe('resolving anchors in a revised version', () => {
  it('a short quote standing twice, its own copy edited: found edited where it is, never on the other copy', async () => {
    for (const [n, name] of ['zhejiang-2026-zh-hans.txt', 'neimenggu-2026-zh-hans.txt', 'national-2024-wikisource-zh-hans.txt'].entries()) {
      const first = await readingOf(name);
      const { cases, edits } = lookalikeQuoteCases(first.text, 60, random(60 + n));
      expect(cases.length).toBeGreaterThan(40);
      const revisedText = applyEdits(first.text, edits);
      const second = versionOf(revisedText);
      expect(second.text).toBe(revisedText);
      const anchors = cases.map((c) => anchorOn(first, c.anchor.start, c.anchor.end));
      const results = resolveAnchors(second, anchors, (versionId) => (versionId === FIRST ? first.text : undefined));
      const onOtherCopy = cases.filter((c, i) => {
        const got = results[i]!;
        return got.start !== undefined && c.others.some((at) => got.start! < mapOffset(edits, at, 'start') + c.anchor.exact.length && mapOffset(edits, at, 'start') < got.end!);
      });
      expect(onOtherCopy.map((c) => c.anchor.exact)).toEqual([]);
      const home = cases.filter((c, i) => results[i]!.status === 'fuzzy' && results[i]!.start === mapOffset(edits, c.anchor.start, 'start'));
      expect(home.length / cases.length).toBeGreaterThan(0.8);
    }
  });

  it('「…计划执行情况」 edited, 「…预算执行情况」 left: fuzzy on its own words, with or without the first version at hand', async () => {
    const report = await readingOf('national-2018-govcn-zh-hans.txt');
    const plan = '全国人大财政经济委员会关于2019年国民经济和社会发展计划执行情况的审查报告。';
    const budget = '全国人大财政经济委员会关于2017年中央和地方预算执行情况的审查报告。';
    const at = report.text.indexOf('\n', report.text.indexOf('现在，我代表国务院'));
    const first = versionOf(`${report.text.slice(0, at)}\n${plan}\n${budget}${report.text.slice(at)}`);
    const start = first.text.indexOf(plan) + plan.indexOf('行情况的审查报告');
    const anchor = anchorOn(first, start, start + 8);
    const second = versionOf(applyEdits(first.text, [{ at: start + 5, remove: 0, insert: '初' }]));
    const expected = { status: 'fuzzy', start, end: start + 9, matched: '行情况的审初查报告' };
    expect(resolveAnchors(second, [anchor], () => first.text)[0]).toMatchObject(expected);
    expect(resolveAnchors(second, [anchor])[0]).toMatchObject(expected);
  });
});
