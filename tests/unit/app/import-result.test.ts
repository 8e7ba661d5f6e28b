/**
 * What an import says about the file: how often the body occurs in it and which copy was kept
 * (import result, CLI, library), the outline self-check of every imported document, and the
 * encoding as detected with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../main/api/contract';
import type { ImportedReport, ReportSummary } from '../../../main/model/report';
import { dispatch } from '../../../main/api/dispatch';
import { openApp } from '../../../main/app/open-app';
import { FIXTURE, shenyi, shenyiJson } from '../cli/run-cli';
import { fixtureBytes } from '../fixtures';

const dir = mkdtempSync(join(tmpdir(), 'shenyi-import-result-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GOVCN_1998 = FIXTURE('national-1998-govcn-zh-hans-gbk.txt');

describe('copies of the body in the file are communicated', () => {
  it('shenyi import: the one report kept says it is copy 1 of 6, the five left out are named', async () => {
    const dataDir = join(dir, 'originals');
    const result = await shenyi(['import', GOVCN_1998, '--data-dir', dataDir, '--json']);
    expect(result.code).toBe(0);
    const [report, ...more] = JSON.parse(result.stdout) as ImportedReport[];
    expect(more).toEqual([]);
    expect(report).toMatchObject({ document: 0, copies: { count: 6, original: 0 }, copiesLeftOut: [1, 2, 3, 4, 5] });
    expect(report!.findings).toEqual([expect.objectContaining({ code: 'copies', detail: expect.stringContaining('6 times') })]);
    expect(result.stderr).toContain('national-1998-govcn-zh-hans-gbk.txt: the body appears 6 times in the file: document #1 was imported as the report; #2, #3, #4, #5, #6 left out as copies');
    const [listed] = await shenyiJson<ReportSummary[]>(['reports', '--data-dir', dataDir]);
    expect(listed!.copies).toEqual({ count: 6, copyOf: null });
  });

  it('--documents all: six reports, five of them marked as copies of the first, in the result and the library', async () => {
    const dataDir = join(dir, 'all');
    const result = await shenyi(['import', GOVCN_1998, '--documents', 'all', '--data-dir', dataDir, '--json']);
    const reports = JSON.parse(result.stdout) as ImportedReport[];
    expect(reports.map((r) => [r.document, r.copies.original, r.copiesLeftOut.length])).toEqual([0, 1, 2, 3, 4, 5].map((d) => [d, 0, 0]));
    expect(reports[3]!.findings.find((f) => f.code === 'copies')!.detail).toContain('this is copy 4, a repeat of copy 1, the one kept');
    expect(result.stderr).toContain('document #1 was imported as the report; #2, #3, #4, #5, #6 too, each marked as a copy of #1');
    const listed = await shenyiJson<ReportSummary[]>(['reports', '--data-dir', dataDir]);
    expect(listed.map((r) => r.copies).sort((a, b) => (a!.copyOf ?? -1) - (b!.copyOf ?? -1))).toEqual([
      { count: 6, copyOf: null },
      ...Array(5).fill({ count: 6, copyOf: 0 }),
    ]);
  });

  it('a report without copies says nothing about copies', async () => {
    const [report] = await shenyiJson<ImportedReport[]>(['import', FIXTURE('hubei-2026-zh-hans.txt'), '--data-dir', join(dir, 'plain')]);
    expect(report).toMatchObject({ copies: { count: 1, original: 0 }, copiesLeftOut: [], findings: [] });
    const [listed] = await shenyiJson<ReportSummary[]>(['reports', '--data-dir', join(dir, 'plain')]);
    expect(listed!.copies).toBeNull();
  });
});

describe('the import result carries the self-check and the encoding', () => {
  it('the API import.file result holds each report\'s findings and why the encoding was chosen', async () => {
    const app = await openApp({ dataDir: join(dir, 'api'), shell: 'browser', version: 'test', seedSample: false });
    try {
      const dataBase64 = fixtureBytes('national-1998-govcn-zh-hans-gbk.txt').toString('base64');
      const result = await dispatch(app.handlers, 'import.file', { fileName: '1998.txt', dataBase64, select: [0] });
      const outcome = (result as { ok: true; value: ImportOutcome }).value;
      expect(outcome.status).toBe('imported');
      const [report] = (outcome as Extract<ImportOutcome, { status: 'imported' }>).reports;
      expect(report!.findings.map((f) => f.code)).toEqual(['copies']);
      expect(report!.copiesLeftOut).toEqual([1, 2, 3, 4, 5]);
      // Named by the decoder's label, but said exactly: nothing in it needs more than GBK.
      expect(report!.encoding).toBe('gb18030');
      expect(report!.encodingNote).toMatch(/^GBK, within its GB2312 range \(read with the GB18030 decoder/);
    } finally {
      app.close();
    }
  });

  it('a short text imported through the CLI carries its short-text finding; the note goes to stderr', async () => {
    const result = await shenyi(['import', FIXTURE('npc-resolution-2024-wikisource-zh-hans.txt'), '--data-dir', join(dir, 'short')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^r_[0-9a-f]+\n$/);
    expect(result.stderr).toMatch(/\(short-text\): \d+ characters of body text/);
  });

  it('outline --json names GB18030 when four-byte sequences need it', async () => {
    const json = await shenyiJson<{ encoding: string; encodingNote: string }>(['outline', FIXTURE('national-2024-wikisource-zh-hans-gb18030.txt')]);
    expect(json).toMatchObject({ encoding: 'gb18030', encodingNote: 'GB18030: 1 four-byte sequence that GBK does not have' });
  });
});
