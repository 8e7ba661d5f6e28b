/**
 * The 修改情况说明 for a revision of the 2024 government work report written by hand, sentence by
 * sentence as a clerk would write it, and its Markdown; the Chinese numerals of 第N部分/第N段.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../../main/import/read-file';
import type { ParsedFile } from '../../../main/model/report';
import { changeList, changeTotals, type Change } from '../../../main/versions/change-list';
import { diffVersions } from '../../../main/versions/diff-versions';
import { chineseNumeral, officialSentence, revisionNoteMarkdown, totalsSentence } from '../../../main/versions/official-wording';
import { readFixture } from '../fixtures';

let old: ParsedFile;
let changes: Change[];

/** Replaces the one occurrence of `from`; a fixture that changed under the test fails loudly. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, from).toBe(1);
  return text.replace(from, to);
}

const paragraphText = (file: ParsedFile, path: string) => {
  const found: string[] = [];
  const visit = (section: ParsedFile['documents'][number]['root']) => {
    for (const p of section.paragraphs) if (p.path === path) found.push(p.text);
    section.children.forEach(visit);
  };
  visit(file.documents[0]!.root);
  return found[0]!;
};

beforeAll(async () => {
  old = await readFixture('national-2024-wikisource-zh-hans.txt');
  let text = old.sourceText;
  text = once(text, '国内生产总值超过126万亿元', '国内生产总值达到126万亿元');
  // A clause of the 2026 Zhejiang report.
  text = once(text, '战略性新兴产业蓬勃发展，', '战略性新兴产业蓬勃发展，着力打造新兴支柱产业，');
  text = once(text, '科技创新能力在持续提升，', '');
  const fourth = paragraphText(old, '一/p4');
  text = once(text, `${fourth}\n`, '');
  const third = paragraphText(old, '二/p3');
  const sixth = paragraphText(old, '二/p6');
  text = once(text, `${third}\n`, '');
  text = once(text, `${sixth}\n`, `${sixth}\n${third}\n`);
  const revised = await readReportFile(Buffer.from(text), '政府工作报告（修改稿）.txt');
  changes = changeList(diffVersions({ text: old.sourceText, documents: old.documents }, { text, documents: revised.documents }), old.sourceText);
});

describe('the 修改情况说明 of a hand-made revision', () => {
  it('says each change as the official note does, located by part, part title and paragraph', () => {
    const fourth = paragraphText(old, '一/p4');
    expect(changes.map(officialSentence)).toEqual([
      '在第一部分“2023年工作回顾”第二段，将“超过”改为“达到”。',
      '在第一部分“2023年工作回顾”第三段“战略性新兴产业蓬勃发展，”后，增加“着力打造新兴支柱产业，”。',
      `删去第一部分“2023年工作回顾”第四段：“${fourth}”。`,
      '在第二部分“2024年经济社会发展总体要求和政策取向”第二段，删去“科技创新能力在持续提升，”。',
      '将第二部分“2024年经济社会发展总体要求和政策取向”第三段“今年发展主要预期目标是：国内生产总值增长……”移至第二部分“2024年经济社会发展总体要求和政策取向”第六段之后。',
    ]);
  });

  it('counts them: 共修改5处（补充1处、修改2处、删除2处）', () => {
    expect(changeTotals(changes)).toEqual({ total: 5, inserted: 1, modified: 2, deleted: 2 });
    expect(totalsSentence(changes)).toBe('共修改5处（补充1处、修改2处、删除2处）。');
  });

  it('writes the note as Markdown: title, count, numbered changes', () => {
    const markdown = revisionNoteMarkdown(changes, '政府工作报告');
    const lines = markdown.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# 关于《政府工作报告》修改情况的说明', '', '共修改5处（补充1处、修改2处、删除2处）。']);
    expect(lines[4]).toBe('1. 在第一部分“2023年工作回顾”第二段，将“超过”改为“达到”。');
    expect(lines.filter((line) => /^\d+\. /.test(line))).toHaveLength(5);
  });

  it('escapes what Markdown would read as markup inside a quoted clause', () => {
    const change: Change = { kind: 'insert', scope: 'text', old: '', new: '*重点*项目，', oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 0, location: { in: 'paragraph', part: null, ordinal: 1 }, after: '' };
    expect(revisionNoteMarkdown([change], '')).toContain('1. 在第一段开头，增加“\\*重点\\*项目，”。');
  });
});

describe('Chinese numerals for 第N部分 and 第N段', () => {
  it('writes them as the official text does', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 58, 99, 100, 105, 110, 119, 230].map(chineseNumeral)).toEqual([
      '一', '九', '十', '十一', '十九', '二十', '二十一', '五十八', '九十九', '一百', '一百零五', '一百一十', '一百一十九', '二百三十',
    ]);
  });
});
