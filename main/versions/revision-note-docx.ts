/**
 * The 修改情况说明 as a Word document, laid out like Shenyi's other exports (docx-style.ts: A4,
 * GB/T 9704 margins, 宋体 title, 仿宋 body in 三号, numbered footer): the title, the totals
 * sentence, then each change in the official wording as its own first-line-indented paragraph.
 */
import type { Change } from './change-list';
import { officialSentence, revisionNoteTitle, totalsSentence } from './official-wording';
import { documentLook, SIZE, TITLE_STYLE } from '../export/docx-style';
import { packWordDocument } from '../export/office/word-package';
import { paragraph, textRun } from '../export/office/wordml';

/** Two characters of 三号 (16 pt) in twentieths of a point: the indent of a Chinese paragraph. */
const FIRST_LINE_INDENT = 640;

function* noteBody(changes: Change[], reportTitle: string): Iterable<string> {
  yield paragraph(textRun(revisionNoteTitle(reportTitle)), { style: TITLE_STYLE });
  yield paragraph(textRun(totalsSentence(changes)), { indent: { firstLine: FIRST_LINE_INDENT }, alignment: 'both' });
  for (const [index, change] of changes.entries()) {
    yield paragraph(textRun(`${index + 1}. ${officialSentence(change).replace(/\r?\n/g, ' ')}`), { indent: { firstLine: FIRST_LINE_INDENT }, alignment: 'both' });
  }
}

export function buildRevisionNoteDocx(changes: Change[], reportTitle: string, appVersion: string): Promise<Uint8Array> {
  return packWordDocument(
    { title: revisionNoteTitle(reportTitle), creator: 'Shenyi', description: `Shenyi ${appVersion}` },
    documentLook(SIZE.sanhao),
    { body: noteBody(changes, reportTitle), comments: null },
  );
}
