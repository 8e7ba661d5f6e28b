import type { ApiError } from '../api/contract';
import { MESSAGE_KEYS, type MessageKey } from './messageKeys';
import type { Translate } from './translate';

const PREFIX: Record<ApiError['code'], MessageKey> = {
  'invalid-input': 'error.invalid-input',
  'not-found': 'error.not-found',
  'import-failed': 'error.import-failed',
  'store-failed': 'error.store-failed',
  forbidden: 'error.forbidden',
  internal: 'error.internal',
  cancelled: 'error.cancelled',
};

const KEYS: ReadonlySet<string> = new Set(MESSAGE_KEYS);

/** The catalogue key of an import problem (main/model/import-problems.ts), if this UI knows it. */
export function importProblemKey(problem: string): MessageKey | null {
  const key = `importProblems.${problem}`;
  return KEYS.has(key) ? (key as MessageKey) : null;
}

/**
 * What went wrong, in the UI's language. An import failure carries its problem as a code with
 * the file's name and parameters, and is said from the catalogue; anything else (or a problem
 * this UI does not know yet) shows the shell's message, which already names the file and the
 * reason, behind a translated prefix.
 */
export function errorText(t: Translate, error: ApiError): string {
  const prefix = t(PREFIX[error.code] ?? 'error.internal');
  return t('error.format', { prefix, message: errorMessage(t, error) });
}

/** The message alone, without the prefix naming the kind of failure. */
export function errorMessage(t: Translate, error: ApiError): string {
  // A cancelled job is the user's own doing: said in their language, with nothing to look up.
  if (error.code === 'cancelled') return t('error.cancelledMessage');
  const detail = error.detail;
  const key = detail ? importProblemKey(detail.problem) : null;
  if (!detail || !key) return error.message;
  return t(key, { ...detail.params, file: detail.fileName });
}
