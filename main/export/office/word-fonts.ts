/**
 * word/fontTable.xml from a list of fonts. Word looks a font up by the name a run gives in
 * w:rFonts; the table's w:altName is what Word and WPS use instead when that font is missing,
 * so a document can name the fonts official documents name and still read on a machine
 * without them. Which fonts those are is the document's look (main/export/docx-style.ts).
 */
import { escapeXml } from './xml-escape';

export interface FontTableEntry {
  name: string;
  altName: string;
  /** w:charset: 86 is GB2312, 00 ANSI. */
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  pitch: 'variable' | 'fixed';
}

export function fontTableXml(fonts: readonly FontTableEntry[]): string {
  const entries = fonts
    .map(
      (font) =>
        `<w:font w:name="${escapeXml(font.name)}"><w:altName w:val="${escapeXml(font.altName)}"/>` +
        `<w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries +
    '</w:fonts>'
  );
}

/** The part, as docx's Packer takes an override of one it writes itself. */
export const fontTablePart = (fonts: readonly FontTableEntry[]) => ({ path: 'word/fontTable.xml', data: fontTableXml(fonts) });
