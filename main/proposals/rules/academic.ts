/** 不予立案: an academic debate (who is right among scholars), not a matter of policy. */
import { notAdmissibleRule } from './not-admissible';

export const academic = notAdmissibleRule('academic', '属于学术研讨的', [
  { pattern: /学术(?:界|上)?(?:争论|争议|争鸣|分歧)|学界(?:尚)?(?:存在)?(?:争论|争议|分歧)|尚无定论|(?:史学|考古|语言学|学术)界(?:普遍)?(?:认为|观点)/, message: '属学术争论：学术问题宜在学术刊物讨论，不作为提案、建议' },
  { pattern: /(?:应为|实为)[^。；\n]{1,20}?(?:而非|而不是)/, message: '在辨正学术观点或史实：不作为提案、建议' },
]);
