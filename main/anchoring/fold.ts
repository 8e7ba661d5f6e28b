/**
 * Folding for matching only: differences that do not change meaning are erased so a quote is
 * found whatever width its punctuation, whatever quote marks, whatever script (繁/简) the text
 * uses. Folding maps every character to exactly one character, so offsets in folded text are
 * offsets in the original. The stored text is never folded.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Old-form variants (PRC 1950s printing) that OpenCC's character table leaves alone. */
const VARIANTS: Record<string, string> = {
  爲: '为', 産: '产', 衆: '众', 羣: '群', 綫: '线', 敎: '教', 衞: '卫', 着: '着', 裏: '里', 麽: '么', 擧: '举',
  '○': '〇', '〈': '<', '〉': '>', '《': '<', '》': '>',
};

const QUOTES: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '「': '"', '」': '"', '『': '"', '』': '"', '〝': '"', '〞': '"', '＂': '"',
  '‘': "'", '’': "'", '＇': "'",
  '—': '-', '―': '-', '–': '-', '‐': '-', '－': '-', '⸺': '-',
  '。': '.', '｡': '.', '．': '.', '、': ',', '､': ',',
};

/** folded code unit for each UTF-16 code unit; 0 = not computed yet. */
const TABLE = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const cached = TABLE[code]!;
  if (cached !== 0) return cached;
  let folded = code;
  if (code >= 0xd800 && code <= 0xdfff) folded = code;
  else if (code < 0x80) folded = code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x09 || code === 0x0a || code === 0x0d ? 0x20 : code;
  else {
    const ch = String.fromCharCode(code);
    let out = ch;
    if (/\s|\u3000|\u00a0/.test(ch)) out = ' ';
    else if (QUOTES[ch]) out = QUOTES[ch]!;
    else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (VARIANTS[ch]) out = VARIANTS[ch]!;
    else if (code >= 0x3400) {
      const simplified = toSimplified(ch);
      out = simplified.length === 1 ? simplified : ch;
      out = VARIANTS[out] ?? out;
    }
    out = out.toLowerCase();
    folded = out.length === 1 ? out.charCodeAt(0) : code;
  }
  TABLE[code] = folded === 0 ? code : folded;
  return folded;
}

const UTF16 = new TextDecoder('utf-16le');

function fromCodes(codes: Uint16Array, length: number): string {
  // Decoding the code units is far faster than String.fromCharCode over a megabyte, and far
  // slower for the short quotes that are folded thousands of times.
  if (length <= 512) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  return UTF16.decode(codes.subarray(0, length));
}

/** Length-preserving fold: `foldText(t)[i]` is the folded form of `t[i]`. */
export function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  return fromCodes(codes, text.length);
}

/**
 * Folds and drops whitespace, keeping a map from each kept character back to its offset in
 * the original text ("李\u3000强" and "李强" then match).
 */
export function foldCompact(text: string): { text: string; offsets: Int32Array; codes: Uint16Array } {
  const codes = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code === 0x20) continue;
    codes[n] = code;
    offsets[n++] = i;
  }
  offsets[n] = text.length;
  return { text: fromCodes(codes, n), offsets: offsets.subarray(0, n + 1), codes: codes.subarray(0, n) };
}

/** Reused by foldCompactText: a plain array is the fastest argument list for fromCharCode. */
const units: number[] = [];

/** foldCompact's text alone, for a short text (a quote, its context) whose offsets nobody needs. */
export function foldCompactText(text: string): string {
  // Most quotes of Chinese prose fold to themselves: then the text is its own fold.
  let same = 0;
  while (same < text.length) {
    const code = text.charCodeAt(same);
    if (code === 0x20 || foldCode(code) !== code) break;
    same++;
  }
  if (same === text.length) return text;
  if (text.length > 512) return foldCompact(text).text;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code !== 0x20) units[n++] = code;
  }
  units.length = n;
  return String.fromCharCode.apply(null, units);
}
