/**
 * The handler map both shells bind, in front of the store's own handlers: a library that could
 * not be opened answers only the recovery methods; a read-only one refuses every write up front
 * with `store-failed` (never an SQLite error half-way through); every write that lands tells
 * the backup schedule.
 */
import type { Handlers, Method } from '../api/contract';
import { METHODS, RECOVERY_METHODS, WRITE_METHODS } from '../api/methods';
import { DEFAULT_SETTINGS } from '../api/contract';
import { DomainError } from '../model/errors';
import { readOnlyStoreError } from '../store/store-errors';
import type { StoreSession } from './store-session';
import type { StoreHandlers } from '../api/slices';
import type { BackupSchedule } from './backup-schedule';
import { restoreOpinion } from './damaged-opinions';

export type { StoreHandlers };

export interface GuardContext {
  session: StoreSession;
  schedule: BackupSchedule;
  /** The store's handlers, for the store open now. */
  inner: () => StoreHandlers | null;
  listBackups: Handlers['backups.list'];
}

export function guardedHandlers({ session, schedule, inner, listBackups }: GuardContext): Handlers {
  const own: Pick<Handlers, 'store.status' | 'store.openReadOnly' | 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreOpinion'> = {
    'store.status': () => session.status(),
    'store.openReadOnly': () => session.openReadOnly(),
    'backups.list': listBackups,
    'backups.create': async () => {
      const { path: _path, ...summary } = await schedule.backUpNow('manual').catch((error: unknown) => {
        throw new DomainError('store-failed', error instanceof Error ? error.message : String(error));
      });
      return summary;
    },
    'backups.restore': async ({ name }) => {
      // Nothing written since the last look is lost to the restore: a copy of it is taken first.
      if (session.store && session.store.readOnly === null) await schedule.backUpNow('before-restore').catch(() => undefined);
      return session.restore(name);
    },
    'backups.restoreOpinion': ({ id, name }) => {
      const store = session.requireStore();
      if (store.readOnly !== null) throw readOnlyStoreError(store.readOnly);
      restoreOpinion(store, session.dataDir, id, name);
      schedule.noteChange();
      return session.status();
    },
  };
  const guard = <M extends Method>(method: M) =>
    ((input: never) => {
      const store = session.store;
      if (store === null) {
        // Enough for the UI to come up and say what happened: its language, and nothing else.
        if (method === 'settings.get') return DEFAULT_SETTINGS;
        if (!RECOVERY_METHODS.has(method)) session.requireStore();
      } else if (store.readOnly !== null && WRITE_METHODS.has(method)) {
        throw readOnlyStoreError(store.readOnly);
      }
      const handlers = inner();
      if (handlers === null) return session.requireStore();
      const handler = handlers[method as keyof StoreHandlers] as (input: never) => unknown;
      const result = handler(input);
      if (WRITE_METHODS.has(method)) {
        void Promise.resolve(result).then(() => schedule.noteChange(), () => undefined);
      }
      return result;
    }) as Handlers[M];
  const map: Record<string, unknown> = {};
  for (const method of METHODS) map[method] = method in own ? own[method as keyof typeof own] : guard(method);
  return map as Handlers;
}
