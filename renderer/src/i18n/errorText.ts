import type { ApiError } from '../api/contract';
import type { MessageKey } from './messages';
import type { Translate } from './translate';

const PREFIX: Record<ApiError['code'], MessageKey> = {
  'invalid-input': 'error.invalid-input',
  'not-found': 'error.not-found',
  'import-failed': 'error.import-failed',
  'store-failed': 'error.store-failed',
  forbidden: 'error.forbidden',
  internal: 'error.internal',
};

/** The shell's message already names the file and the reason; the code only adds a translated prefix. */
export function errorText(t: Translate, error: ApiError): string {
  const prefix = t(PREFIX[error.code] ?? 'error.internal');
  return t('error.format', { prefix, message: error.message });
}
