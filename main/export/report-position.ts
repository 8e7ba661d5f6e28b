/**
 * Where a paragraph stands as the 汇总表's 报告位置 column says it: 第二部分（三）第2段 — the part,
 * the numbered items below it, and the paragraph's number within the section that holds it.
 * An unnumbered part is named by its title (「政府工作回顾」（三）第2段).
 */
import type { Section } from '../model/report';
import type { ReportOutline } from './report-outline';

const CHINESE_NUMERAL = /^[一二三四五六七八九十百零〇]+$/;

function partName(part: Section): string {
  if (/^第.+部分/.test(part.marker)) return part.marker.replace(/[、.．\s]+$/, '');
  if (CHINESE_NUMERAL.test(part.label)) return `第${part.label}部分`;
  return part.marker ? part.marker.replace(/[、.．\s]+$/, '') : `「${part.title || part.heading}」`;
}

/** 「二是…」 and 「二、」 below a part read as （二）, the way the 汇总表 writes an item's number. */
function itemName(section: Section): string {
  if (!section.marker) return `「${section.title || section.heading}」`;
  const numeral = /^([一二三四五六七八九十百零〇]+)(?:是|、)$/.exec(section.marker.trim());
  if (numeral) return `（${numeral[1]}）`;
  return section.marker.replace(/[、．\s]+$/, '');
}

export function sectionLocation(chain: readonly Section[]): string {
  return chain.map((section, i) => (i === 0 ? partName(section) : itemName(section))).join('');
}

/** For every paragraph: its location label, computed once per outline. */
export function paragraphLocations(outline: ReportOutline): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { section, chain } of outline.sections.values()) {
    // A part's closing paragraphs are its own and continue its numbering (report-outline.ts).
    const owner = section.kind === 'closing' ? outline.paragraphs.get(section.paragraphs[0]?.id ?? '')?.section : section;
    if (!owner) continue;
    const ownerChain = outline.sections.get(owner.id)?.chain ?? chain;
    const before = section.kind === 'closing' ? owner.paragraphs.length : 0;
    section.paragraphs.forEach((paragraph, i) => labels.set(paragraph.id, `${sectionLocation(ownerChain)}第${before + i + 1}段`));
  }
  return labels;
}
