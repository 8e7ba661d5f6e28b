/**
 * Adoption on real reports with scripted suggestions whose fate is known
 * (tests/unit/versions/scripted-suggestions.ts): each exact class is told right every time,
 * every class at least 95% of the time, and no suggestion is called adopted, even partly, where
 * its wording is absent from the new draft.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../../main/import/read-file';
import { adoptionScore, OffsetMap, passageFate, suggestionAdoption, type Adoption } from '../../../main/versions/adoption';
import { diffVersions } from '../../../main/versions/diff-versions';
import { readFixture } from '../fixtures';
import { EXPECTED, scriptSuggestions, SUGGESTION_CLASSES, type ScriptedSuggestion, type SuggestionClass } from './scripted-suggestions';

const REPORTS = ['national-2018-govcn-zh-hans.txt', 'hubei-2026-zh-hans.txt', 'shanghai-2026-zh-hans.txt', 'fujian-2026-zh-hans.txt'];

interface Outcome {
  report: string;
  suggestion: ScriptedSuggestion;
  adoption: Adoption;
}

const outcomes: Outcome[] = [];
const fates: { report: string; suggestion: ScriptedSuggestion; fate: string }[] = [];

beforeAll(async () => {
  for (const [index, name] of REPORTS.entries()) {
    const old = await readFixture(name);
    const revision = scriptSuggestions(old.sourceText, old.documents, 50, index + 1);
    const revised = await readReportFile(Buffer.from(revision.text), `revised-${name}`);
    const diff = diffVersions({ text: old.sourceText, documents: old.documents }, { text: revision.text, documents: revised.documents }, { ignoreFormatting: true });
    const map = new OffsetMap(diff);
    for (const suggestion of revision.suggestions) {
      const place = { start: suggestion.start, end: suggestion.end, proposed: suggestion.proposed };
      outcomes.push({ report: name, suggestion, adoption: suggestionAdoption(place, map, old.sourceText, revision.text) });
      fates.push({ report: name, suggestion, fate: passageFate(suggestion.start, suggestion.end, map, old.sourceText, revision.text) });
    }
  }
});

const ofClass = (cls: SuggestionClass) => outcomes.filter((outcome) => outcome.suggestion.class === cls);
const right = (list: Outcome[]) => list.filter((outcome) => outcome.adoption.status === EXPECTED[outcome.suggestion.class]).length;
const describeMiss = (outcome: Outcome) =>
  `${outcome.report}: ${outcome.suggestion.class} 「${outcome.suggestion.original}」→「${outcome.suggestion.proposed}」 now 「${outcome.adoption.now}」 = ${outcome.adoption.status} ${outcome.adoption.score}`;

describe('adoption of 200 scripted suggestions on four real reports', () => {
  it('covers every class on every report', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(200);
    for (const name of REPORTS) {
      for (const cls of SUGGESTION_CLASSES) expect(outcomes.filter((o) => o.report === name && o.suggestion.class === cls).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('tells every exact class right: adopted verbatim, left unchanged, deleted', () => {
    for (const cls of ['verbatim', 'not-adopted', 'deleted'] as const) {
      const list = ofClass(cls);
      expect(list.filter((o) => o.adoption.status !== EXPECTED[cls]).map(describeMiss)).toEqual([]);
    }
    for (const outcome of ofClass('verbatim')) {
      expect(outcome.adoption.score).toBe(1);
      expect(outcome.adoption.now).toBe(outcome.suggestion.proposed);
    }
  });

  it('tells every class right at least 95% of the time', () => {
    for (const cls of SUGGESTION_CLASSES) {
      const list = ofClass(cls);
      expect(right(list) / list.length, list.filter((o) => o.adoption.status !== EXPECTED[cls]).map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('scores a partial adoption between the 原文 and the proposal, and gives it the words now there', () => {
    for (const outcome of ofClass('small-changes').filter((o) => o.adoption.status === 'partly-adopted')) {
      expect(outcome.adoption.score).toBeGreaterThan(0.4);
      expect(outcome.adoption.score).toBeLessThan(1);
      expect(outcome.adoption.now.length).toBeGreaterThan(0);
    }
  });

  it('never claims adoption where the proposed wording is absent', () => {
    const claimed = [...ofClass('otherwise'), ...ofClass('not-adopted'), ...ofClass('deleted')].filter((o) => o.adoption.status === 'adopted' || o.adoption.status === 'partly-adopted');
    expect(claimed.map(describeMiss)).toEqual([]);
  });

  it('tells a passage comment whether its words changed', () => {
    const expected: Record<SuggestionClass, string> = { verbatim: 'changed', 'small-changes': 'changed', 'not-adopted': 'unchanged', otherwise: 'changed', deleted: 'deleted' };
    expect(fates.filter((f) => f.fate !== expected[f.suggestion.class]).map((f) => `${f.report}: ${f.suggestion.class} ${f.suggestion.original} = ${f.fate}`)).toEqual([]);
  });
});

describe('the adoption score', () => {
  it('is 1 at the proposal, 0 at the 原文, and in between on the way', () => {
    expect(adoptionScore('推进城乡融合发展', '大力推进城乡融合发展', '大力推进城乡融合发展')).toBe(1);
    expect(adoptionScore('推进城乡融合发展', '大力推进城乡融合发展', '推进城乡融合发展')).toBe(0);
    expect(adoptionScore('推进城乡融合发展', '深入推进城乡融合高质量发展', '深入推进城乡融合发展')).toBeCloseTo(2 / 5);
  });

  it('ignores width, quote style and 繁/简 but not wording', () => {
    expect(adoptionScore('支持民营企业发展', '支持“专精特新”企业发展', '支持"專精特新"企業發展')).toBe(1);
    expect(adoptionScore('支持民营企业发展', '支持“专精特新”企业发展', '支持外资企业发展')).toBe(0);
  });
});
