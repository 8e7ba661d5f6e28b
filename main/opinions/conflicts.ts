/**
 * Conflicts between two copies of one delegate's opinion: a package brought a version of an
 * opinion already here, newer and different. The incoming copy is kept beside the existing one
 * (import-package.ts), and the store records which opinion it is a version of
 * (imported_opinions.conflict_of, main/store/package-store.ts). Settling keeps one version
 * as the opinion and moves the other to the trash, where it can still be read or brought back:
 * neither of the delegate's versions is ever lost.
 */
import type { Opinion } from '../model/opinion';
import { DomainError } from '../model/errors';
import type { Store } from '../store/store';

/** The id of the opinion a conflicting copy is a version of, or null for an ordinary opinion. */
export function conflictOriginal(store: Pick<Store, 'packages'>, id: string): string | null {
  return store.packages.conflictOf(id);
}

export type SettleChoice = 'current' | 'incoming';

/**
 * Keeps one of the two versions. 'incoming' moves the copy's content into the opinion (its id,
 * its place in every list, stay) and the replaced content into the copy, which then goes to the
 * trash; 'current' sends the copy to the trash as it is. Returns the opinion as it now is.
 */
export function settleConflict(store: Store, copyId: string, keep: SettleChoice): Opinion {
  const originalId = conflictOriginal(store, copyId);
  const copy = store.opinions.get(copyId);
  const original = originalId === null ? null : store.opinions.get(originalId);
  if (!copy || !original || copy.deletedAt !== null) throw new DomainError('not-found', `There is no conflict ${copyId} to settle`);
  if (copy.author.id !== original.author.id) throw new DomainError('invalid-input', `${copyId} is not a version of ${originalId}`);
  return store.db.transaction(() => {
    if (keep === 'incoming') {
      store.opinions.update(original.id, contentOf(copy));
      store.opinions.update(copy.id, contentOf(original));
    }
    store.opinions.softDelete(copy.id);
    return store.opinions.get(original.id)!;
  })();
}

function contentOf(opinion: Opinion) {
  return {
    stanceId: opinion.stanceId,
    tags: opinion.tags,
    body: { body: opinion.body, text: opinion.bodyText },
    ...(opinion.suggestion ? { suggestion: opinion.suggestion } : {}),
  };
}
