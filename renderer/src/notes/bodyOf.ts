import { plainTextBody, type ListedOpinion, type RichTextNode } from '../api/contract';

/** An opinion's body as cards and the editor draw it: rebuilt from its text when the list left it out as plain. */
export function bodyOf(opinion: Pick<ListedOpinion, 'body' | 'bodyText'>): RichTextNode {
  return opinion.body ?? plainTextBody(opinion.bodyText);
}
