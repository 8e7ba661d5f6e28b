/**
 * Offline 联名/附议: the leader's Shenyi writes a signing request holding the draft's words and
 * their hash; the co-signer's Shenyi reads it, shows the words, and writes back a confirmation
 * with the same hash. A confirmation whose hash is not the draft's current one is stale: the
 * co-signer agreed to other words. Both files are checked field by field at the door.
 */
import { z } from 'zod';
import type { DraftSignature, SigningConfirmation, SigningRequest } from '../model/drafting';
import { DRAFT_FORMS } from '../model/drafting';
import { DomainError } from '../model/errors';
import { textHash } from './draft-content';

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const when = z.string().datetime();

const requestSchema = z.strictObject({
  format: z.literal('shenyi-signing-request'),
  formatVersion: z.literal(1),
  draftId: z.string().min(1).max(200),
  form: z.enum(DRAFT_FORMS),
  title: z.string().max(500),
  text: z.string().max(200_000),
  textHash: hash,
  leader: z.string().max(100),
  requestedAt: when,
});

const confirmationSchema = z.strictObject({
  format: z.literal('shenyi-signing-confirmation'),
  formatVersion: z.literal(1),
  draftId: z.string().min(1).max(200),
  textHash: hash,
  name: z.string().trim().min(1).max(100),
  credential: z.string().trim().max(40),
  confirmedAt: when,
});

function parseJson(bytes: Uint8Array, fileName: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new DomainError('invalid-input', `${fileName}: not a Shenyi signing file (${(error as Error).message})`);
  }
}

function checked<T>(schema: z.ZodType<T>, value: unknown, fileName: string, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new DomainError('invalid-input', `${fileName}: not a ${what}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

export function signingRequest(draft: { id: string; form: SigningRequest['form']; title: string }, text: string, leader: string, at: Date): SigningRequest {
  return {
    format: 'shenyi-signing-request',
    formatVersion: 1,
    draftId: draft.id,
    form: draft.form,
    title: draft.title,
    text,
    textHash: textHash(text),
    leader,
    requestedAt: at.toISOString(),
  };
}

/** A request as a co-signer receives it; refused when its words do not match its own hash (edited on the way). */
export function readSigningRequest(bytes: Uint8Array, fileName: string): SigningRequest {
  const request = checked(requestSchema, parseJson(bytes, fileName), fileName, 'signing request');
  if (textHash(request.text) !== request.textHash) throw new DomainError('invalid-input', `${fileName}: the text does not match its hash: it was changed after the request was made`);
  return request;
}

export function confirmSigning(request: SigningRequest, signer: { name: string; credential: string }, at: Date): SigningConfirmation {
  return {
    format: 'shenyi-signing-confirmation',
    formatVersion: 1,
    draftId: request.draftId,
    textHash: request.textHash,
    name: signer.name,
    credential: signer.credential,
    confirmedAt: at.toISOString(),
  };
}

export function readSigningConfirmation(bytes: Uint8Array, fileName: string, draftId: string): SigningConfirmation {
  const confirmation = checked(confirmationSchema, parseJson(bytes, fileName), fileName, 'signing confirmation');
  if (confirmation.draftId !== draftId) throw new DomainError('invalid-input', `${fileName}: this confirmation is for another draft (${confirmation.draftId})`);
  return confirmation;
}

export const withStaleness = (signatures: readonly Omit<DraftSignature, 'stale'>[], currentHash: string): DraftSignature[] =>
  signatures.map((signature) => ({ ...signature, stale: signature.textHash !== currentHash }));
