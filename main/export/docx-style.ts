/**
 * How Shenyi's Word documents look: A4 with the margins of a government document (GB/T 9704),
 * Chinese type with fallbacks, page numbers in the footer. Shared by the opinion sheet, the
 * report with comments and the 修改情况说明; the office layer (office/word-package.ts) writes
 * whatever look it is given, and knows nothing of this one.
 *
 * Word looks a font up by the name in w:rFonts. 仿宋_GB2312 and 楷体_GB2312 are what official
 * documents name, but current Windows ships 仿宋 (FangSong) and 楷体 (KaiTi) instead, and macOS
 * neither; the font table below (written by office/word-fonts.ts) gives each name an w:altName, which Word and WPS use when the
 * named font is missing, and the Latin fallbacks cover the rest.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { FontTableEntry } from './office/word-fonts';
import type { WordLook } from './office/word-package';

export const FONTS = {
  body: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' },
  title: { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' },
  heading1: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' },
  heading2: { eastAsia: '楷体_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' },
  code: { eastAsia: '仿宋_GB2312', ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Consolas' },
} as const;

/** A4 in twentieths of a point, and GB/T 9704 margins (37/35/28/26 mm). */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 } as const;

const FONT_TABLE: FontTableEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: '黑体', altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: 'Times New Roman', altName: 'Liberation Serif', charset: '00', family: 'roman', pitch: 'variable' },
  { name: 'Consolas', altName: 'Courier New', charset: '00', family: 'modern', pitch: 'fixed' },
];

export const TITLE_STYLE = 'Title';
/** Heading1 … Heading6, the built-in styles documentStyles sets; `depth` 0 is the top level. */
export const headingStyle = (depth: number): string => `Heading${Math.min(Math.max(depth, 0), 5) + 1}`;
export const QUOTE_STYLE = 'ShenyiQuote';
export const LABEL_STYLE = 'ShenyiLabel';
export const NOTE_STYLE = 'ShenyiNote';

function documentStyles(bodySize: number): IStylesOptions {
  const heading = (font: IRunOptions['font'], size: number, bold: boolean) => ({
    run: { font, size, bold, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: FONTS.body, size: bodySize },
        paragraph: { spacing: { line: 360, after: 60 } },
      },
      title: { run: { font: FONTS.title, size: SIZE.erhao, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } } },
      heading1: heading(FONTS.heading1, bodySize, false),
      heading2: heading(FONTS.heading2, bodySize, false),
      heading3: heading(FONTS.body, bodySize, true),
      heading4: heading(FONTS.body, bodySize, true),
      heading5: heading(FONTS.body, bodySize, true),
      heading6: heading(FONTS.body, bodySize, true),
    },
    paragraphStyles: [
      {
        id: QUOTE_STYLE,
        name: 'Shenyi Quote',
        basedOn: 'Normal',
        run: { font: { ...FONTS.heading2 }, size: bodySize - 2, color: '404040' },
        paragraph: {
          indent: { left: 420, right: 420 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } },
          spacing: { before: 60, after: 60 },
        },
      },
      {
        id: LABEL_STYLE,
        name: 'Shenyi Opinion Label',
        basedOn: 'Normal',
        run: { font: FONTS.heading1, size: bodySize - 2 },
        paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
      },
      {
        id: NOTE_STYLE,
        name: 'Shenyi Note',
        basedOn: 'Normal',
        run: { size: bodySize - 4, color: '595959' },
        paragraph: { spacing: { before: 60, after: 60 } },
      },
    ],
  };
}

/** "— 1 —" centred in the footer, as government documents number their pages. */
function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.sihao })] })],
  });
}

function pageSetup(): Pick<ISectionOptions, 'properties' | 'footers'> {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
      },
    },
    footers: { default: pageFooter() },
  };
}

/** The whole look of a Shenyi Word document whose body text is `bodySize` half-points. */
export function documentLook(bodySize: number): WordLook {
  return { styles: documentStyles(bodySize), page: pageSetup(), fonts: FONT_TABLE };
}
