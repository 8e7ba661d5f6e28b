/**
 * Decides a file's format from its first bytes, using the extension only to tell apart formats
 * that look alike (text vs Markdown vs HTML). A .doc renamed .docx, a PDF renamed .docx or a
 * Word lock file is named as what it is instead of failing deep inside a parser.
 */
import { basename, extname } from 'node:path';
import type { SourceFormat } from '../model/report';
import { ImportError } from '../model/errors';

const WORD_BODY_PART = 'word/document.xml';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const extension = extname(fileName).toLowerCase();
  if (basename(fileName).startsWith('~$')) {
    throw new ImportError(fileName, 'lock-file');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportError(fileName, 'old-doc');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (extension === '.docx' || extension === '.zip' || extension === '') return 'docx';
    // Part names are stored as plain bytes in a zip's headers: a Word document names its body.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_BODY_PART)) throw new ImportError(fileName, 'docx-misnamed', { extension });
    throw new ImportError(fileName, 'other-zip');
  }
  if (extension === '.docx') {
    throw new ImportError(fileName, 'not-docx');
  }
  if (extension === '.pdf') throw new ImportError(fileName, 'not-pdf');
  if (extension === '.md' || extension === '.markdown') return 'md';
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'txt';
}
