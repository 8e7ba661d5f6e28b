/**
 * 导出 as a feature: whether the dialog is open, the choices it was last left with (it reopens
 * as it was), what the last export produced, and the `export.build` call itself. The shell
 * builds the file off the renderer's thread.
 */
import type { ExportedFile, Input, Result, Settings, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';
import type { ExportDone, ExportOptions } from './ExportDialog';

export interface ExportState {
  open: boolean;
  options: ExportOptions | null;
  /** The last export, for the status line (shown for a while). */
  done: ExportDone | null;
}

const DONE_SHOWN_MS = 12_000;

export class ExportStore extends SnapshotStore<ExportState> {
  private readonly api: ShenyiApi;
  private doneTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(api: ShenyiApi) {
    super({ open: false, options: null, done: null });
    this.api = api;
  }

  /** Opens the dialog as it was left; the first time, everything in report order, in the reader's script. */
  openDialog(script: Settings['script']): void {
    this.setDone(null);
    const options = this.getSnapshot().options ?? { format: 'docx', scope: 'all', order: 'report', includeOrphans: true, script };
    this.set({ options, open: true });
  }

  /** Opens it again with nothing else changed (after the profile it stepped aside for). */
  reopen = (): void => this.set({ open: true });

  close = (): void => this.set({ open: false });

  setOptions = (options: ExportOptions): void => this.set({ options });

  finished = (done: ExportDone): void => {
    this.set({ open: false });
    this.setDone(done);
  };

  clearDone = (): void => this.setDone(null);

  build(request: Input<'export.build'>): Promise<Result<ExportedFile>> {
    return this.api.call('export.build', request);
  }

  private setDone(done: ExportDone | null): void {
    if (this.doneTimer) clearTimeout(this.doneTimer);
    this.doneTimer = done === null ? null : setTimeout(() => this.setDone(null), DONE_SHOWN_MS);
    this.set({ done });
  }
}
