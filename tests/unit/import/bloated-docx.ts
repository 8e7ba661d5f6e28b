/**
 * An honest .docx whose XML is huge for its size, as Word writes a report formatted one
 * character at a time: every character in a run of its own with the full run properties.
 * It deflates about 70:1, under the zip-bomb ratio, so only an XML size bound refuses it.
 */
import { buildZip } from '../zip-writer';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const RUN_PROPERTIES = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:cs="仿宋_GB2312"/><w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>';

/** `report` supplies the characters, so the runs read as a real report does. */
export function bloatedDocx(report: string, xmlBytes: number): { docx: Buffer; xmlBytes: number } {
  const text = report.replace(/\s+/g, '');
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'];
  let size = 0;
  let i = 0;
  while (size < xmlBytes) {
    const paragraph: string[] = ['<w:p>'];
    for (let k = 0; k < 60; k++, i++) paragraph.push(`<w:r>${RUN_PROPERTIES}<w:t>${text[i % text.length]}</w:t></w:r>`);
    paragraph.push('</w:p>');
    const xml = paragraph.join('');
    parts.push(xml);
    size += Buffer.byteLength(xml);
  }
  parts.push('</w:body></w:document>');
  const document = Buffer.from(parts.join(''), 'utf8');
  const docx = buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document },
  ]);
  return { docx, xmlBytes: document.length };
}
