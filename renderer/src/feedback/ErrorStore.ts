/**
 * The one error the banner shows: any feature reports into it, the banner dismisses it, and a
 * new action clears it before it starts.
 */
import type { ApiError } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';

export class ErrorStore extends SnapshotStore<{ error: ApiError | null }> {
  constructor() {
    super({ error: null });
  }

  report = (error: ApiError): void => this.set({ error });

  clear = (): void => this.set({ error: null });
}
