import { memo } from 'react';
import type { Section } from '../api/contract';
import type { TextConverter } from '../script/converters';

/** A standalone heading: level 1 is h2 (the report title is h1), level 2 h3, deeper levels h4. */
export const SectionHeading = memo(function SectionHeading({ section, convert }: { section: Section; convert: TextConverter }) {
  const Tag = section.level <= 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
  const heading = section.heading || `${section.marker}${section.title}`;
  return (
    <Tag
      className={`row section-heading section-anchor level-${Math.min(section.level, 3)}`}
      data-testid="section-heading"
      data-section-id={section.id}
      tabIndex={-1}
    >
      <span className="row-text">{convert(heading)}</span>
    </Tag>
  );
});
