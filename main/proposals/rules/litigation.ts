/** 不予立案: a matter before a court or in arbitration (a case number, the parties, a judgment). */
import { notAdmissibleRule } from './not-admissible';

export const litigation = notAdmissibleRule('litigation', '进入民事、刑事、行政诉讼以及仲裁程序的', [
  { pattern: /[（(](?:19|20)\d{2}[）)][\u4e00-\u9fa5\d]{1,12}号/, message: '引用了具体案号：已进入诉讼或仲裁的案件不作为提案、建议' },
  { pattern: /原告|被告|上诉人|申请执行人|被执行人|仲裁申请人|被申请人|(?:本|此|该)案(?!例|件类型)/, message: '涉及具体案件的当事人：已进入诉讼或仲裁的案件不作为提案、建议' },
  { pattern: /(?:一审|二审|再审|终审)(?:判决|裁定)|(?:已|正在)(?:起诉|申请仲裁|提起诉讼)/, message: '涉及正在审理或已判决的案件：不作为提案、建议' },
]);
