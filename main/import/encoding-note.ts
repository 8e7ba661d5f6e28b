/**
 * Why a text file was read with the encoding it was, in words: the decoder's label alone can
 * mislead (a GBK file is decoded with the gb18030 label, which is GBK's superset, and would then
 * be "reported as gb18030" though nothing in it needs more than GBK).
 */
import type { TextEncoding } from './decode';

interface GbProfile {
  fourByte: number;
  outsideGb2312: number;
}

/** Walks GB18030 byte sequences: one byte (ASCII), two (GBK) or four (GB18030 only). */
function gbProfile(bytes: Uint8Array): GbProfile {
  const profile: GbProfile = { fourByte: 0, outsideGb2312: 0 };
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const second = bytes[i + 1] ?? 0;
    if (second >= 0x30 && second <= 0x39) {
      profile.fourByte++;
      i += 4;
      continue;
    }
    if (!(lead >= 0xa1 && lead <= 0xf7 && second >= 0xa1 && second <= 0xfe)) profile.outsideGb2312++;
    i += 2;
  }
  return profile;
}

/** Big5 lead bytes that only Big5-HKSCS (and not Big5 or CP950) assigns. */
function hkscsOnly(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    if ((lead >= 0x87 && lead <= 0xa0) || lead >= 0xfa) count++;
    i += 2;
  }
  return count;
}

const hasBom = (bytes: Uint8Array) =>
  (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export function encodingNote(bytes: Uint8Array, encoding: TextEncoding): string {
  const withBom = hasBom(bytes);
  switch (encoding) {
    case 'utf-8':
      return withBom ? 'UTF-8, from its byte-order mark' : 'UTF-8: the bytes are valid UTF-8 throughout';
    case 'utf-16le':
    case 'utf-16be': {
      const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
      return withBom ? `${name}, from its byte-order mark` : `${name} without a byte-order mark: it decodes cleanly in that byte order and reads as text`;
    }
    case 'gb18030': {
      const { fourByte, outsideGb2312 } = gbProfile(bytes);
      if (fourByte > 0) return `GB18030: ${fourByte} four-byte sequence${fourByte === 1 ? '' : 's'} that GBK does not have`;
      if (outsideGb2312 > 0) return 'GBK (read with the GB18030 decoder, its superset): not valid UTF-8, decodes cleanly as GBK with common Chinese characters; no four-byte GB18030 sequence';
      return 'GBK, within its GB2312 range (read with the GB18030 decoder, their superset): not valid UTF-8, and every character is a GB2312 one';
    }
    case 'big5': {
      const extension = hkscsOnly(bytes);
      return extension > 0
        ? `Big5-HKSCS: ${extension} character${extension === 1 ? '' : 's'} from the HKSCS extension`
        : 'Big5 (read with the Big5-HKSCS decoder, its superset): not valid UTF-8, decodes cleanly as Big5 with common Chinese characters';
    }
  }
}
