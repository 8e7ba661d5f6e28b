/**
 * One part of a version as a text of its own, so two parts can be compared with the same view as
 * two versions: last year's 工作安排 against this year's 工作回顾. The part runs from its heading
 * to its last paragraph; every span in it is moved to count from there, and it stands as the only
 * part of a root of its own.
 */
import { DomainError } from '../model/errors';
import type { Section, SourceSpan } from '../model/report';

export interface VersionText {
  text: string;
  root: Section;
}

function spansIn(section: Section): SourceSpan[] {
  return [...section.headingSpans, ...section.paragraphs.flatMap((paragraph) => paragraph.spans), ...section.children.flatMap(spansIn)];
}

function shifted(section: Section, by: number): Section {
  const move = (spans: SourceSpan[]) => spans.map((span) => ({ start: span.start - by, end: span.end - by }));
  return {
    ...section,
    headingSpans: move(section.headingSpans),
    paragraphs: section.paragraphs.map((paragraph) => ({ ...paragraph, spans: move(paragraph.spans) })),
    children: section.children.map((child) => shifted(child, by)),
  };
}

/** The whole version when `partId` is absent; else the top-level part with that id. */
export function versionText(text: string, root: Section, partId: string | undefined): VersionText {
  if (partId === undefined) return { text, root };
  const part = root.children.find((child) => child.id === partId);
  if (!part) throw new DomainError('not-found', `There is no part ${partId} in this version of the report`);
  const spans = spansIn(part);
  if (spans.length === 0) throw new DomainError('invalid-input', `The part ${part.heading} holds no text to compare`);
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  return { text: text.slice(start, end), root: { ...root, paragraphs: [], children: [shifted(part, start)] } };
}
