/**
 * The importer's entry point: one file's bytes → a ParsedFile (decoded text and the documents
 * found in it). Nothing here touches the store, so a file that fails leaves no trace.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ParsedFile, SourceFormat } from '../model/report';
import { ImportError } from '../model/errors';
import { parseText } from '../structure/parse-text';
import { decodeText } from './decode';
import { encodingNote } from './encoding-note';
import { extractDocxText } from './docx';
import { extractHtmlText } from './html';
import { IMPORT_LIMITS } from './limits';
import { extractPdfText } from './pdf';
import { sniffFormat } from './sniff';

export interface ReadOptions {
  restoredDebris?: Iterable<number>;
  headingCorrections?: ReadonlyMap<number, boolean>;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

async function extractText(bytes: Uint8Array, fileName: string, format: SourceFormat): Promise<{ text: string; encoding: string; encodingNote: string }> {
  switch (format) {
    case 'docx':
      return { text: await extractDocxText(bytes, fileName), encoding: 'utf-8 (docx)', encodingNote: 'a Word document stores its text as UTF-8 XML' };
    case 'pdf':
      return { text: await extractPdfText(bytes, fileName), encoding: 'pdf text layer', encodingNote: "read from the PDF's text layer, not from bytes of text" };
    case 'html': {
      const decoded = decodeText(bytes, fileName);
      return { text: extractHtmlText(decoded.text), encoding: decoded.encoding, encodingNote: encodingNote(bytes, decoded.encoding) };
    }
    case 'md':
    case 'txt': {
      const decoded = decodeText(bytes, fileName);
      return { ...decoded, encodingNote: encodingNote(bytes, decoded.encoding) };
    }
  }
}

/** Refuses a file by its size alone, so callers can check before reading it into memory. */
export function checkFileSize(size: number, filePath: string): void {
  const fileName = basename(filePath);
  if (size === 0) throw new ImportError(fileName, 'empty');
  if (size > IMPORT_LIMITS.maxFileBytes) {
    throw new ImportError(fileName, 'too-large', { size: formatSize(size), limit: formatSize(IMPORT_LIMITS.maxFileBytes) });
  }
}

export async function readReportFile(bytes: Uint8Array, filePath: string, options: ReadOptions = {}): Promise<ParsedFile> {
  const fileName = basename(filePath);
  checkFileSize(bytes.length, filePath);
  const format = sniffFormat(bytes, fileName);
  const { text, encoding, encodingNote } = await extractText(bytes, fileName, format);
  if (text.length > IMPORT_LIMITS.maxExtractedChars) throw new ImportError(fileName, 'too-much-text');

  return parseSource({ fileName, format, encoding, encodingNote, sourceText: text, contentHash: createHash('sha256').update(bytes).digest('hex') }, options);
}

/** Re-reads stored source text (for instance after the user restored a debris line). */
export function parseSource(
  file: Omit<ParsedFile, 'documents'>,
  options: ReadOptions = {},
): ParsedFile {
  const documents = parseText(file.sourceText, {
    fallbackTitle: basename(file.fileName, extname(file.fileName)),
    restoredDebris: options.restoredDebris,
    headingCorrections: options.headingCorrections,
    markdown: file.format === 'md',
  });
  if (documents.length === 0 || documents.every((document) => document.paragraphCount === 0)) {
    throw new ImportError(file.fileName, 'no-report-text');
  }
  return { ...file, documents };
}
