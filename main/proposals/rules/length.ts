/**
 * Length norms: too short is 「只有一句话」, too long is a warning, and more than the platform
 * takes is an error (the text could not be submitted at all).
 */
import { countedLength } from '../draft-text';
import type { LintRule } from '../lint-rule';

export const length: LintRule = {
  id: 'length',
  severity: 'warning',
  source: '篇幅要求',
  errorsDismissable: false,
  check({ profile, text }) {
    const n = text.parts.reduce((sum, part) => sum + countedLength(part.text), 0);
    const { min, target, max, platformCap } = profile.length;
    const source = `${profile.name}篇幅：${profile.lengthSource || `宜${target}字左右，不超过${max}字`}`;
    if (n === 0) return [];
    if (n > platformCap) return [{ message: `正文${n}字，超过提交平台上限${platformCap}字，无法提交`, severity: 'error', source }];
    if (n > max) return [{ message: `正文${n}字，超过${max}字（宜${target}字左右）`, source }];
    if (n < min) return [{ message: `正文仅${n}字，内容单薄：请写明情况、分析和具体建议（宜${target}字左右）`, source }];
    return [];
  },
};
