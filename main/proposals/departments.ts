/**
 * Government departments as a draft names them (教育部, 省教育厅, 市教育局, 卫生健康委 …): who a
 * measure is addressed to. Matched by the field, so 教育部 and 教育厅 count as one department
 * across levels.
 */
const FIELDS = [
  '发展改革', '发改', '教育', '科技', '工业和信息化', '工信', '公安', '民政', '司法', '财政', '人力资源社会保障', '人社',
  '自然资源', '生态环境', '住房城乡建设', '住建', '交通运输', '水利', '农业农村', '商务', '文化和旅游', '文旅',
  '卫生健康', '卫健', '退役军人事务', '应急管理', '审计', '市场监管', '市场监督管理', '税务', '医保', '医疗保障',
  '体育', '统计', '金融监管', '网信', '林业和草原', '林草', '粮食和储备', '能源', '数据', '知识产权', '乡村振兴', '住房和城乡建设',
];

const DEPARTMENT = new RegExp(`(${FIELDS.join('|')})(?:部|厅|局|委员会|委|署|办)`, 'g');

/** The distinct fields of the departments a text names, in first-mention order. */
export function departmentsNamed(text: string): string[] {
  const fields = new Set<string>();
  for (const match of text.matchAll(DEPARTMENT)) fields.add(canonical(match[1]!));
  return [...fields];
}

const SHORT: Record<string, string> = { 发改: '发展改革', 工信: '工业和信息化', 人社: '人力资源社会保障', 住建: '住房城乡建设', 住房和城乡建设: '住房城乡建设', 文旅: '文化和旅游', 卫健: '卫生健康', 市场监督管理: '市场监管', 医疗保障: '医保', 林草: '林业和草原' };
const canonical = (field: string) => SHORT[field] ?? field;
