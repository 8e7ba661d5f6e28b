import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldText } from '../../../main/anchoring/fold';
import type { TextAnchor, TextResolution } from '../../../main/anchoring/reanchor-text';
import { readFixture } from '../fixtures';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Anchors on the Nth occurrence of each quote in the old file's decoded text, with 32 characters of context. */
async function anchorsFile(oldFixture: string, quotes: [id: string, exact: string, occurrence?: number][]): Promise<{ path: string; anchors: TextAnchor[] }> {
  const text = (await readFixture(oldFixture)).sourceText;
  const anchors = quotes.map(([id, exact, occurrence = 1]) => {
    let start = -1;
    for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
    if (start < 0) throw new Error(`${exact} is not in ${oldFixture}`);
    const end = start + exact.length;
    return { id, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
  });
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-reanchor-'));
  dirs.push(dir);
  const path = join(dir, 'anchors.json');
  writeFileSync(path, JSON.stringify(anchors));
  return { path, anchors };
}

const reanchor = (from: string, to: string, anchors: string) => shenyiJson<TextResolution[]>(['reanchor', '--from', FIXTURE(from), '--to', FIXTURE(to), '--anchors', anchors]);

describe('shenyi reanchor', () => {
  it('wikisource → gov.cn text of the 2018 report: kept passages move to the right words, the licence note is orphaned', async () => {
    const { path, anchors } = await anchorsFile('national-2018-wikisource-zh-hans.txt', [
      ['opening', '现在，我代表国务院，向大会报告过去五年政府工作'],
      ['agriculture', '深化农业供给侧结构性改革，新型经营主体大批涌现'],
      ['third-address', '各位代表！', 3],
      ['reform-5', '改革', 5],
      ['closing', '实现中华民族伟大复兴的中国梦作出新的贡献！'],
      ['licence', '注：中文维基文库社群认为，中华人民共和国公务演讲'],
    ]);
    const newText = (await readFixture('national-2018-govcn-zh-hans.txt')).sourceText;
    const results = await reanchor('national-2018-wikisource-zh-hans.txt', 'national-2018-govcn-zh-hans.txt', path);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['opening', 'moved'],
      ['agriculture', 'moved'],
      ['third-address', 'moved'],
      ['reform-5', 'moved'],
      ['closing', 'moved'],
      ['licence', 'orphan'],
    ]);
    for (const [i, result] of results.entries()) {
      if (result.status !== 'exact' && result.status !== 'moved') continue;
      expect(newText.slice(result.start!, result.end!), result.id).toBe(anchors[i]!.exact);
      expect(result.matched).toBe(anchors[i]!.exact);
      expect(result.score).toBe(1);
    }
    // The third 各位代表！ of the old text is the third of the new one, not just any of the eight.
    const addresses: number[] = [];
    for (let at = newText.indexOf('各位代表！'); at !== -1; at = newText.indexOf('各位代表！', at + 1)) addresses.push(at);
    expect(results[2]!.start).toBe(addresses[2]);
    expect(results[5]).toEqual({ id: 'licence', status: 'orphan', start: null, end: null, matched: null, score: 0 });
  });

  it('the same report in another encoding (UTF-8 → GB18030): every anchor is exact, at the same offsets', async () => {
    const { path, anchors } = await anchorsFile('national-2024-wikisource-zh-hans.txt', [
      ['a', '新质生产力'],
      ['b', '人工智能+'],
    ]);
    const results = await reanchor('national-2024-wikisource-zh-hans.txt', 'national-2024-wikisource-zh-hans-gb18030.txt', path);
    expect(results).toEqual(anchors.map((a) => ({ id: a.id, status: 'exact', start: a.start, end: a.end, matched: a.exact, score: 1 })));
  });

  it('a file holding the report six times: the anchor is ambiguous and every copy is a candidate (Traditional → Simplified)', async () => {
    const { path, anchors } = await anchorsFile('national-1954-wikisource-zh-hant.txt', [['constitution', '已經光榮地完成了一件歷史性的工作']]);
    const newText = (await readFixture('national-1954-govcn-zh-hans.txt')).sourceText;
    const [result] = await reanchor('national-1954-wikisource-zh-hant.txt', 'national-1954-govcn-zh-hans.txt', path);
    expect(result).toMatchObject({ id: 'constitution', status: 'ambiguous', start: null, end: null, matched: null });
    expect(result!.candidates).toHaveLength(6);
    for (const candidate of result!.candidates!) expect(foldText(newText.slice(candidate.start, candidate.end))).toBe(foldText(anchors[0]!.exact));
  });

  it('a broken anchors file or a missing input is one line on stderr and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-reanchor-'));
    dirs.push(dir);
    const write = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const old = 'national-2018-wikisource-zh-hans.txt';
    const run = (anchors: string, from = FIXTURE(old)) => shenyi(['reanchor', '--from', from, '--to', FIXTURE('national-2018-govcn-zh-hans.txt'), '--anchors', anchors, '--json']);
    const anchor = { id: 'a', exact: '改革', prefix: '', suffix: '', start: 10, end: 12 };
    const cases: [string, RegExp, string?][] = [
      [write('not-json.json', '{'), /not-json\.json: not valid JSON/],
      [write('not-list.json', '{"id":"a"}'), /not-list\.json: .*expected array/i],
      [write('extra.json', JSON.stringify([{ ...anchor, note: 'x' }])), /extra\.json: .*note/],
      [write('backwards.json', JSON.stringify([{ ...anchor, start: 12, end: 10 }])), /backwards\.json: end must be after start at 0/],
      [write('past-end.json', JSON.stringify([{ ...anchor, start: 999_999, end: 1_000_000 }])), /anchor a ends at 1000000, past the end of the old text/],
      [write('twice.json', JSON.stringify([anchor, anchor])), /the id a is given twice/],
      [join(dir, 'absent.json'), /absent\.json: no such file/],
      [write('fine.json', JSON.stringify([anchor])), /nowhere\.txt: no such file/, join(dir, 'nowhere.txt')],
    ];
    const results = await Promise.all(cases.map(([anchors, , from]) => run(anchors, from)));
    for (const [i, [, message]] of cases.entries()) {
      expect(results[i]!.code).toBe(1);
      expect(results[i]!.stdout).toBe('');
      expect(results[i]!.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(results[i]!.stderr).toMatch(message);
    }
    const usage = await shenyi(['reanchor', '--from', FIXTURE(old)]);
    expect(usage).toMatchObject({ code: 2, stderr: 'shenyi: reanchor needs --to (shenyi --help shows the usage)\n' });
  });
});
