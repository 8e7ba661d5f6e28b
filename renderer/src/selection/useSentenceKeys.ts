import { useEffect, type RefObject } from 'react';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { isTyping } from '../keyboard/shortcuts';
import { selectSentence, type SentenceMove } from './sentences';

/** `]`, `[` and `Shift+]` (`}`) select sentences of the report from the keyboard (see sentences.ts). */
export function useSentenceKeys(session: AnnotationSession | null, column: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const move: SentenceMove | null = event.key === ']' ? 'next' : event.key === '[' ? 'previous' : event.key === '}' ? 'extend' : null;
      const report = session?.reportElement;
      if (!move || !report || !column.current) return;
      if (selectSentence(report, column.current, move)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, column, enabled]);
}
