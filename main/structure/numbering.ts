/**
 * Chinese report numbering: 第一部分, 一、, （一）/(一), 第一、, 一是/一要, 1. 1、 1．, （1）/（１）,
 * plus 附件 and 名词解释 blocks. A match says what kind of heading a block could open; whether it
 * really does is decided by the tree builder, which checks the numbering sequence.
 */
import type { HeadingKind } from '../model/report';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; null for anything else. */
export function chineseNumber(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (CN_DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? NaN);
  const ones = ten === text.length - 1 ? 0 : (CN_DIGITS[text.slice(ten + 1)] ?? NaN);
  const value = tens * 10 + ones;
  return Number.isFinite(value) && text.length <= 3 ? value : null;
}

function arabicNumber(text: string): number {
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

export interface HeadingMatch {
  kind: HeadingKind;
  /** The sequence number, or null for unnumbered part-level blocks (附件, 名词解释). */
  number: number | null;
  /** The marker as written ("一、", "(三)", "1．", "第一部分", "附件"). */
  marker: string;
  /** Path segment: "二", "（三）", "1", "附件". */
  label: string;
  /** The text after the marker. */
  rest: string;
  /** The heading only opens a paragraph ("一是…。", "1.医疗卫生方面。…"): it cannot stand alone. */
  inlineOnly: boolean;
  /** "8.6个重大科技专项" reads as item 8 or as the number 8.6: only a running list makes it an item. */
  decimalLike: boolean;
}

interface Pattern {
  kind: HeadingKind;
  regex: RegExp;
  number: (m: RegExpMatchArray) => number | null;
  label: (m: RegExpMatchArray) => string;
  inlineOnly?: boolean;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'part',
    regex: /^(第([一二三四五六七八九十]{1,3})部分)[\s\u3000]*(.*)$/s,
    number: (m) => chineseNumber(m[2]!),
    label: (m) => m[1]!,
  },
  {
    kind: 'part',
    regex: /^(附件[\s\u3000]*[0-9０-９一二三四五六七八九十]{0,3})[：:\s\u3000]*(.{0,40})$/s,
    number: () => null,
    label: (m) => m[1]!.replace(/[\s\u3000]/g, ''),
  },
  {
    kind: 'part',
    // A glossary heading is a title, not numbering: the marker is empty.
    regex: /^()(名词解释|名詞解釋|名词注释|名詞註釋)[：:]?$/,
    number: () => null,
    label: (m) => m[2]!,
  },
  {
    kind: 'cn-comma',
    regex: /^(([一二三四五六七八九十]{1,3})、)[\s\u3000]*(.+)$/s,
    number: (m) => chineseNumber(m[2]!),
    label: (m) => m[2]!,
  },
  {
    kind: 'cn-paren',
    regex: /^([（(][\s\u3000]*([一二三四五六七八九十]{1,3})[\s\u3000]*[）)])[\s\u3000]*(.+)$/s,
    number: (m) => chineseNumber(m[2]!),
    label: (m) => `（${m[2]!}）`,
  },
  {
    kind: 'cn-ordinal',
    regex: /^(第([一二三四五六七八九十]{1,3})、)[\s\u3000]*(.+)$/s,
    number: (m) => chineseNumber(m[2]!),
    label: (m) => `第${m[2]!}`,
  },
  {
    kind: 'cn-ordinal',
    regex: /^(([一二三四五六七八九十]{1,3})(是|要))(.+)$/s,
    number: (m) => chineseNumber(m[2]!),
    label: (m) => `${m[2]!}${m[3]!}`,
    inlineOnly: true,
  },
  {
    kind: 'arabic',
    regex: /^(([0-9０-９]{1,3})(?:\.|．|、))[\s\u3000]*(.+)$/s,
    number: (m) => arabicNumber(m[2]!),
    label: (m) => String(arabicNumber(m[2]!)),
  },
  {
    kind: 'arabic-paren',
    regex: /^([（(][\s\u3000]*([0-9０-９]{1,3})[\s\u3000]*[）)])[\s\u3000]*(.+)$/s,
    number: (m) => arabicNumber(m[2]!),
    label: (m) => `（${arabicNumber(m[2]!)}）`,
  },
];

export function matchHeading(text: string): HeadingMatch | null {
  for (const pattern of PATTERNS) {
    const m = text.match(pattern.regex);
    if (!m) continue;
    const number = pattern.number(m);
    if (number === null && pattern.kind !== 'part') continue;
    return {
      kind: pattern.kind,
      number,
      marker: m[1]!,
      label: pattern.label(m),
      rest: m[m.length - 1]!,
      inlineOnly: pattern.inlineOnly ?? false,
      decimalLike: pattern.kind === 'arabic' && /^[0-9]+\.[0-9]/.test(text),
    };
  }
  return null;
}

/** The end of a run-in heading sentence: the first full stop (or colon for list items). */
const HEADING_END = /[。！？!?]/;
const ITEM_LABEL_END = /[：:]/;
export const MAX_RUN_IN_HEADING = 60;

/**
 * Splits "加快发展新质生产力。深入推进…" into the heading sentence and the body after it.
 * Returns the heading length in `rest` (terminator included) or 0 when the text is one sentence.
 */
export function runInHeadingLength(rest: string, kind: HeadingKind): number {
  const stop = rest.search(HEADING_END);
  const colon = kind === 'arabic' || kind === 'cn-ordinal' || kind === 'arabic-paren' ? rest.search(ITEM_LABEL_END) : -1;
  const candidates = [stop, colon].filter((i) => i >= 0);
  if (candidates.length === 0) return 0;
  const end = Math.min(...candidates) + 1;
  if (end >= rest.length) return 0;
  return end;
}

/** Part-level titles without a number ("过去五年的回顾", "2024年工作回顾"): short, no sentence punctuation. */
export function looksLikeUnnumberedTitle(text: string): boolean {
  if (text.length < 2 || text.length > 30) return false;
  if (/[。，、；：！？,;:!?．]/.test(text)) return false;
  if (/^(各位代表|各位委员|同志们)/.test(text)) return false;
  return /[\u4e00-\u9fff]/.test(text);
}
