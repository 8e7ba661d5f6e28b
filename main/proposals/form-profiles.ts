/**
 * The built-in form profiles. Where a number comes from a rule it says which; the others are
 * Shenyi's defaults for a clerk to change (a profile is data: see form-profile.ts).
 */
import type { FormId, FormProfile } from './form-profile';

const PROPOSAL_CATEGORIES = ['经济', '政治', '文化', '社会', '生态文明建设', '其他'];
const SUGGESTION_CATEGORIES = ['财政经济', '农业农村', '城建环资', '教科文卫', '内务司法', '社会建设'];
const MOTION_CATEGORIES = ['法律案', '其他议案'];

const CPPCC_RULES = '《中国人民政治协商会议全国委员会提案工作条例》';
const NPC_SUGGESTION_RULES = '《全国人民代表大会代表建议、批评和意见处理办法》';
const NPC_ORGANIC_LAW = '《全国人民代表大会组织法》：一个代表团或者三十名以上的代表联名';
const LOCAL_ORGANIC_LAW = '《地方各级人民代表大会和地方各级人民政府组织法》：县级以上的地方各级人民代表大会代表十人以上联名（乡镇五人以上）';
const DEFAULT_NORM = 'Shenyi 默认值，可由工作人员修改';

const sameAtEveryLevel = (national: string, local: string, categories: string[], minSigners = 1, minSignersSource = '') => ({
  national: { header: national, categories, minSigners, minSignersSource },
  provincial: { header: local, categories, minSigners, minSignersSource },
  municipal: { header: local, categories, minSigners, minSignersSource },
  county: { header: local, categories, minSigners, minSignersSource },
});

const proposal: FormProfile = {
  id: 'proposal',
  name: '政协提案',
  title: { prefix: '关于', suffix: '的提案', maxLength: 40 },
  parts: [
    { name: '案由', aliases: [], required: true, inLength: true },
    { name: '理由', aliases: ['情况', '案据', '情况和理由', '情况/理由', '理由（案据）', '情况分析'], required: true, inLength: true },
    { name: '建议', aliases: ['办法', '办法和建议', '办法/建议', '具体建议', '对策建议'], required: true, inLength: true },
  ],
  measuresPart: '建议',
  signers: { leaderHeading: '提案人', coSignerHeading: '联名提案人', credentialName: '委员证号', credentialRequired: false },
  length: { min: 200, target: 800, max: 1500, platformCap: 2500 },
  lengthSource: '提案一般800字左右、不超过1500字；提交平台上限2500字',
  admissibilitySource: CPPCC_RULES,
  deadline: '以当次会议提案征集通知为准',
  levels: sameAtEveryLevel('政协第{term}届全国委员会第{session}次会议提案', '政协第{term}届{place}委员会第{session}次会议提案', PROPOSAL_CATEGORIES),
};

const suggestion: FormProfile = {
  id: 'suggestion',
  name: '人大代表建议',
  title: { prefix: '关于', suffix: '的建议', maxLength: 40 },
  parts: [{ name: '内容', aliases: ['建议内容', '正文'], required: true, inLength: true }],
  measuresPart: '内容',
  signers: { leaderHeading: '领衔代表', coSignerHeading: '附议代表', credentialName: '代表证号', credentialRequired: true },
  length: { min: 200, target: 1000, max: 2000, platformCap: 2500 },
  lengthSource: DEFAULT_NORM,
  admissibilitySource: NPC_SUGGESTION_RULES,
  deadline: '大会期间提出的建议以大会秘书处通知为准；闭会期间可随时提出',
  levels: sameAtEveryLevel('第{term}届全国人民代表大会第{session}次会议代表建议', '{place}第{term}届人民代表大会第{session}次会议代表建议', SUGGESTION_CATEGORIES),
};

const motionLevels = sameAtEveryLevel('第{term}届全国人民代表大会第{session}次会议代表议案', '{place}第{term}届人民代表大会第{session}次会议代表议案', MOTION_CATEGORIES, 10, LOCAL_ORGANIC_LAW);
motionLevels.national = { ...motionLevels.national, minSigners: 30, minSignersSource: NPC_ORGANIC_LAW };

const motion: FormProfile = {
  id: 'motion',
  name: '议案',
  title: { prefix: '关于', suffix: '的议案', maxLength: 40 },
  parts: [
    { name: '案由', aliases: [], required: true, inLength: true },
    { name: '案据', aliases: ['理由', '情况'], required: true, inLength: true },
    { name: '方案', aliases: ['建议', '解决方案', '具体方案'], required: true, inLength: true },
    { name: '法律草案', aliases: ['草案', '草案文本', '法律草案文本'], required: false, requiredForCategory: '法律案', inLength: false },
  ],
  measuresPart: '方案',
  signers: { leaderHeading: '领衔代表', coSignerHeading: '附议代表', credentialName: '代表证号', credentialRequired: true },
  length: { min: 300, target: 1500, max: 3000, platformCap: 5000 },
  lengthSource: DEFAULT_NORM,
  admissibilitySource: NPC_SUGGESTION_RULES,
  deadline: '大会主席团决定的议案截止时间之前',
  levels: motionLevels,
};

export const FORM_PROFILES: Record<FormId, FormProfile> = { proposal, suggestion, motion };
