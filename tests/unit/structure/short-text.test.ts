/**
 * A very short but real text (a notice of a few lines) imports as a short document instead of
 * being refused as "no report text": its lines were all taken as title and title block before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../../main/import/read-file';
import { checkFile } from '../../../main/structure/self-check';
import { shenyi, shenyiJson } from '../cli/run-cli';
import { allParagraphs } from '../fixtures';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-short-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTICE = ['春节期间工作安排', '一月二十八日至二月四日放假', '请各单位做好值班安排'].join('\r\n');

describe('a very short text', () => {
  it('three GB18030 lines without a full stop: the title and two paragraphs, noted as short', async () => {
    const file = await readReportFile(iconv.encode(NOTICE, 'gb18030'), 'notice.txt');
    expect(file.encoding).toBe('gb18030');
    const [doc] = file.documents;
    expect(doc!.title).toBe('春节期间工作安排');
    expect(allParagraphs(doc!).map((p) => p.text)).toEqual(['一月二十八日至二月四日放假', '请各单位做好值班安排']);
    expect(checkFile(file).map((f) => f.code)).toEqual(['short-text']);
  });

  it('one line is one paragraph under the file name', async () => {
    const file = await readReportFile(iconv.encode('坚持稳中求进工作总基调', 'gb18030'), '要点.txt');
    expect(file.documents[0]!.title).toBe('要点');
    expect(allParagraphs(file.documents[0]!).map((p) => p.text)).toEqual(['坚持稳中求进工作总基调']);
  });

  it('shenyi import stores it as a report, and outline --json notes it is short', async () => {
    const path = join(dir, 'notice.txt');
    writeFileSync(path, iconv.encode(NOTICE, 'gb18030'));
    const dataDir = join(dir, 'data');
    const imported = await shenyi(['import', path, '--data-dir', dataDir]);
    expect(imported.stderr).not.toContain('no report text');
    expect(imported.code).toBe(0);
    const reports = await shenyiJson<{ title: string; paragraphCount: number }[]>(['reports', '--data-dir', dataDir]);
    expect(reports).toEqual([expect.objectContaining({ title: '春节期间工作安排', paragraphCount: 2 })]);
    const outline = await shenyiJson<{ findings: { code: string }[] }>(['outline', path]);
    expect(outline.findings.map((f) => f.code)).toEqual(['short-text']);
  });
});
