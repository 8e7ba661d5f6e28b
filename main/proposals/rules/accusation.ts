/** 不予立案: reporting a named person or body for wrongdoing (指明举报) — that goes to 纪检监察 or 信访. */
import { notAdmissibleRule } from './not-admissible';

const OFFICIAL = '[\\u4e00-\\u9fa5]{1,3}(?:局长|书记|主任|县长|市长|镇长|乡长|村长|经理|院长|厂长|处长|科长|董事长|校长)';
const WRONG = '(?:贪污|受贿|索贿|挪用|侵吞|包庇|违法乱纪|渎职|行贿|敛财|欺压|霸占|徇私)';

export const accusation = notAdmissibleRule('accusation', '指明举报的', [
  { pattern: new RegExp(`${OFFICIAL}[^。；！？\\n]{0,30}?${WRONG}`), message: '点名指控具体人员：举报请通过纪检监察或信访渠道' },
  { pattern: new RegExp(`实名(?:举报|检举|控告)|(?:举报|检举|控告|揭发)[^。；！？\\n]{0,10}?${OFFICIAL}`), message: '属于举报、控告：请通过纪检监察或信访渠道' },
]);
