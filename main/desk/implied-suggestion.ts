/**
 * A change written out in words — 建议将“A”改为“B”, 在“A”后增加“B”, 删去“A” — read as the suggestion
 * it is (原文 / 建议改为). A comment, a 简报 paragraph and a suggestion asking for the same change
 * then compare as the same change. Only these fixed forms are read; anything else stays a comment.
 */
import type { Suggestion } from '../model/opinion';

const Q = '[“「『"‘]([^“”「」『』"‘’]{1,200})[”」』"’]';
const TO = '(?:修改为|改为|调整为|表述为|改写为|改成|换成)';
const ADD = '(?:增加|加上|补充|增写|加入|增补|写入|添加)';
const AFTER = '(?:之后|后面|后)';
const BEFORE = '(?:之前|前面|前)';
const UNIT = '(?:一句|一词|的表述|表述|中的|中)?';

const FORMS: { pattern: RegExp; change: (a: string, b: string) => Pick<Suggestion, 'original' | 'proposed'> }[] = [
  { pattern: new RegExp(`(?:将|把)${Q}${UNIT}${TO}[：:]?${Q}`), change: (a, b) => ({ original: a, proposed: b }) },
  { pattern: new RegExp(`在${Q}${UNIT}${AFTER}${ADD}[：:]?${Q}`), change: (a, b) => ({ original: a, proposed: a + b }) },
  { pattern: new RegExp(`在${Q}${UNIT}${BEFORE}${ADD}[：:]?${Q}`), change: (a, b) => ({ original: a, proposed: b + a }) },
  { pattern: new RegExp(`(?:删去|删除|去掉|删掉)${Q}`), change: (a) => ({ original: a, proposed: '' }) },
];

/** The first change the text spells out, or null. */
export function impliedSuggestion(text: string): Pick<Suggestion, 'original' | 'proposed'> | null {
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (match) return form.change(match[1]!, match[2] ?? '');
  }
  return null;
}
