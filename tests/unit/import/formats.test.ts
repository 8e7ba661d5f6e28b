import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { readReportFile } from '../../../main/import/read-file';
import { IMPORT_LIMITS } from '../../../main/import/limits';
import { allParagraphs, child, fixtureBytes, headings, readFixture, subsections } from '../fixtures';
import { buildZip } from '../zip-writer';

async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '2026年某市政府工作报告', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph('各位代表：'),
          new Paragraph({ text: '一、2025年工作回顾', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('过去一年，全市经济运行稳中有进，地区生产总值增长5.2%。'),
          new Paragraph({ text: '二、2026年重点工作', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('（一）扩大有效需求。大力提振消费，积极扩大有效投资。'),
          new Paragraph('（二）推进科技创新。加快建设区域科技创新中心。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('formats', () => {
  it('reads a .docx made by Word-compatible software into its outline', async () => {
    const file = await readReportFile(await makeDocx(), '/tmp/report.docx');
    expect(file.format).toBe('docx');
    const [doc] = file.documents;
    expect(doc!.title).toBe('2026年某市政府工作报告');
    expect(headings(doc!.root)).toEqual(['一、2025年工作回顾', '二、2026年重点工作']);
    expect(headings(child(doc!.root, '二、'))).toEqual(['（一）扩大有效需求', '（二）推进科技创新']);
    expect(allParagraphs(doc!)[0]!.text).toBe('各位代表：');
  });

  it('reads HTML as text only: scripts, styles and markup never reach the report', async () => {
    const html = `<!doctype html><html><head><title>t</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><h1>政府工作报告</h1><p>各位代表：</p><h2>一、工作回顾</h2>
      <p>过去一年，<a href="javascript:alert(1)">经济</a>回升向好。<img src="https://example.com/x.png" onerror="alert(1)"></p>
      <p>\u202e反转\u202c文字。</p></body></html>`;
    const file = await readReportFile(Buffer.from(html, 'utf8'), 'page.html');
    const [doc] = file.documents;
    expect(doc!.title).toBe('政府工作报告');
    const texts = allParagraphs(doc!).map((p) => p.text);
    expect(texts).toEqual(['各位代表：', '过去一年，经济回升向好。', '反转文字。']);
    expect(file.sourceText).not.toMatch(/alert|<|example\.com|color/);
  });

  it('reads Markdown without its heading marks', async () => {
    const md = '# 政府工作报告\n\n各位代表：\n\n## 一、工作回顾\n\n过去一年，经济回升向好。\n\n### （一）稳增长\n\n> 引文段落。\n';
    const [doc] = (await readReportFile(Buffer.from(md, 'utf8'), 'r.md')).documents;
    expect(doc!.title).toBe('政府工作报告');
    expect(headings(doc!.root)).toEqual(['一、工作回顾']);
    expect(headings(child(doc!.root, '一、'))).toEqual(['（一）稳增长']);
    expect(allParagraphs(doc!).map((p) => p.text)).toContain('引文段落。');
  });

  it('reads a PDF text layer into paragraphs, with radical glyphs mapped back and pages joined', async () => {
    const file = await readFixture('beijing-2026-excerpt.pdf');
    const [doc] = file.documents;
    expect(doc!.title).toBe('2026年北京市政府工作报告');
    expect(headings(doc!.root)[0]).toBe('一、2025年工作回顾');
    expect(subsections(child(doc!.root, '一、'))).toHaveLength(6);
    const txt = (await readFixture('beijing-2026-zh-hans.txt')).documents[0]!;
    const fromText = child(txt.root, '一、').paragraphs.map((p) => p.text);
    expect(child(doc!.root, '一、').paragraphs.map((p) => p.text)).toEqual(fromText);
  });

  it('handles CR LF, CR CR LF, lone CR and mixed endings alike', async () => {
    const lines = ['各位代表：', '一、工作回顾', '过去一年，经济回升向好。', '二、今年工作', '扎实推进各项工作。'];
    const outlines = await Promise.all(
      ['\n', '\r\n', '\r\r\n', '\r'].map(async (eol) => {
        const [doc] = (await readReportFile(Buffer.from(lines.join(eol), 'utf8'), 'eol.txt')).documents;
        return { headings: headings(doc!.root), paragraphs: allParagraphs(doc!).map((p) => p.text) };
      }),
    );
    const mixed = (await readReportFile(Buffer.from('各位代表：\r\n一、工作回顾\n过去一年，经济回升向好。\r二、今年工作\r\r\n扎实推进各项工作。', 'utf8'), 'mixed.txt')).documents[0]!;
    for (const outline of [...outlines, { headings: headings(mixed.root), paragraphs: allParagraphs(mixed).map((p) => p.text) }]) {
      expect(outline).toEqual({ headings: ['一、工作回顾', '二、今年工作'], paragraphs: ['各位代表：', '过去一年，经济回升向好。', '扎实推进各项工作。'] });
    }
  });

  it('offers a page holding several reports (…篇1, …篇2) as several documents', async () => {
    const text = '某市政府工作报告\n\n下面小编给大家分享几篇某市政府工作报告，一起看一下吧！\n\n某市政府工作报告篇1\n\n各位代表：\n\n一、回顾\n\n甲年工作很好。\n\n某市政府工作报告篇2\n\n各位代表：\n\n一、回顾\n\n乙年工作也好。\n';
    const { documents } = await readReportFile(Buffer.from(text, 'utf8'), 'two.txt');
    expect(documents.map((d) => d.title)).toEqual(['某市政府工作报告', '某市政府工作报告']);
    expect(documents.map((d) => allParagraphs(d).map((p) => p.text))).toEqual([
      ['各位代表：', '甲年工作很好。'],
      ['各位代表：', '乙年工作也好。'],
    ]);
    expect(documents[0]!.debris.map((d) => d.reason)).toEqual(['page-header', 'promo']);
  });

  it('a Wikisource licence footer ends where it ends, not at the end of the page', async () => {
    const wiki = fixtureBytes('national-2024-wikisource-zh-hans.txt').toString('utf8');
    const city = fixtureBytes('zhejiang-2026-zh-hans.txt').toString('utf8');
    const page = `两篇报告篇1\n\n${wiki}\n\n两篇报告篇2\n\n${city}`;
    const { documents } = await readReportFile(Buffer.from(page, 'utf8'), 'page.txt');
    expect(documents).toHaveLength(2);
    const [first, second] = documents;
    expect(first!.debris.filter((d) => d.reason === 'licence-footer').at(-1)!.text).toBe('false');
    expect(second!.debris.some((d) => d.reason === 'licence-footer')).toBe(false);
    expect(headings(second!.root)).toEqual(['一、2025年主要工作和“十四五”发展成就', '二、“十五五”时期的主要目标任务', '三、2026年重点工作']);
  });
});

describe('bad input: a clear error naming the file and the reason', () => {
  const cases: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
    ['empty.txt', () => Buffer.alloc(0), /^empty\.txt: the file is empty$/],
    ['blank.txt', () => Buffer.from('\n \n\u3000\n', 'utf8'), /^blank\.txt: no report text was found/],
    ['binary.txt', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^binary\.txt: this is a binary file/],
    ['undecodable.txt', () => Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0xfd, 0x81]), /^undecodable\.txt: the text could not be decoded/],
    ['truncated.docx', async () => (await makeDocx()).subarray(0, 900), /^truncated\.docx: the \.docx archive is damaged or truncated/],
    ['notzip.docx', () => Buffer.from('这不是压缩包', 'utf8'), /^notzip\.docx: the file is named \.docx but is not a Word document/],
    ['old.docx', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^old\.docx: this is an old Word \.doc \(OLE\) file/],
    ['~$lock.docx', () => Buffer.from('lock'), /^~\$lock\.docx: this is a Word lock file/],
    ['nodoc.docx', () => buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]), /^nodoc\.docx: the archive has no word\/document\.xml/],
    [
      'bomb.docx',
      () => buildZip([{ name: 'word/document.xml', data: Buffer.alloc(150 * 1024 * 1024, 0x20) }]),
      /^bomb\.docx: the \.docx entry "word\/document\.xml" has a compression ratio of \d+:1/,
    ],
    [
      'liar.docx',
      () => buildZip([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 1000 }]),
      /^liar\.docx: the \.docx archive is damaged/,
    ],
    ['scan.pdf', () => fixtureBytes('beijing-2026-excerpt.pdf').subarray(0, 2000), /^scan\.pdf: /],
    ['word.pdf', () => makeDocx(), /^word\.pdf: this is a Word document \(\.docx\) named \.pdf: rename it to \.docx, or read it as one/],
    ['archive.pdf', () => buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]), /^archive\.pdf: this is a zip archive; only \.docx archives/],
  ];

  for (const [name, bytes, message] of cases) {
    it(name, async () => {
      await expect(readReportFile(await bytes(), `/some/folder/${name}`)).rejects.toThrow(message);
    });
  }

  it('a 200 MB file is refused by size before any parsing', async () => {
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x41);
    await expect(readReportFile(huge, 'huge.txt')).rejects.toThrow(
      new RegExp(`^huge\\.txt: the file is 200 MB; Shenyi imports reports of up to ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB$`),
    );
  });
});
