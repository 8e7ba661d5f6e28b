/**
 * A stored draft (rich text per part, with citation atoms) and the plain `Draft` the lint and
 * the documents read. The plain text is also what co-signers sign: its hash changes with any
 * word of the title or the parts, and with nothing else (adding a signer does not unsign).
 */
import { createHash } from 'node:crypto';
import type { DraftContent, StoredDraft } from '../model/drafting';
import { CITATION_NODE } from '../model/drafting';
import type { RichTextNode } from '../model/opinion';
import { DRAFT_SCHEMA } from '../model/rich-text';
import { bodyText, sanitizeBody } from '../model/rich-text/sanitize-body';
import type { Draft } from './draft';
import type { FormProfile } from './form-profile';

export function plainDraft(draft: Pick<StoredDraft, 'form' | 'level'> & DraftContent): Draft {
  return {
    formId: draft.form,
    level: draft.level,
    title: draft.title.trim(),
    parts: Object.fromEntries(Object.entries(draft.parts).map(([name, body]) => [name, bodyText(body, DRAFT_SCHEMA).trim()])),
    signers: draft.signers.map((signer) => ({ ...signer })),
    category: draft.category,
  };
}

/** Every part through the sanitiser with the draft schema: only declared nodes, citation attrs as strings. */
export function sanitizeDraftContent(content: DraftContent): DraftContent {
  return {
    title: content.title,
    parts: Object.fromEntries(Object.entries(content.parts).map(([name, body]) => [name, sanitizeBody(body, { schema: DRAFT_SCHEMA }).body])),
    signers: content.signers,
    category: content.category,
  };
}

/** The words signed: the title, then each part the profile names in its order, then any other part. */
export function signedText(draft: Draft, profile: FormProfile): string {
  const known = profile.parts.map((part) => part.name);
  const names = [...known, ...Object.keys(draft.parts).filter((name) => !known.includes(name))];
  const parts = names.filter((name) => (draft.parts[name] ?? '') !== '').map((name) => `${name}\n${draft.parts[name]}`);
  return [draft.title, ...parts].join('\n\n');
}

export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The citation ids the text still holds, in the order they appear: a citation taken out of the text is not checked. */
export function citationIdsIn(parts: Record<string, RichTextNode>, profile: FormProfile): string[] {
  const ids: string[] = [];
  const visit = (node: RichTextNode) => {
    if (node.type === CITATION_NODE && typeof node.attrs?.citationId === 'string') ids.push(node.attrs.citationId);
    for (const child of node.content ?? []) visit(child);
  };
  const known = profile.parts.map((part) => part.name);
  for (const name of [...known, ...Object.keys(parts).filter((n) => !known.includes(n))]) {
    const body = parts[name];
    if (body) visit(body);
  }
  return [...new Set(ids)];
}

/** A part's doc from plain paragraphs, for a draft started from opinions or an imported past proposal. */
export function partFromParagraphs(paragraphs: readonly (string | RichTextNode[])[]): RichTextNode {
  const content = paragraphs.map((paragraph) => ({
    type: 'paragraph',
    content: typeof paragraph === 'string' ? (paragraph === '' ? [] : [{ type: 'text', text: paragraph }]) : paragraph,
  }));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph', content: [] }] };
}
