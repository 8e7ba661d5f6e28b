/** Form profiles are data: JSON a clerk edits round-trips, changes the lint, and bad files are refused by name. */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/model/errors';
import { FORM_IDS, headerLine, LEVELS, loadFormProfile } from '../../../main/proposals/form-profile';
import { FORM_PROFILES } from '../../../main/proposals/form-profiles';
import { lintDraft } from '../../../main/proposals/lint';
import { cleanProposal, warningsOf } from './drafts';

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('form profiles', () => {
  it('every built-in profile survives JSON and validation unchanged, at every level', () => {
    for (const id of FORM_IDS) {
      expect(loadFormProfile(asJson(FORM_PROFILES[id]), `${id}.json`)).toEqual(FORM_PROFILES[id]);
      for (const level of LEVELS) expect(FORM_PROFILES[id].levels[level].categories.length).toBeGreaterThan(0);
    }
  });

  it('holds the official figures: categories, length norms, 议案 signature thresholds, header lines', () => {
    expect(FORM_PROFILES.proposal.levels.national.categories).toEqual(['经济', '政治', '文化', '社会', '生态文明建设', '其他']);
    expect(FORM_PROFILES.suggestion.levels.national.categories).toEqual(['财政经济', '农业农村', '城建环资', '教科文卫', '内务司法', '社会建设']);
    expect(FORM_PROFILES.proposal.length).toMatchObject({ target: 800, max: 1500, platformCap: 2500 });
    expect(LEVELS.map((level) => FORM_PROFILES.motion.levels[level].minSigners)).toEqual([30, 10, 10, 10]);
    expect(headerLine(FORM_PROFILES.proposal, 'national', { term: '十四', session: '四' })).toBe('政协第十四届全国委员会第四次会议提案');
    expect(headerLine(FORM_PROFILES.proposal, 'provincial', { term: '十三', session: '四', place: '江苏省' })).toBe('政协第十三届江苏省委员会第四次会议提案');
    expect(headerLine(FORM_PROFILES.suggestion, 'national', { term: '十四', session: '四' })).toBe('第十四届全国人民代表大会第四次会议代表建议');
  });

  it('a clerk’s edited profile changes what the lint says', () => {
    const edited = asJson(FORM_PROFILES.proposal);
    edited.length = { min: 100, target: 500, max: 600, platformCap: 2500 };
    edited.lengthSource = '本市提案一般不超过600字';
    const profile = loadFormProfile(edited, 'city-proposal.json');
    const [warning] = warningsOf(lintDraft({ draft: cleanProposal(), profile }), 'length');
    expect(warning).toMatchObject({ message: expect.stringMatching(/^正文\d+字，超过600字（宜500字左右）$/), source: '政协提案篇幅：本市提案一般不超过600字' });
  });

  it('refuses a profile that is not one, naming the file and the field', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...asJson(FORM_PROFILES.proposal), length: { min: 0, target: 900, max: 800, platformCap: 2500 } }, /^clerk\.json: not a form profile: length: length needs min ≤ target ≤ max ≤ platformCap$/],
      [{ ...asJson(FORM_PROFILES.proposal), id: 'petition' }, /^clerk\.json: not a form profile: id: /],
      [{ ...asJson(FORM_PROFILES.proposal), extra: 1 }, /^clerk\.json: not a form profile: /],
      [{ ...asJson(FORM_PROFILES.proposal), parts: [] }, /^clerk\.json: not a form profile: parts: /],
    ];
    for (const [value, message] of cases) {
      expect(() => loadFormProfile(value, 'clerk.json')).toThrow(DomainError);
      expect(() => loadFormProfile(value, 'clerk.json')).toThrow(message);
    }
    expect(() => loadFormProfile('not json', 'clerk.json')).toThrow(/^clerk\.json: not a form profile: \(top\)/);
  });
});
