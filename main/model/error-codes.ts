/**
 * The closed set of error codes every layer may throw and the UI translates. It lives in the model
 * so domain code can name a code without reaching up to the API contract.
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'import-failed',
  'store-failed',
  'forbidden',
  'internal',
  'cancelled',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
