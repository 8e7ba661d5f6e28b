/**
 * The formulas delegates wrap an opinion in (建议、本代表团、我们认为、希望……). Two delegates asking
 * for the same change rarely use the same formula, and two asking for different changes often do,
 * so the formulas are taken out before opinions are compared.
 */
const STOCK_PHRASES = [
  '本代表团', '我代表团', '代表团', '代表们', '代表', '委员们', '委员',
  '我们认为', '我们建议', '我们希望', '我认为', '我建议', '大家认为', '一致认为', '普遍认为', '认为',
  '建议将', '建议把', '建议在', '建议', '希望', '提议', '恳请', '请求', '呼吁', '提出',
  '修改为', '调整为', '表述为', '改写为', '改为', '改成',
  '政府工作报告', '报告中', '报告', '原文', '此处', '这里', '该处', '这句话', '一句', '的表述', '表述',
  '应当', '应该', '可以', '能否', '是否', '考虑',
].sort((a, b) => b.length - a.length);

const PATTERN = new RegExp(STOCK_PHRASES.join('|'), 'g');

/** The text without its stock phrases (longest first, so 建议将 goes before 建议). */
export const withoutStockPhrases = (text: string): string => text.replace(PATTERN, '');
