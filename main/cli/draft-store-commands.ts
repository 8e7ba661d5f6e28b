/**
 * `shenyi draft new|list|export` on a library: a Markdown draft (the `draft lint` format) taken
 * in as a draft on a report, the drafts listed with their outcome and citations, and a draft
 * written out as the form's .docx, PDF or platform text — all through the API's dispatch.
 */
import { decodeText } from '../import/decode';
import { readImportFile } from '../import/read-input';
import { DRAFT_EXPORT_FORMATS, type DraftExportFormat } from '../api/contract';
import { DRAFT_FORMS, DRAFT_LEVELS, type DraftForm, type DraftLevel } from '../model/drafting';
import { partFromParagraphs } from '../proposals/draft-content';
import { parseDraftMarkdown } from '../proposals/draft-markdown';
import { cell, print } from './print';
import type { StoreCall } from './store-api';
import { requireOption, UsageError } from './usage';
import { writeFileAtomic } from './write-file-atomic';

export interface DraftStoreOptions {
  report?: string;
  form?: string;
  level?: string;
  format?: string;
  output?: string;
  json: boolean;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} takes ${allowed.join('|')} (got ${value})`);
  return value as T;
}

export async function draftNew(api: StoreCall, file: string | undefined, options: DraftStoreOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'draft new');
  const form = oneOf<DraftForm>(options.form, DRAFT_FORMS, '--form', 'proposal');
  const level = oneOf<DraftLevel>(options.level, DRAFT_LEVELS, '--level', 'national');
  const created = await api('drafts.create', { reportId, form, level });
  let detail = created;
  if (file) {
    const plain = parseDraftMarkdown(decodeText(readImportFile(file), file).text, created.profile, level);
    const parts = Object.fromEntries(Object.entries(plain.parts).map(([name, text]) => [name, partFromParagraphs(text.split('\n'))]));
    detail = await api('drafts.save', { id: created.draft.id, baseRevision: created.draft.revision, content: { title: plain.title, parts, signers: plain.signers, category: plain.category } });
  }
  const open = detail.lint.warnings.filter((w) => !w.dismissed);
  print({ id: detail.draft.id, title: detail.draft.title, characters: detail.characters, lint: detail.lint }, options.json, () =>
    [`${detail.draft.id}\t${detail.draft.title || '（无标题）'}\t${detail.characters}字`, ...open.map((w) => `${w.severity}\t${w.ruleId}\t${w.message}`)].join('\n'),
  );
}

export async function draftList(api: StoreCall, options: DraftStoreOptions): Promise<void> {
  const drafts = await api('drafts.list', options.report ? { reportId: options.report } : {});
  print(drafts, options.json, () =>
    drafts
      .map((d) => [d.id, d.form, d.level, cell(d.title || '（无标题）'), `${d.citationCount}处案据`, d.outcome ? `${d.outcome.status}${d.outcome.replyCode ? `/${d.outcome.replyCode}` : ''}` : '', d.staleSignatures > 0 ? `${d.staleSignatures}份联名需重新确认` : ''].join('\t'))
      .join('\n'),
  );
}

export async function draftExport(api: StoreCall, id: string | undefined, options: DraftStoreOptions): Promise<void> {
  if (!id) throw new UsageError('draft export needs a draft ID');
  const format = oneOf<DraftExportFormat>(requireOption(options.format, '--format', 'draft export'), DRAFT_EXPORT_FORMATS, '--format', 'docx');
  const output = requireOption(options.output, '-o', 'draft export');
  const file = await api('drafts.export', { id, format });
  writeFileAtomic(output, Buffer.from(file.dataBase64, 'base64'));
  for (const warning of file.warnings) process.stderr.write(`${warning}\n`);
  print({ file: output, warnings: file.warnings }, options.json, () => output);
}
