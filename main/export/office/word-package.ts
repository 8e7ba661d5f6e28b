/**
 * A .docx made from two sources. The docx package writes the skeleton — styles, the font
 * table, settings, page setup and the numbered footer, document properties, relationships and
 * content types: small parts where its tested defaults are worth having — around an empty body.
 * Shenyi's own WordprocessingML (wordml.ts) then fills the body and the comments, the parts
 * that grow with the opinions, and the whole is zipped again (zip-writer.ts).
 *
 * The docx package only registers a comments part when it has a comment, so a skeleton that
 * needs one gets a placeholder, replaced with the real comments.
 */
import { Document, Packer, Paragraph, type IPropertiesOptions, type ISectionOptions, type IStylesOptions } from 'docx';
import yauzl from 'yauzl';
import { fontTablePart, type FontTableEntry } from './word-fonts';
import { ZipWriter } from './zip-writer';

/** How a document looks, declared by its layout: the office layer writes it and holds no look of its own. */
export interface WordLook {
  /** The styles part: defaults, headings and the layout's own paragraph styles. */
  styles: IStylesOptions;
  /** The one section's page size, margins and footer. */
  page: Pick<ISectionOptions, 'properties' | 'footers'>;
  /** The font table, with the fallback of each font the styles and runs name. */
  fonts: readonly FontTableEntry[];
}

export interface WordContent {
  /** The body's blocks (paragraphs and tables) as WordprocessingML, in order. */
  body: Iterable<string>;
  /** The w:comment elements of word/comments.xml; null for a document without comments. */
  comments: Iterable<string> | null;
}

export type WordProperties = Omit<IPropertiesOptions, 'sections' | 'comments' | 'styles'>;

const DOCUMENT_PART = 'word/document.xml';
const COMMENTS_PART = 'word/comments.xml';

/** The parts of a zip, in its order. Only ever the skeleton docx itself just wrote: trusted and small. */
function readParts(bytes: Buffer): Promise<{ path: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('no zip'));
      const parts: { path: string; data: Buffer }[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`no stream for ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            parts.push({ path: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The skeleton's part with `inner` in place of what lies between `start` and `end`, which must
 * match `expected`: if a docx release writes its parts differently, this fails loudly instead
 * of writing a broken file.
 */
function* spliced(xml: string, start: number, end: number, expected: RegExp, inner: Iterable<string>): Generator<string> {
  if (start < 0 || end < start || !expected.test(xml.slice(start, end))) throw new Error('the docx skeleton is not shaped as expected');
  yield xml.slice(0, start);
  yield* inner;
  yield xml.slice(end);
}

/** The body: empty in the skeleton but for its section properties (page, margins, footer), which must stay its last child. */
function bodyWith(xml: string, body: Iterable<string>): Iterable<string> {
  const open = xml.indexOf('<w:body>');
  return spliced(xml, open < 0 ? -1 : open + '<w:body>'.length, xml.lastIndexOf('<w:sectPr'), /^$/, body);
}

/** The comments, in place of the placeholder. */
function commentsWith(xml: string, comments: Iterable<string>): Iterable<string> {
  return spliced(xml, xml.indexOf('<w:comment '), xml.lastIndexOf('</w:comments>'), /^<w:comment [^]*<\/w:comment>$/, comments);
}

export async function packWordDocument(properties: WordProperties, look: WordLook, content: WordContent): Promise<Uint8Array> {
  const skeleton = new Document({
    ...properties,
    styles: look.styles,
    ...(content.comments ? { comments: { children: [{ id: 0, author: 'Shenyi', children: [new Paragraph('')] }] } } : {}),
    sections: [{ ...look.page, children: [] }],
  });
  const parts = await readParts(await Packer.toBuffer(skeleton, false, [fontTablePart(look.fonts)]));
  const wanted = new Set(content.comments ? [DOCUMENT_PART, COMMENTS_PART] : [DOCUMENT_PART]);
  const zip = new ZipWriter();
  for (const { path, data } of parts) {
    if (path === DOCUMENT_PART) zip.add(path, bodyWith(data.toString('utf8'), content.body));
    else if (path === COMMENTS_PART && content.comments) zip.add(path, commentsWith(data.toString('utf8'), content.comments));
    else zip.add(path, data);
    wanted.delete(path);
  }
  if (wanted.size > 0) throw new Error(`the docx skeleton has no ${[...wanted].join(', ')}`);
  return zip.finish();
}
