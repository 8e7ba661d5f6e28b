import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../main/store/sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { OpinionView } from '../../../main/model/opinion';
import { DATABASE_FILE } from '../../../main/store/store';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-note-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data folder holding the 2018 report (gov.cn text), and its report id. */
async function libraryWithReport(): Promise<{ dataDir: string; reportId: string }> {
  const dataDir = tempDir();
  const [imported] = await shenyiJson<{ reportId: string }[]>(['import', FIXTURE('national-2018-govcn-zh-hans.txt'), '--data-dir', dataDir]);
  return { dataDir, reportId: imported!.reportId };
}

/** Every row of the tables a note command may write: equal snapshots mean an untouched store. */
function snapshot(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return Object.fromEntries(['opinions', 'opinion_search_text', 'profile', 'stances'].map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]));
  } finally {
    db.close();
  }
}

type Added = { opinion: OpinionView; authorSource: string };
const QUOTE = '深化农业供给侧结构性改革';

describe('shenyi note add / note list', () => {
  let dataDir = '';
  let reportId = '';
  beforeAll(async () => {
    ({ dataDir, reportId } = await libraryWithReport());
  });

  const add = (...args: string[]) => shenyi(['note', 'add', '--data-dir', dataDir, '--report', reportId, ...args]);

  it('refuses, on one stderr line and leaving the store as it was: a missing option, an unknown stance, a quote not there or there many times', async () => {
    const before = snapshot(dataDir);
    const cases: [string[], number, RegExp][] = [
      [['--quote', QUOTE, '--stance', '赞同'], 2, /^shenyi: note add needs --body/],
      [['--quote', QUOTE, '--stance', '没有这个', '--body', 'x', '--author', '甲'], 1, /^shenyi: There is no stance named 没有这个 \(stances: 赞同, 质疑, 建议修改, 反对, 数据核实\)$/],
      [['--quote', '这句话不在报告里', '--stance', '赞同', '--body', 'x', '--author', '甲'], 1, /is not in the latest version of report/],
      [['--quote', '改革', '--stance', '赞同', '--body', 'x', '--author', '甲'], 1, /"改革" occurs 102 times .*--occurrence 1\.\.102$/],
      [['--quote', '改革', '--occurrence', '103', '--stance', '赞同', '--body', 'x', '--author', '甲'], 1, /occurs only 102 times/],
      [['--quote', '改革', '--occurrence', '0', '--stance', '赞同', '--body', 'x'], 2, /--occurrence takes a whole number/],
      [['--quote', QUOTE, '--stance', '赞同', '--body', 'x', '--suggest', '新'], 2, /--suggest and --reason go together/],
    ];
    // They only read, so they may run side by side.
    const results = await Promise.all(cases.map(([args]) => add(...args)));
    for (const [i, [args, code, message]] of cases.entries()) {
      const result = results[i]!;
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
    }
    const missing = await shenyi(['note', 'add', '--data-dir', dataDir, '--report', 'r_missing', '--quote', QUOTE, '--stance', '赞同', '--body', 'x']);
    expect(missing).toMatchObject({ code: 1, stderr: 'shenyi: Report r_missing is not in the library\n' });
    expect(snapshot(dataDir)).toEqual(before);
    expect(before.profile).toEqual([]);
  });

  it('adds notes: the first makes a profile from --author, later ones use the profile; quotes in either script, Nth occurrence, suggestions', async () => {
    const first = await shenyiJson<Added>(['note', 'add', '--data-dir', dataDir, '--report', reportId, '--quote', QUOTE, '--stance', '赞同', '--body', '完全赞同\n第二行', '--author', '李四']);
    expect(first.authorSource).toBe('--author');
    expect(first.opinion).toMatchObject({
      kind: 'passage-comment',
      stanceId: 'agree',
      bodyText: '完全赞同\n第二行',
      author: { name: '李四', delegation: '', role: 'npc-delegate' },
      anchor: { quote: { exact: QUOTE } },
      resolution: { status: 'exact', matched: QUOTE },
    });

    const plain = await add('--quote', '改革', '--occurrence', '3', '--stance', '質疑', '--body', '第三处', '--author', '别人');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^added o_[0-9a-f-]+ \(passage-comment, 质疑\) at \S+: 改革\nauthor: 李四 \(the profile\)\n$/);

    // A Traditional quote finds the Simplified text; the anchor holds the report's own words.
    const traditional = await shenyiJson<Added>(['note', 'add', '--data-dir', dataDir, '--report', reportId, '--quote', '深化農業供給側', '--stance', '反对', '--body', '繁体']);
    expect(traditional.authorSource).toBe('profile');
    expect(traditional.opinion.anchor!.quote.exact).toBe('深化农业供给侧');

    const suggestion = await shenyiJson<Added>(['note', 'add', '--data-dir', dataDir, '--report', reportId, '--quote', '改革', '--occurrence', '4', '--stance', '建议修改', '--body', '改一下', '--suggest', '变革', '--reason', '更准确']);
    expect(suggestion.opinion).toMatchObject({ kind: 'passage-suggestion', suggestion: { original: '改革', proposed: '变革', reason: '更准确' } });

    const list = await shenyiJson<OpinionView[]>(['note', 'list', '--data-dir', dataDir, '--report', reportId]);
    expect(list).toHaveLength(4);
    expect(list.map((o) => o.resolution!.status)).toEqual(['exact', 'exact', 'exact', 'exact']);
    // Every field is there, as the API returns it.
    expect(Object.keys(list[0]!).sort()).toEqual(
      ['anchor', 'author', 'body', 'bodyText', 'createdAt', 'deletedAt', 'id', 'kind', 'reportId', 'resolution', 'sectionId', 'stanceId', 'suggestion', 'tags', 'updatedAt', 'versionId'].sort(),
    );
    // The 3rd and 4th places 改革 occurs, in reading order.
    const third = list.find((o) => o.bodyText === '第三处')!;
    const fourth = list.find((o) => o.bodyText === '改一下')!;
    expect(third.anchor!.reading.start).toBeLessThan(fourth.anchor!.reading.start);

    const lines = await shenyi(['note', 'list', '--data-dir', dataDir, '--report', reportId]);
    expect(lines.code).toBe(0);
    const rows = lines.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.split('\t')).toEqual([first.opinion.id, 'exact', '赞同', first.opinion.anchor!.path, QUOTE, '完全赞同 第二行']);
  });

  it('imports and notes go through the door of the API: its schema refuses what the app would, and nothing is written', async () => {
    const library = await libraryWithReport();
    const before = snapshot(library.dataDir);
    const longLabel = await shenyi(['import', FIXTURE('national-2018-govcn-zh-hans.txt'), '--data-dir', library.dataDir, '--as-version-of', library.reportId, '--label', '稿'.repeat(41)]);
    expect(longLabel.code).toBe(1);
    expect(longLabel.stderr).toMatch(/^shenyi: import\.file: .*\(label\)\n$/);
    const reports = await shenyiJson<unknown[]>(['versions', '--report', library.reportId, '--data-dir', library.dataDir]);
    expect(reports).toHaveLength(1);
    const longTag = await shenyi(['note', 'add', '--data-dir', library.dataDir, '--report', library.reportId, '--quote', QUOTE, '--stance', '赞同', '--body', 'x', '--suggest', 'x'.repeat(100_001), '--reason', '理由', '--author', '甲']);
    expect(longTag.code).toBe(1);
    expect(longTag.stderr).toMatch(/^shenyi: opinions\.create: .*\(suggestion\.proposed\)\n$/);
    // The profile the note would have made was rolled back with it.
    expect(snapshot(library.dataDir)).toEqual(before);
  });

  it('without a profile or --author, the OS user name becomes the author, and the output says so', async () => {
    const library = await libraryWithReport();
    const added = await shenyiJson<Added>(['note', 'add', '--data-dir', library.dataDir, '--report', library.reportId, '--quote', QUOTE, '--stance', '数据核实', '--body', '核实']);
    expect(added.authorSource).toBe('os-user');
    expect(added.opinion.author.name).toBe(userInfo().username);
  });
});
