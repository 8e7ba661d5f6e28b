/**
 * A 会议简报 split into one opinion per speaker paragraph. The 报头 gives the 期号 and date; each
 * body paragraph that names its speaker (briefing-speakers.ts) becomes a speech attributed to that
 * person and delegation, with the report's words it quotes (briefing-quotes.ts) and the change it
 * spells out, if any (将“A”改为“B”…). Every other body paragraph — a 按语, a paragraph naming no
 * one — is listed as unattributed with the reason, never dropped; the 报尾 (报/送/发, 印数) is kept
 * apart as the footer.
 */
import type { Suggestion } from '../model/opinion';
import { impliedSuggestion } from './implied-suggestion';
import { isRule, parseBriefingHeader, type BriefingHeader } from './briefing-header';
import { quotesOf, quoteTarget, type BriefingQuote } from './briefing-quotes';
import { speakersOf, type BriefingSpeaker } from './briefing-speakers';

export interface BriefingSpeech {
  /** 1-based number of the paragraph in the briefing's body: the opinion's provenance. */
  paragraph: number;
  speakers: BriefingSpeaker[];
  text: string;
  /** True when the paragraph opens 他说/她还建议 and continues the speaker before it. */
  continued: boolean;
  quotes: BriefingQuote[];
  suggestion: Pick<Suggestion, 'original' | 'proposed'> | null;
}

export interface UnattributedParagraph {
  paragraph: number;
  text: string;
  reason: 'editor-note' | 'no-speaker';
}

export interface ParsedBriefing {
  header: BriefingHeader;
  /** The heading under the rule (山西代表团审议政府工作报告), if there is one. */
  title: string | null;
  /** The delegation the whole briefing is from, when its title or 编印单位 names one. */
  delegation: string | null;
  speeches: BriefingSpeech[];
  unattributed: UnattributedParagraph[];
  footer: string[];
}

export interface BriefingOptions {
  /** The reading text of the report discussed: quotes found in it are anchored. */
  reportText?: string;
}

const FOOTER = /^(?:报[:：]|送[:：]|发[:：]|抄报|抄送|[（(]?共印|印数|本期共印)/;
const EDITOR_NOTE = /^(?:【编者按】|［编者按］|\[编者按\]|编者按[:：]|按[:：]|【按】)/;
const DELEGATION = /([\u3400-\u9fff]{2,12}?(?:代表团|界))/;

const looksLikeTitle = (line: string) => line.length <= 40 && !/[。！？；]$/.test(line) && !/[，,]/.test(line);

export function parseBriefing(text: string, options: BriefingOptions = {}): ParsedBriefing {
  const lines = text.replace(/\r\n?|\u2028/g, '\n').split('\n');
  const { header, bodyStart } = parseBriefingHeader(lines);
  const body = lines.slice(bodyStart).map((line) => line.trim());
  // The 报尾 starts at the last rule followed by 报/送/发, or at the first such line.
  const footerAt = body.findIndex((line, i) => FOOTER.test(line) || (isRule(line) && body.slice(i + 1).some((next) => FOOTER.test(next))));
  const footer = footerAt < 0 ? [] : body.slice(footerAt).filter((line) => line !== '' && !isRule(line));
  const paragraphs = (footerAt < 0 ? body : body.slice(0, footerAt)).filter((line) => line !== '' && !isRule(line));

  let title: string | null = null;
  if (paragraphs.length > 0 && looksLikeTitle(paragraphs[0]!) && speakersOf(paragraphs[0]!, null).kind === 'none') title = paragraphs.shift()!;
  // The 编印单位 names the session first (十四届全国人大二次会议山西代表团秘书组): the session is not a delegation.
  const delegation = DELEGATION.exec(title ?? '')?.[1] ?? DELEGATION.exec((header.publisher ?? '').replace(/^.*会议/, ''))?.[1] ?? null;
  const target = options.reportText ? quoteTarget(options.reportText) : null;

  const speeches: BriefingSpeech[] = [];
  const unattributed: UnattributedParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    const number = index + 1;
    if (EDITOR_NOTE.test(paragraph)) {
      unattributed.push({ paragraph: number, text: paragraph, reason: 'editor-note' });
      return;
    }
    const line = speakersOf(paragraph, delegation);
    const previous = speeches.at(-1);
    const speakers = line.kind === 'speakers' ? line.speakers : line.kind === 'continues' && previous?.paragraph === number - 1 ? previous.speakers : null;
    if (!speakers) {
      unattributed.push({ paragraph: number, text: paragraph, reason: 'no-speaker' });
      return;
    }
    speeches.push({ paragraph: number, speakers, text: paragraph, continued: line.kind === 'continues', quotes: quotesOf(paragraph, target), suggestion: impliedSuggestion(paragraph) });
  });
  return { header, title, delegation, speeches, unattributed, footer };
}
