/**
 * .docx → text with mammoth, after the archive has been checked: the central directory's entry
 * count, declared sizes and compression ratios first, then every entry inflated with a byte
 * cap, so a zip bomb is refused before mammoth ever inflates it.
 */
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { ImportError } from '../model/errors';
import type { ImportProblem, ImportProblemParams } from '../model/import-problems';
import { IMPORT_LIMITS } from './limits';

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    );
  });
}

async function checkArchive(bytes: Buffer, fileName: string): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw new ImportError(fileName, 'docx-damaged', { detail: (error as Error).message });
  }
  if (zip.entryCount > IMPORT_LIMITS.maxZipEntries) {
    zip.close();
    throw new ImportError(fileName, 'docx-too-many-entries', { entries: zip.entryCount });
  }
  let declaredTotal = 0;
  let declaredXml = 0;
  let inflatedTotal = 0;
  let hasDocument = false;

  await new Promise<void>((resolve, reject) => {
    const fail = (problem: ImportProblem, params: ImportProblemParams = {}) => {
      zip.close();
      reject(new ImportError(fileName, problem, params));
    };
    zip.on('error', (error: Error) => fail('docx-damaged', { detail: error.message }));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      // Entry names are only compared, never used as paths.
      if (entry.fileName === 'word/document.xml') hasDocument = true;
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (declaredTotal > IMPORT_LIMITS.maxZipUncompressedBytes) return fail('docx-too-big');
      if (entry.uncompressedSize > 1024 * 1024 && ratio > IMPORT_LIMITS.maxZipEntryRatio) {
        return fail('docx-ratio', { entry: entry.fileName.slice(0, 60), ratio: Math.round(ratio) });
      }
      if (/\.(xml|rels)$/i.test(entry.fileName)) declaredXml += entry.uncompressedSize;
      if (declaredXml > IMPORT_LIMITS.maxDocxXmlBytes) {
        return fail('docx-xml-too-big', { megabytes: Math.ceil(declaredXml / 1024 / 1024), limit: IMPORT_LIMITS.maxDocxXmlBytes / 1024 / 1024 });
      }
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail('docx-damaged', { detail: `${entry.fileName.slice(0, 60)}: ${error?.message ?? 'no stream'}` });
        stream.on('data', (chunk: Buffer) => {
          inflatedTotal += chunk.length;
          if (inflatedTotal > IMPORT_LIMITS.maxZipUncompressedBytes) {
            stream.destroy();
            fail('docx-too-big');
          }
        });
        stream.on('error', (streamError: Error) => fail('docx-damaged', { detail: streamError.message }));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
  if (!hasDocument) throw new ImportError(fileName, 'docx-no-document');
}

export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await checkArchive(buffer, fileName);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer }));
  } catch (error) {
    throw new ImportError(fileName, 'docx-unreadable', { detail: (error as Error).message });
  }
  // mammoth ends every paragraph with a blank line; that is what the structure reader expects.
  return value.replace(/^\ufeff/, '');
}
