/**
 * Where an opinion belongs in this version of its report: on the whole report, on a section,
 * on a passage (the paragraph its first resolved range starts in), or nowhere. An opinion
 * whose anchor is orphaned or ambiguous is never guessed into a section: an export that put a
 * delegate's words under the wrong heading would be worse than one that says "未定位".
 */
import type { OpinionView } from '../model/opinion';
import type { Paragraph, Section } from '../model/report';
import type { ReportOutline } from './report-outline';

export type PlacementKind = 'report' | 'section' | 'passage' | 'unplaced';

export interface Placement {
  kind: PlacementKind;
  /** The section the opinion sits in directly (the root for a passage before the first heading). */
  section: Section | null;
  /** Sections from the top level down to `section`. */
  chain: Section[];
  /** For passages: the paragraph the passage starts in. */
  paragraph: Paragraph | null;
  /** Pre-order position of `section` (-1 for report notes, +∞ for unplaced). */
  sectionOrder: number;
  /** Reading-text offset where the passage starts (0 otherwise). */
  readingStart: number;
}

const UNPLACED: Placement = {
  kind: 'unplaced',
  section: null,
  chain: [],
  paragraph: null,
  sectionOrder: Number.POSITIVE_INFINITY,
  readingStart: 0,
};

export function placeOpinion(opinion: OpinionView, outline: ReportOutline): Placement {
  switch (opinion.kind) {
    case 'report-note':
      return { kind: 'report', section: null, chain: [], paragraph: null, sectionOrder: -1, readingStart: 0 };
    case 'section-note': {
      const found = opinion.sectionId === null ? undefined : outline.sections.get(opinion.sectionId);
      if (!found) return UNPLACED;
      return { kind: 'section', section: found.section, chain: found.chain, paragraph: null, sectionOrder: found.order, readingStart: 0 };
    }
    default: {
      const resolution = opinion.resolution;
      const placed = resolution && (resolution.status === 'exact' || resolution.status === 'moved' || resolution.status === 'fuzzy');
      const first = placed ? resolution.ranges?.[0] : undefined;
      const where = first ? outline.paragraphs.get(first.paragraphId) : undefined;
      if (!where) return UNPLACED;
      return {
        kind: 'passage',
        section: where.section,
        chain: where.chain,
        paragraph: where.paragraph,
        sectionOrder: where.sectionOrder,
        readingStart: resolution?.start ?? 0,
      };
    }
  }
}
