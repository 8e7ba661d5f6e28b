/**
 * A rule made of phrases to look for: most of the form lint is "these words, in this kind of
 * draft, mean that". One finding per phrase and part (the first place it occurs), so a draft
 * that repeats a phrase gets one warning, not twenty.
 */
import type { DraftPart } from './draft-text';
import type { Finding, LintContext, LintRule, Severity } from './lint-rule';

export interface Phrase {
  pattern: RegExp;
  message: string;
}

export interface PhraseRuleSpec {
  id: string;
  severity: Severity;
  source: string;
  errorsDismissable?: boolean;
  phrases: Phrase[];
  /** The source a finding cites, when it depends on the form (default: the rule's source). */
  sourceFor?: (context: LintContext) => string;
}

const SENTENCE_END = /[。！？；\n]/;

/** The sentence around a match, cut to a readable length: what the warning quotes. */
export function sentenceAround(text: string, start: number, end: number, limit = 60): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!) && start - from < limit / 2) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!) && to - end < limit / 2) to++;
  if (to < text.length && /[。！？；]/.test(text[to]!)) to++;
  return text.slice(from, to).trim();
}

/** The title and every content part: where phrases are searched. */
export const titleAndParts = (context: LintContext): DraftPart[] => [{ name: '标题', text: context.draft.title }, ...context.text.parts];

export function phraseRule(spec: PhraseRuleSpec): LintRule {
  return {
    id: spec.id,
    severity: spec.severity,
    source: spec.source,
    errorsDismissable: spec.errorsDismissable ?? false,
    check(context) {
      const source = spec.sourceFor?.(context);
      const findings: Finding[] = [];
      for (const part of titleAndParts(context)) {
        for (const phrase of spec.phrases) {
          const match = phrase.pattern.exec(part.text);
          if (!match) continue;
          findings.push({
            message: phrase.message,
            part: part.name,
            excerpt: sentenceAround(part.text, match.index, match.index + match[0].length),
            ...(source !== undefined ? { source } : {}),
          });
        }
      }
      return findings;
    },
  };
}
