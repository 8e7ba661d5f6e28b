/**
 * Bytes → text for plain-text reports. The encoding is read from the bytes, never from the file
 * name: BOM first, then strict UTF-8, then the legacy Chinese encodings, keeping only decodes
 * with no invalid sequence. There is no lossy fallback: a file nobody can decode cleanly is refused.
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

/** Binary data shows NUL bytes or many C0 control characters; real text has neither. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.01;
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

function utf16Bom(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(fileName, 'empty');
  const bomEncoding = utf16Bom(bytes);
  if (bomEncoding) {
    const text = strictDecode(bytes, bomEncoding);
    if (text === null) throw new ImportError(fileName, 'bad-utf16', { encoding: bomEncoding });
    return { text, encoding: bomEncoding };
  }
  if (looksBinary(bytes)) throw new ImportError(fileName, 'binary');

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  // GB18030 accepts almost any byte pair, so a clean decode alone proves little: of the
  // candidates that decode cleanly, keep the one whose text is made of common characters.
  // WHATWG's "big5" decoder is Big5-HKSCS, which also covers plain Big5 and CP950.
  const candidates: DecodedText[] = [];
  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== null) candidates.push({ text: gb, encoding: 'gb18030' });
  if (strictDecode(bytes, 'big5') !== null) {
    // WHATWG's table sends some HKSCS characters (鈎 among them) to the Private Use Area;
    // iconv-lite's Big5-HKSCS table gives the real characters for the same valid bytes.
    candidates.push({ text: iconv.decode(Buffer.from(bytes), 'big5hkscs'), encoding: 'big5' });
  }
  if (candidates.length === 0) {
    throw new ImportError(fileName, 'undecodable');
  }
  const scored = candidates.map((candidate) => ({ candidate, score: commonShare(candidate.text) }));
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.score < 0.15) {
    throw new ImportError(fileName, 'unknown-encoding');
  }
  return best.candidate;
}
