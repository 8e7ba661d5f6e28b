/**
 * Many opinions on one report, written through the real rules and store: each is composed by
 * composeOpinion (a passage comment on a selection spread over the paragraphs, its anchor made
 * by createPassageAnchor, its body sanitised) and written by OpinionStore.create, all of them in
 * one transaction. Bodies are real sentences of the corpus with a few words varied. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReadingText } from '../../main/anchoring/reading-text';
import { bodyFromText } from '../../main/model/rich-text/sanitize-body';
import { composeOpinion } from '../../main/opinions/compose-opinion';
import type { Store } from '../../main/store/store';
import { FIXTURES } from '../support/paths';
import { random } from '../unit/anchoring/revision';

const SENTENCE_SOURCES = ['beijing-2026-zh-hans.txt', 'zhejiang-2026-zh-hans.txt', 'sichuan-2025-zh-hans.txt', 'yunnan-2025-zh-hans.txt', 'neimenggu-2026-zh-hans.txt'];
const OPENINGS = ['建议', '同意：', '请核实：', '希望', '此处宜写明', '赞同', '有疑问：', ''];
const SWAPS: [RegExp, string[]][] = [
  [/推进|推动/, ['推进', '推动', '加快']],
  [/提升|提高/, ['提升', '提高', '增强']],
  [/全面|全力/, ['全面', '全力', '扎实']],
  [/完善|健全/, ['完善', '健全', '优化']],
];

/** Real sentences (8–120 characters) of the Simplified fixtures. */
export function corpusSentences(): string[] {
  const sentences: string[] = [];
  for (const name of SENTENCE_SOURCES) {
    for (const s of readFileSync(join(FIXTURES, name), 'utf8').split(/(?<=[。；！？])|\n/)) {
      const t = s.trim();
      if (t.length >= 8 && t.length <= 120) sentences.push(t);
    }
  }
  return sentences;
}

export function seedOpinions(store: Store, reportId: string, versionId: string, count: number, seed = 7): void {
  const rng = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  const sentences = corpusSentences();
  const reading = buildReadingText(store.reports.paragraphsOf(versionId));
  const paragraphs = reading.paragraphs.filter((p) => p.paragraph.text.trim().length >= 4);
  const author = store.profile.get() ?? store.profile.set({ name: '测试代表', delegation: '浙江代表团', role: 'npc-delegate' });
  const stances = [null, ...store.stances.list().map((s) => s.id)];
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Spread evenly over the paragraphs, a short selection inside each.
      const { id, paragraph } = paragraphs[Math.floor((i * paragraphs.length) / count)]!;
      const length = Math.min(paragraph.text.length, 2 + Math.floor(rng() * rng() * 40));
      let start = Math.floor(rng() * (paragraph.text.length - length + 1));
      if (paragraph.text.slice(start, start + length).trim() === '') start = 0;
      let text = `${pick(OPENINGS)}${pick(sentences)}`;
      for (const [pattern, words] of SWAPS) text = text.replace(pattern, () => pick(words));
      const opinion = composeOpinion(
        {
          id: `bench_${i}`,
          reportId,
          versionId,
          kind: 'passage-comment',
          stanceId: pick(stances),
          body: bodyFromText(text).body,
          selection: { startParagraphId: id, startOffset: start, endParagraphId: id, endOffset: start + length },
        },
        { reading: () => reading, hasSection: () => false, author },
      );
      store.opinions.create(opinion);
    }
  })();
}
