/**
 * The desk's methods for work shared among clerks and channels other than packages: opinions
 * typed in from a meeting or a call, the split of delegations and parts among clerks, and the
 * settling of two clerks' different dispositions (desk packages bring them; exchange/).
 */
import type { Handlers } from '../api/contract';
import type { ReadingTexts } from '../anchoring/reading-texts';
import type { Clerk } from '../model/desk';
import { DomainError } from '../model/errors';
import type { Store } from '../store/store';
import type { DeskViews } from './desk-views';
import { addTypedOpinion } from './typed-opinion';

type ShareMethods = 'desk.addOpinion' | 'desk.assign' | 'desk.assignments' | 'desk.resolveConflict';

export function deskShareHandlers(store: Store, readings: ReadingTexts, views: DeskViews, clerk: () => Clerk, now: () => Date): Pick<Handlers, ShareMethods> {
  return {
    'desk.addOpinion': ({ reportId, versionId, ...typed }) => {
      if (store.reports.reportOfVersion(versionId) !== reportId) throw new DomainError('not-found', `Report ${reportId} has no version ${versionId}`);
      const opinion = addTypedOpinion(store, { reportId, versionId }, readings.get(versionId), typed, now());
      return views.of(reportId, versionId).rows.find((row) => row.id === opinion.id)!;
    },

    'desk.assign': ({ reportId, shares }) => {
      if (!store.reports.hasReport(reportId)) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
      const parts = new Set(store.reports.openDocument(reportId).root.children.map((part) => part.label));
      for (const share of shares) {
        if (share.scope === 'part' && !parts.has(share.value)) throw new DomainError('invalid-input', `${share.value} is not a part of this report`);
      }
      store.assignments.assign(reportId, shares.map((share) => ({ ...share, clerkName: share.clerkName.trim() })));
      return store.assignments.ofReport(reportId);
    },
    'desk.assignments': ({ reportId }) => store.assignments.ofReport(reportId),

    'desk.resolveConflict': ({ reportId, opinionId, stage, keep, theirs = 0 }) => {
      const opinion = store.opinions.get(opinionId);
      if (!opinion || opinion.reportId !== reportId) throw new DomainError('not-found', `Report ${reportId} has no opinion ${opinionId}`);
      const waiting = store.dispositionConflicts.of(opinionId, stage);
      if (waiting.length === 0) throw new DomainError('invalid-input', `Opinion ${opinionId} has no conflict at this stage`);
      const by = clerk();
      if (keep === 'ours') {
        store.dispositionConflicts.clear(opinionId, stage);
        return { changed: 0 };
      }
      const chosen = waiting[theirs];
      if (!chosen) throw new DomainError('invalid-input', `Opinion ${opinionId} has ${waiting.length} other disposition${waiting.length === 1 ? '' : 's'} at this stage`);
      if (stage === 'first' && store.dispositions.get(opinionId, 'second')) throw new DomainError('invalid-input', `Opinion ${opinionId} has had its 复审 here; clear the 复审 before taking another 初审`);
      store.db.transaction(() => {
        // Written as the deciding clerk decided it; the log line says who chose it here, and when.
        store.dispositions.write([{ opinionId, stage, next: chosen.theirs }], by, now().toISOString());
        store.dispositionConflicts.clear(opinionId, stage);
      })();
      return { changed: 1 };
    },
  };
}
