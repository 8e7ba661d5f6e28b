/** 不予立案: promoting a named work, product or company. */
import { notAdmissibleRule } from './not-admissible';

const COMPANY = '(?:[\\u4e00-\\u9fa5A-Za-z0-9]{2,20}?(?:股份)?有限(?:责任)?公司|[「“][^」”]{1,12}[」”]牌|本公司|我公司)';
const PROMOTE = '(?:产品|推广|推荐|采购|选用|首选|优先使用|独家|专利技术)';

export const promotion = notAdmissibleRule('promotion', '宣传、推介具体作品、产品的', [
  { pattern: new RegExp(`${COMPANY}[^。；！？\\n]{0,40}?${PROMOTE}|${PROMOTE}[^。；！？\\n]{0,30}?${COMPANY}`), message: '点名推介具体企业或产品：请改为不指向特定企业的政策建议' },
  { pattern: /[®™]/, message: '出现商标符号：提案、建议不宜推介具体产品' },
]);
