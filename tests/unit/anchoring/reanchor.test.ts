/**
 * Anchors on real report text, re-found after scripted revisions whose truth is known. The
 * measure that matters is wrong placements: it must be zero in every scenario.
 */
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { reanchorText, type TextAnchor } from '../../../main/anchoring/reanchor-text';
import { readFixture } from '../fixtures';
import { applyEdits, lookalikeQuoteCases, makeAnchor, mapOffset, random, sampleAnchors, score, truthOf, type Edit } from './revision';

async function sourceOf(name: string): Promise<string> {
  return (await readFixture(name)).sourceText;
}

function nonOverlapping(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const kept: Edit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (!last || edit.at > last.at + last.remove) kept.push(edit);
  }
  return kept;
}

function run(text: string, edits: Edit[], anchors: TextAnchor[]) {
  const revised = applyEdits(text, edits);
  const truths = anchors.map((anchor) => truthOf(edits, anchor));
  const results = reanchorText(text, revised, anchors);
  return { revised, results, truths, score: score(anchors, truths, results, revised) };
}

/** Paragraphs inserted (taken from another real report), paragraphs deleted, numbers changed, words edited. */
function heavyRevision(text: string, donor: string, rng: () => number): Edit[] {
  const edits: Edit[] = [];
  const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
  const donorParagraphs = donor.split('\n').filter((p) => p.length > 40);
  for (let i = 0; i < 8; i++) {
    const at = breaks[Math.floor(rng() * breaks.length)]!;
    edits.push({ at, remove: 0, insert: `\n${donorParagraphs[Math.floor(rng() * donorParagraphs.length)]!}` });
  }
  for (let i = 0; i < 5; i++) {
    const k = Math.floor(rng() * (breaks.length - 1));
    edits.push({ at: breaks[k]!, remove: breaks[k + 1]! - breaks[k]!, insert: '' });
  }
  const numbers = [...text.matchAll(/\d+(\.\d+)?%/g)];
  for (let i = 0; i < 25 && numbers.length > 0; i++) {
    const match = numbers[Math.floor(rng() * numbers.length)]!;
    const digit = match.index + match[0].length - 2;
    edits.push({ at: digit, remove: 1, insert: String((Number(text[digit]) + 2) % 10) });
  }
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(rng() * text.length);
    if (/[\u4e00-\u9fff]{2}/.test(text.slice(at, at + 2))) edits.push({ at, remove: 2, insert: '推进' });
  }
  return nonOverlapping(edits);
}

describe('re-anchoring on real reports', () => {
  it('the same text: every anchor exact, at its own place', async () => {
    const text = await sourceOf('zhejiang-2026-zh-hans.txt');
    const anchors = sampleAnchors(text, 300, random(1));
    const results = reanchorText(text, text, anchors);
    expect(results.every((r, i) => r.status === 'exact' && r.start === anchors[i]!.start && r.end === anchors[i]!.end)).toBe(true);
  });

  it('paragraphs inserted and deleted, numbers changed (9.1%→9.3%), words edited: zero wrong placements', async () => {
    const text = await sourceOf('zhejiang-2026-zh-hans.txt');
    const donor = await sourceOf('beijing-2026-zh-hans.txt');
    for (const seed of [2, 3, 4]) {
      const rng = random(seed);
      const anchors = sampleAnchors(text, 600, rng);
      const { score: s, results } = run(text, heavyRevision(text, donor, rng), anchors);
      expect(s.wrongIds).toEqual([]);
      expect(s.correct / s.survivors).toBeGreaterThan(0.98);
      expect(new Set(results.map((r) => r.status))).toContain('fuzzy');
    }
  });

  it('punctuation width swapped throughout: every anchor still exact or moved', async () => {
    const text = await sourceOf('beijing-2026-zh-hans.txt');
    const swaps: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"' };
    const edits = [...text.matchAll(/[，：；（）“”]/g)].map((m) => ({ at: m.index, remove: 1, insert: swaps[m[0]]! }));
    const anchors = sampleAnchors(text, 400, random(5));
    const { score: s, results } = run(text, edits, anchors);
    expect(s.wrong).toBe(0);
    expect(results.filter((r) => r.status !== 'exact' && r.status !== 'moved').map((r) => r.id)).toEqual([]);
  });

  it('the whole text converted 繁→简: every anchor found, none misplaced', async () => {
    const text = await sourceOf('jinzhong-report-zh-hant.txt');
    const simplified = Converter({ from: 't', to: 'cn' })(text);
    expect(simplified.length).toBe(text.length);
    const anchors = sampleAnchors(text, 400, random(6));
    const results = reanchorText(text, simplified, anchors);
    const wrong = results.filter((r, i) => r.start !== anchors[i]!.start || r.end !== anchors[i]!.end);
    // Identical sentences occurring twice may be ambiguous; none may land elsewhere.
    expect(wrong.filter((r) => r.start !== null)).toEqual([]);
    expect(wrong.length / anchors.length).toBeLessThan(0.01);
  });

  it('a quoted passage edited by one or two characters is found as fuzzy, in the right place', async () => {
    const text = await sourceOf('sichuan-2025-zh-hans.txt');
    const rng = random(7);
    const anchors = sampleAnchors(text, 200, rng, [12, 80]);
    const edits = nonOverlapping(
      anchors.map((a) => {
        const at = a.start + 3 + Math.floor(rng() * (a.end - a.start - 6));
        return { at, remove: rng() < 0.5 ? 1 : 2, insert: '调整' };
      }),
    );
    const edited = anchors.filter((a) => edits.some((e) => e.at >= a.start && e.at < a.end));
    const { score: s, results } = run(text, edits, edited);
    expect(s.wrong).toBe(0);
    const fuzzy = results.filter((r) => r.status === 'fuzzy');
    expect(fuzzy.length / edited.length).toBeGreaterThan(0.9);
    expect(fuzzy.every((r) => r.score > 0.5 && r.score < 1)).toBe(true);
  });

  it('a short quote that also occurs elsewhere is never placed on the other occurrence', async () => {
    const text = await sourceOf('beijing-2026-zh-hans.txt');
    const occurrences = [...text.matchAll(/改革/g)].map((m) => m.index);
    expect(occurrences.length).toBeGreaterThan(10);
    const anchors = occurrences.map((at, i) => makeAnchor(text, `r${i}`, at, at + 2));
    // Delete the sentence around every third occurrence; the others move as text shifts.
    const edits = nonOverlapping(
      occurrences.flatMap((at, i) => {
        if (i % 3 !== 0) return [{ at: Math.max(0, at - 40), remove: 0, insert: '新增的一句话。' }];
        const from = Math.max(text.lastIndexOf('。', at) + 1, at - 60);
        const to = text.indexOf('。', at + 2);
        return [{ at: from, remove: to - from, insert: '' }];
      }),
    );
    const { score: s, results, truths } = run(text, edits, anchors);
    expect(s.wrongIds).toEqual([]);
    for (let i = 0; i < anchors.length; i += 3) {
      expect(truths[i]!.expected).toBeNull();
      expect(['orphan', 'ambiguous']).toContain(results[i]!.status);
    }
  });

  it('a short quote standing twice, its own copy edited: found edited where it is, never on the other copy (six reports)', async () => {
    const reports = ['beijing-2026-zh-hans.txt', 'zhejiang-2026-zh-hans.txt', 'sichuan-2025-zh-hans.txt', 'national-2018-govcn-zh-hans.txt', 'yunnan-2025-zh-hans.txt', 'national-1983-wikisource-zh-hans.txt'];
    for (const [n, name] of reports.entries()) {
      const text = await sourceOf(name);
      const rng = random(40 + n);
      const { cases, edits } = lookalikeQuoteCases(text, 80, rng);
      expect(cases.length).toBeGreaterThan(50);
      // Other passages, left as they were, around them: their drift is what a second pass predicts from.
      const anchors = [...cases.map((c) => c.anchor), ...sampleAnchors(text, 300, rng)];
      const { score: s, results } = run(text, edits, anchors);
      expect(s.wrongIds).toEqual([]);
      const onOtherCopy = cases.filter((c, i) => {
        const got = results[i]!;
        return got.start !== null && c.others.some((at) => got.start! < mapOffset(edits, at, 'start') + c.anchor.exact.length && mapOffset(edits, at, 'start') < got.end!);
      });
      expect(onOtherCopy.map((c) => c.anchor.id)).toEqual([]);
      const foundEdited = cases.filter((c, i) => results[i]!.status === 'fuzzy' && !s.wrongIds.includes(c.anchor.id));
      expect(foundEdited.length / cases.length).toBeGreaterThan(0.85);
    }
  });

  it('「…计划执行情况」 edited, 「…预算执行情况」 left: the anchor is fuzzy on its own edited words, not moved to the other', async () => {
    // Two titles of the 2018/2019 national session inserted into the real 2018 report, a paragraph apart.
    const report = await sourceOf('national-2018-govcn-zh-hans.txt');
    const at = report.indexOf('\n', report.indexOf('现在，我代表国务院'));
    const plan = '全国人大财政经济委员会关于2019年国民经济和社会发展计划执行情况的审查报告。';
    const budget = '全国人大财政经济委员会关于2017年中央和地方预算执行情况的审查报告。';
    const text = `${report.slice(0, at)}\n${plan}\n${budget}${report.slice(at)}`;
    const start = text.indexOf(plan) + plan.indexOf('行情况的审查报告');
    const anchor = makeAnchor(text, 'plan', start, start + 8);
    expect(text.split(anchor.exact).length - 1).toBe(2);
    const edits = [{ at: start + 5, remove: 0, insert: '初' }];
    const neighbours = sampleAnchors(text, 200, random(12));
    const { results, revised } = run(text, edits, [anchor, ...neighbours]);
    const other = revised.indexOf(budget) + budget.indexOf('行情况');
    expect(revised.slice(other, other + 8)).toBe(anchor.exact);
    expect(results[0]).toMatchObject({ status: 'fuzzy', start, end: start + 9, matched: '行情况的审初查报告' });
    // Alone, with no neighbours to learn drift from, likewise.
    expect(reanchorText(text, revised, [anchor])[0]).toMatchObject({ status: 'fuzzy', start, end: start + 9 });
  });

  it('look-alike copies of a report: each passage stays in its own copy, found by the drift of its neighbours', async () => {
    const city = await sourceOf('beijing-2026-zh-hans.txt');
    // The same report twice, the second as another city's look-alike: names and a few numbers changed.
    const twin = city.replace(/北京/g, '天津').replace(/首都/g, '津城').replace(/(\d)%/g, (_m, d: string) => `${(Number(d) + 1) % 10}%`);
    const text = `${city}\n${twin}`;
    const rng = random(10);
    const anchors = sampleAnchors(city, 400, rng, [8, 60]);
    const donor = await sourceOf('zhejiang-2026-zh-hans.txt');
    const edits = heavyRevision(text, donor, rng);
    const { score: s, results } = run(text, edits, anchors);
    expect(s.wrongIds).toEqual([]);
    expect(s.correct / s.survivors).toBeGreaterThan(0.97);
    // Most of these passages occur in both copies: only their neighbours can tell which is theirs.
    expect(results.filter((r) => r.status === 'moved' || r.status === 'exact').length).toBeGreaterThan(300);
  });

  it('cross-source: anchors on the Wikisource 2018 report land on the same words in the gov.cn copy', async () => {
    const wiki = await sourceOf('national-2018-wikisource-zh-hans.txt');
    const govcn = await sourceOf('national-2018-govcn-zh-hans.txt');
    const body = wiki.indexOf('现在，我代表国务院');
    const end = wiki.indexOf('本作品是');
    const anchors = sampleAnchors(wiki.slice(0, end), 500, random(8), [8, 100]).filter((a) => a.start > body);
    const results = reanchorText(wiki, govcn, anchors);
    const squeeze = (t: string) => t.replace(/\s/g, '');
    const placed = results.filter((r) => r.start !== null);
    expect(placed.length / anchors.length).toBeGreaterThan(0.97);
    for (const r of placed) {
      const anchor = anchors.find((a) => a.id === r.id)!;
      expect(squeeze(govcn.slice(r.start!, r.end!))).toBe(squeeze(anchor.exact));
    }
  });

  it('cross-script: anchors on the 1954 Traditional text land on matching words of the Simplified gov.cn text', async () => {
    const hant = await sourceOf('national-1954-wikisource-zh-hant.txt');
    const file = await readFixture('national-1954-govcn-zh-hans.txt');
    const first = file.documents[0]!.sourceRange;
    const hans = file.sourceText.slice(first.start, first.end);
    const end = hant.indexOf('本作品是');
    const anchors = sampleAnchors(hant.slice(0, end), 400, random(9), [10, 80]);
    const results = reanchorText(hant, hans, anchors);
    const placed = results.map((r, i) => ({ r, a: anchors[i]! })).filter(({ r }) => r.start !== null);
    expect(placed.length / anchors.length).toBeGreaterThan(0.85);
    // Placed anchors keep the text's order: a misplaced one would land out of sequence.
    const inOrder = [...placed].sort((x, y) => x.a.start - y.a.start);
    let outOfOrder = 0;
    for (let i = 1; i < inOrder.length; i++) if (inOrder[i]!.r.start! < inOrder[i - 1]!.r.start! - 50) outOfOrder++;
    expect(outOfOrder).toBe(0);
  });
});
