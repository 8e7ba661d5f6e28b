/**
 * The reading text of each version, built once and kept: every opinions.list resolves all
 * of a report's anchors against it. A version's paragraphs change only when a debris line is
 * restored into it (or out of it), and then the caller invalidates it here.
 */
import type { Paragraph } from '../model/report';
import { buildReadingText, type ReadingText } from './reading-text';

export class ReadingTexts {
  private readonly cache = new Map<string, ReadingText>();

  constructor(
    private readonly paragraphsOf: (versionId: string) => Paragraph[],
    /** Versions kept; a delegate compares two or three at a time, a clerk a few more. */
    private readonly capacity = 8,
  ) {}

  get(versionId: string): ReadingText {
    const cached = this.cache.get(versionId);
    if (cached) {
      // Least recently used goes first: re-inserting moves this one to the end.
      this.cache.delete(versionId);
      this.cache.set(versionId, cached);
      return cached;
    }
    const reading = buildReadingText(this.paragraphsOf(versionId));
    this.cache.set(versionId, reading);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return reading;
  }

  /**
   * The text an anchor was made in, so the resolver can tell its quote from look-alikes there;
   * undefined for a version the store no longer holds.
   */
  readonly originOf = (versionId: string): string | undefined => {
    const cached = this.cache.get(versionId);
    if (cached) return cached.text;
    if (this.paragraphsOf(versionId).length === 0) return undefined;
    return this.get(versionId).text;
  };

  invalidate(versionId: string): void {
    this.cache.delete(versionId);
  }

  clear(): void {
    this.cache.clear();
  }
}
