/** The lint result: warnings named by rule, dismissals with a reason, errors that keep blocking export. */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/model/errors';
import { FORM_PROFILES } from '../../../main/proposals/form-profiles';
import { lintDraft } from '../../../main/proposals/lint';
import { adding, cleanProposal, lint } from './drafts';

const clean = cleanProposal();
const flawed = adding(adding(adding(clean, '理由', '××县的做法值得推广。据反映，全县已有30多个互助点停运。'), '理由', '根据机密★1年的通报，运营率不足四成。'), '建议', '妥否，请批示。');

describe('lintDraft', () => {
  it('lists each warning with its rule id, severity, Chinese message, source and the words it is about', () => {
    const result = lint(flawed);
    expect(result.warnings.map((w) => [w.ruleId, w.severity, w.blocking])).toEqual([
      ['not-admissible/secrecy', 'error', true],
      ['letter-form', 'warning', false],
      ['hearsay-number', 'warning', false],
      ['placeholders', 'error', true],
    ]);
    expect(result.blocking).toBe(true);
    expect(result.warnings[0]).toMatchObject({
      message: '含有密级标志：涉密内容不得写入提案、建议',
      source: '《中国人民政治协商会议全国委员会提案工作条例》不予立案情形「涉及党和国家秘密的」',
      part: '理由',
      excerpt: '根据机密★1年的通报，运营率不足四成。',
      dismissed: null,
    });
  });

  it('a dismissed warning stays listed with its reason; a dismissable error stops blocking; a secrecy error does not', () => {
    const result = lint(flawed, {}, [
      { ruleId: 'letter-form', reason: '引用原文' },
      { ruleId: 'placeholders', reason: '××县为隐去地名' },
      { ruleId: 'not-admissible/secrecy', reason: '已解密' },
    ]);
    const byRule = Object.fromEntries(result.warnings.map((w) => [w.ruleId, w]));
    expect(byRule['letter-form']).toMatchObject({ dismissed: { reason: '引用原文' }, blocking: false });
    expect(byRule['placeholders']).toMatchObject({ dismissed: { reason: '××县为隐去地名' }, blocking: false });
    expect(byRule['not-admissible/secrecy']).toMatchObject({ dismissed: null, blocking: true });
    expect(byRule['hearsay-number']).toMatchObject({ dismissed: null, blocking: false });
    expect(result.refusedDismissals).toEqual(['not-admissible/secrecy']);
    expect(result.blocking).toBe(true);

    const withoutSecret = lint(adding(clean, '理由', '××县的做法值得推广。'), {}, [{ ruleId: 'placeholders', reason: '隐去地名' }]);
    expect(withoutSecret.blocking).toBe(false);
  });

  it('refuses a dismissal without a reason', () => {
    expect(() => lint(flawed, {}, [{ ruleId: 'letter-form', reason: '  ' }])).toThrow(DomainError);
  });

  it('the citation check warns of each cited passage the latest version no longer says, with its new words', () => {
    const result = lintDraft({
      draft: clean,
      profile: FORM_PROFILES.proposal,
      citedPassages: [
        { citationId: 'c1', quote: '发展农村互助养老', current: '发展农村互助养老' },
        { citationId: 'c2', quote: '推进医养结合', current: '深入推进医养结合' },
        { citationId: 'c3', quote: '完善基本养老服务', current: null },
      ],
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({ ruleId: 'citation', message: '报告已修改此处，现为：“深入推进医养结合”', excerpt: '推进医养结合', related: 'c2' }),
      expect.objectContaining({ ruleId: 'citation', message: '报告已修改此处：所引原文在最新版本中已删去', related: 'c3' }),
    ]);
  });
});
