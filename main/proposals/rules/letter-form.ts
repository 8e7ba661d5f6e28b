/** A 提案 is not a letter or a 请示: the closing formulas of those give it away. */
import { phraseRule } from '../phrase-rule';

export const letterForm = phraseRule({
  id: 'letter-form',
  severity: 'warning',
  source: '提案、建议不是公文或书信：不用请示、报告、书信的格式',
  phrases: [
    { pattern: /特此(?:报告|请示)|以上报告/, message: '写成了报告、请示（「特此报告」）：请删去公文结束语' },
    { pattern: /(?:妥否|当否|可否)[，,]?\s*请(?:批示|示|批复)|请予?批示|敬请批复|请领导(?:批示|审阅|阅示)/, message: '写成了请示（「妥否，请批示」）：提案、建议不请领导批示' },
    { pattern: /此致\s*敬礼|^尊敬的[^\n]{1,20}(?:领导|同志|主席|委员长)[：:]/m, message: '写成了书信（「此致 敬礼」）：请删去称呼和书信结束语' },
  ],
});
