/** The Markdown draft format: title, parts by name or alias, category, signers with the leader first. */
import { describe, expect, it } from 'vitest';
import { parseDraftMarkdown } from '../../../main/proposals/draft-markdown';
import { FORM_PROFILES } from '../../../main/proposals/form-profiles';
import { cleanProposal, readDraft } from './drafts';

describe('parseDraftMarkdown', () => {
  it('reads the clean 提案: title, parts, category, the leader and co-signers', () => {
    const draft = cleanProposal();
    expect(draft.title).toBe('关于发展农村互助养老服务的提案');
    expect(Object.keys(draft.parts)).toEqual(['案由', '理由', '建议']);
    expect(draft.parts['理由']!.split('\n')).toHaveLength(3);
    expect(draft.category).toBe('社会');
    expect(draft.signers).toEqual([
      { name: '王立新', role: 'leader', credential: '0123' },
      { name: '陈慧敏', role: 'co-signer' },
      { name: '赵国强', role: 'co-signer' },
    ]);
  });

  it('accepts the profile’s aliases, CR LF and a BOM, keeps text under unknown headings, and honours a （领衔） mark', () => {
    const source = '\uFEFF# 关于完善乡村教师编制的建议\r\n开头的说明\r\n## 建议内容\r\n由教育部门牵头核定编制。\r\n## 附件说明\r\n见附表\r\n## 领衔代表\r\n- 孙丽 110222\r\n- 刘建华（领衔）（代表证号：110111）\r\n## 附议代表\r\n周明（110333）、吴敏(110444)\r\n';
    const draft = parseDraftMarkdown(source, FORM_PROFILES.suggestion, 'provincial');
    expect(draft).toMatchObject({ formId: 'suggestion', level: 'provincial', title: '关于完善乡村教师编制的建议', category: '' });
    expect(draft.parts).toEqual({ '（标题下的文字）': '开头的说明', 内容: '由教育部门牵头核定编制。', 附件说明: '见附表' });
    expect(draft.signers).toEqual([
      { name: '孙丽', role: 'co-signer', credential: '110222' },
      { name: '刘建华', role: 'leader', credential: '110111' },
      { name: '周明', role: 'co-signer', credential: '110333' },
      { name: '吴敏', role: 'co-signer', credential: '110444' },
    ]);
  });

  it('reads the national 议案 with its 30 signers', () => {
    const motion = readDraft('motion-national.md', 'motion');
    expect(motion.signers).toHaveLength(30);
    expect(motion.signers[0]).toEqual({ name: '刘建华', role: 'leader', credential: '110100' });
    expect(Object.keys(motion.parts)).toEqual(['案由', '案据', '方案']);
  });
});
