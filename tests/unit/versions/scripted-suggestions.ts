/**
 * Suggestions on a real report and a revised draft whose fate for each is known. Each suggestion
 * quotes one clause of a paragraph and proposes either an addition inside it (a phrase of another
 * real report) or a new ending; the revision then does one of five things with it:
 *
 * - verbatim: the clause becomes the proposal exactly                 → adopted
 * - small changes: the proposal with a third of what it adds left out  → partly adopted
 * - not adopted: the clause is left as it was                          → not adopted
 * - otherwise: the clause is replaced by an unrelated clause           → changed otherwise
 * - deleted: the clause's paragraph is deleted                         → deleted
 *
 * Other paragraphs get unrelated insertions, so the diff has work beyond the suggestions.
 */
import type { ParsedDocument } from '../../../main/model/report';
import type { AdoptionStatus } from '../../../main/versions/adoption';
import { applySplices, donors, paragraphPlaces, random, type Splice } from './scripted-revision';

export const SUGGESTION_CLASSES = ['verbatim', 'small-changes', 'not-adopted', 'otherwise', 'deleted'] as const;
export type SuggestionClass = (typeof SUGGESTION_CLASSES)[number];

export const EXPECTED: Record<SuggestionClass, AdoptionStatus> = {
  verbatim: 'adopted',
  'small-changes': 'partly-adopted',
  'not-adopted': 'not-adopted',
  otherwise: 'changed-otherwise',
  deleted: 'deleted',
};

export interface ScriptedSuggestion {
  class: SuggestionClass;
  /** The 原文 in the old text. */
  start: number;
  end: number;
  original: string;
  proposed: string;
}

export interface SuggestionRevision {
  text: string;
  suggestions: ScriptedSuggestion[];
}

const charactersShared = (a: string, b: string) => [...a].filter((ch) => b.includes(ch)).length;

export function scriptSuggestions(text: string, documents: ParsedDocument[], count: number, seed: number): SuggestionRevision {
  const rng = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rng() * items.length)]!;
  const { clauses: donorClauses } = donors();
  const phrases = donorClauses.map((clause) => clause.slice(0, -1)).filter((phrase) => phrase.length >= 8);
  const places = documents.flatMap(paragraphPlaces);
  const eligible = places.filter((p) => p.paragraph.spans.length === 1 && p.paragraph.headingLength === 0 && p.paragraph.text.length >= 40 && !p.paragraph.text.includes('\n'));
  const order = eligible.map((place) => ({ place, key: rng() })).sort((a, b) => a.key - b.key).map(({ place }) => place);
  if (order.length < count + 10) throw new Error(`the report has ${order.length} plain paragraphs, too few for ${count} suggestions`);

  const splices: Splice[] = [];
  const suggestions: ScriptedSuggestion[] = [];
  for (const place of order.slice(0, count)) {
    const span = place.paragraph.spans[0]!;
    const clauses = [...place.paragraph.text.matchAll(/[^，。；：]{8,40}[，。；]/gu)];
    if (clauses.length === 0) continue;
    const chosen = pick(clauses);
    const original = chosen[0].slice(0, -1);
    const start = span.start + chosen.index!;
    const end = start + original.length;
    const phrase = pick(phrases).slice(0, 6 + Math.floor(rng() * 5));
    const at = Math.max(2, Math.floor(original.length / 2));
    const addition = suggestions.length % 2 === 0;
    // An addition inside the clause, or a new second half for it.
    const proposed = addition ? original.slice(0, at) + phrase + original.slice(at) : original.slice(0, at) + phrase;
    const kind = SUGGESTION_CLASSES[suggestions.length % SUGGESTION_CLASSES.length]!;
    suggestions.push({ class: kind, start, end, original, proposed });
    if (kind === 'verbatim') splices.push({ at: start, remove: original.length, insert: proposed });
    if (kind === 'small-changes') {
      const kept = phrase.slice(0, phrase.length - Math.ceil(phrase.length / 3));
      splices.push({ at: start, remove: original.length, insert: addition ? original.slice(0, at) + kept + original.slice(at) : original.slice(0, at) + kept });
    }
    if (kind === 'otherwise') {
      const unrelated = phrases.find((p, i) => i >= Math.floor(rng() * phrases.length * 0.9) && charactersShared(p, proposed) <= 2 && p.length >= 8) ?? phrases[0]!;
      splices.push({ at: start, remove: original.length, insert: unrelated });
    }
    if (kind === 'deleted') {
      const separator = /^\r?\n+/.exec(text.slice(span.end))?.[0] ?? '';
      splices.push({ at: span.start, remove: span.end + separator.length - span.start, insert: '' });
    }
  }
  for (const place of order.slice(count, count + 10)) {
    splices.push({ at: place.paragraph.spans[0]!.start, remove: 0, insert: pick(donorClauses) });
  }
  return { text: applySplices(text, splices), suggestions };
}
