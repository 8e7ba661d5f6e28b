/**
 * What every document a draft exports is made from — the draft, its form profile, the filled
 * header line and when the file is made — and the pieces all of them print the same way: the
 * parts in the profile's order, a part's paragraphs, a signer with their credential.
 */
import type { Draft, Signer } from '../draft';
import type { FormProfile } from '../form-profile';

export interface DraftDocumentInput {
  /** Citation labels (「《2024年政府工作报告》第二部分（三）第2段：“…”」) are already inside the part text. */
  draft: Draft;
  profile: FormProfile;
  /** The form's header line, already filled (headerLine() in form-profile.ts). */
  header: string;
  /** For document dates and properties only: the builders never read the clock. */
  createdAt: Date;
}

export interface PrintedPart {
  name: string;
  paragraphs: string[];
}

/** A part's text as paragraphs: one a line, blank lines dropped. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The parts in the profile's order, then any part the draft has under another name (so nothing
 * written is lost from the form). A required part is printed even when empty, so the gap shows
 * on the form; an optional one (法律草案) only when written.
 */
export function printedParts({ draft, profile }: DraftDocumentInput): PrintedPart[] {
  const known = new Set(profile.parts.map((part) => part.name));
  const named = profile.parts.map((part) => ({ name: part.name, required: part.required, text: draft.parts[part.name] ?? '' }));
  const others = Object.entries(draft.parts)
    .filter(([name]) => !known.has(name))
    .map(([name, text]) => ({ name, required: false, text }));
  return [...named, ...others]
    .map((part) => ({ name: part.name, required: part.required, paragraphs: paragraphsOf(part.text) }))
    .filter((part) => part.required || part.paragraphs.length > 0)
    .map(({ name, paragraphs }) => ({ name, paragraphs }));
}

/** 王立新（委员证号：0123）, or the name alone when no credential was given. */
const signerText = (signer: Signer, profile: FormProfile): string =>
  signer.credential ? `${signer.name}（${profile.signers.credentialName}：${signer.credential}）` : signer.name;

/** The leader(s) and the co-signers, each as one 、-separated line ('' when there are none). */
export function signerLines({ draft, profile }: DraftDocumentInput): { leader: string; coSigners: string } {
  const line = (role: Signer['role']) =>
    draft.signers
      .filter((signer) => signer.role === role)
      .map((signer) => signerText(signer, profile))
      .join('、');
  return { leader: line('leader'), coSigners: line('co-signer') };
}
