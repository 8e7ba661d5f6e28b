import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { crc32, deflateSync } from 'node:zlib';
import { decodeText } from '../../../main/import/decode';
import { fixtureBytes } from '../fixtures';

describe('decodeText', () => {
  it('reads UTF-8 and strips a BOM so the first paragraph does not start with U+FEFF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('各位代表：\n一、工作回顾', 'utf8')]);
    const { text, encoding } = decodeText(bytes, 'bom.txt');
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('各位代表')).toBe(true);
  });

  it('detects GB18030 from the bytes and gives back the UTF-8 original exactly', () => {
    const decoded = decodeText(fixtureBytes('national-2024-wikisource-zh-hans-gb18030.txt'), 'x.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(fixtureBytes('national-2024-wikisource-zh-hans.txt').toString('utf8'));
  });

  it('detects Big5-HKSCS and decodes 鈎 as the real character, not a private-use code point', () => {
    const decoded = decodeText(fixtureBytes('jinzhong-report-zh-hant-big5hkscs.txt'), 'x.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(fixtureBytes('jinzhong-report-zh-hant.txt').toString('utf8'));
    expect(decoded.text).toContain('掛鈎');
  });

  it('detects plain Big5 of a Traditional report', () => {
    const decoded = decodeText(fixtureBytes('national-1954-wikisource-zh-hant-big5.txt'), 'x.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toContain('各位代表');
  });

  it('tells GBK text from Big5 text even though both decode without errors', () => {
    const gbk = iconv.encode('现在，我代表国务院，向大会报告政府工作，请予审议。', 'gbk');
    expect(decodeText(gbk, 'g.txt').text).toBe('现在，我代表国务院，向大会报告政府工作，请予审议。');
    const big5 = iconv.encode('現在，我代表國務院，向大會報告政府工作，請予審議。', 'big5');
    expect(decodeText(big5, 'b.txt').text).toBe('現在，我代表國務院，向大會報告政府工作，請予審議。');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体要求', 'utf16le')]);
    expect(decodeText(bytes, 'u16.txt')).toEqual({ text: '一、总体要求', encoding: 'utf-16le' });
  });

  it('refuses empty, binary and undecodable files with the file name in the message', () => {
    expect(() => decodeText(Buffer.alloc(0), 'empty.txt')).toThrow(/^empty\.txt: the file is empty/);
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), 'zip.txt')).toThrow(/^zip\.txt: this is a binary file/);
    const broken = Buffer.concat([Buffer.from('报告', 'utf8'), Buffer.from([0xff, 0xff, 0xff, 0x80])]);
    expect(() => decodeText(broken, 'broken.txt')).toThrow(/^broken\.txt: the text could not be decoded/);
  });
});

/** A real PNG file: signature, IHDR, one deflated IDAT of noise pixels, IEND, each with its CRC. */
function pngOf(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(4);
    frame.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([frame, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < rows.length; i++) rows[i] = i % (width * 3 + 1) === 0 ? 0 : (i * 7919) % 251;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('decodeText without a byte-order mark', () => {
  const report = fixtureBytes('zhejiang-2026-zh-hans.txt').toString('utf8');

  it('reads a real report encoded as UTF-16LE or UTF-16BE without a BOM, exactly', () => {
    const le = Buffer.from(report, 'utf16le');
    expect(decodeText(le, 'le.txt')).toEqual({ text: report, encoding: 'utf-16le' });
    const be = Buffer.from(report, 'utf16le').swap16();
    expect(decodeText(be, 'be.txt')).toEqual({ text: report, encoding: 'utf-16be' });
  });

  it('reads UTF-16 whose bytes hold no zero byte at all (CJK only, no line breaks)', () => {
    const line = '现在，我代表国务院，向大会报告政府工作，请予审议。';
    expect(decodeText(Buffer.from(line, 'utf16le'), 'le.txt')).toEqual({ text: line, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(line, 'utf16le').swap16(), 'be.txt')).toEqual({ text: line, encoding: 'utf-16be' });
  });

  it('keeps refusing true binaries: a PNG and random bytes', () => {
    const png = pngOf(64, 64);
    expect(() => decodeText(png, 'picture.txt')).toThrow(/^picture\.txt: this is a binary file/);
    // A fixed pseudo-random sequence, so the test reads the same bytes every run.
    let seed = 20260314;
    const random = Buffer.alloc(256 * 1024, 0).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    expect(() => decodeText(random, 'noise.txt')).toThrow(/^noise\.txt: this is a binary file/);
  });

  it('checks the whole text for NUL bytes, not only its first 64 KiB', () => {
    const head = Buffer.from(report, 'utf8');
    expect(head.length).toBeGreaterThan(64 * 1024);
    const tainted = Buffer.concat([head, Buffer.alloc(16), Buffer.from('各位代表', 'utf8')]);
    expect(() => decodeText(tainted, 'tail.txt')).toThrow(/^tail\.txt: this is a binary file/);
    const controls = Buffer.concat([head, Buffer.alloc(8 * 1024, 0x01)]);
    expect(() => decodeText(controls, 'controls.txt')).toThrow(/^controls\.txt: this is a binary file/);
  });
});
