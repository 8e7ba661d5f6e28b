/**
 * A real report (浙江省2026年政府工作报告, from tests/fixtures) with one opinion of every kind
 * and every awkward shape: formatted bodies, overlapping passages, passages across paragraphs
 * and across a heading, suggestions that overlap, section notes on standalone and run-in
 * headings, a report note, a passage before the first heading, an orphan, an ambiguous quote,
 * a fuzzy match, and one opinion in the trash. Anchors are made and resolved by the real
 * anchoring code, as the app makes them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnchorResolution, Opinion, OpinionKind, OpinionView, PassageAnchor, Profile, RichTextNode } from '../../../main/model/opinion';
import { SEEDED_STANCES } from '../../../main/model/opinion';
import type { ParsedDocument, Paragraph, Section } from '../../../main/model/report';
import { buildReadingText, type ReadingText } from '../../../main/anchoring/reading-text';
import { createPassageAnchor } from '../../../main/anchoring/create-anchor';
import { resolveAnchors } from '../../../main/anchoring/resolve';
import { sanitizeBody } from '../../../main/model/rich-text/sanitize-body';
import { parseText } from '../../../main/structure/parse-text';
import { buildOutline } from '../../../main/export/report-outline';
import type { ExportInput } from '../../../main/export/export-input';

export const FIXTURE = fileURLToPath(new URL('../../fixtures/zhejiang-2026-zh-hans.txt', import.meta.url));

export const PROFILE: Profile = { id: '5f0c2a4e-9d1b-4c6e-8a3f-1b2c3d4e5f60', name: '张三', delegation: '浙江代表团', role: 'npc-delegate' };
export const REPORT_ID = 'r_zhejiang_2026';
export const VERSION_ID = 'v_zhejiang_2026_1';
/** 2026-03-05 09:30 in Beijing. */
export const NOW = new Date('2026-03-05T01:30:00.000Z');

export interface Corpus {
  document: ParsedDocument;
  reading: ReadingText;
  /** Paragraph by its 1-based number. */
  p: (n: number) => Paragraph;
  section: (id: string) => Section;
}

export function loadCorpus(): Corpus {
  const document = parseText(readFileSync(FIXTURE, 'utf8'), { fallbackTitle: 'zhejiang' })[0]!;
  const outline = buildOutline(document.root);
  const reading = buildReadingText(outline.paragraphList);
  return {
    document,
    reading,
    p: (n) => outline.paragraphList[n - 1]!,
    section: (id) => outline.sections.get(id)!.section,
  };
}

/** A body with every mark and block the editor allows. */
export const FORMATTED_BODY: RichTextNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '关于营商环境' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '建议' },
        { type: 'text', text: '明确时限', marks: [{ type: 'bold' }] },
        { type: 'text', text: '，并' },
        { type: 'text', text: '公开进度', marks: [{ type: 'italic' }] },
        { type: 'text', text: '；删去' },
        { type: 'text', text: '原有提法', marks: [{ type: 'strike' }] },
        { type: 'text', text: '，引用' },
        { type: 'text', text: 'GDP*2', marks: [{ type: 'code' }] },
        { type: 'hardBreak' },
        { type: 'text', text: '第二行 #不是标题' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第一点' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: '第二点' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第二点之一' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '其三' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '其四' }] }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '引自代表建议：“应当量化”' }] }] },
    { type: 'codeBlock', content: [{ type: 'text', text: 'a = 1\n```\nb = 2' }] },
    { type: 'horizontalRule' },
    { type: 'paragraph', content: [{ type: 'text', text: '以上。' }] },
  ],
};

const plain = (text: string): RichTextNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

interface Spec {
  id: string;
  kind: OpinionKind;
  stanceId: string | null;
  body: RichTextNode;
  tags?: string[];
  /** [paragraph number, offset] pairs. */
  from?: [number, number];
  to?: [number, number];
  sectionId?: string;
  suggestion?: { proposed: string; reason: string };
  /** Replace the anchor to force an unplaceable resolution. */
  alter?: (anchor: PassageAnchor) => PassageAnchor;
  deleted?: boolean;
}

export function corpusSpecs(c: Corpus): Spec[] {
  const end = (n: number) => c.p(n).text.length;
  return [
    { id: 'o_report', kind: 'report-note', stanceId: 'verify', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '全篇数据请' }, { type: 'text', text: '逐项核实', marks: [{ type: 'bold' }] }] }] } },
    { id: 'o_preamble', kind: 'passage-comment', stanceId: 'agree', body: plain('开篇简洁。'), from: [2, 0], to: [2, 8] },
    { id: 'o_sec_runin', kind: 'section-note', stanceId: 'agree', body: plain('创新部分写得扎实。'), sectionId: '' /* set below */ },
    { id: 'o_sec_heading', kind: 'section-note', stanceId: null, body: plain('本节缺少量化目标。'), sectionId: 's:三/（一）', tags: ['目标'] },
    { id: 'o_formatted', kind: 'passage-comment', stanceId: 'question', body: FORMATTED_BODY, from: [43, 10], to: [43, 30], tags: ['营商环境', '数据'] },
    { id: 'o_overlap_a', kind: 'passage-comment', stanceId: 'agree', body: plain('重叠之一'), from: [44, 5], to: [44, 40] },
    { id: 'o_overlap_b', kind: 'passage-comment', stanceId: 'oppose', body: plain('重叠之二'), from: [44, 20], to: [44, 60] },
    { id: 'o_span', kind: 'passage-comment', stanceId: 'question', body: plain('跨段的意见'), from: [44, 100], to: [45, 20] },
    { id: 'o_sugg_heading', kind: 'passage-suggestion', stanceId: 'revise', body: plain(''), from: [45, end(45) - 8], to: [46, 6], suggestion: { proposed: '跨标题的改写', reason: '跨过标题的修改' } },
    { id: 'o_sugg', kind: 'passage-suggestion', stanceId: 'revise', body: plain('此处表述宜更具体。'), from: [46, 30], to: [46, 45], suggestion: { proposed: '建议改写的新表述', reason: '表述不够具体' } },
    { id: 'o_sugg_overlap', kind: 'passage-suggestion', stanceId: 'revise', body: plain(''), from: [46, 40], to: [46, 60], suggestion: { proposed: '另一种改法', reason: '与上一条重叠' } },
    { id: 'o_sugg_span', kind: 'passage-suggestion', stanceId: 'revise', body: plain('两段合并。'), from: [49, end(49) - 6], to: [50, 5], suggestion: { proposed: '合并后的句子', reason: '两段意思相连' } },
    { id: 'o_item', kind: 'passage-comment', stanceId: 'agree', body: plain('医疗方面很好。'), from: [75, 9], to: [75, 30] },
    { id: 'o_orphan', kind: 'passage-comment', stanceId: 'question', body: plain('这段话在新版本中找不到了。'), from: [47, 10], to: [47, 40], alter: (a) => ({ ...a, quote: { exact: '这句话在报告里根本不存在的奇怪文字', prefix: '', suffix: '' }, startParagraphId: 'p_gone', endParagraphId: 'p_gone' }) },
    { id: 'o_ambiguous', kind: 'passage-comment', stanceId: null, body: plain('哪一处“各位代表”？'), from: [1, 0], to: [1, 4], alter: (a) => ({ ...a, quote: { exact: '各位代表', prefix: '', suffix: '' }, reading: { start: 3, end: 7 }, startParagraphId: 'p_gone', endParagraphId: 'p_gone' }) },
    { id: 'o_fuzzy', kind: 'passage-comment', stanceId: 'verify', body: plain('近似匹配的意见'), from: [47, 10], to: [47, 40], alter: (a) => ({ ...a, quote: { ...a.quote, exact: `${a.quote.exact.slice(0, 10)}某${a.quote.exact.slice(11)}` }, startParagraphId: 'p_gone', endParagraphId: 'p_gone' }) },
    { id: 'o_trash', kind: 'passage-comment', stanceId: 'agree', body: plain('已删除'), from: [48, 0], to: [48, 5], deleted: true },
  ];
}

export function buildOpinions(c: Corpus, specs: Spec[], author: Profile = PROFILE): OpinionView[] {
  const opinions: Opinion[] = specs.map((spec, i) => {
    const { body, text } = sanitizeBody(spec.body);
    let anchor: PassageAnchor | null = null;
    if (spec.from && spec.to) {
      anchor = createPassageAnchor(VERSION_ID, c.reading, {
        startParagraphId: c.p(spec.from[0]).id,
        startOffset: spec.from[1],
        endParagraphId: c.p(spec.to[0]).id,
        endOffset: spec.to[1],
      });
      if (spec.alter) anchor = spec.alter(anchor);
    }
    // One minute apart, in the order given: deterministic, and distinct for any count.
    const at = (base: string) => new Date(Date.parse(base) + i * 60_000).toISOString();
    return {
      id: spec.id,
      reportId: REPORT_ID,
      versionId: VERSION_ID,
      kind: spec.kind,
      stanceId: spec.stanceId,
      tags: spec.tags ?? [],
      body,
      bodyText: text,
      anchor,
      sectionId: spec.kind === 'section-note' ? spec.sectionId || c.section('s:一/（一）').id : null,
      suggestion: spec.suggestion && anchor ? { original: anchor.quote.exact, ...spec.suggestion } : null,
      author,
      createdAt: at('2026-02-01T02:00:00.000Z'),
      updatedAt: at('2026-02-02T03:00:00.000Z'),
      deletedAt: spec.deleted ? '2026-02-03T00:00:00.000Z' : null,
    };
  });
  const anchored = opinions.filter((o) => o.anchor !== null);
  const resolutions = resolveAnchors(c.reading, anchored.map((o) => o.anchor!));
  const byId = new Map<string, AnchorResolution>(anchored.map((o, i) => [o.id, resolutions[i]!]));
  return opinions.map((o) => ({ ...o, resolution: byId.get(o.id) ?? null }));
}

export function exportInput(c: Corpus, opinions: OpinionView[], overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    report: {
      id: REPORT_ID,
      title: c.document.title,
      versionId: VERSION_ID,
      versionLabel: '大会审议稿',
      textHash: createHash('sha256').update(c.reading.text).digest('hex'),
    },
    root: c.document.root,
    titleBlock: c.document.titleBlock.map((line) => line.text),
    opinions,
    stances: SEEDED_STANCES,
    profile: PROFILE,
    script: 'source',
    order: 'report',
    includeOrphans: true,
    now: () => NOW,
    appVersion: '0.1.0-test',
    ...overrides,
  };
}

/** The corpus, every kind of opinion, and the input that exports them. */
export function corpusCase(overrides: Partial<ExportInput> = {}) {
  const corpus = loadCorpus();
  const opinions = buildOpinions(corpus, corpusSpecs(corpus));
  return { corpus, opinions, input: exportInput(corpus, opinions, overrides) };
}
