/**
 * Blanks left to fill (20xx, ××, XX, 待补充). An error, since a form sent with them is wrong,
 * but dismissable: a draft may anonymise a place as ××县 on purpose.
 */
import { phraseRule } from '../phrase-rule';

export const placeholders = phraseRule({
  id: 'placeholders',
  severity: 'error',
  errorsDismissable: true,
  source: '提交前须填写完整',
  phrases: [
    { pattern: /(?:19|20)[xX×Ｘｘ]{2}/, message: '年份未填（20xx）' },
    { pattern: /[×Ｘ]{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[○□]{2,}/, message: '有未填的占位符（××、XX）' },
    { pattern: /[（(【[]?(?:待补充|待核实|待填写|待定|此处补充)[）)】\]]?|TODO|？？|\?\?/, message: '有「待补充」一类的标记' },
  ],
});
