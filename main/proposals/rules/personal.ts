/** 不予立案: a matter of one's own or one's family (户口, 工作调动, 待遇 …). */
import { notAdmissibleRule } from './not-admissible';

const SELF = '(?:为本人|解决本人|我本人|本人的|我家|家父|家母|我(?:的)?(?:父亲|母亲|父母|儿子|女儿|孩子|爱人|丈夫|妻子|亲属|家人|亲戚))';
const MATTER = '(?:户口|调动|工资|待遇|职称|住房|房屋|宅基地|拆迁|补偿|安置|退休|养老金|入学|医药费|赔偿|欠薪|编制|落户)';

export const personal = notAdmissibleRule('personal', '为本人或亲属解决个人问题的', [
  { pattern: new RegExp(`${SELF}[^。；！？\\n]{0,30}?${MATTER}|${MATTER}[^。；！？\\n]{0,15}?${SELF}`), message: '似为本人或亲属的个人问题：提案、建议应反映带普遍性的问题' },
]);
