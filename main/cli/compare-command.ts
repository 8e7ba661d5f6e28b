/**
 * `shenyi compare OLD_FILE NEW_FILE`: two versions of a report side by side, without a store.
 * Each file is read as `shenyi outline` reads it (same reader, same structure); the diff runs
 * on the decoded texts, so every offset in the JSON is an offset into a file's decoded text.
 */
import { basename, extname } from 'node:path';
import { readReportFileIsolated } from '../import/read-file-isolated';
import { readImportFile } from '../import/read-input';
import type { ParsedFile } from '../model/report';
import { changeList, changeTotals, type Change } from '../versions/change-list';
import { diffVersions, type ParagraphDiff } from '../versions/diff-versions';
import { officialSentence, totalsSentence } from '../versions/official-wording';
import { revisionNoteBytes } from '../versions/revision-note-file';
import { writeFileAtomic } from './write-file-atomic';
import type { TextUnit } from '../versions/text-units';
import { print } from './print';
import { UsageError } from './usage';

export interface CompareOptions {
  json: boolean;
  'ignore-formatting': boolean;
  /** Where to write the 修改情况说明: .docx or .md. */
  output?: string;
}

/** The 修改情况说明 written to `path`, as Word or Markdown by its extension. */
async function writeRevisionNote(path: string, changes: Change[], reportTitle: string, appVersion: string): Promise<void> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.docx' && extension !== '.md') throw new UsageError(`compare -o writes the 修改情况说明 as .docx or .md (got ${basename(path)})`);
  writeFileAtomic(path, await revisionNoteBytes(changes, reportTitle, extension === '.docx' ? 'docx' : 'md', appVersion));
}

const fileSummary = (file: ParsedFile) => ({ file: file.fileName, format: file.format, encoding: file.encoding, contentHash: file.contentHash, length: file.sourceText.length });

const unitJson = (unit: TextUnit | null) =>
  unit && { start: unit.start, end: unit.end, path: unit.block?.path ?? null, kind: unit.block?.kind ?? 'other', part: unit.block?.part?.ordinal ?? null, ordinal: unit.block?.ordinal ?? null };

const paragraphJson = (paragraph: ParagraphDiff) => ({
  status: paragraph.status,
  alignment: paragraph.alignment,
  similarity: Number(paragraph.similarity.toFixed(3)),
  old: unitJson(paragraph.old),
  new: unitJson(paragraph.new),
  // Equal pieces are what lies between the changes; only the changes are listed.
  ops: paragraph.ops.filter((op) => op.kind !== 'equal'),
});

export async function compare(files: string[], options: CompareOptions, appVersion: string): Promise<void> {
  const [oldPath, newPath, ...extra] = files;
  if (!oldPath || !newPath) throw new UsageError('compare needs OLD_FILE and NEW_FILE');
  if (extra.length > 0) throw new UsageError(`compare takes two files (got ${files.length})`);
  const oldFile = await readReportFileIsolated(readImportFile(oldPath), oldPath);
  const newFile = await readReportFileIsolated(readImportFile(newPath), newPath);
  const diff = diffVersions(
    { text: oldFile.sourceText, documents: oldFile.documents },
    { text: newFile.sourceText, documents: newFile.documents },
    { ignoreFormatting: options['ignore-formatting'] },
  );
  const changes = changeList(diff, oldFile.sourceText);
  if (options.output) await writeRevisionNote(options.output, changes, oldFile.documents[0]?.title ?? '', appVersion);
  const result = {
    old: fileSummary(oldFile),
    new: fileSummary(newFile),
    ignoreFormatting: diff.ignoreFormatting,
    marked: diff.marked,
    totals: changeTotals(changes),
    paragraphs: diff.paragraphs.map(paragraphJson),
    changes: changes.map((change) => ({ ...change, sentence: officialSentence(change) })),
  };
  print(result, options.json, () => [totalsSentence(changes), ...changes.map((change, i) => `${i + 1}. ${officialSentence(change)}`)].join('\n'));
}
