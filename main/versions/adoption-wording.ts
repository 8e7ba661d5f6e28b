/**
 * Adoption in the words a clerk and a delegate use: the five outcomes of a suggestion, the fate
 * of a comment's paragraph, and the one-line tally a delegate reads about their own suggestions.
 * These are the documents' wording (like official-wording.ts), not UI strings.
 */
import type { AdoptionStatus } from './adoption';
import { ADOPTION_WORDS } from '../export/wording';

/** The same words the exports print. */
export const ADOPTION_LABELS = ADOPTION_WORDS;

export type SuggestionTally = Record<AdoptionStatus | 'unplaced', number>;

/** 「您的5条修改建议：采纳2，部分采纳1，未采纳1，原文另行修改1」: outcomes with none are left out. */
export function tallySentence(tally: SuggestionTally, whose = '您的'): string {
  const total = Object.values(tally).reduce((sum, n) => sum + n, 0);
  const parts: [keyof SuggestionTally, string][] = [
    ['adopted', '采纳'],
    ['partly-adopted', '部分采纳'],
    ['not-adopted', '未采纳'],
    ['changed-otherwise', '原文另行修改'],
    ['deleted', '原文已删除'],
    ['unplaced', '无法确定位置'],
  ];
  const counted = parts.filter(([key]) => tally[key] > 0).map(([key, label]) => `${label}${tally[key]}`);
  return `${whose}${total}条修改建议${counted.length > 0 ? `：${counted.join('，')}` : ''}`;
}
