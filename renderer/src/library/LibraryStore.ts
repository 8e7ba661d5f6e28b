/**
 * The library: the reports (`library.list`) and bringing new ones in (`import.file`). One import
 * at a time; a file holding several documents comes back as a choice, and the chosen indices
 * are sent with the same bytes, kept here rather than read from disk a second time. What an
 * import found — every document already present, or an outline worth checking — is a notice
 * kept here until dismissed (or, for "already present", for a few seconds).
 */
import type { ApiError, DocumentChoice, ImportOutcome, ReportSummary, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';
import { hasOutlineFindings } from '../import/OutlineCheckNotice';
import { readFileBase64 } from '../import/readFileBase64';

export type ImportedReports = Extract<ImportOutcome, { status: 'imported' }>['reports'];

export interface PendingChoice {
  fileName: string;
  documents: DocumentChoice[];
}

export interface LibraryState {
  reports: ReportSummary[];
  importing: boolean;
  choice: PendingChoice | null;
  /** A Word document that came with another extension (a .docx named .pdf): it can be read as one. */
  misnamedWord: string | null;
  /** Set when an import found every chosen document already in the library: its title. */
  alreadyPresent: string | null;
  /** The reports just imported, when their outlines have findings worth a look. */
  outlineCheck: ImportedReports | null;
  /** The report a revised draft is being brought in for (导入新版本). */
  newVersionOf: ReportSummary | null;
}

interface Bytes {
  fileName: string;
  dataBase64: string;
}

const ALREADY_PRESENT_MS = 8000;

export class LibraryStore extends SnapshotStore<LibraryState> {
  private readonly api: ShenyiApi;
  private readonly onError: (error: ApiError) => void;
  /** The report to open once an import is in: the workspace router's. */
  onImported: (reportId: string) => void = () => {};
  private pending: Bytes | null = null;
  private misnamed: Bytes | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;
  private pickListeners = new Set<() => void>();

  constructor(api: ShenyiApi, onError: (error: ApiError) => void) {
    super({ reports: [], importing: false, choice: null, misnamedWord: null, alreadyPresent: null, outlineCheck: null, newVersionOf: null });
    this.api = api;
    this.onError = onError;
  }

  adopt(reports: ReportSummary[]): void {
    this.set({ reports });
  }

  reload = async (): Promise<ReportSummary[] | null> => {
    const result = await this.api.call('library.list', {});
    if (result.ok) this.set({ reports: result.value });
    else this.onError(result.error);
    return result.ok ? result.value : null;
  };

  // ---- choosing a file: the hidden input lives in the page (ImportInput), the request anywhere ----

  /** 导入 from the toolbar, the menu or Ctrl+O: the page's file input opens its picker. */
  requestPick = (): void => {
    if (this.getSnapshot().importing) return;
    for (const listener of [...this.pickListeners]) listener();
  };

  onPickRequested(listener: () => void): () => void {
    this.pickListeners.add(listener);
    return () => this.pickListeners.delete(listener);
  }

  // ---- importing ----

  importFile = async (file: File): Promise<void> => {
    this.setAlreadyPresent(null);
    this.set({ choice: null, importing: true });
    let dataBase64: string;
    try {
      dataBase64 = await readFileBase64(file);
    } catch (error) {
      this.set({ importing: false });
      this.onError({ code: 'import-failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    await this.send(file.name, dataBase64);
  };

  confirmChoice = async (indices: number[]): Promise<void> => {
    const file = this.pending;
    this.set({ choice: null });
    if (file && indices.length > 0) await this.send(file.fileName, file.dataBase64, indices);
  };

  cancelChoice = (): void => {
    this.pending = null;
    this.set({ choice: null });
  };

  readAsWord = async (): Promise<void> => {
    const file = this.misnamed;
    if (!file) return;
    // The importer tells formats apart by content and extension: the same bytes, named as what they are.
    await this.send(`${file.fileName.replace(/\.[^.]*$/, '')}.docx`, file.dataBase64);
  };

  dismissOutlineCheck = (): void => this.set({ outlineCheck: null });

  setNewVersionOf = (report: ReportSummary | null): void => this.set({ newVersionOf: report });

  private async send(fileName: string, dataBase64: string, select?: number[]): Promise<void> {
    this.set({ importing: true });
    const result = await this.api.call('import.file', select ? { fileName, dataBase64, select } : { fileName, dataBase64 });
    this.misnamed = null;
    this.set({ importing: false, misnamedWord: null });
    if (!result.ok) {
      this.pending = null;
      if (result.error.detail?.problem === 'docx-misnamed') {
        this.misnamed = { fileName, dataBase64 };
        this.set({ misnamedWord: fileName });
      }
      this.onError(result.error);
      return;
    }
    const outcome = result.value;
    if (outcome.status === 'choose') {
      this.pending = { fileName, dataBase64 };
      this.set({ choice: { fileName: outcome.fileName || fileName, documents: outcome.documents } });
      return;
    }
    this.pending = null;
    await this.imported(outcome.reports);
  }

  private async imported(reports: ImportedReports): Promise<void> {
    await this.reload();
    const first = reports[0];
    if (!first) return;
    if (reports.every((report) => report.alreadyPresent)) this.setAlreadyPresent(first.title);
    this.set({ outlineCheck: hasOutlineFindings(reports) ? reports : null });
    this.onImported(first.reportId);
  }

  private setAlreadyPresent(title: string | null): void {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = title === null ? null : setTimeout(() => this.setAlreadyPresent(null), ALREADY_PRESENT_MS);
    this.set({ alreadyPresent: title });
  }
}
