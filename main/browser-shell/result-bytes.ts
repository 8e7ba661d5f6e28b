/**
 * A Result as the bytes of its JSON. A frozen value is one the handlers hand out unchanged until
 * it is replaced (the reading view's opinion list, kept in main/opinions/listed-opinions.ts), so
 * its bytes are made once: 10,000 notes are 7 MB of JSON, and serialising them again on every
 * open of the report took longer than everything else in the call.
 */
import type { Result } from '../api/contract';

const bytesOfFrozen = new WeakMap<object, Buffer>();

export function resultBytes(result: Result<unknown>): Buffer {
  const value = result.ok ? result.value : null;
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return encode(result);
  let bytes = bytesOfFrozen.get(value);
  if (!bytes) bytesOfFrozen.set(value, (bytes = encode(result)));
  return bytes;
}

function encode(result: Result<unknown>): Buffer {
  try {
    return Buffer.from(JSON.stringify(result));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return Buffer.from(JSON.stringify({ ok: false, error: { code: 'internal', message } } satisfies Result<never>));
  }
}
