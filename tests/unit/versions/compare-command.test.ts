/**
 * `shenyi compare` end to end: the real command on a real report and a revised copy, read by the
 * same reader as `shenyi outline` (a GB18030 copy of the same text compares equal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE, shenyi, shenyiJson } from '../cli/run-cli';
import { paragraphTexts, unzip, wordTokens } from '../export/ooxml';

const root = mkdtempSync(join(tmpdir(), 'shenyi-compare-'));
const oldPath = FIXTURE('national-2024-wikisource-zh-hans.txt');
const newPath = join(root, '政府工作报告（修改稿）.txt');
const oldText = readFileSync(oldPath, 'utf8');

beforeAll(() => {
  const revised = oldText.replace('国内生产总值超过126万亿元', '国内生产总值达到126万亿元').replace('科技创新能力在持续提升，', '');
  writeFileSync(newPath, revised);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface CompareJson {
  totals: { total: number; inserted: number; modified: number; deleted: number };
  marked: { deleted: number; inserted: number };
  paragraphs: { status: string; old: { start: number; end: number; path: string | null } | null; ops: { kind: string; oldStart: number; oldEnd: number; old: string }[] }[];
  changes: { kind: string; old: string; new: string; oldStart: number; oldEnd: number; sentence: string }[];
}

describe('shenyi compare', () => {
  it('prints the change list in official wording', async () => {
    const run = await shenyi(['compare', oldPath, newPath]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      '共修改2处（补充0处、修改1处、删除1处）。',
      '1. 在第一部分“2023年工作回顾”第二段，将“超过”改为“达到”。',
      '2. 在第二部分“2024年经济社会发展总体要求和政策取向”第二段，删去“科技创新能力在持续提升，”。',
    ]);
  });

  it('gives aligned paragraphs and changes with offsets into the old text as JSON', async () => {
    const result = await shenyiJson<CompareJson>(['compare', oldPath, newPath]);
    expect(result.totals).toEqual({ total: 2, inserted: 0, modified: 1, deleted: 1 });
    expect(result.marked).toEqual({ deleted: 14, inserted: 2 });
    for (const change of result.changes) expect(oldText.slice(change.oldStart, change.oldEnd)).toBe(change.old);
    const changed = result.paragraphs.filter((p) => p.status !== 'same');
    expect(changed.map((p) => [p.status, p.old?.path])).toEqual([
      ['changed', '一/p2'],
      ['changed', '二/p2'],
    ]);
    for (const op of changed.flatMap((p) => p.ops)) expect(oldText.slice(op.oldStart, op.oldEnd)).toBe(op.old);
  });

  it('reads each file as the importer does: the GB18030 copy of the report is the same text', async () => {
    const run = await shenyi(['compare', FIXTURE('national-2024-wikisource-zh-hans-gb18030.txt'), oldPath]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('共修改0处（补充0处、修改0处、删除0处）。');
  });

  it('names the missing file, and asks for two files', async () => {
    const missing = await shenyi(['compare', oldPath, join(root, 'nowhere.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.txt: no such file');
    const one = await shenyi(['compare', oldPath]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare needs OLD_FILE and NEW_FILE');
  });

  it('writes the 修改情况说明 as a Word document and as Markdown', async () => {
    const docxPath = join(root, '修改情况说明.docx');
    const run = await shenyi(['compare', oldPath, newPath, '-o', docxPath]);
    expect(run.code, run.stderr).toBe(0);
    const parts = await unzip(readFileSync(docxPath));
    const paragraphs = paragraphTexts(wordTokens(parts.get('word/document.xml')!.toString('utf8')));
    expect(paragraphs.map((p) => p.text)).toEqual([
      '关于《政府工作报告》修改情况的说明',
      '共修改2处（补充0处、修改1处、删除1处）。',
      '1. 在第一部分“2023年工作回顾”第二段，将“超过”改为“达到”。',
      '2. 在第二部分“2024年经济社会发展总体要求和政策取向”第二段，删去“科技创新能力在持续提升，”。',
    ]);
    expect(paragraphs[0]!.style).toBe('Title');
    // The layout of the other exports: 仿宋 body, 宋体 title, A4 with the footer's page number.
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(parts.get('word/document.xml')!.toString('utf8')).toContain('w:w="11906"');

    const mdPath = join(root, '修改情况说明.md');
    expect((await shenyi(['compare', oldPath, newPath, '-o', mdPath])).code).toBe(0);
    expect(readFileSync(mdPath, 'utf8')).toContain('# 关于《政府工作报告》修改情况的说明\n\n共修改2处');

    const wrong = await shenyi(['compare', oldPath, newPath, '-o', join(root, 'note.pdf')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('compare -o writes the 修改情况说明 as .docx or .md (got note.pdf)');
  });
});
