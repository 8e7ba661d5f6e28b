/**
 * The API over the CLI's open store: a command with an API twin calls the same handler through
 * the same dispatch as the shells (schema check included), so the two cannot drift apart. A
 * failed call becomes the DomainError the command line prints.
 */
import type { Input, Method, Output } from '../api/contract';
import { createHandlers } from '../api/handlers';
import { dispatch } from '../api/dispatch';
import { chromiumPrinter } from '../export/pdf-printer';
import { DomainError } from '../model/errors';
import type { Store } from '../store/store';

export type StoreCall = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export function storeApi(store: Store, appVersion: string): StoreCall {
  const handlers = createHandlers({ store, shell: 'browser', version: appVersion, dataDir: store.dataDir, printer: chromiumPrinter() });
  return async (method, input) => {
    const result = await dispatch(handlers as never, method, input);
    if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.detail as ConstructorParameters<typeof DomainError>[2]);
    return result.value as never;
  };
}

/**
 * Runs several API calls as one write: all of them or none. The CLI is the store's only caller
 * while it runs, so nothing else can interleave between the awaited calls; each handler's own
 * transaction nests inside this one as a savepoint.
 */
export async function inOneTransaction<T>(store: Store, work: () => Promise<T>): Promise<T> {
  store.db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    store.db.exec('COMMIT');
    return result;
  } catch (error) {
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
    throw error;
  }
}
