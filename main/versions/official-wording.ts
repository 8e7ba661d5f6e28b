/**
 * The 修改情况说明 in the State Council's own wording: 「在第二部分“……”第三段，将“……”改为“……”」,
 * 「……增加“……”」, 「……删去“……”」, and the count 共修改N处（补充a处、修改b处、删除c处）.
 * Text only; the .docx and the screen come later and reuse these sentences.
 */
import { escapeInline } from '../export/markdown-escape';
import { changeTotals, type Change, type ChangeLocation } from './change-list';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: how 第N段 is written. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

const quote = (text: string) => `“${text}”`;

function partText(location: ChangeLocation): string {
  if (!location.part) return '';
  return `第${chineseNumeral(location.part.ordinal)}部分${location.part.title ? quote(location.part.title) : ''}`;
}

/** "第二部分“……”第三段", "第三部分“……”标题", "第三部分“……”（一）标题", "标题部分". */
export function placeText(location: ChangeLocation): string {
  switch (location.in) {
    case 'paragraph':
      return `${partText(location)}第${chineseNumeral(location.ordinal)}段`;
    case 'heading':
      return location.heading?.isPart ? `${partText(location)}标题` : `${partText(location)}${location.heading?.marker || quote(location.heading?.title ?? '')}标题`;
    case 'other':
      return '标题部分';
  }
}

const MOVE_QUOTE = 20;

function opening(text: string): string {
  const chars = [...text];
  return chars.length > MOVE_QUOTE ? `${chars.slice(0, MOVE_QUOTE).join('')}……` : text;
}

/** One change as the sentence a clerk writes for it (with its closing 。). */
export function officialSentence(change: Change): string {
  const where = change.location ? placeText(change.location) : '';
  const inside = change.location?.in === 'paragraph' ? where : `${where}中`;
  if (change.scope === 'paragraph') {
    switch (change.kind) {
      case 'insert':
        return change.location ? `在${where}后，增加一段：${quote(change.new)}。` : `在开头增加一段：${quote(change.new)}。`;
      case 'delete':
        return `删去${where}：${quote(change.old)}。`;
      case 'move': {
        const to = change.movedAfter ? `${placeText(change.movedAfter)}之后` : '开头';
        return `将${where}${quote(opening(change.old))}移至${to}。`;
      }
      case 'replace':
        return `将${where}改为：${quote(change.new)}。`;
    }
  }
  switch (change.kind) {
    case 'insert':
      return change.after ? `在${where}${quote(change.after)}后，增加${quote(change.new)}。` : `在${where}开头，增加${quote(change.new)}。`;
    case 'replace':
      return `在${inside}，将${quote(change.old)}改为${quote(change.new)}。`;
    case 'delete':
      return `在${inside}，删去${quote(change.old)}。`;
    case 'move':
      return `将${where}${quote(opening(change.old))}移至他处。`;
  }
}

/** 共修改N处（补充a处、修改b处、删除c处）。 */
export function totalsSentence(changes: Change[]): string {
  const totals = changeTotals(changes);
  return `共修改${totals.total}处（补充${totals.inserted}处、修改${totals.modified}处、删除${totals.deleted}处）。`;
}

/** 关于《…》修改情况的说明 */
export const revisionNoteTitle = (reportTitle: string) => (reportTitle ? `关于《${reportTitle}》修改情况的说明` : '修改情况的说明');

/** The whole 修改情况说明 as Markdown: a title, the count, then every change in reading order. */
export function revisionNoteMarkdown(changes: Change[], reportTitle: string): string {
  const lines = [`# ${revisionNoteTitle(reportTitle)}`, '', totalsSentence(changes), ''];
  changes.forEach((change, index) => lines.push(`${index + 1}. ${escapeInline(officialSentence(change).replace(/\r?\n/g, ' '))}`));
  return `${lines.join('\n')}\n`;
}

