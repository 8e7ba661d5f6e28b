import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Paragraph, Section } from '../api/contract';
import type { TextConverter } from '../script/converters';
import type { Translate } from '../i18n/translate';
import type { Insertion } from '../annotations/OpinionStore';
import { useInsertions, useSession } from '../annotations/AnnotationContext';
import { MarginNotes } from '../notes/MarginNotes';
import { SectionNoteButton } from '../notes/NoteButtons';

interface Props {
  paragraph: Paragraph;
  /** Set when this paragraph opens a run-in section: its first headingLength characters are the heading. */
  runIn: Section | null;
  convert: TextConverter;
  t: Translate;
}

/**
 * One paragraph as a grid row: number | text | margin, so a note in the margin stays level with
 * its paragraph at any width. The row re-renders only when its paragraph, the script or its
 * suggestion insertions change; highlights are painted over its text by the session's painter,
 * which is told after every render because the text nodes may then be new.
 */
export const ParagraphRow = memo(function ParagraphRow({ paragraph, runIn, convert, t }: Props) {
  const { id, number, text } = paragraph;
  const session = useSession();
  const insertions = useInsertions(session, id);
  const textRef = useRef<HTMLParagraphElement>(null);
  const headingLength = runIn ? Math.min(paragraph.headingLength, text.length) : 0;

  useLayoutEffect(() => {
    const element = textRef.current;
    if (session && element) session.painter.attach(id, element, text);
  });
  useLayoutEffect(() => {
    const element = textRef.current;
    return () => {
      if (session && element) session.painter.detach(id, element);
    };
  }, [session, id]);

  const run = (from: number, to: number) => textRun(text, from, to, insertions, convert, t);
  return (
    <div className="row para-row" data-testid="paragraph" data-paragraph-id={id} data-number={number}>
      <span className="para-gutter">
        <span className="para-number" title={t('reader.paragraphCite', { n: number })}>
          {number}
        </span>
        {runIn && headingLength > 0 && <SectionNoteButton section={runIn} />}
      </span>
      <p ref={textRef} className="para-text" data-testid="paragraph-text">
        {runIn && headingLength > 0 ? (
          <>
            <strong
              className="run-in-heading section-anchor"
              data-testid="section-heading"
              data-section-id={runIn.id}
              role="heading"
              aria-level={Math.min(runIn.level + 1, 6)}
              tabIndex={-1}
            >
              {/* Converted apart from the rest so the bold run keeps its length in either script. */}
              {run(0, headingLength)}
            </strong>
            {run(headingLength, text.length)}
          </>
        ) : (
          run(0, text.length)
        )}
      </p>
      <div className="para-margin" data-testid={`margin-${id}`}>
        <MarginNotes place={`p:${id}`} />
      </div>
    </div>
  );
});

/**
 * The text from `from` to `to`, with the proposed words of suggestions ending in it shown after
 * the words they would replace. The insertions are decorations, not text: `data-decoration`
 * keeps them out of offsets and selections, and the stored text is never changed.
 */
function textRun(text: string, from: number, to: number, insertions: Insertion[], convert: TextConverter, t: Translate): ReactNode {
  const inside = insertions.filter((insertion) => insertion.at > from && insertion.at <= to);
  if (inside.length === 0) return convert(text.slice(from, to));
  const parts: ReactNode[] = [];
  let at = from;
  for (const insertion of inside) {
    if (insertion.at > at) parts.push(convert(text.slice(at, insertion.at)));
    at = insertion.at;
    parts.push(
      <ins
        key={insertion.opinionId}
        className="suggestion-insert"
        data-decoration=""
        data-opinion-id={insertion.opinionId}
        data-testid="suggestion-insertion"
        title={t('suggestion.insertTitle')}
      >
        <span className="visually-hidden">{t('suggestion.insertPrefix')}</span>
        {insertion.text}
      </ins>,
    );
  }
  if (to > at) parts.push(convert(text.slice(at, to)));
  return parts;
}
