import { memo } from 'react';
import type { Paragraph, Section } from '../api/contract';
import type { TextConverter } from '../script/converters';
import type { Translate } from '../i18n/translate';

interface Props {
  paragraph: Paragraph;
  /** Set when this paragraph opens a run-in section: its first headingLength characters are the heading. */
  runIn: Section | null;
  convert: TextConverter;
  t: Translate;
}

/**
 * One paragraph as a grid row: number | text | margin. The margin cell is empty for now; it sits in
 * the same row so notes added later stay level with their paragraph at any width.
 */
export const ParagraphRow = memo(function ParagraphRow({ paragraph, runIn, convert, t }: Props) {
  const { id, number, text } = paragraph;
  const headingLength = runIn ? Math.min(paragraph.headingLength, text.length) : 0;
  return (
    <div className="row para-row" data-testid="paragraph" data-paragraph-id={id} data-number={number}>
      <span className="para-number" title={t('reader.paragraphCite', { n: number })}>
        {number}
      </span>
      <p className="para-text" data-testid="paragraph-text">
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
              {convert(text.slice(0, headingLength))}
            </strong>
            {convert(text.slice(headingLength))}
          </>
        ) : (
          convert(text)
        )}
      </p>
      <div className="para-margin" data-testid={`margin-${id}`} />
    </div>
  );
});
