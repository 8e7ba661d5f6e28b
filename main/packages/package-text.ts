/**
 * An opinion package's bytes as text: strict UTF-8 (a BOM allowed), never decoded lossily. A
 * package with invalid bytes would otherwise import with U+FFFD in place of what the delegate
 * wrote; it is refused, saying where the first bad byte is.
 */
import { isUtf8 } from 'node:buffer';
import { DomainError } from '../model/errors';

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, UTF-16 surrogates encoded in UTF-8, and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** Refuses bytes that are not strict UTF-8, saying where the first bad byte is. */
export function checkPackageBytes(bytes: Uint8Array, fileName: string): void {
  // isUtf8 (simdutf) checks the same rules many times faster; the loop above then only says where.
  const bad = isUtf8(bytes) ? -1 : invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const line = 1 + bytes.subarray(0, bad).filter((b) => b === 0x0a).length;
    throw new DomainError('import-failed', `${fileName}: this opinion package is not valid UTF-8 (an invalid byte at offset ${bad}, line ${line}); nothing was imported`);
  }
}

export function packageText(bytes: Uint8Array, fileName: string): string {
  checkPackageBytes(bytes, fileName);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
}
