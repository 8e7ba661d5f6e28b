import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { mapSelection, type MappedSelection } from './mapSelection';

export interface ReportSelection {
  current: MappedSelection | null;
  clear(): void;
}

/**
 * Follows the reader's selection in the report column. The toolbar appears when a drag ends (not
 * while it is still growing) or when a keyboard selection changes, and follows the words when
 * the column scrolls.
 */
export function useReportSelection(session: AnnotationSession | null, column: RefObject<HTMLElement | null>): ReportSelection {
  const [current, setCurrent] = useState<MappedSelection | null>(null);
  const dragging = useRef(false);
  const frame = useRef(0);

  const update = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const report = session?.reportElement;
      if (!session || !report || dragging.current) return;
      const mapped = mapSelection(report, session.painter);
      setCurrent((previous) => (same(previous, mapped) ? previous : mapped));
    });
  }, [session]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      // Pressing a toolbar button must not start a new selection.
      if ((event.target as Element).closest?.('.selection-toolbar')) return;
      dragging.current = true;
    };
    const onPointerUp = () => {
      dragging.current = false;
      update();
    };
    const element = column.current;
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    element?.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      element?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      cancelAnimationFrame(frame.current);
    };
  }, [column, update]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setCurrent(null);
  }, []);

  return { current, clear };
}

function same(a: MappedSelection | null, b: MappedSelection | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a.input;
  const y = b.input;
  return (
    x.startParagraphId === y.startParagraphId &&
    x.startOffset === y.startOffset &&
    x.endParagraphId === y.endParagraphId &&
    x.endOffset === y.endOffset &&
    a.anchorRect.top === b.anchorRect.top &&
    a.anchorRect.left === b.anchorRect.left
  );
}
