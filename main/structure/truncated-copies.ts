/**
 * A truncated copy of a paragraph: a page that shows the report also shows the start of its
 * closing paragraph again (a summary box, a share widget), cut off mid-sentence. Left in the
 * body it reads as a paragraph of its own; it is set aside as debris, restorable like the rest.
 */
import type { DebrisReason } from '../model/report';

/** Shorter starts ("各位代表！") repeat by design; a copy long enough to matter is not an accident. */
const MIN_CHARS = 16;
const ELLIPSIS = /(…+|\.{3,}|。{3,})$/;
const SENTENCE_END = /[。！？!?；;”」』）)]$/;
const KEY_CHARS = 12;

/**
 * Marks lines that repeat the start of a longer line of the file and stop there: not at a
 * sentence end (or at an ellipsis), and not continued by the next line, so a sentence the
 * source merely broke over two lines is never taken for a copy.
 */
export function markTruncatedCopies(content: string[], debris: Map<number, DebrisReason>): void {
  const byStart = new Map<string, number[]>();
  content.forEach((text, index) => {
    if (text.length < MIN_CHARS || debris.has(index)) return;
    const key = text.slice(0, KEY_CHARS);
    byStart.set(key, [...(byStart.get(key) ?? []), index]);
  });
  content.forEach((text, index) => {
    if (debris.has(index)) return;
    const cut = text.replace(ELLIPSIS, '');
    if (cut.length < MIN_CHARS || (cut === text && SENTENCE_END.test(text))) return;
    const longer = (byStart.get(cut.slice(0, KEY_CHARS)) ?? []).map((j) => content[j]!).find((other) => other.length > cut.length && other.startsWith(cut));
    if (longer === undefined) return;
    const next = content.slice(index + 1).find((line) => line !== '');
    const continued = next !== undefined && cut === text && longer.slice(cut.length).startsWith(next.slice(0, Math.min(next.length, KEY_CHARS)));
    if (!continued) debris.set(index, 'truncated-copy');
  });
}
