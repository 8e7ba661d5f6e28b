/**
 * The `shenyi` command end to end: its JSON outline, importing into a data folder, and failing
 * cleanly (one line on stderr, non-zero exit, nothing stored) on files it cannot read.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../main/model/report';
import { shenyi, shenyiJson } from '../support/cli';
import { FIXTURES } from '../support/paths';
import { removeTempDirs, tempDir } from '../support/temp-dirs';

const JINZHONG = `${FIXTURES}jinzhong-report-zh-hant.txt`;

interface OutlineSection {
  paragraphs: { id: string; number: number; path: string }[];
  children: OutlineSection[];
}
interface Outline {
  documents: { title: string; paragraphCount: number; sections: OutlineSection }[];
}

/** Paragraphs in reading order: a section's own, then its subsections'. */
const paragraphsOf = (section: OutlineSection): OutlineSection['paragraphs'] => [
  ...section.paragraphs,
  ...section.children.flatMap(paragraphsOf),
];

const reports = (dataDir: string) => shenyiJson<ReportSummary[]>('reports', '--data-dir', dataDir);

afterAll(() => removeTempDirs());

describe('shenyi CLI', () => {
  it('prints the outline of a report as JSON', () => {
    const outline = shenyiJson<Outline>('outline', JINZHONG);
    expect(outline.documents).toHaveLength(1);
    const [document] = outline.documents;
    expect(document!.title).toBe('晉中市政府工作報告');
    const paragraphs = paragraphsOf(document!.sections);
    expect(paragraphs[0]).toMatchObject({ number: 1, path: 'p1' });
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(paragraphs.map((_, index) => index + 1));
    expect(paragraphs).toHaveLength(document!.paragraphCount);
  });

  it('imports a file into a data folder, which then lists it', () => {
    const dataDir = tempDir();
    const imported = shenyiJson<{ reportId: string; title: string; alreadyPresent: boolean }[]>('import', JINZHONG, '--data-dir', dataDir);
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ title: '晉中市政府工作報告', alreadyPresent: false });

    const listed = reports(dataDir);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: imported[0]!.reportId, title: '晉中市政府工作報告', sourceFileName: 'jinzhong-report-zh-hant.txt' });
    expect(listed[0]!.paragraphCount).toBeGreaterThan(40);
  });

  it('keeps one report when the same file is imported twice', () => {
    const dataDir = tempDir();
    const first = shenyiJson<{ reportId: string }[]>('import', JINZHONG, '--data-dir', dataDir);
    const second = shenyiJson<{ reportId: string; alreadyPresent: boolean }[]>('import', JINZHONG, '--data-dir', dataDir);
    expect(second).toEqual([expect.objectContaining({ reportId: first[0]!.reportId, alreadyPresent: true })]);
    expect(reports(dataDir)).toHaveLength(1);
  });

  describe('refuses a file it cannot read, and stores nothing', () => {
    const dir = tempDir('shenyi-cli-files-');
    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, randomBytes(4096));
    const cases = [
      ['a missing file', join(dir, 'missing-report.txt'), 'missing-report.txt'],
      ['a binary file', binary, 'scan.txt'],
    ] as const;

    for (const [what, file, name] of cases) {
      it(`${what}: ${name}`, () => {
        const dataDir = tempDir();
        shenyiJson('import', JINZHONG, '--data-dir', dataDir);
        const before = reports(dataDir);

        for (const args of [
          ['outline', file],
          ['import', file, '--data-dir', dataDir],
        ]) {
          const run = shenyi(...args);
          expect(run.status, `shenyi ${args[0]} exit status`).not.toBe(0);
          expect(run.stdout).toBe('');
          const lines = run.stderr.trimEnd().split('\n');
          expect(lines, `stderr of shenyi ${args[0]}`).toHaveLength(1);
          expect(lines[0]).toContain(name);
          expect(run.stderr).not.toMatch(/^\s+at /m);
        }
        expect(reports(dataDir)).toEqual(before);
      });
    }
  });
});
