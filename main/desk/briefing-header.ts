/**
 * The 报头 of a 会议简报: its name (会议简报, 大会简报…), 第N期, the 编印单位 and the date, above the
 * red rule. In a .txt the rule is a line of ─, ━, —, - or =; without one the header ends at the
 * line that carries the 编印单位 or the date.
 */
export interface BriefingHeader {
  /** The briefing's name as printed, spaces removed (会 议 简 报 → 会议简报). */
  name: string | null;
  /** 期号 as a number (第12期, 第十二期), with the text as written. */
  issue: number | null;
  issueText: string | null;
  /** 编印单位: who compiled and printed it. */
  publisher: string | null;
  /** The date as YYYY-MM-DD. */
  date: string | null;
}

const RULE = /^\s*[─━—\-=＝═_＿]{5,}\s*$/;
const ISSUE = /第\s*([0-9０-９]+|[〇零一二三四五六七八九十百]+)\s*期/;
const DATE = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const PUBLISHER = /^\s*(.+?)\s*编印?(?=\s|$)/;

export const isRule = (line: string) => RULE.test(line);

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, １２, 十二, 一百零三, 二〇二六 (digit by digit) as a number. */
export function chineseNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (!/[十百]/.test(text)) return Number([...text].map((ch) => DIGITS[ch] ?? 0).join(''));
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = ch === '百' ? 100 : ch === '十' ? 10 : 0;
    if (unit === 0) digit = DIGITS[ch] ?? 0;
    else {
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** Where the header ends (the index of the first body line) and what it says. */
export function parseBriefingHeader(lines: readonly string[]): { header: BriefingHeader; bodyStart: number } {
  const header: BriefingHeader = { name: null, issue: null, issueText: null, publisher: null, date: null };
  const rule = lines.slice(0, 12).findIndex(isRule);
  let end = rule;
  if (end < 0) {
    // No rule: the header is the first lines up to the one with the date or the 编印单位.
    // Only the short lines at the top can be the header: a speech that names a year stays a speech.
    const long = lines.findIndex((line) => line.trim().length > 40);
    const top = lines.slice(0, Math.min(8, long < 0 ? lines.length : long));
    const last = top.findLastIndex((line) => DATE.test(line) || PUBLISHER.test(line));
    end = last < 0 ? 0 : last + 1;
  }
  for (const line of lines.slice(0, end)) {
    const text = line.trim();
    if (text === '') continue;
    const issue = ISSUE.exec(text);
    if (issue && header.issue === null) {
      header.issue = chineseNumber(issue[1]!);
      header.issueText = issue[0].replace(/\s+/g, '');
    }
    const date = DATE.exec(text);
    if (date && header.date === null) {
      const pad = (n: number) => String(n).padStart(2, '0');
      header.date = `${chineseNumber(date[1]!)}-${pad(chineseNumber(date[2]!))}-${pad(chineseNumber(date[3]!))}`;
    }
    const publisher = PUBLISHER.exec(text.replace(DATE, '').replace(ISSUE, ''));
    if (publisher && header.publisher === null) header.publisher = publisher[1]!.trim();
    // The name is the line that ends in 简报 (会 议 简 报), else the first plain line.
    const plain = text.replace(/\s+/g, '');
    if (!issue && !date && !publisher && (header.name === null || (plain.endsWith('简报') && !header.name.endsWith('简报')))) header.name = plain;
  }
  return { header, bodyStart: rule < 0 ? end : rule + 1 };
}
