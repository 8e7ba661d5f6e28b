/**
 * A clerk imports a delegate's opinion package (`package.import`): read as base64, merged by
 * the shell under its rules (nothing overwritten; a changed opinion kept beside its original, to
 * settle). The outcome stays on screen until dismissed.
 */
import type { ApiError, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';
import { readFileBase64 } from '../import/readFileBase64';
import { packageError, type PackageOutcome } from './packageOutcome';

export interface PackageState {
  busy: boolean;
  outcome: PackageOutcome | null;
}

export class PackageStore extends SnapshotStore<PackageState> {
  private readonly api: ShenyiApi;
  private readonly onError: (error: ApiError) => void;
  /** What follows an import: the library reloaded and the package's report opened (the router's). */
  onImported: (outcome: PackageOutcome) => void = () => {};

  constructor(api: ShenyiApi, onError: (error: ApiError) => void) {
    super({ busy: false, outcome: null });
    this.api = api;
    this.onError = onError;
  }

  importPackage = async (file: File): Promise<void> => {
    this.set({ busy: true, outcome: null });
    try {
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(file);
      } catch (error) {
        this.onError({ code: 'import-failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const result = await this.api.call('package.import', { fileName: file.name, dataBase64 });
      if (result.ok) {
        const outcome = { fileName: file.name, result: result.value };
        this.set({ outcome });
        this.onImported(outcome);
      } else this.onError(packageError(file.name, result.error));
    } finally {
      this.set({ busy: false });
    }
  };

  dismiss = (): void => this.set({ outcome: null });
}
