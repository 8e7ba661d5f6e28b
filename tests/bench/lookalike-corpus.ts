/**
 * A ~1 MB "report" made of look-alike city and provincial reports, for the re-anchoring bench:
 * the real reports of tests/fixtures, each followed by variant copies in which the place names
 * change (北京→天津…), numbers shift, a few stock words trade places with their synonyms
 * (推进↔推动…; a sentence left unchanged gets one) and a few paragraphs are dropped or swapped. Sentences then look alike across
 * copies without being byte-identical, the trap a quote-plus-context matcher must not fall into.
 * Deterministic: the same bytes on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths';
import { random } from '../unit/anchoring/revision';

/** Each base report with the place names its variants rename, one replacement per variant. */
const BASES: { file: string; places: Record<string, string[]> }[] = [
  { file: 'beijing-2026-zh-hans.txt', places: { 北京: ['天津', '上海', '重庆', '深圳'], 首都: ['津门', '申城', '山城', '鹏城'] } },
  { file: 'zhejiang-2026-zh-hans.txt', places: { 浙江: ['江苏', '福建', '广东', '山东'], 杭州: ['南京', '福州', '广州', '济南'] } },
  { file: 'neimenggu-2026-zh-hans.txt', places: { 内蒙古: ['宁夏', '新疆', '青海', '西藏'], 呼和浩特: ['银川', '乌鲁木齐', '西宁', '拉萨'] } },
  { file: 'sichuan-2025-zh-hans.txt', places: { 四川: ['贵州', '湖南', '湖北', '河南'], 成都: ['贵阳', '长沙', '武汉', '郑州'] } },
  { file: 'yunnan-2025-zh-hans.txt', places: { 云南: ['广西', '海南', '江西', '安徽'], 昆明: ['南宁', '海口', '南昌', '合肥'] } },
  { file: 'jinzhong-report-zh-hant.txt', places: { 晉中: ['晉城', '長治', '臨汾', '運城'], 山西: ['河北', '陝西', '河南', '甘肅'] } },
];

/** Stock words of work reports (简 and 繁), each swapped with its partner at some occurrences. */
const PAIRS = [
  '推进 推动', '加快 加速', '持续 不断', '全面 全力', '深入 扎实', '着力 大力', '积极 主动', '有效 切实', '提升 提高',
  '完善 健全', '实施 开展', '坚持 始终', '建设 打造', '加强 强化', '支持 扶持', '促进 带动', '培育 构建', '优化 改善',
  '推進 推動', '持續 不斷', '深入 紮實', '積極 主動', '有效 切實', '實施 開展', '堅持 始終', '建設 打造', '加強 強化',
  '促進 帶動', '優化 改善',
];
const PARTNER = new Map(PAIRS.flatMap((pair) => {
  const [a, b] = pair.split(' ') as [string, string];
  return [[a, b], [b, a]];
}));
const STOCK_WORD = new RegExp([...PARTNER.keys()].join('|'), 'g');
const CONNECTIVES = ['同时', '此外', '另外', '并且'];

/** One sentence of a variant copy: place names, numbers (years stay) and stock words changed. */
function varySentence(sentence: string, places: [string, string][], copy: number, rng: () => number): string {
  let out = sentence;
  for (const [name, replacement] of places) out = out.split(name).join(replacement);
  out = out.replace(/\d+(\.\d+)?/g, (number) => {
    if (/^(19|20)\d\d$/.test(number) || rng() < 0.3) return number;
    const decimals = number.split('.')[1]?.length ?? 0;
    return (Number(number) * (0.8 + rng() * 0.4) + (decimals === 0 ? 1 : 0)).toFixed(decimals);
  });
  out = out.replace(STOCK_WORD, (word) => (rng() < 0.4 ? PARTNER.get(word)! : word));
  if (out !== sentence || sentence.length < 6) return out;
  // Still the same words: every sentence of a copy differs from the original (and, mostly, from the other copies).
  return `${CONNECTIVES[(copy - 1) % CONNECTIVES.length]!}${out}`;
}

function variant(text: string, places: Record<string, string[]>, copy: number, rng: () => number): string {
  const renames = Object.entries(places).map(([name, replacements]): [string, string] => [name, replacements[(copy - 1) % replacements.length]!]);
  const out = (text.match(/[^。；！？\n]+[。；！？]?|\n/g) ?? []).map((sentence) => (sentence === '\n' ? sentence : varySentence(sentence, renames, copy, rng))).join('');
  // A few paragraphs dropped, a few neighbours swapped.
  const lines = out.split('\n').filter((line) => line.length < 40 || rng() > 0.03);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.length > 40 && lines[i + 1]!.length > 40 && rng() < 0.03) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  }
  return lines.join('\n');
}

export interface LookalikeCorpus {
  text: string;
  bytes: number;
  copies: number;
}

/** The bases, then variant 1 of each, variant 2 of each, … until the text holds `minBytes` UTF-8 bytes. */
export function lookalikeCorpus(minBytes = 1_000_000, seed = 2026): LookalikeCorpus {
  const rng = random(seed);
  const bases = BASES.map((base) => ({ ...base, text: readFileSync(join(FIXTURES, base.file), 'utf8').replace(/^\uFEFF/, '').trimEnd() }));
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const base of bases) {
      const text = copy === 0 ? base.text : variant(base.text, base.places, copy, rng);
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
      if (bytes >= minBytes) break;
    }
  }
  const text = parts.join('\n\n');
  return { text, bytes: Buffer.byteLength(text), copies: parts.length };
}
