/**
 * `shenyi desk briefing FILE [--against REPORT_FILE]`: a 会议简报 (.txt) split into its speakers'
 * opinions, without a store. With --against, the report (read as `shenyi outline` reads it)
 * gives the reading text where quotes are looked for, so they anchor.
 */
import { extname } from 'node:path';
import { buildReadingText } from '../anchoring/reading-text';
import { decodeText } from '../import/decode';
import { readReportFileIsolated } from '../import/read-file-isolated';
import { readImportFile } from '../import/read-input';
import { parseBriefing, type ParsedBriefing } from '../desk/briefing';
import { briefingOpinions } from '../desk/briefing-opinions';
import { DomainError } from '../model/errors';
import type { Paragraph, Section } from '../model/report';
import { cell, print } from './print';
import { UsageError } from './usage';

export interface DeskOptions {
  json: boolean;
  against?: string;
}

async function reportReadingText(path: string): Promise<string> {
  const document = (await readReportFileIsolated(readImportFile(path), path)).documents[0];
  if (!document) throw new DomainError('import-failed', `${path}: holds no report to look quotes up in`);
  const paragraphs: Paragraph[] = [];
  const visit = (section: Section) => {
    paragraphs.push(...section.paragraphs);
    section.children.forEach(visit);
  };
  visit(document.root);
  return buildReadingText(paragraphs.sort((a, b) => a.number - b.number)).text;
}

const UNATTRIBUTED = { 'editor-note': '按语', 'no-speaker': '未署名' } as const;

function briefingText(parsed: ParsedBriefing): string {
  const { header } = parsed;
  const lines = [[header.name, header.issueText, header.publisher, header.date].filter(Boolean).join('\t')];
  for (const speech of parsed.speeches) {
    const who = speech.speakers.map((s) => `${s.name}（${s.delegation ?? '—'}）`).join('、');
    const quotes = speech.quotes.map((q) => `“${q.text}”${q.reading ? '' : q.occurrences > 1 ? `（${q.occurrences}处）` : '（未定位）'}`).join(' ');
    lines.push(`第${speech.paragraph}段\t${who}\t${quotes}\t${cell(speech.text)}`);
  }
  for (const paragraph of parsed.unattributed) lines.push(`第${paragraph.paragraph}段\t${UNATTRIBUTED[paragraph.reason]}\t\t${cell(paragraph.text)}`);
  return lines.join('\n');
}

export async function deskCommand(args: string[], options: DeskOptions): Promise<void> {
  const [action, file, ...extra] = args;
  if (action !== 'briefing') throw new UsageError(`desk takes briefing${action ? ` (got ${action})` : ''}`);
  if (!file) throw new UsageError('desk briefing needs a FILE');
  if (extra.length > 0) throw new UsageError(`desk briefing takes one FILE (got ${args.length - 1})`);
  if (extname(file).toLowerCase() !== '.txt') throw new DomainError('import-failed', `${file}: desk briefing reads a 简报 saved as .txt`);
  const { text } = decodeText(readImportFile(file), file);
  const parsed = parseBriefing(text, { reportText: options.against ? await reportReadingText(options.against) : undefined });
  print({ ...parsed, opinions: briefingOpinions(parsed) }, options.json, () => briefingText(parsed));
}
