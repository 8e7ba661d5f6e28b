/**
 * The door every call passes through, in both shells: the method name is checked against the
 * contract, the payload is parsed with its schema, and any failure becomes a Result with a
 * code instead of an exception crossing the process boundary.
 */
import type { ApiError, Handlers, Method, Result } from './contract';
import { inputs, METHODS } from './contract';
import { DomainError } from '../model/errors';
import { storeErrorOf } from '../store/store-errors';
import { illFormedPath } from '../model/well-formed-text';

const known = new Set<string>(METHODS);

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && known.has(name);
}

export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown method: ${String(method).slice(0, 80)}` } };
  }
  let parsed: ReturnType<(typeof inputs)[typeof method]['safeParse']>;
  try {
    parsed = inputs[method].safeParse(payload ?? {});
  } catch {
    // A recursive schema can exhaust the stack on absurdly nested input (a rich-text body
    // thousands of levels deep): that is bad input, not a crash.
    return { ok: false, error: { code: 'invalid-input', message: `${method}: the input is nested too deeply` } };
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return { ok: false, error: { code: 'invalid-input', message: `${method}: ${issue?.message ?? 'invalid input'}${where}` } };
  }
  const illFormed = illFormedPath(parsed.data);
  if (illFormed !== null) {
    return { ok: false, error: { code: 'invalid-input', message: `${method}: the text in ${illFormed} is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was saved` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof DomainError) return { code: error.code, message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  // A full disk, a read-only or damaged file: said as such, never as SQLite's text under `internal`.
  const store = storeErrorOf(error);
  if (store) return { code: store.code, message: store.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}
