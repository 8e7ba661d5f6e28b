import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ListedOpinion, Settings, Stance } from '../api/contract';
import type { AnnotationSession } from './AnnotationSession';
import type { PlaceKey, Insertion } from './OpinionStore';
import type { SaveStatus } from './OpinionSaver';
import type { NotesFilter } from './NotesListState';

/** The annotation session of the report on screen; null while none is open. */
export const AnnotationContext = createContext<AnnotationSession | null>(null);

export interface AnnotationEnvironment {
  stances: Stance[];
  /** True when the margin does not fit beside the text and notes live in the side panel. */
  narrow: boolean;
  /** Runs `action` once a profile exists, asking for one first if needed. */
  withProfile: (action: () => void) => void;
  /** The local author's id: only their own opinions can be changed or deleted here (main enforces it too). */
  profileId: string | null;
  /** The reader's 原文/简/繁 choice, for the words shown outside the report column (script/useScriptConverter). */
  script: Settings['script'];
}

export const AnnotationEnvironmentContext = createContext<AnnotationEnvironment>({
  stances: [],
  narrow: false,
  withProfile: (action) => action(),
  profileId: null,
  script: 'source',
});

export function useSession(): AnnotationSession | null {
  return useContext(AnnotationContext);
}

export function useAnnotationEnvironment(): AnnotationEnvironment {
  return useContext(AnnotationEnvironmentContext);
}

const noSubscribe = () => () => {};
const EMPTY: never[] = [];

export function usePlace(session: AnnotationSession | null, key: PlaceKey): ListedOpinion[] {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => (session ? session.store.place(key) : EMPTY));
}

export function useInsertions(session: AnnotationSession | null, paragraphId: string): Insertion[] {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => (session ? session.store.insertionsFor(paragraphId) : EMPTY));
}

export function useAlternatives(session: AnnotationSession | null, id: string): ListedOpinion[] {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => (session ? session.store.alternativesOf(id) : EMPTY));
}

export function useInlineInstead(session: AnnotationSession | null, id: string): string | undefined {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => session?.store.inlineInsteadOf(id));
}

export function useConflicts(session: AnnotationSession | null, id: string): ListedOpinion[] {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => (session ? session.store.conflictsOf(id) : EMPTY));
}

export function useAllOpinions(session: AnnotationSession | null): ListedOpinion[] {
  return useSyncExternalStore(session?.store.subscribe ?? noSubscribe, () => (session ? session.store.all() : EMPTY));
}

export function useSaveStatus(session: AnnotationSession | null, id: string): SaveStatus {
  const saver = session?.saver;
  return useSyncExternalStore(
    (listener) => (saver ? saver.subscribe(id, listener) : () => {}),
    () => (saver ? saver.status(id) : IDLE),
  );
}

const IDLE: SaveStatus = { state: 'idle', error: null };

/** Whether undo and redo are possible now, re-rendering when the history changes. */
export function useHistory(session: AnnotationSession | null): { canUndo: boolean; canRedo: boolean } {
  const commands = session?.commands;
  const bits = useSyncExternalStore(commands?.subscribe ?? noSubscribe, () =>
    commands ? (commands.canUndo() ? 1 : 0) | (commands.canRedo() ? 2 : 0) : 0,
  );
  return { canUndo: (bits & 1) !== 0, canRedo: (bits & 2) !== 0 };
}

const FALSE = () => false;
const NULL = () => null;

/** Whether a place's row is (or has been) near the viewport, so its cards are worth building. */
export function useNear(session: AnnotationSession | null, place: PlaceKey): boolean {
  return useSyncExternalStore(session?.near.subscribe ?? noSubscribe, session ? () => session.near.isNear(place) : FALSE);
}

/** The note a place has been asked to show (opened from a highlight, the list, n/p), or null. */
export function useWantedIn(session: AnnotationSession | null, place: PlaceKey): string | null {
  return useSyncExternalStore(session?.subscribeWanted ?? noSubscribe, session ? () => session.wantedIn(place) : NULL);
}

/** The note last asked to open, wherever it is. */
export function useWantedId(session: AnnotationSession | null): string | null {
  return useSyncExternalStore(session?.subscribeWanted ?? noSubscribe, session ? () => session.wantedId() : NULL);
}

export function useNotesFilter(session: AnnotationSession): NotesFilter {
  return useSyncExternalStore(session.list.subscribe, session.list.filter);
}

export function useTicked(session: AnnotationSession): ReadonlySet<string> {
  return useSyncExternalStore(session.list.subscribe, session.list.ticked);
}
