import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
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
