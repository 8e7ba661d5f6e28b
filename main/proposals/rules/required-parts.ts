/** Every part the form requires is there and not empty (a 议案 for a 法律案 also needs its draft law). */
import { countedLength } from '../draft-text';
import type { LintRule } from '../lint-rule';

export const requiredParts: LintRule = {
  id: 'required-parts',
  severity: 'error',
  source: '表式要求：各部分齐全',
  errorsDismissable: false,
  check({ draft, profile }) {
    return profile.parts
      .filter((part) => part.required || (part.requiredForCategory !== undefined && part.requiredForCategory === draft.category))
      .filter((part) => countedLength(draft.parts[part.name] ?? '') === 0)
      .map((part) => ({
        message: part.required ? `缺少「${part.name}」` : `${draft.category}须附「${part.name}」`,
        part: part.name,
        source: `${profile.name}表式：${profile.parts.filter((p) => p.required).map((p) => p.name).join('、')}`,
      }));
  },
};
