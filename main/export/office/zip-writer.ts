/**
 * The zip container of the Office files Shenyi writes (.docx, .xlsx), per PKWARE's APPNOTE:
 * every part deflated by node:zlib, then a central directory. Written here because the parts
 * that matter are large — tens of megabytes of XML for 10,000 opinions, a hundred for a
 * 100,000-row sheet — and native deflate takes a fraction of the time of the JavaScript
 * deflate inside the docx and exceljs packages.
 *
 * A large part may be given as a sequence of strings: they are encoded into one reused buffer
 * and deflated a piece at a time, each piece closed with a sync flush (an empty stored block,
 * not marked final) and the last with a final block, so the pieces join into one valid DEFLATE
 * stream and the whole XML never exists as one string or one buffer. Encoding each string
 * where it goes, rather than joining a piece's strings first, made the 100,000-row sheet
 * about a sixth faster.
 *
 * Every entry carries the same fixed time (1980-01-01, the format's first day): the same input
 * gives the same bytes. No Zip64: a part or a file over 4 GiB is refused, far beyond any export.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Bytes per deflated piece. Small enough that the buffer the texts are encoded into is reused
 * while still warm in the cache, large enough that the per-piece cost of a deflate stream stays
 * small (both 96 and 512 KiB measured slower on the 100,000-row sheet).
 */
const PIECE_BYTES = 192 * 1024;
/** Longer texts are encoded on their own, so one always fits in what is left of the buffer. */
const MAX_DIRECT_CHARS = 64 * 1024;
/**
 * Deflate's fastest level: a third of the time of the default on sheet and document XML, for a
 * file about a quarter larger (10.7 MB against 8.6 MB for 100,000 rows).
 */
const LEVEL = 1;
const MAX_32 = 0xffffffff;
/** MS-DOS date of 1980-01-01 (year 0, month 1, day 1); the time is 00:00. */
const DOS_DATE = (1 << 5) | 1;
/** Bit 11: the entry's name is UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

export type ZipContent = string | Uint8Array | Iterable<string>;

interface Entry {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;

  /** Adds one part; text is written as UTF-8. */
  add(path: string, content: ZipContent): void {
    const compressed: Buffer[] = [];
    let crc = 0;
    let size = 0;
    const deflate = (bytes: Uint8Array, last: boolean) => {
      crc = crc32(bytes, crc);
      size += bytes.length;
      compressed.push(deflateRawSync(bytes, last ? { level: LEVEL } : { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }));
    };
    if (typeof content === 'string') deflate(Buffer.from(content, 'utf8'), true);
    else if (content instanceof Uint8Array) deflate(content, true);
    else {
      // Text is encoded straight into one reused buffer: no joined string, no buffer per piece.
      const buffer = Buffer.allocUnsafe(PIECE_BYTES + 3 * MAX_DIRECT_CHARS);
      let used = 0;
      for (const text of content) {
        if (text.length > MAX_DIRECT_CHARS) {
          if (used > 0) deflate(buffer.subarray(0, used), false);
          used = 0;
          deflate(Buffer.from(text, 'utf8'), false);
          continue;
        }
        used += buffer.write(text, used, 'utf8');
        if (used >= PIECE_BYTES) {
          deflate(buffer.subarray(0, used), false);
          used = 0;
        }
      }
      deflate(buffer.subarray(0, used), true);
    }
    const compressedSize = compressed.reduce((sum, chunk) => sum + chunk.length, 0);
    const name = Buffer.from(path, 'utf8');
    if (size > MAX_32 || compressedSize > MAX_32) throw new Error(`zip part ${path} is over 4 GiB`);
    const entry: Entry = { name, crc, compressedSize, size, offset: this.offset };
    this.entries.push(entry);
    this.push(localHeader(entry), ...compressed);
  }

  /** The finished file. The writer must not be used after this. */
  finish(): Buffer {
    const directoryOffset = this.offset;
    for (const entry of this.entries) this.push(directoryHeader(entry));
    const directorySize = this.offset - directoryOffset;
    if (this.offset > MAX_32 || this.entries.length > 0xffff) throw new Error('zip file is over 4 GiB or 65,535 parts');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryOffset, 16);
    this.push(end);
    return Buffer.concat(this.chunks, this.offset);
  }

  private push(...chunks: Buffer[]): void {
    for (const chunk of chunks) {
      this.chunks.push(chunk);
      this.offset += chunk.length;
    }
  }
}

/** The fields a local header and a central directory header share, from "version needed" on. */
function writeCommon(header: Buffer, at: number, entry: Entry): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(0, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(entry.crc >>> 0, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.name.length, at + 22);
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30 + entry.name.length);
  header.writeUInt32LE(0x04034b50, 0);
  writeCommon(header, 4, entry);
  entry.name.copy(header, 30);
  return header;
}

function directoryHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46 + entry.name.length);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  writeCommon(header, 6, entry);
  header.writeUInt32LE(entry.offset, 42);
  entry.name.copy(header, 46);
  return header;
}
