/** Half-width punctuation in Chinese text, or full- and half-width digits mixed: GB/T 15834 wants full-width marks. */
import type { Finding, LintRule } from '../lint-rule';
import { sentenceAround, titleAndParts } from '../phrase-rule';

// A half-width mark touching a Chinese character; a full stop only when no digit follows (3.5 is a number).
const HALF_WIDTH = /[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]|[\u4e00-\u9fff]\.(?![0-9])|"[\u4e00-\u9fff]|[\u4e00-\u9fff]"/g;

export const punctuationWidth: LintRule = {
  id: 'punctuation-width',
  severity: 'warning',
  source: 'GB/T 15834《标点符号用法》：中文使用全角标点',
  errorsDismissable: false,
  check(context) {
    const findings: Finding[] = [];
    for (const part of titleAndParts(context)) {
      const matches = [...part.text.matchAll(HALF_WIDTH)];
      if (matches.length > 0) {
        const first = matches[0]!;
        findings.push({ message: `中文里用了半角标点，共${matches.length}处`, part: part.name, excerpt: sentenceAround(part.text, first.index, first.index + first[0].length, 30) });
      }
    }
    const all = context.text.all;
    if (/[0-9]/.test(all) && /[０-９]/.test(all)) findings.push({ message: '全角数字与半角数字混用：数字宜统一用半角', excerpt: /[０-９]+/.exec(all)![0] });
    return findings;
  },
};
