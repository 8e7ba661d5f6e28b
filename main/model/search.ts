/**
 * One search result as the store finds it and the reader lists it: a paragraph or an opinion,
 * with the ranges to mark. Shared by the store (which fills it) and the contract (which sends it).
 */
export interface SearchHit {
  kind: 'paragraph' | 'opinion';
  paragraphId?: string;
  opinionId?: string;
  /** Section path and paragraph number, for the hit list. */
  path: string;
  number?: number;
  /** Ranges in the paragraph text (paragraph hits) or the opinion's plain text (opinion hits). */
  ranges: [number, number][];
  snippet: string;
}
