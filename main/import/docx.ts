/**
 * .docx → text with mammoth, after the archive has been checked: the central directory's entry
 * count, declared sizes and compression ratios first, then every entry inflated with a byte
 * cap, so a zip bomb is refused before mammoth ever inflates it.
 */
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { ImportError } from '../model/errors';
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
    throw new ImportError(fileName, `the .docx archive is damaged or truncated (${(error as Error).message})`);
  }
  if (zip.entryCount > IMPORT_LIMITS.maxZipEntries) {
    zip.close();
    throw new ImportError(fileName, `the .docx holds ${zip.entryCount} entries, more than a document plausibly has`);
  }
  let declaredTotal = 0;
  let inflatedTotal = 0;
  let hasDocument = false;

  await new Promise<void>((resolve, reject) => {
    const fail = (reason: string) => {
      zip.close();
      reject(new ImportError(fileName, reason));
    };
    zip.on('error', (error: Error) => fail(`the .docx archive is damaged (${error.message})`));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      // Entry names are only compared, never used as paths.
      if (entry.fileName === 'word/document.xml') hasDocument = true;
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (declaredTotal > IMPORT_LIMITS.maxZipUncompressedBytes) return fail('the .docx would inflate to more than 200 MB (a zip bomb?)');
      if (entry.uncompressedSize > 1024 * 1024 && ratio > IMPORT_LIMITS.maxZipEntryRatio) {
        return fail(`the .docx entry ${JSON.stringify(entry.fileName.slice(0, 60))} has a compression ratio of ${Math.round(ratio)}:1 (a zip bomb?)`);
      }
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(`the .docx entry ${JSON.stringify(entry.fileName.slice(0, 60))} cannot be read (${error?.message ?? 'no stream'})`);
        stream.on('data', (chunk: Buffer) => {
          inflatedTotal += chunk.length;
          if (inflatedTotal > IMPORT_LIMITS.maxZipUncompressedBytes) {
            stream.destroy();
            fail('the .docx inflates to more than 200 MB (a zip bomb?)');
          }
        });
        stream.on('error', (streamError: Error) => fail(`the .docx archive is damaged (${streamError.message})`));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
  if (!hasDocument) throw new ImportError(fileName, 'the archive has no word/document.xml: it is not a Word document');
}

export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await checkArchive(buffer, fileName);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer }));
  } catch (error) {
    throw new ImportError(fileName, `the .docx could not be read (${(error as Error).message})`);
  }
  // mammoth ends every paragraph with a blank line; that is what the structure reader expects.
  return value.replace(/^\ufeff/, '');
}
