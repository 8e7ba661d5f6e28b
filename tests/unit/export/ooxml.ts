/**
 * Reading back what the builders wrote: a zip's entries (yauzl), and WordprocessingML as a
 * stream of the tokens that matter here — paragraphs, text (deleted, inserted or plain),
 * comment range starts and ends and references — so tests can ask what a comment covers and
 * what the text reads when every change is accepted or rejected.
 */
import { Parser } from 'htmlparser2';

// One zip reader for every test that opens what Shenyi wrote (tests/support/office.ts).
export { unzip } from '../../support/office';

export type Token =
  | { kind: 'paragraph'; style: string | null; markDeleted: boolean }
  | { kind: 'text'; text: string; deleted: boolean; inserted: boolean; bold: boolean; revision: { id: string; author: string; date: string } | null }
  | { kind: 'start' | 'end' | 'reference'; id: string };

/** The document's tokens; a `paragraph` token closes each paragraph (with its style). */
export function wordTokens(xml: string): Token[] {
  const tokens: Token[] = [];
  let style: string | null = null;
  let markDeleted = false;
  let inParagraphProps = false;
  let revision: { id: string; author: string; date: string; deleted: boolean } | null = null;
  let bold = false;
  let text: string | null = null;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        switch (name) {
          case 'w:p':
            depth++;
            style = null;
            markDeleted = false;
            break;
          case 'w:pPr':
            inParagraphProps = true;
            break;
          case 'w:pStyle':
            if (inParagraphProps) style = attributes['w:val'] ?? null;
            break;
          case 'w:del':
          case 'w:ins':
            if (inParagraphProps) {
              if (name === 'w:del') markDeleted = true;
            } else revision = { id: attributes['w:id']!, author: attributes['w:author']!, date: attributes['w:date']!, deleted: name === 'w:del' };
            break;
          case 'w:r':
            bold = false;
            break;
          case 'w:b':
            if (attributes['w:val'] !== 'false' && attributes['w:val'] !== '0') bold = true;
            break;
          case 'w:t':
          case 'w:delText':
            text = '';
            break;
          case 'w:tab':
            if (!inParagraphProps && depth > 0) tokens.push({ kind: 'text', text: '\t', deleted: false, inserted: false, bold, revision: null });
            break;
          case 'w:br':
            if (depth > 0) tokens.push({ kind: 'text', text: '\n', deleted: false, inserted: false, bold, revision: null });
            break;
          case 'w:commentRangeStart':
            tokens.push({ kind: 'start', id: attributes['w:id']! });
            break;
          case 'w:commentRangeEnd':
            tokens.push({ kind: 'end', id: attributes['w:id']! });
            break;
          case 'w:commentReference':
            tokens.push({ kind: 'reference', id: attributes['w:id']! });
            break;
        }
      },
      ontext(data) {
        if (text !== null) text += data;
      },
      onclosetag(name) {
        switch (name) {
          case 'w:pPr':
            inParagraphProps = false;
            break;
          case 'w:t':
          case 'w:delText':
            if (text !== null && text !== '') {
              const r = revision;
              tokens.push({
                kind: 'text',
                text,
                deleted: r?.deleted === true,
                inserted: r !== null && !r.deleted,
                bold,
                revision: r ? { id: r.id, author: r.author, date: r.date } : null,
              });
            }
            text = null;
            break;
          case 'w:del':
          case 'w:ins':
            if (!inParagraphProps) revision = null;
            break;
          case 'w:p':
            depth--;
            tokens.push({ kind: 'paragraph', style, markDeleted });
            break;
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return tokens;
}

/** The paragraphs' texts as the document reads with every change accepted or rejected (or as marked up: both). */
export function paragraphTexts(tokens: Token[], mode: 'accept' | 'reject' | 'both' = 'both'): { text: string; style: string | null }[] {
  const paragraphs: { text: string; style: string | null }[] = [];
  let current = '';
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (mode === 'accept' && token.deleted) continue;
      if (mode === 'reject' && token.inserted) continue;
      current += token.text;
    } else if (token.kind === 'paragraph') {
      // Accepting a deleted paragraph mark joins the paragraph with the next one.
      if (mode === 'accept' && token.markDeleted) continue;
      paragraphs.push({ text: current, style: token.style });
      current = '';
    }
  }
  return paragraphs;
}

/** The words between a comment's range start and end (paragraph breaks as "\n"), changes rejected. */
export function commentedText(tokens: Token[], id: string): string {
  let inside = false;
  let text = '';
  for (const token of tokens) {
    if (token.kind === 'start' && token.id === id) inside = true;
    else if (token.kind === 'end' && token.id === id) return text;
    else if (inside && token.kind === 'text' && !token.inserted) text += token.text;
    else if (inside && token.kind === 'paragraph') text += '\n';
  }
  throw new Error(`comment ${id} has no complete range`);
}

export interface WordComment {
  id: string;
  author: string;
  initials: string;
  date: string;
  text: string;
}

export function wordComments(xml: string): Map<string, WordComment> {
  const comments = new Map<string, WordComment>();
  let current: WordComment | null = null;
  let text: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'w:comment') {
          current = { id: attributes['w:id']!, author: attributes['w:author'] ?? '', initials: attributes['w:initials'] ?? '', date: attributes['w:date'] ?? '', text: '' };
        } else if (name === 'w:t') text = '';
        else if (name === 'w:br' && current) current.text += '\n';
        else if (name === 'w:tab' && current && text === null) current.text += '\t';
      },
      ontext(data) {
        if (text !== null) text += data;
      },
      onclosetag(name) {
        if (name === 'w:t' && current && text !== null) current.text += text;
        if (name === 'w:t') text = null;
        if (name === 'w:p' && current) current.text += '\n';
        if (name === 'w:comment' && current) {
          current.text = current.text.replace(/\n$/, '');
          comments.set(current.id, current);
          current = null;
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return comments;
}

/** Every w:id of comments, insertions and deletions: they must be unique across the document. */
export function annotationIds(documentXml: string): { comments: string[]; revisions: string[] } {
  const comments = [...documentXml.matchAll(/<w:commentRangeStart w:id="(\d+)"/g)].map((m) => m[1]!);
  const revisions = [...documentXml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]!);
  return { comments, revisions };
}
