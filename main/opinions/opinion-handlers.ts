/**
 * The API methods about what delegates write: profile, stances, opinions and search. Inputs
 * arrive parsed by dispatch(); the opinion rules live in main/opinions, the SQL in main/store.
 */
import { performance } from 'node:perf_hooks';
import type { Store } from '../store/store';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { DomainError } from '../model/errors';
import { checkClientId, composeChanges, composeOpinion } from './compose-opinion';
import { selectionRange } from '../anchoring/create-anchor';
import { viewIn, viewsIn } from './opinion-views';
import { toListed } from './listed-opinion';
import type { ListedOpinions } from './listed-opinions';
import { cleanLabel } from '../model/clean-text';
import { conflictOriginal, settleConflict } from './conflicts';
import { requireOwnOpinion } from './ownership';
import type { Handlers, WrittenOpinion } from '../api/contract';
import type { ListedOpinion } from '../model/opinion';
import type { BodyProblem } from '../model/rich-text/sanitize-body';

type OpinionMethods =
  | 'profile.get'
  | 'profile.set'
  | 'stances.list'
  | 'stances.save'
  | 'stances.remove'
  | 'opinions.list'
  | 'opinions.views'
  | 'opinions.create'
  | 'opinions.update'
  | 'opinions.delete'
  | 'opinions.restore'
  | 'opinions.settle'
  | 'opinions.trash'
  | 'opinions.place'
  | 'opinions.unplace'
  | 'search.query';

/** Hits of each kind when the caller gives no limit. */
export const DEFAULT_SEARCH_LIMIT = 200;

/** The caller is told what of a body was not kept as it came; nothing is said when all was. */
const withBodyProblems = (opinion: ListedOpinion, problems: BodyProblem[]): WrittenOpinion => (problems.length > 0 ? { ...opinion, bodyProblems: problems } : opinion);

function required(value: string, what: string): string {
  if (value === '') throw new DomainError('invalid-input', `${what} cannot be empty`);
  return value;
}

export function opinionHandlers(store: Store, readings: ReadingTexts, listed: ListedOpinions): Pick<Handlers, OpinionMethods> {
  /** A version named with a report must be one of that report's versions. */
  const requireVersion = (reportId: string, versionId: string) => {
    if (store.reports.reportOfVersion(versionId) !== reportId) throw new DomainError('not-found', `Report ${reportId} has no version ${versionId}`);
  };
  const requireOpinion = (id: string) => {
    const opinion = store.opinions.get(id);
    if (!opinion) throw new DomainError('not-found', `There is no opinion ${id}`);
    return opinion;
  };
  /** Section paths for one search's hits, each version's sections read once. */
  const sectionPaths = () => {
    const byVersion = new Map<string, Map<string, string>>();
    return (versionId: string, sectionId: string) => {
      let paths = byVersion.get(versionId);
      if (!paths) byVersion.set(versionId, (paths = new Map(store.reports.sectionsOf(versionId).map((s) => [s.id, s.path]))));
      return paths.get(sectionId) ?? '';
    };
  };

  return {
    'profile.get': () => store.profile.get(),
    'profile.set': ({ name, delegation, role }) =>
      store.profile.set({ name: required(cleanLabel(name), 'The name'), delegation: cleanLabel(delegation), role }),

    'stances.list': () => store.stances.list(),
    'stances.save': ({ stance }) =>
      store.stances.save({
        ...(stance.id !== undefined ? { id: checkClientId(stance.id, 'Stance') } : {}),
        name: required(cleanLabel(stance.name), 'A stance name'),
        color: stance.color.toLowerCase(),
        ...(stance.order !== undefined ? { order: stance.order } : {}),
      }),
    'stances.remove': ({ id }) => store.stances.remove(id),

    'opinions.list': ({ reportId, versionId }) => {
      requireVersion(reportId, versionId);
      return listed.of(reportId, versionId);
    },
    'opinions.views': ({ reportId, versionId, ids }) => {
      requireVersion(reportId, versionId);
      const wanted = ids && new Set(ids);
      const opinions = store.opinions.listByReport(reportId).filter((opinion) => !wanted || wanted.has(opinion.id));
      return viewsIn(readings.get(versionId), opinions, readings.originOf, store.anchors.placementsIn(versionId));
    },
    'opinions.create': (input) => {
      requireVersion(input.reportId, input.versionId);
      const problems: BodyProblem[] = [];
      const opinion = composeOpinion(input, {
        reading: () => readings.get(input.versionId),
        hasSection: (sectionId) => store.reports.sectionsOf(input.versionId).some((s) => s.id === sectionId),
        author: store.profile.get(),
        reportBody: (problem) => problems.push(problem),
      });
      const created = toListed(viewIn(readings.get(input.versionId), listed.write(opinion.id, () => store.opinions.create(opinion)), readings.originOf), null);
      return withBodyProblems(created, problems);
    },
    'opinions.update': ({ id, versionId, patch }) => {
      const current = requireOpinion(id);
      requireOwnOpinion(current, store.profile.get(), 'change');
      requireVersion(current.reportId, versionId);
      const problems: BodyProblem[] = [];
      const updated = listed.write(id, () => store.opinions.update(id, composeChanges(current, patch, (problem) => problems.push(problem))));
      const view = toListed(viewIn(readings.get(versionId), updated, readings.originOf, store.anchors.placementOf(id, versionId)), store.packages.conflictOf(id));
      return withBodyProblems(view, problems);
    },
    'opinions.delete': ({ id }) => {
      requireOwnOpinion(requireOpinion(id), store.profile.get(), 'delete');
      return listed.write(id, () => store.opinions.softDelete(id));
    },
    'opinions.settle': ({ id, versionId, keep }) => {
      requireVersion(requireOpinion(id).reportId, versionId);
      // Two writes: the copy (to the trash) and the opinion; the lists kept are patched for both.
      const original = listed.write(conflictOriginal(store, id) ?? id, () => settleConflict(store, id, keep));
      listed.write(id, () => store.opinions.get(id)!);
      return toListed(viewIn(readings.get(versionId), original, readings.originOf, store.anchors.placementOf(original.id, versionId)), store.packages.conflictOf(original.id));
    },
    'opinions.restore': ({ id, versionId }) => {
      requireVersion(requireOpinion(id).reportId, versionId);
      const restored = listed.write(id, () => store.opinions.restore(id));
      return toListed(viewIn(readings.get(versionId), restored, readings.originOf, store.anchors.placementOf(id, versionId)), store.packages.conflictOf(id));
    },
    'opinions.place': (input) => {
      const { id, versionId } = input;
      const opinion = requireOpinion(id);
      requireVersion(opinion.reportId, versionId);
      if (opinion.anchor === null) throw new DomainError('invalid-input', `Opinion ${id} is not about a passage: there is nothing to place`);
      if (opinion.deletedAt !== null) throw new DomainError('invalid-input', `Opinion ${id} is in the trash; restore it before placing it`);
      const reading = readings.get(versionId);
      const { start, end } = 'selection' in input ? selectionRange(reading, input.selection) : input;
      if (end > reading.text.length) throw new DomainError('invalid-input', `The range ${start}–${end} lies outside this version's text (${reading.text.length} characters)`);
      const text = reading.text.slice(start, end);
      if (text.trim() === '') throw new DomainError('invalid-input', `The range ${start}–${end} holds no words to place the opinion on`);
      const placedBy = store.profile.get()?.id ?? '';
      listed.write(id, () => store.anchors.place(id, versionId, { start, end, text, placedBy }));
      return toListed(viewIn(reading, opinion, readings.originOf, store.anchors.placementOf(id, versionId)), store.packages.conflictOf(id));
    },
    'opinions.unplace': ({ id, versionId }) => {
      const opinion = requireOpinion(id);
      requireVersion(opinion.reportId, versionId);
      listed.write(id, () => store.anchors.unplace(id, versionId));
      return toListed(viewIn(readings.get(versionId), opinion, readings.originOf), store.packages.conflictOf(id));
    },
    'opinions.trash': ({ reportId }) => {
      if (!store.reports.hasReport(reportId)) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
      return store.opinions.trashByReport(reportId);
    },

    'search.query': ({ reportId, versionId, query, limit }) => {
      requireVersion(reportId, versionId);
      const started = performance.now();
      const hits = store.search.query({ reportId, versionId, query, limit: limit ?? DEFAULT_SEARCH_LIMIT, sectionPath: sectionPaths() });
      return { query, hits, tookMs: Math.round((performance.now() - started) * 100) / 100 };
    },
  };
}
