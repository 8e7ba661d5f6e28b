/**
 * The "ignore formatting" toggle: a re-typed copy of a report that differs only in punctuation
 * width, quote style, whitespace or script (繁/简) shows no change at all, while a real edit in the
 * same copy is still found; without the toggle every such difference is marked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { readReportFile } from '../../../main/import/read-file';
import type { ParsedFile } from '../../../main/model/report';
import { changeList } from '../../../main/versions/change-list';
import { diffVersions } from '../../../main/versions/diff-versions';
import { officialSentence } from '../../../main/versions/official-wording';
import { readFixture } from '../fixtures';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '%': '％', '.': '．' };

/** The sample report as a clerk might have re-typed it: full-width punctuation, 「」 quotes, indented paragraphs. */
const retyped = (text: string) =>
  text
    .replace(/[,;:!?().%]/g, (ch) => FULL_WIDTH[ch]!)
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/“/g, '「')
    .replace(/”/g, '」')
    .replace(/^(?=\S)/gm, '\u3000\u3000');

let original: ParsedFile;

beforeAll(async () => {
  original = await readFixture('jinzhong-report-zh-hant.txt');
});

async function compare(newText: string, ignoreFormatting: boolean) {
  const revised = await readReportFile(Buffer.from(newText), 'copy.txt');
  const diff = diffVersions({ text: original.sourceText, documents: original.documents }, { text: newText, documents: revised.documents }, { ignoreFormatting });
  return { diff, changes: changeList(diff, original.sourceText) };
}

describe('ignoring formatting', () => {
  it('shows 0 changes between the half-width sample report and its full-width copy', async () => {
    const copy = retyped(original.sourceText);
    expect(copy).not.toBe(original.sourceText);
    const { diff, changes } = await compare(copy, true);
    expect(changes).toEqual([]);
    expect(diff.marked).toEqual({ deleted: 0, inserted: 0 });
    // Both texts still rebuild exactly from the ops.
    const ops = diff.paragraphs.flatMap((p) => p.ops);
    expect([...ops].sort((a, b) => a.oldStart - b.oldStart || a.oldEnd - b.oldEnd).map((op) => op.old).join('')).toBe(original.sourceText);
    expect(ops.map((op) => op.new).join('')).toBe(copy);
  });

  it('marks every width and quote difference when formatting counts', async () => {
    const { changes } = await compare(retyped(original.sourceText), false);
    expect(changes.length).toBeGreaterThan(500);
  });

  it('shows no change of script against a simplified copy (繁 → 简), only the one word OpenCC re-spells (計畫 → 计划)', async () => {
    const toSimplified = Converter({ from: 't', to: 'cn' });
    const simplified = toSimplified(original.sourceText);
    expect(simplified).not.toBe(original.sourceText);
    // OpenCC converts by phrase: the report's 計畫 becomes 计划, another character than 畫's
    // simplified form 画. The fold is by character, so that one word stays a change.
    const { changes } = await compare(simplified, true);
    expect(changes.map((change) => `${change.old}→${change.new}`)).toEqual(Array(original.sourceText.split('計畫').length - 1).fill('畫→划'));
  });

  it('still finds a real rewording inside the re-typed copy', async () => {
    const copy = retyped(original.sourceText).replace('請予審議', '請予審查');
    const sentences = (await compare(copy, true)).changes.map(officialSentence);
    expect(sentences).toEqual(['在第二段，将“議”改为“查”。']);
  });
});
