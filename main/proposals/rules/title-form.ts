/** A title, and in the form's shape: 「关于……的提案」 / 「关于……的建议」 / 「关于……的议案」. */
import type { Finding, LintRule } from '../lint-rule';

export const titleForm: LintRule = {
  id: 'title-form',
  severity: 'warning',
  source: '提案、建议、议案的书写要求：有标题，「关于……的提案（建议、议案）」',
  errorsDismissable: false,
  check({ draft, profile }) {
    const title = draft.title.trim();
    if (title === '') return [{ message: '没有标题', severity: 'error' }];
    const { prefix, suffix, maxLength } = profile.title;
    const findings: Finding[] = [];
    if (!title.startsWith(prefix) || !title.endsWith(suffix) || title.length <= prefix.length + suffix.length) {
      findings.push({ message: `标题应为「${prefix}……${suffix}」的形式`, excerpt: title, part: '标题' });
    }
    if (title.length > maxLength) findings.push({ message: `标题${title.length}字，宜在${maxLength}字以内`, excerpt: title, part: '标题' });
    return findings;
  },
};
