/**
 * How much of one text another repeats: character-bigram overlap (Dice) for a rewording, and
 * runs copied verbatim. Both read the text without whitespace and punctuation, so re-spacing or
 * re-punctuating a copied passage does not hide it.
 */
const NOT_COUNTED = /[\s\p{P}\p{S}]+/gu;

export const comparable = (text: string): string => text.replace(NOT_COUNTED, '');

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character-bigram multisets, 0…1, of two comparable texts. */
export function bigramSimilarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * The runs of at least `minLength` characters of `text` found verbatim in `earlier`, longest
 * first. Every window of minLength characters of the earlier text goes in a set; a hit in the
 * new text is then grown as far as the two agree.
 */
export function verbatimRuns(text: string, earlier: string, minLength: number): string[] {
  if (text.length < minLength || earlier.length < minLength) return [];
  const windows = new Set<string>();
  for (let i = 0; i + minLength <= earlier.length; i++) windows.add(earlier.slice(i, i + minLength));
  const runs: string[] = [];
  let i = 0;
  while (i + minLength <= text.length) {
    const window = text.slice(i, i + minLength);
    if (!windows.has(window)) {
      i++;
      continue;
    }
    let end = i + minLength;
    const at = earlier.indexOf(window);
    while (end < text.length && at + (end - i) < earlier.length && text[end] === earlier[at + (end - i)]) end++;
    runs.push(text.slice(i, end));
    i = end;
  }
  return runs.sort((a, b) => b.length - a.length);
}
