/**
 * 「有情况、有分析、有具体的建议」: the measures part must ask for something to be done (an action
 * verb) and name at least one concrete measure — a numbered item, an amount, a deadline or who
 * is responsible. Without a verb it is 「只反映问题，不提办法」.
 */
import { countedLength } from '../draft-text';
import type { LintRule } from '../lint-rule';
import { departmentsNamed } from '../departments';

const ACTION = /建议|应当|加快|加强|完善|制定|出台|设立|建立|推动|推进|加大|落实|明确|修订|修改|增加|提高|降低|取消|开展|实施|支持|鼓励|纳入|安排|统筹|健全|规范|设置|划拨|放宽|简化|延长|扩大|试点|保障|整合|减免|补贴/;
const CONCRETE = [
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|[①-⑩]|[-*]\s)/m, // a numbered item
  /\d+(?:\.\d+)?\s*(?:万|亿)?元|\d+(?:\.\d+)?\s*[%％]|百分之|比例/, // an amount or a share
  /\d{4}年(?:底|前|内)?|年底前|年内|[\d一二三四五两]+年内|月底前|期限|时间表/, // a deadline
  /由[^。，\n]{1,15}(?:牵头|负责)|牵头|责任(?:单位|部门|主体)/, // who is responsible
];

export const actionableMeasures: LintRule = {
  id: 'actionable-measures',
  severity: 'warning',
  source: '「有情况、有分析、有具体的建议」的书写要求',
  errorsDismissable: false,
  check({ profile, text }) {
    const measures = text.measures;
    if (countedLength(measures) === 0) return [];
    const source = profile.id === 'proposal' ? `「有情况、有分析、有具体的建议」；${profile.admissibilitySource}不予立案情形「内容空泛、没有具体建议的」` : this.source;
    if (!ACTION.test(measures)) return [{ message: '只反映问题，不提办法：请写明建议采取的措施', part: profile.measuresPart, source }];
    if (!CONCRETE.some((pattern) => pattern.test(measures)) && departmentsNamed(measures).length === 0) {
      return [{ message: '建议较笼统：没有一项具体措施（事项、金额、期限或责任部门）', part: profile.measuresPart, source }];
    }
    return [];
  },
};
