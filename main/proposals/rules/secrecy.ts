/**
 * 不予立案: material marked secret. An error that cannot be dismissed: a draft with a 密级 mark
 * must not leave the machine as a 提案, whatever the reason.
 */
import { notAdmissibleRule } from './not-admissible';

export const secrecy = notAdmissibleRule(
  'secrecy',
  '涉及党和国家秘密的',
  [
    { pattern: /(?:绝密|机密|秘密)\s*★|★\s*(?:绝密|机密|秘密)|(?:密级|保密期限)\s*[:：]/, message: '含有密级标志：涉密内容不得写入提案、建议' },
    { pattern: /内部资料[，,\s]*注意保存|(?:内部|机密|涉密)文件(?:显示|规定|要求)|尚未公开的内部(?:文件|数据|资料)/, message: '引用内部或涉密材料：提案、建议只能使用公开材料' },
  ],
  'error',
);
