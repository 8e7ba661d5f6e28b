/** Builds a small .docx report with the `docx` package, as Word would save it. */
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

export interface DocxReport {
  title: string;
  /** Body lines in order: headings such as 一、… and （一）… and plain paragraphs. */
  lines: string[];
}

export async function writeReportDocx(path: string, report: DocxReport): Promise<void> {
  const document = new Document({
    creator: 'Shenyi e2e',
    sections: [
      {
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
          ...report.lines.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(document));
}
