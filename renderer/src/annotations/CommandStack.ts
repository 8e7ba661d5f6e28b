/**
 * The app-level undo history for opinions: creations, deletions, stance changes, tag and
 * suggestion edits, and body edits committed when an editor loses focus. Inside an editor its
 * own history applies; this stack is for everything else. Each step knows how to undo and redo
 * itself through the API, so a step that fails (the shell refused) stays where it was.
 */
import type { MessageKey } from '../i18n/messages';

export interface Command {
  label: MessageKey;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 200;

export class CommandStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private busy = false;
  private listeners = new Set<() => void>();
  /** Changes whenever either stack does, for useSyncExternalStore. */
  revision = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  push(command: Command): void {
    this.done.push(command);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.changed();
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  peekUndo(): Command | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): Command | undefined {
    return this.undone[this.undone.length - 1];
  }

  async undo(): Promise<boolean> {
    return this.step(this.done, this.undone, 'undo');
  }

  async redo(): Promise<boolean> {
    return this.step(this.undone, this.done, 'redo');
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  private async step(from: Command[], to: Command[], direction: 'undo' | 'redo'): Promise<boolean> {
    // One at a time: a second Ctrl+Z while the first is on its way would undo out of order.
    if (this.busy) return false;
    const command = from.pop();
    if (!command) return false;
    this.busy = true;
    try {
      const ok = await command[direction]();
      (ok ? to : from).push(command);
      return ok;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private changed(): void {
    this.revision += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
