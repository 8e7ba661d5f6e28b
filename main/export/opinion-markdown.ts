/**
 * The opinion sheet as Markdown: the same title, header, grouping and tally as the Word sheet,
 * for delegates who paste their opinions into a message or keep them in a notes app.
 */
import type { ExportInput } from './export-input';
import { prepareExport, type ExportContext, type ExportEntry } from './export-context';
import { entryLabelParts, LABEL_SEPARATOR, tallyText } from './entry-label';
import { countByStance, groupHeadings, groupOpinions } from './grouping';
import { escapeCell, escapeInline, escapeText } from './markdown-escape';
import { richTextToMarkdown } from './rich-text-markdown';
import { sheetHeaderFields } from './sheet-header';
import { sheetTitle } from './sheet-people';
import { WORDS } from './wording';
import { adoptionCell, adoptionLabel } from './opinion-fields';

const MAX_HEADING = 6;

function heading(level: number, text: string): string {
  // Sections nested deeper than Markdown's six levels become bold lines.
  return level <= MAX_HEADING ? `${'#'.repeat(level)} ${escapeInline(text)}` : `**${escapeInline(text)}**`;
}

function entryBlock(context: ExportContext, entry: ExportEntry): string[] {
  const { out } = context;
  const { opinion } = entry;
  const blocks: string[] = [];
  blocks.push(`**${escapeInline(out(entryLabelParts(context, entry).join(LABEL_SEPARATOR)))}**`);
  if (opinion.anchor) blocks.push(escapeText(out(opinion.anchor.quote.exact)).split('\n').map((line) => `> ${line}`).join('\n'));
  const body = richTextToMarkdown(opinion.body, out);
  if (body.trim() !== '') blocks.push(body);
  if (opinion.suggestion) {
    const s = opinion.suggestion;
    blocks.push(
      [
        `| ${[WORDS.original, WORDS.proposed, WORDS.reason].map((h) => out(h)).join(' | ')} |`,
        '| --- | --- | --- |',
        `| ${[s.original, s.proposed, s.reason].map((text) => escapeCell(out(text))).join(' | ')} |`,
      ].join('\n'),
    );
  }
  const adoption = adoptionCell(context, entry);
  if (adoption !== '') blocks.push(`${out(adoptionLabel(context))}：${escapeInline(out(adoption))}`);
  if (opinion.tags.length > 0) blocks.push(`${out(WORDS.tags)}：${escapeInline(out(opinion.tags.join('、')))}`);
  return blocks;
}

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export function buildOpinionMarkdown(input: ExportInput, context: ExportContext = prepareExport(input)): string {
  const { out } = context;
  const blocks: string[] = [
    heading(1, out(sheetTitle(input.report.title, context.people))),
    sheetHeaderFields(context)
      .map((field) => `- ${out(field.label)}：${escapeInline(out(field.value))}`)
      .join('\n'),
  ];
  if (context.entries.length === 0) blocks.push(out(WORDS.noOpinions));

  const groups = groupOpinions(context);
  groupHeadings(groups).forEach((headings, g) => {
    for (const h of headings) blocks.push(heading(2 + h.depth, out(h.title)));
    for (const entry of groups[g]!.entries) blocks.push(...entryBlock(context, entry));
  });
  if (context.entries.length > 0) blocks.push('* * *', out(tallyText(context.entries.length, countByStance(context))));
  return `${blocks.join('\n\n')}\n`;
}
