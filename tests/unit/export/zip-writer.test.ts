/**
 * The zip writer, read back by yauzl (a reader that did not write it): every kind of part
 * survives byte for byte, a part given as many pieces joins into one, and the same parts give
 * the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { ZipWriter } from '../../../main/export/office/zip-writer';
import { unzip } from './ooxml';

function* manyPieces(count: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    yield `<row r="${i}">第${i}行：“引号”与 emoji 🎉</row>`;
    // Now and then a text longer than a piece, as a pasted report in a note's body is.
    if (i % 20_000 === 7) yield `<long>${'长文本，'.repeat(60_000)}</long>`;
  }
}

function build(): Buffer {
  const zip = new ZipWriter();
  zip.add('[Content_Types].xml', '<Types/>');
  zip.add('word/media/blob.bin', new Uint8Array([0, 1, 2, 255, 254]));
  zip.add('xl/worksheets/sheet1.xml', manyPieces(50_000));
  zip.add('empty.xml', manyPieces(0));
  return zip.finish();
}

describe('the zip writer', () => {
  it('writes parts any zip reader opens, text as UTF-8, large parts from many pieces', async () => {
    const files = await unzip(build());
    expect([...files.keys()]).toEqual(['[Content_Types].xml', 'word/media/blob.bin', 'xl/worksheets/sheet1.xml', 'empty.xml']);
    expect(files.get('[Content_Types].xml')!.toString('utf8')).toBe('<Types/>');
    expect([...files.get('word/media/blob.bin')!]).toEqual([0, 1, 2, 255, 254]);
    // Several megabytes of text: many deflated pieces, one part.
    expect(files.get('xl/worksheets/sheet1.xml')!.toString('utf8')).toBe([...manyPieces(50_000)].join(''));
    expect(files.get('empty.xml')!.length).toBe(0);
  });

  it('gives the same bytes for the same parts', () => {
    expect(build().equals(build())).toBe(true);
  });
});
