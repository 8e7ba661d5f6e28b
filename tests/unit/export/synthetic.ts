/**
 * A large export for benchmarks (tests/bench) and scale tests: `count` opinions on a real
 * report (the corpus of corpus-input.ts), of every kind, on passages chosen by a seeded
 * generator — so 10,000 or 100,000 opinions are the same opinions on every run.
 */
import type { OpinionKind, OpinionView, RichTextNode } from '../../../main/model/opinion';
import type { ExportInput } from '../../../main/export/export-input';
import { buildOpinions, exportInput, FORMATTED_BODY, loadCorpus, type Corpus } from './corpus-input';

/** mulberry32: small, fast and good enough to pick passages. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STANCES = ['agree', 'question', 'revise', 'oppose', 'verify', null];

function body(i: number): RichTextNode {
  if (i % 10 === 0) return FORMATTED_BODY;
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `第${i}条意见：建议进一步细化目标任务，明确责任分工和完成时限，加强督促检查。` }] }] };
}

type Spec = Parameters<typeof buildOpinions>[1][number];

function spec(corpus: Corpus, paragraphCount: number, sectionIds: string[], i: number, random: () => number): Spec {
  const roll = random();
  const kind: OpinionKind = roll < 0.6 ? 'passage-comment' : roll < 0.8 ? 'passage-suggestion' : roll < 0.93 ? 'section-note' : 'report-note';
  const base = { id: `o_syn_${i}`, kind, stanceId: STANCES[i % STANCES.length]!, body: body(i), tags: i % 7 === 0 ? ['重点', `第${i % 5}组`] : [] };
  if (kind === 'report-note') return base;
  if (kind === 'section-note') return { ...base, sectionId: sectionIds[Math.floor(random() * sectionIds.length)]! };
  const number = 1 + Math.floor(random() * paragraphCount);
  const length = corpus.p(number).text.length;
  const start = Math.floor(random() * Math.max(1, length - 8));
  const across = number < paragraphCount && random() < 0.05;
  const to: [number, number] = across ? [number + 1, Math.min(10, corpus.p(number + 1).text.length)] : [number, Math.min(length, start + 4 + Math.floor(random() * 40))];
  const orphan = random() < 0.02;
  return {
    ...base,
    from: [number, start],
    to,
    ...(kind === 'passage-suggestion' ? { suggestion: { proposed: `改为第${i}种表述`, reason: '表述需要更准确' } } : {}),
    ...(orphan ? { alter: (a) => ({ ...a, quote: { exact: `已不存在的文字${i}`, prefix: '', suffix: '' }, startParagraphId: 'p_gone', endParagraphId: 'p_gone' }) } : {}),
  };
}

export function buildSyntheticExportInput(count: number, overrides: Partial<ExportInput> = {}): ExportInput {
  const corpus = loadCorpus();
  const random = seeded(20260305);
  const paragraphCount = corpus.document.paragraphCount;
  const sectionIds: string[] = [];
  const collect = (section: Corpus['document']['root']) => {
    if (section !== corpus.document.root) sectionIds.push(section.id);
    section.children.forEach(collect);
  };
  collect(corpus.document.root);
  const specs = Array.from({ length: count }, (_, i) => spec(corpus, paragraphCount, sectionIds, i, random));
  const opinions: OpinionView[] = buildOpinions(corpus, specs);
  return exportInput(corpus, opinions, overrides);
}
