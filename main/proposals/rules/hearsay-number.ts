/** A number that rests on 据说 / 据反映 is not a 案据: say where it comes from. */
import { phraseRule } from '../phrase-rule';

const NUMBER = '(?:[0-9０-９]+(?:\\.[0-9]+)?|[一二三四五六七八九十百千万亿两几]{1,6}(?:成|倍|万|亿|人|元|家|户|所|起|次|名|吨|亩|公里|个百分点))';

export const hearsayNumber = phraseRule({
  id: 'hearsay-number',
  severity: 'warning',
  source: '案据须真实可查：数字注明来源',
  phrases: [{ pattern: new RegExp(`(?:据说|据反映|听说|据传|有人(?:说|反映)|据群众反映|据网友反映)[^。；！？\\n]{0,20}?${NUMBER}`), message: '「据说」「据反映」后的数字没有出处：请注明来源（统计公报、调研、部门数据）或删去' }],
});
