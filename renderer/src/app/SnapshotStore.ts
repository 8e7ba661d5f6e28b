/**
 * The shape of every feature store (library, settings, profile, export, packages, the reader and
 * the workspace router): state outside React as one immutable snapshot, replaced on each change,
 * read with useSyncExternalStore — the pattern of annotations/OpinionStore.ts, so a component
 * re-renders when the store it reads changes and not when App does. Each store owns its API calls.
 */
import { useSyncExternalStore } from 'react';

export class SnapshotStore<S extends object> {
  private state: S;
  private listeners = new Set<() => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): S => this.state;

  protected set(patch: Partial<S>): void {
    const keys = Object.keys(patch) as (keyof S)[];
    if (keys.every((key) => Object.is(this.state[key], patch[key]))) return;
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

/** The store's current snapshot, re-rendering the component when it changes. */
export function useStore<S extends object>(store: SnapshotStore<S>): S {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
