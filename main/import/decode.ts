/**
 * Bytes → text for plain-text reports. The encoding is read from the bytes, never from the file
 * name: BOM first, then strict UTF-8, then the legacy Chinese encodings and UTF-16 without a
 * BOM, keeping only decodes with no invalid sequence and choosing by how the text reads. There is no lossy fallback: a file nobody can decode cleanly is refused.
 */
import iconv from 'iconv-lite';
import { ImportError } from '../model/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function strictDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM: false strips a leading BOM, so the first paragraph never starts with U+FEFF.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const isStrayControl = (code: number) => (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;

/** Binary data shows NUL or many C0 control characters; real text has neither. The whole text is checked. */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code)) controls++;
  }
  return text.length > 0 && controls / text.length > 0.01;
}

// The most frequent characters of government reports, in both scripts. A wrong legacy decode
// (GB18030 bytes read as Big5 or the reverse) yields rare characters and almost none of these.
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其事然前外天政四日那社义平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质具收实规' +
  '們這會為國發來對時說經過還從當與產開動關進學點業體義現種實線機長問兩應頭裡內東車電樣專區將員務歷幾總決萬軍議報農變資處質條標設導財稅認識邊權級價';

const COMMON_SET = new Set(COMMON);

function commonShare(text: string): number {
  let common = 0;
  let cjk = 0;
  for (const ch of text.slice(0, 20_000)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x3400 && code <= 0x9fff) {
      cjk++;
      if (COMMON_SET.has(ch)) common++;
    }
  }
  return cjk === 0 ? 0 : common / cjk;
}

/**
 * How much a UTF-16 decode reads like text: its common-character share when it holds CJK,
 * else whether it is printable ASCII. Read with the wrong byte order, ASCII turns into rare CJK
 * code points (a\0 → U+6100) and CJK into unrelated scripts, so the right order wins clearly.
 */
function utf16Score(text: string): number {
  if (looksBinary(text)) return 0;
  const share = commonShare(text);
  if (share > 0) return share;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d) printable++;
  }
  return text.length > 0 && printable / text.length > 0.95 ? 0.5 : 0;
}

function utf16Candidates(bytes: Uint8Array): DecodedText[] {
  if (bytes.length % 2 !== 0) return [];
  return (['utf-16le', 'utf-16be'] as const).flatMap((encoding) => {
    const text = strictDecode(bytes, encoding);
    return text === null ? [] : [{ text, encoding }];
  });
}

function best(candidates: DecodedText[], score: (text: string) => number): { candidate: DecodedText; score: number } | null {
  let top: { candidate: DecodedText; score: number } | null = null;
  for (const candidate of candidates) {
    const value = score(candidate.text);
    if (top === null || value > top.score) top = { candidate, score: value };
  }
  return top;
}

function utf16Bom(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(fileName, 'empty');
  const decoded = decodeBytes(bytes, fileName);
  if (looksBinary(decoded.text)) throw new ImportError(fileName, 'binary');
  return decoded;
}

function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const bomEncoding = utf16Bom(bytes);
  if (bomEncoding) {
    const text = strictDecode(bytes, bomEncoding);
    if (text === null) throw new ImportError(fileName, 'bad-utf16', { encoding: bomEncoding });
    return { text, encoding: bomEncoding };
  }
  // NUL bytes are UTF-16 without a byte-order mark (its ASCII and line breaks have a zero
  // byte) or binary data: a clean UTF-16 decode that reads as text decides which.
  if (bytes.includes(0)) {
    const utf16 = best(utf16Candidates(bytes), utf16Score);
    if (utf16 && utf16.score >= 0.15) return utf16.candidate;
    throw new ImportError(fileName, 'binary');
  }

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  // GB18030 accepts almost any byte pair, so a clean decode alone proves little: of the
  // candidates that decode cleanly, keep the one whose text is made of common characters.
  // WHATWG's "big5" decoder is Big5-HKSCS, which also covers plain Big5 and CP950.
  // CJK-only UTF-16 has no zero byte, so it competes here too.
  const candidates: DecodedText[] = [];
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) candidates.push({ text: gb, encoding: 'gb18030' });
  if (strictDecode(bytes, 'big5') !== null) {
    // WHATWG's table sends some HKSCS characters (鈎 among them) to the Private Use Area;
    // iconv-lite's Big5-HKSCS table gives the real characters for the same valid bytes.
    candidates.push({ text: iconv.decode(Buffer.from(bytes), 'big5hkscs'), encoding: 'big5' });
  }
  const top = best([...candidates, ...utf16Candidates(bytes)], (text) => (looksBinary(text) ? 0 : commonShare(text)));
  if (top !== null && top.score >= 0.15) return top.candidate;
  // A UTF-16 decode that reads as nothing is no decode at all.
  throw new ImportError(fileName, candidates.length === 0 ? 'undecodable' : 'unknown-encoding');
}
