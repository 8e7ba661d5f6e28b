/** The composer refuses two capabilities answering one method instead of letting the later win. */
import { describe, expect, it } from 'vitest';
import { composeSlices } from '../../../main/api/slices';
import { METHODS } from '../../../main/api/methods';
import { createHandlers } from '../../../main/api/handlers';

describe('composing the handler map', () => {
  it('throws when two slices define the same method, naming both', () => {
    expect(() => composeSlices({ library: { 'library.list': () => [] }, desk: { 'library.list': () => [] } })).toThrow(/library\.list.*library and desk/);
  });

  it('answers every method of the contract except the store session’s own', () => {
    const handlers = createHandlers({ store: {} as never, shell: 'browser', version: 't', dataDir: '/tmp', printer: {} as never });
    const session = new Set(['store.status', 'store.openReadOnly', 'backups.list', 'backups.create', 'backups.restore', 'backups.restoreOpinion']);
    expect(Object.keys(handlers).sort()).toEqual(METHODS.filter((m) => !session.has(m)).sort());
  });
});
