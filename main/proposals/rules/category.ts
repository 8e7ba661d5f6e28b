/** A category from the level's list, so the draft reaches the right committee. */
import type { LintRule } from '../lint-rule';

export const category: LintRule = {
  id: 'category',
  severity: 'warning',
  source: '表式要求：选定类别',
  errorsDismissable: false,
  check({ draft, levelProfile: level }) {
    const given = draft.category.trim();
    const list = level.categories.join('、');
    if (given === '') return [{ message: `未填类别（可选：${list}）` }];
    if (!level.categories.includes(given)) return [{ message: `类别「${given}」不在本级类别中（可选：${list}）`, excerpt: given }];
    return [];
  },
};
