import { memo } from 'react';
import type { PlaceKey } from '../annotations/OpinionStore';
import { useAnnotationEnvironment, usePlace, useSession } from '../annotations/AnnotationContext';
import { NoteCard } from './NoteCard';

/**
 * The notes of one place (a paragraph, a heading, the title), stacked in its margin cell. The cell
 * grows with them and the row with the cell, so notes never overlap each other or the text.
 * In a narrow layout the margin is folded away and the notes panel shows them instead.
 */
export const MarginNotes = memo(function MarginNotes({ place }: { place: PlaceKey }) {
  const session = useSession();
  const { narrow } = useAnnotationEnvironment();
  const notes = usePlace(session, place);
  if (narrow || notes.length === 0) return null;
  return (
    <div className="margin-notes">
      {notes.map((opinion) => (
        <NoteCard key={opinion.id} opinion={opinion} />
      ))}
    </div>
  );
});
