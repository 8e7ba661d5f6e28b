/**
 * Reading back what a delegate downloaded: a zip's entries (yauzl) and the paragraphs of a
 * WordprocessingML document as plain text (every w:t and w:delText of a w:p, in order), so an
 * e2e test can say what the document reads without caring how the words were split into runs.
 */
import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';

export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** The text of each w:p in a document part, tabs and breaks as "\t" and "\n". */
export function wordParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  const open: string[] = [];
  let text: string | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:p') open.push('');
        else if (name === 'w:t' || name === 'w:delText') text = '';
        else if (open.length > 0 && (name === 'w:tab' || name === 'w:br')) open[open.length - 1] += name === 'w:tab' ? '\t' : '\n';
      },
      ontext(data) {
        if (text !== null) text += data;
      },
      onclosetag(name) {
        if ((name === 'w:t' || name === 'w:delText') && text !== null) {
          if (open.length > 0) open[open.length - 1] += text;
          text = null;
        } else if (name === 'w:p') paragraphs.push(open.pop() ?? '');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs;
}
