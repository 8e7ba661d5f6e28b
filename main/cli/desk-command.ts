/**
 * `shenyi desk …`. Without a library, `desk briefing FILE [--against REPORT_FILE]` splits a 会议简报
 * (.txt) into its speakers' opinions and prints them; with --against, the report (read as
 * `shenyi outline` reads it) gives the reading text where quotes are looked for, so they anchor.
 * With --data-dir, `desk briefing` takes the 简报 into the library, and import, tally, clusters
 * and export work on the library (desk-store-commands.ts).
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
import { requireOption, UsageError } from './usage';
import type { StoreCall } from './store-api';
import { checkExportOptions, deskClusters, deskExport, deskImport, deskTally, type DeskStoreOptions } from './desk-store-commands';

export interface DeskOptions extends DeskStoreOptions {
  json: boolean;
  against?: string;
}

export interface DeskLibrary {
  /** Whether --data-dir was given: `desk briefing` then takes the 简报 into that library. */
  named: boolean;
  withApi: (work: (api: StoreCall) => Promise<void>, writes: boolean) => Promise<void>;
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

export async function deskCommand(args: string[], options: DeskOptions, library: DeskLibrary): Promise<void> {
  const [action, file, ...extra] = args;
  switch (action) {
    case 'import':
      return library.withApi((api) => deskImport(api, args.slice(1), options), true);
    // The options are checked before the library is opened: a mistyped command creates nothing.
    case 'tally':
      requireOption(options.report, '--report', 'desk tally');
      return library.withApi((api) => deskTally(api, options), false);
    case 'clusters':
      requireOption(options.report, '--report', 'desk clusters');
      return library.withApi((api) => deskClusters(api, options), false);
    case 'export':
      checkExportOptions(options);
      return library.withApi((api) => deskExport(api, options), false);
    case 'briefing':
      if (library.named && file) return library.withApi((api) => deskImport(api, args.slice(1), options), true);
      break;
    default:
      throw new UsageError(`desk takes import, briefing, tally, clusters or export${action ? ` (got ${action})` : ''}`);
  }
  if (!file) throw new UsageError('desk briefing needs a FILE');
  if (extra.length > 0) throw new UsageError(`desk briefing takes one FILE (got ${args.length - 1})`);
  if (extname(file).toLowerCase() !== '.txt') throw new DomainError('import-failed', `${file}: desk briefing reads a 简报 saved as .txt`);
  const { text } = decodeText(readImportFile(file), file);
  const parsed = parseBriefing(text, { reportText: options.against ? await reportReadingText(options.against) : undefined });
  print({ ...parsed, opinions: briefingOpinions(parsed) }, options.json, () => briefingText(parsed));
}
