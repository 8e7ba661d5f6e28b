/**
 * The passages opinions are grouped by before they are compared: opinions whose anchor ranges
 * overlap in one version's reading text form one passage (chains of overlaps too: a delegate who
 * selects a clause and another who selects the sentence around it speak of one place); section
 * notes form one passage per section; opinions with neither are compared among themselves.
 */
import type { DeskOpinion } from './desk-opinion';

export type Passage =
  | { kind: 'passage'; versionId: string; start: number; end: number }
  | { kind: 'section'; sectionId: string }
  | { kind: 'unanchored' };

export interface PassageGroup {
  passage: Passage;
  /** Indexes into the opinions given, in input order. */
  members: number[];
}

export function groupByPassage(opinions: readonly DeskOpinion[]): PassageGroup[] {
  const ranged = new Map<string, number[]>();
  const sections = new Map<string, number[]>();
  const unanchored: number[] = [];
  opinions.forEach((opinion, index) => {
    if (opinion.reading) {
      const key = opinion.versionId ?? '';
      const list = ranged.get(key) ?? ranged.set(key, []).get(key)!;
      list.push(index);
    } else if (opinion.sectionId) {
      const list = sections.get(opinion.sectionId) ?? sections.set(opinion.sectionId, []).get(opinion.sectionId)!;
      list.push(index);
    } else unanchored.push(index);
  });

  const groups: PassageGroup[] = [];
  for (const [versionId, indexes] of ranged) {
    const range = (i: number) => opinions[i]!.reading!;
    // An empty range (a caret) still stands somewhere: it covers its one character.
    const end = (i: number) => Math.max(range(i).end, range(i).start + 1);
    indexes.sort((a, b) => range(a).start - range(b).start || a - b);
    let current: PassageGroup | null = null;
    let currentEnd = -1;
    for (const i of indexes) {
      if (current && range(i).start < currentEnd) {
        current.members.push(i);
        currentEnd = Math.max(currentEnd, end(i));
        (current.passage as { end: number }).end = currentEnd;
        continue;
      }
      current = { passage: { kind: 'passage', versionId, start: range(i).start, end: end(i) }, members: [i] };
      currentEnd = end(i);
      groups.push(current);
    }
  }
  for (const [sectionId, members] of sections) groups.push({ passage: { kind: 'section', sectionId }, members });
  if (unanchored.length > 0) groups.push({ passage: { kind: 'unanchored' }, members: unanchored });
  for (const group of groups) group.members.sort((a, b) => a - b);
  return groups;
}
