/**
 * PDF text layers of CJK documents often map glyphs to the radical code points (U+2F00–2FD5
 * Kangxi radicals, U+2E80–2EFF radical supplement) instead of the ordinary characters: 工 comes
 * out as ⼯ and 民 as ⺠. They look the same on screen but defeat search, numbering detection and
 * anchoring, so extraction maps them back. This is a property of the PDF, not of the report.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺊': '卜', '⺌': '小', '⺗': '心', '⺝': '月', '⺟': '母', '⺠': '民', '⺡': '氵',
  '⺣': '灬', '⺩': '王', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺶': '羊', '⺹': '老', '⺼': '月', '⺾': '艹',
  '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长',
  '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐',
  '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

export function normalisePdfGlyphs(text: string): string {
  return text
    .replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
    .replace(/\u2e3a/g, '——')
    .replace(/\u2e3b/g, '———');
}
