import { memo } from 'react';
import type { Section } from '../api/contract';
import type { TextConverter } from '../script/converters';
import { MarginNotes } from '../notes/MarginNotes';
import { SectionNoteButton } from '../notes/NoteButtons';

/**
 * A standalone heading as a row: "+" (a note on the section) | heading | its notes in the margin.
 * Level 1 is h2 (the report title is h1), level 2 h3, deeper levels h4.
 */
export const SectionHeading = memo(function SectionHeading({ section, convert }: { section: Section; convert: TextConverter }) {
  const Tag = section.level <= 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
  const heading = section.heading || `${section.marker}${section.title}`;
  const level = Math.min(section.level, 3);
  return (
    <div className={`row heading-row level-${level}`}>
      <span className="para-gutter">
        <SectionNoteButton section={section} />
      </span>
      <Tag
        className={`row-text section-heading section-anchor level-${level}`}
        data-testid="section-heading"
        data-section-id={section.id}
        tabIndex={-1}
      >
        {convert(heading)}
      </Tag>
      <div className="para-margin">
        <MarginNotes place={`s:${section.id}`} />
      </div>
    </div>
  );
});
