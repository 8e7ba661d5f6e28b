/**
 * The cases the rules say are not accepted as a 提案 (不予立案) or should not be raised as a
 * 代表建议: one rule per case, each citing its item in words. Item wording follows the national
 * 提案工作条例 as published by 全国政协 (cppcc.gov.cn, 「哪些提案不能被立案」); no article numbers,
 * since the numbering has moved between revisions.
 */
import { phraseRule, type Phrase } from '../phrase-rule';
import type { LintRule, Severity } from '../lint-rule';

export function notAdmissibleRule(caseId: string, item: string, phrases: Phrase[], severity: Severity = 'warning'): LintRule {
  return phraseRule({
    id: `not-admissible/${caseId}`,
    severity,
    source: `全国政协提案工作条例（不予立案情形）「${item}」`,
    phrases,
    sourceFor: ({ profile }) =>
      profile.id === 'proposal' ? `${profile.admissibilitySource}不予立案情形「${item}」` : `${profile.admissibilitySource}（不宜作为代表建议、议案提出的情形；参照提案「${item}」）`,
  });
}
