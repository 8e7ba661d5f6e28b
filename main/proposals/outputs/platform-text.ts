/**
 * A draft as plain text for pasting into an online 提案 / 建议 platform, which takes a text box
 * and nothing else: the title, each part as a headed paragraph (案由：…), the signers on one
 * line. No markup and no formatting; the draft's own punctuation is kept as written.
 *
 * Platforms refuse a text over their cap, so the count is the length rule's own (rules/length.ts):
 * the content parts only, whitespace not counted — not the headings or signers added here.
 */
import { countedLength, draftText } from '../draft-text';
import { printedParts, signerLines, type DraftDocumentInput } from './draft-document';

export interface PlatformText {
  text: string;
  characters: number;
  cap: number;
  overCap: boolean;
}

export function platformText(input: DraftDocumentInput): PlatformText {
  const { draft, profile } = input;
  const parts = printedParts(input)
    .filter((part) => part.paragraphs.length > 0)
    .map((part) => `${part.name}：${part.paragraphs.join('\n')}`);
  const signers = signerLines(input);
  const signerLine = [
    signers.leader !== '' ? `${profile.signers.leaderHeading}：${signers.leader}` : '',
    signers.coSigners !== '' ? `${profile.signers.coSignerHeading}：${signers.coSigners}` : '',
  ]
    .filter((piece) => piece !== '')
    .join('；');
  const text = [draft.title.trim(), ...parts, signerLine].filter((block) => block !== '').join('\n\n');
  const characters = draftText(draft, profile).parts.reduce((sum, part) => sum + countedLength(part.text), 0);
  const cap = profile.length.platformCap;
  return { text, characters, cap, overCap: characters > cap };
}
