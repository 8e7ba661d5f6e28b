/**
 * The words of the report a 简报 paragraph quotes, to anchor its opinion by. A quote counts when
 * the paragraph says it is the report's (报告中“……”, 报告提出“……”) or when its words stand verbatim
 * in the report's reading text (compared folded: width, quote marks, 繁/简). A quote found in
 * several places is reported with its count and never placed on one of them.
 */
import { foldText } from '../anchoring/fold';

export interface BriefingQuote {
  text: string;
  /** The paragraph itself says these are the report's words. */
  marked: boolean;
  /** Where it stands in the reading text, when it stands there exactly once. */
  reading: { start: number; end: number } | null;
  /** How many times it stands in the reading text (0 without one, or when absent). */
  occurrences: number;
}

const QUOTED = /[“「『"]([^“”「」『』"]{2,200})[”」』"]/g;
const MARKED = /报告(?:中|里|提出|指出|写道|强调|表述|的表述|第[^，。“]{1,12}(?:部分|段))?[^，。“]{0,6}$/;

/** A folded reading text, built once and searched for every quote of a briefing. */
export interface QuoteTarget {
  folded: string;
}

export const quoteTarget = (readingText: string): QuoteTarget => ({ folded: foldText(readingText) });

/** Every place the words stand in the reading text, compared folded. */
export function places(target: QuoteTarget, text: string): number[] {
  const needle = foldText(text);
  const found: number[] = [];
  for (let at = target.folded.indexOf(needle); at >= 0; at = target.folded.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export function quotesOf(paragraph: string, target: QuoteTarget | null): BriefingQuote[] {
  const quotes: BriefingQuote[] = [];
  for (const match of paragraph.matchAll(QUOTED)) {
    const text = match[1]!;
    // A paragraph quoting the same words twice (报告提出“A”，建议将“A”改为…) quotes them once.
    if (quotes.some((quote) => quote.text === text)) continue;
    const marked = MARKED.test(paragraph.slice(Math.max(0, match.index - 20), match.index));
    const found = target ? places(target, text) : [];
    if (!marked && found.length === 0) continue;
    const reading = found.length === 1 ? { start: found[0]!, end: found[0]! + text.length } : null;
    quotes.push({ text, marked, reading, occurrences: found.length });
  }
  return quotes;
}
