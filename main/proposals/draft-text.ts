/**
 * The text of a draft as the rules read it: the content parts in profile order (signers and
 * category are not content), and the one measures part.
 */
import type { Draft } from './draft';
import type { FormProfile } from './form-profile';

export interface DraftPart {
  name: string;
  text: string;
}

export interface DraftText {
  /** Content parts that count towards the length norms, in profile order, then any other part written. */
  parts: DraftPart[];
  /** Title and every content part, one per line: what the phrase rules search. */
  all: string;
  measures: string;
}

export function draftText(draft: Draft, profile: FormProfile): DraftText {
  const known = new Set(profile.parts.map((p) => p.name));
  const parts: DraftPart[] = [
    ...profile.parts.filter((p) => p.inLength).map((p) => ({ name: p.name, text: draft.parts[p.name] ?? '' })),
    ...Object.entries(draft.parts)
      .filter(([name]) => !known.has(name))
      .map(([name, text]) => ({ name, text })),
  ];
  return {
    parts,
    all: [draft.title, ...parts.map((p) => p.text)].join('\n'),
    measures: draft.parts[profile.measuresPart] ?? '',
  };
}

/** Characters that count as length: everything but whitespace. */
export const countedLength = (text: string): number => text.replace(/\s+/g, '').length;
