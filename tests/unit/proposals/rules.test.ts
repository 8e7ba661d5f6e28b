/**
 * Every form-lint rule against a draft it must flag and a near miss it must leave alone, both
 * variants of the clean 提案 fixture (which passes with no warning at all).
 */
import { describe, expect, it } from 'vitest';
import type { Draft, EarlierDraft } from '../../../main/proposals/draft';
import type { CitedPassage, Severity } from '../../../main/proposals/lint-rule';
import { LINT_RULES } from '../../../main/proposals/lint-rules';
import { adding, cleanProposal, lint, readDraft, warningsOf, withPart } from './drafts';

const clean = cleanProposal();
const education = readDraft('earlier-education.md');
const asEarlier = (draft: Draft, id: string): EarlierDraft => ({ id, title: draft.title, text: Object.values(draft.parts).join('\n') });

interface Case {
  rule: string;
  flags: { draft: Draft; earlier?: EarlierDraft[]; cited?: CitedPassage[]; severity: Severity; message: RegExp; excerpt?: string }[];
  spares: { draft: Draft; earlier?: EarlierDraft[]; cited?: CitedPassage[] }[];
}

const signers = (...names: string[]) => names.map((name, i) => ({ name, role: i === 0 ? ('leader' as const) : ('co-signer' as const), credential: String(110100 + i) }));

const CASES: Case[] = [
  {
    rule: 'title-form',
    flags: [
      { draft: { ...clean, title: '' }, severity: 'error', message: /^没有标题$/ },
      { draft: { ...clean, title: '农村互助养老亟待加强' }, severity: 'warning', message: /^标题应为「关于……的提案」的形式$/, excerpt: '农村互助养老亟待加强' },
      { draft: { ...clean, title: '关于发展农村互助养老服务的建议' }, severity: 'warning', message: /「关于……的提案」/ },
    ],
    spares: [{ draft: { ...clean, title: '关于加强和改进农村互助养老服务的提案' } }],
  },
  {
    rule: 'required-parts',
    flags: [
      { draft: withPart(clean, '建议', ''), severity: 'error', message: /^缺少「建议」$/ },
      { draft: { ...readDraft('motion-national.md', 'motion'), category: '法律案' }, severity: 'error', message: /^法律案须附「法律草案」$/ },
    ],
    spares: [{ draft: readDraft('motion-national.md', 'motion') }],
  },
  {
    rule: 'length',
    flags: [
      { draft: { ...clean, parts: { 案由: '农村养老。', 理由: '农村老人多。', 建议: '建议加强农村养老工作。' } }, severity: 'warning', message: /^正文仅\d+字，内容单薄/ },
      { draft: adding(clean, '理由', '调研还发现，'.repeat(150)), severity: 'warning', message: /^正文\d+字，超过1500字（宜800字左右）$/ },
      { draft: adding(clean, '理由', '调研还发现，'.repeat(320)), severity: 'error', message: /超过提交平台上限2500字，无法提交$/ },
    ],
    spares: [{ draft: adding(clean, '理由', '调研还发现，'.repeat(100)) }],
  },
  {
    rule: 'category',
    flags: [
      { draft: { ...clean, category: '民生' }, severity: 'warning', message: /^类别「民生」不在本级类别中（可选：经济、政治、文化、社会、生态文明建设、其他）$/ },
      { draft: { ...clean, category: '' }, severity: 'warning', message: /^未填类别/ },
    ],
    spares: [{ draft: { ...clean, category: '生态文明建设' } }],
  },
  {
    rule: 'one-matter',
    flags: [
      { draft: { ...clean, title: '关于发展农村互助养老服务和推进义务教育均衡发展的提案' }, severity: 'warning', message: /^标题把几件事连在一起/ },
      { draft: { ...clean, title: '关于农村养老等问题的提案' }, severity: 'warning', message: /「等问题」/ },
      {
        draft: adding(clean, '建议', '（五）请教育部门、交通运输部门、住房城乡建设部门、市场监管部门、文化和旅游部门和税务部门分别落实。'),
        severity: 'warning',
        message: /^建议涉及8个不同部门（民政、卫生健康、教育、交通运输、住房城乡建设、市场监管、文化和旅游、税务）/,
      },
    ],
    spares: [{ draft: { ...clean, title: '关于加强和改进农村互助养老服务的提案' } }, { draft: adding(clean, '建议', '（五）由民政部门会同财政部门、卫健委统筹落实。') }],
  },
  {
    rule: 'actionable-measures',
    flags: [
      { draft: withPart(clean, '建议', '当前农村留守老人照料问题十分突出，很多老人生活困难，希望引起有关方面高度重视。'), severity: 'warning', message: /^只反映问题，不提办法/ },
      { draft: withPart(clean, '建议', '建议进一步重视农村养老工作，切实提高服务水平，让农村老人老有所养。'), severity: 'warning', message: /^建议较笼统/ },
    ],
    spares: [{ draft: withPart(clean, '建议', '建议由民政部门牵头，将农村互助养老纳入基本养老服务清单，按服务人数给予运营补贴。') }],
  },
  {
    rule: 'not-admissible/personal',
    flags: [{ draft: adding(clean, '理由', '我父亲退休多年，养老金待遇至今没有落实，恳请有关部门帮助解决。'), severity: 'warning', message: /个人问题/, excerpt: '我父亲退休多年，养老金待遇至今没有落实，恳请有关部门帮助解决。' }],
    spares: [{ draft: adding(clean, '理由', '部分企业退休人员反映，养老金待遇调整机制还不够透明。') }],
  },
  {
    rule: 'not-admissible/promotion',
    flags: [
      { draft: adding(clean, '建议', '（五）建议各地互助点统一采购康乐福医疗器械有限公司生产的智能护理床，该产品技术领先。'), severity: 'warning', message: /点名推介具体企业或产品/ },
      { draft: adding(clean, '建议', '（五）推广使用“安心守护”牌智能手环。'), severity: 'warning', message: /点名推介/ },
    ],
    spares: [{ draft: adding(clean, '建议', '（五）鼓励养老服务企业研发适老化产品，对符合条件的企业给予税收优惠。') }],
  },
  {
    rule: 'not-admissible/litigation',
    flags: [
      { draft: adding(clean, '理由', '在（2024）冀0102民初1234号案件中，互助点的合法权益至今未得到保障。'), severity: 'warning', message: /具体案号/ },
      { draft: adding(clean, '理由', '某村互助点与承建方发生纠纷，一审判决后承建方拒不履行，原告至今未获赔偿。'), severity: 'warning', message: /当事人|已判决/ },
    ],
    spares: [{ draft: adding(clean, '理由', '该案例说明，加强农村老年人法律援助、依法化解赡养纠纷十分必要。') }],
  },
  {
    rule: 'not-admissible/academic',
    flags: [{ draft: adding(clean, '理由', '关于“孝”字的本义，学术界争论已久，应为“善事父母”而非“子承老”。'), severity: 'warning', message: /学术争论|学术观点/ }],
    spares: [{ draft: adding(clean, '建议', '（五）支持高校和研究机构开展农村养老问题研究，为政策制定提供依据。') }],
  },
  {
    rule: 'not-admissible/accusation',
    flags: [{ draft: adding(clean, '理由', '某县民政局局长张某在互助点建设中收受好处、挪用补助资金，群众意见很大。'), severity: 'warning', message: /点名指控具体人员/ }],
    spares: [{ draft: adding(clean, '建议', '（五）畅通举报渠道，加强对养老补助资金使用的审计监督。') }],
  },
  {
    rule: 'not-admissible/secrecy',
    flags: [
      { draft: adding(clean, '理由', '根据机密★1年的《农村养老服务摸底情况通报》，全省互助点运营率不足四成。'), severity: 'error', message: /密级标志/ },
      { draft: adding(clean, '理由', '省里的内部文件显示，互助点运营率不足四成。'), severity: 'error', message: /内部或涉密材料/ },
    ],
    spares: [{ draft: adding(clean, '建议', '（五）加强老年人个人信息保护，防止泄露个人隐私和商业秘密。') }],
  },
  {
    rule: 'letter-form',
    flags: [
      { draft: adding(clean, '建议', '以上建议妥否，请批示。'), severity: 'warning', message: /「妥否，请批示」/ },
      { draft: adding(clean, '建议', '特此报告。'), severity: 'warning', message: /「特此报告」/ },
      { draft: adding(clean, '建议', '此致\n敬礼！'), severity: 'warning', message: /「此致 敬礼」/ },
    ],
    spares: [{ draft: adding(clean, '理由', '政府工作报告提出，要加快发展农村养老服务，这为互助养老提供了政策依据。') }],
  },
  {
    rule: 'hearsay-number',
    flags: [
      { draft: adding(clean, '理由', '据反映，全县已有30多个互助点停运。'), severity: 'warning', message: /没有出处/, excerpt: '据反映，全县已有30多个互助点停运。' },
      { draft: adding(clean, '理由', '据说有三成互助点无人管理。'), severity: 'warning', message: /没有出处/ },
    ],
    spares: [{ draft: adding(clean, '理由', '据县民政局统计，全县已有30多个互助点停运；据反映，群众对此意见较大。') }],
  },
  {
    rule: 'signatures',
    flags: [
      { draft: { ...clean, signers: [] }, severity: 'error', message: /^没有署名（提案人）$/ },
      { draft: readDraft('signers-leader-second.md'), severity: 'error', message: /^提案人王立新应列第一位$/ },
      { draft: { ...clean, signers: [...clean.signers, { name: '陈 慧敏', role: 'co-signer' }] }, severity: 'warning', message: /^陈慧敏署名了不止一次$/ },
      { draft: { ...readDraft('clean-proposal.md', 'suggestion'), signers: [{ name: '刘建华', role: 'leader' }] }, severity: 'error', message: /^缺少代表证号：刘建华$/ },
      { draft: { ...readDraft('motion-national.md', 'motion'), signers: signers('刘建华', '孙丽', '周明') }, severity: 'error', message: /^议案须30人以上联名，现有3人$/ },
    ],
    spares: [{ draft: clean }, { draft: readDraft('motion-national.md', 'motion') }, { draft: { ...readDraft('motion-national.md', 'motion', 'county'), signers: signers('刘建华', '孙丽', '周明', '吴敏', '郑强', '冯雪', '蒋涛', '韩梅', '杨帆', '朱军') } }],
  },
  {
    rule: 'placeholders',
    flags: [
      { draft: adding(clean, '建议', '（五）力争在20xx年前覆盖全部行政村。'), severity: 'error', message: /^年份未填（20xx）$/ },
      { draft: adding(clean, '理由', '××县的做法值得推广。'), severity: 'error', message: /占位符/ },
      { draft: adding(clean, '理由', '全省互助点数量（待补充）。'), severity: 'error', message: /「待补充」/ },
    ],
    spares: [{ draft: adding(clean, '理由', '自二〇〇八年起，本省在XXL号试点村探索互助养老。') }],
  },
  {
    rule: 'punctuation-width',
    flags: [
      { draft: adding(clean, '建议', '（五）加大投入,完善设施;提高服务水平.'), severity: 'warning', message: /^中文里用了半角标点，共3处$/ },
      { draft: adding(clean, '理由', '全省互助点达到１２００个，比上年增加300个。'), severity: 'warning', message: /全角数字与半角数字混用/ },
    ],
    spares: [{ draft: adding(clean, '理由', '去年全省养老服务投入增长3.5%，人均达到1.2万元（含中央补助）。') }],
  },
  {
    rule: 'local-duplicate',
    flags: [
      {
        draft: clean,
        earlier: [asEarlier(withPart(clean, '建议', '建议由民政部门牵头，加大农村互助养老投入。'), 'd-2025')],
        severity: 'warning',
        message: /^与「关于发展农村互助养老服务的提案」相似度\d+%$/,
      },
      {
        draft: clean,
        earlier: [{ id: 'p-2024-17', title: '关于完善农村养老服务体系的提案', text: `${education.parts['理由']}\n第七次全国人口普查数据显示，乡村60岁及以上老年人口占乡村总人口的23.81%，比城镇高出7.99个百分点。随着青壮年劳动力大量外出务工，农村空巢、留守老人增多。` }],
        severity: 'warning',
        message: /^有\d+字与「关于完善农村养老服务体系的提案」逐字相同：「第七次全国人口普查数据显示/,
      },
    ],
    spares: [{ draft: clean, earlier: [asEarlier(education, 'd-2024')] }, { draft: clean }],
  },
  {
    rule: 'citation',
    flags: [
      { draft: clean, cited: [{ citationId: 'c1', quote: '发展农村互助养老', current: '积极发展农村互助养老' }], severity: 'warning', message: /^报告已修改此处，现为：“积极发展农村互助养老”$/, excerpt: '发展农村互助养老' },
      { draft: clean, cited: [{ citationId: 'c2', quote: '推进医养结合', current: null }], severity: 'warning', message: /^报告已修改此处：所引原文在最新版本中已删去$/ },
    ],
    spares: [{ draft: clean, cited: [{ citationId: 'c1', quote: '发展农村互助养老', current: '发展农村互助养老' }] }],
  },
];

describe('form lint rules', () => {
  it('the clean 提案 fixture passes every rule', () => {
    expect(lint(clean, { earlierDrafts: [asEarlier(education, 'd-2024')] })).toEqual({ warnings: [], blocking: false, refusedDismissals: [] });
  });

  it('a clean 代表建议 (provincial) and a national 议案 with 30 signers pass too', () => {
    expect(lint(readDraft('clean-suggestion.md', 'suggestion', 'provincial')).warnings).toEqual([]);
    expect(lint(readDraft('motion-national.md', 'motion')).warnings).toEqual([]);
  });

  it('every rule has a case here, and every case is a rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(LINT_RULES.map((rule) => rule.id).sort());
  });

  for (const { rule, flags, spares } of CASES) {
    describe(rule, () => {
      it.each(flags.map((flag, i) => [i + 1, flag] as const))('flags draft %i', (_, { draft, earlier, cited, severity, message, excerpt }) => {
        const found = warningsOf(lint(draft, { earlierDrafts: earlier ?? [], citedPassages: cited ?? [] }), rule);
        expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
        const warning = found.find((w) => message.test(w.message));
        expect(warning, found.map((w) => w.message).join(' | ')).toBeDefined();
        expect(warning!.severity).toBe(severity);
        expect(warning!.source).not.toBe('');
        if (excerpt !== undefined) expect(warning!.excerpt).toBe(excerpt);
      });
      it.each(spares.map((spare, i) => [i + 1, spare] as const))('leaves near miss %i alone', (_, { draft, earlier, cited }) => {
        expect(warningsOf(lint(draft, { earlierDrafts: earlier ?? [], citedPassages: cited ?? [] }), rule)).toEqual([]);
      });
    });
  }
});
