import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORM_PROFILES } from '../../../main/proposals/form-profiles';
import type { LintWarning } from '../../../main/proposals/lint';
import { FIXTURE, shenyi, shenyiJson } from './run-cli';
import { unzip, wordParagraphs } from '../../support/office';

const CLEAN = FIXTURE('proposals/clean-proposal.md');
const FLAWED = FIXTURE('proposals/flawed-proposal.md');
const dir = mkdtempSync(join(tmpdir(), 'shenyi-cli-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const cleanText = readFileSync(CLEAN, 'utf8');

type Linted = { file: string; form: string; level: string; warnings: LintWarning[]; blocking: boolean; refusedDismissals: string[] };

describe('shenyi draft lint', () => {
  it('passes the clean 提案 with exit 0; prints every warning of a flawed one with its rule id and exits 1', async () => {
    const clean = await shenyi(['draft', 'lint', CLEAN]);
    expect(clean).toEqual({ code: 0, stdout: '0 error(s), 0 warning(s), 0 dismissed\n', stderr: '' });

    const flawed = await shenyi(['draft', 'lint', FLAWED]);
    expect(flawed.code).toBe(1);
    const lines = flawed.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((line) => line.split('\t').slice(0, 2).join(' '))).toEqual([
      'warning title-form',
      'warning length',
      'warning category',
      'warning actionable-measures',
      'error not-admissible/secrecy',
      'warning letter-form',
      'warning hearsay-number',
      'error signatures',
      'error placeholders',
      'warning punctuation-width',
    ]);
    expect(lines).toContain('error\tsignatures\t提案人王立新应列第一位 「王立新」\t依据：署名要求：领衔者列第一位，联名者本人知情并签名');
    expect(lines.at(-1)).toBe('3 error(s), 7 warning(s), 0 dismissed — export blocked');
  });

  it('--json gives the warnings as data, and the form and level used', async () => {
    const result = await shenyi(['draft', 'lint', FLAWED, '--level', 'provincial', '--json']);
    expect(result.code).toBe(1);
    const linted = JSON.parse(result.stdout) as Linted;
    expect(linted).toMatchObject({ file: FLAWED, form: 'proposal', level: 'provincial', blocking: true, refusedDismissals: [] });
    expect(linted.warnings.find((w) => w.ruleId === 'hearsay-number')).toEqual({
      ruleId: 'hearsay-number',
      severity: 'warning',
      message: '「据说」「据反映」后的数字没有出处：请注明来源（统计公报、调研、部门数据）或删去',
      source: '案据须真实可查：数字注明来源',
      part: '理由',
      excerpt: '据反映，全县已有30多个互助点停运,群众意见很大。',
      dismissed: null,
      blocking: false,
    });
  });

  it('--dismiss lifts a warning or a dismissable error with its reason; a secrecy error stays blocking', async () => {
    const anonymised = write('anonymised.md', cleanText.replace('笔者在本省三个县', '笔者在××县等三个县'));
    expect((await shenyi(['draft', 'lint', anonymised])).code).toBe(1);
    const dismissed = await shenyi(['draft', 'lint', anonymised, '--dismiss', 'placeholders=隐去调研地名']);
    expect(dismissed.code).toBe(0);
    expect(dismissed.stdout).toMatch(/^dismissed \(隐去调研地名\)\tplaceholders\t\[理由\] 有未填的占位符/);

    const secret = await shenyiJson<Linted>(['draft', 'lint', write('secret.md', cleanText.replace('近年来，', '根据机密★1年的通报，近年来，')), '--dismiss', 'not-admissible/secrecy=已解密']).catch((error: Error) => error);
    expect(secret).toBeInstanceOf(Error);
    const refused = await shenyi(['draft', 'lint', join(dir, 'secret.md'), '--dismiss', 'not-admissible/secrecy=已解密']);
    expect(refused.code).toBe(1);
    expect(refused.stdout.trimEnd().split('\n').at(-1)).toBe('1 error(s), 0 warning(s), 0 dismissed; cannot be dismissed: not-admissible/secrecy — export blocked');
  });

  it('--form suggestion reads the draft as a 代表建议 (its parts, 代表证号); --earlier compares with older drafts', async () => {
    const suggestion = await shenyi(['draft', 'lint', CLEAN, '--form', 'suggestion', '--json']);
    const linted = JSON.parse(suggestion.stdout) as Linted;
    expect(linted.warnings.map((w) => `${w.ruleId}: ${w.message}`)).toEqual(expect.arrayContaining(['required-parts: 缺少「内容」', 'signatures: 缺少代表证号：陈慧敏、赵国强']));

    const earlier = write('earlier.md', cleanText.replace('（四）制定农村互助养老设施', '（四）研究制定农村互助养老设施'));
    const duplicate = await shenyi(['draft', 'lint', CLEAN, '--earlier', earlier, '--earlier', FIXTURE('proposals/earlier-education.md')]);
    expect(duplicate.code).toBe(0);
    expect(duplicate.stdout).toMatch(/^warning\tlocal-duplicate\t与「关于发展农村互助养老服务的提案」相似度\d+%\t/m);
    expect(duplicate.stdout).toMatch(/^warning\tlocal-duplicate\t有\d+字与「关于发展农村互助养老服务的提案」逐字相同：「发展农村互助养老服务，缓解农村留守老人照料难问题……」 「发展农村互助养老服务，缓解农村留守老人照料难问题。 我国农村人口/m);
    expect(duplicate.stdout).not.toMatch(/义务教育/);
  });

  it('--profile takes a clerk’s edited profile; a broken one is refused on one line naming the file', async () => {
    const edited = { ...FORM_PROFILES.proposal, length: { min: 100, target: 400, max: 500, platformCap: 2500 }, lengthSource: '本市提案不超过500字' };
    const result = await shenyi(['draft', 'lint', CLEAN, '--profile', write('city.json', JSON.stringify(edited))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^warning\tlength\t正文\d+字，超过500字（宜400字左右）\t依据：政协提案篇幅：本市提案不超过500字$/m);

    const broken = write('broken.json', JSON.stringify({ ...FORM_PROFILES.proposal, measuresPart: '' }));
    expect(await shenyi(['draft', 'lint', CLEAN, '--profile', broken])).toEqual({ code: 1, stdout: '', stderr: `shenyi: ${broken}: not a form profile: measuresPart: Too small: expected string to have >=1 characters\n` });
    const notJson = await shenyi(['draft', 'lint', CLEAN, '--profile', write('not.json', '{')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^shenyi: .*not\.json: not JSON: /);
  });

  it('refuses bad command lines (exit 2) and missing files (exit 1) on one stderr line', async () => {
    const cases: [string[], number, RegExp][] = [
      [['draft'], 2, /^shenyi: draft takes new, list, lint or export \(shenyi --help/],
      [['draft', 'lint'], 2, /^shenyi: draft lint needs a FILE/],
      [['draft', 'lint', CLEAN, '--form', 'petition'], 2, /^shenyi: --form takes proposal\|suggestion\|motion \(got petition\)/],
      [['draft', 'lint', CLEAN, '--level', 'township'], 2, /^shenyi: --level takes national\|provincial\|municipal\|county \(got township\)/],
      [['draft', 'lint', CLEAN, '--dismiss', 'placeholders'], 2, /^shenyi: --dismiss takes RULE=REASON/],
      [['draft', 'lint', join(dir, 'missing.md')], 1, /missing\.md/],
    ];
    const results = await Promise.all(cases.map(([args]) => shenyi(args)));
    for (const [i, [args, code, message]] of cases.entries()) {
      expect(results[i]!.code, args.join(' ')).toBe(code);
      expect(results[i]!.stdout).toBe('');
      expect(results[i]!.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(results[i]!.stderr).toMatch(message);
    }
  });
});

describe('shenyi draft new, list and export on a library', () => {
  it('takes a Markdown draft in on a report, lists it, and writes its 提案表 .docx', async () => {
    const dataDir = join(dir, 'library');
    const [report] = await shenyiJson<{ reportId: string }[]>(['import', FIXTURE('hubei-2026-zh-hans.txt'), '--data-dir', dataDir]);
    const created = await shenyiJson<{ id: string; title: string; lint: { warnings: LintWarning[] } }>(['draft', 'new', CLEAN, '--report', report!.reportId, '--data-dir', dataDir, '--json']);
    expect(created.title).toBe('关于发展农村互助养老服务的提案');
    expect(created.lint.warnings).toEqual([]);

    const listed = await shenyi(['draft', 'list', '--data-dir', dataDir]);
    expect(listed.stdout).toMatch(new RegExp(`^${created.id}\tproposal\tnational\t关于发展农村互助养老服务的提案\t0处案据`, 'm'));

    const output = join(dir, '提案.docx');
    const exported = await shenyi(['draft', 'export', created.id, '--format', 'docx', '-o', output, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const paragraphs = wordParagraphs((await unzip(readFileSync(output))).get('word/document.xml')!.toString('utf8'));
    expect(paragraphs).toContain('关于发展农村互助养老服务的提案');
    expect(paragraphs).toContain('审查意见');

    const refused = await shenyi(['draft', 'export', 'no-such-draft', '--format', 'docx', '-o', output, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no draft no-such-draft/);
  }, 60_000);
});
