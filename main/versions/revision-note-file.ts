/**
 * The 修改情况说明 of two stored versions as a file to save: Word in the layout of the other
 * exports, or Markdown. Named after the report and the newer draft, in the documents' language.
 */
import { buildRevisionNoteDocx } from './revision-note-docx';
import { safeFileNamePart } from '../model/export-file';
import type { Store } from '../store/store';
import { changeList, type Change } from './change-list';
import { revisionNoteMarkdown } from './official-wording';
import { diffStoredVersions, type VersionPair } from './stored-version-diff';

export type RevisionNoteFormat = 'docx' | 'md';

const MIME: Record<RevisionNoteFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
};

/** The 修改情况说明 of `changes` in `format`: what the compare view saves and `shenyi compare -o` writes. */
export async function revisionNoteBytes(changes: Change[], reportTitle: string, format: RevisionNoteFormat, appVersion: string): Promise<Uint8Array> {
  return format === 'docx' ? buildRevisionNoteDocx(changes, reportTitle, appVersion) : new TextEncoder().encode(revisionNoteMarkdown(changes, reportTitle));
}

export async function revisionNoteFile(
  store: Store,
  reportId: string,
  pair: VersionPair,
  format: RevisionNoteFormat,
  appVersion: string,
): Promise<{ fileName: string; mime: string; bytes: Uint8Array; changeCount: number }> {
  const { diff, oldText, older, newer } = diffStoredVersions(store, reportId, pair, false);
  const changes = changeList(diff, oldText);
  const title = older.title;
  const bytes = await revisionNoteBytes(changes, title, format, appVersion);
  const fileName = `${[safeFileNamePart(title), '修改情况说明', safeFileNamePart(newer.version.label)].filter(Boolean).join('-')}.${format}`;
  return { fileName, mime: MIME[format], bytes, changeCount: changes.length };
}
