/**
 * The report on screen and how the reading workspace is laid out around it: which side panel is
 * open, the folded margin's drawer, whether the column is narrow. Opening a report is here
 * (`report.open`): only the latest request may show its report, and the opinions are asked for
 * alongside it so the shell's work overlaps React's first render.
 */
import type { ApiError, ListedOpinion, ReportDocument, Result, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';

export type SidePanel = 'notes' | 'search' | 'trash';

export interface ReaderState {
  doc: ReportDocument | null;
  opening: boolean;
  panel: SidePanel | null;
  drawerOpen: boolean;
  /** True when the margin does not fit beside the text and notes live in the side panel. */
  narrow: boolean;
  /** Bumped to move focus into the search field (Ctrl+F when the panel is already open). */
  searchFocus: number;
}

type Prefetched = { versionId: string; list: Promise<Result<readonly ListedOpinion[]>> };

export class ReaderStore extends SnapshotStore<ReaderState> {
  private readonly api: ShenyiApi;
  private readonly onError: (error: ApiError) => void;
  private openRequest = 0;
  private prefetched: Prefetched | null = null;

  constructor(api: ShenyiApi, onError: (error: ApiError) => void) {
    super({ doc: null, opening: false, panel: null, drawerOpen: false, narrow: false, searchFocus: 0 });
    this.api = api;
    this.onError = onError;
  }

  /**
   * Opens a report: the document to show (with setDoc, in the same step as the workspace that
   * shows it, so the reader first renders visible), or null when it failed or a later open won.
   * `version`: the one the reader chose (an earlier draft), else the one the library says will
   * open (the latest); its opinions are asked for alongside the report.
   */
  async open(reportId: string, version?: { latest: string } | { chosen: string }): Promise<ReportDocument | null> {
    const request = ++this.openRequest;
    this.set({ opening: true });
    const knownId = version && ('chosen' in version ? version.chosen : version.latest);
    const early = knownId ? { versionId: knownId, list: this.api.call('opinions.list', { reportId, versionId: knownId }) } : null;
    const result = await this.api.call('report.open', version && 'chosen' in version ? { reportId, versionId: version.chosen } : { reportId });
    if (request !== this.openRequest) return null;
    this.set({ opening: false });
    if (!result.ok) {
      this.onError(result.error);
      return null;
    }
    // The opinions are asked for now at the latest, while React renders the report, not after it.
    const versionId = result.value.version.id;
    this.prefetched = early?.versionId === versionId ? early : { versionId, list: this.api.call('opinions.list', { reportId, versionId }) };
    return result.value;
  }

  /** The opinions list asked for with the report, once, for the session of that version. */
  takePrefetched(versionId: string): Promise<Result<readonly ListedOpinion[]>> | undefined {
    const prefetched = this.prefetched?.versionId === versionId ? this.prefetched.list : undefined;
    this.prefetched = null;
    return prefetched;
  }

  /** Puts a line the importer set aside (debris) back into the text, or takes it out again. */
  async setRestored(versionId: string, start: number, restored: boolean): Promise<void> {
    const result = await this.api.call('debris.setRestored', { versionId, start, restored });
    if (result.ok) this.setDoc(result.value);
    else this.onError(result.error);
  }

  /** The same report with a change of its own (a restored debris line, an outline correction). */
  setDoc = (doc: ReportDocument): void => this.set({ doc });

  setPanel = (panel: SidePanel | null): void => this.set({ panel });

  togglePanel = (panel: SidePanel): void => this.set({ panel: this.getSnapshot().panel === panel ? null : panel });

  openSearch = (): void => this.set({ panel: 'search', searchFocus: this.getSnapshot().searchFocus + 1 });

  /** The top bar's 搜索: opens (and focuses) the search, or closes it when open. */
  toggleSearch = (): void => {
    if (this.getSnapshot().panel === 'search') this.setPanel(null);
    else this.openSearch();
  };

  setDrawer = (drawerOpen: boolean): void => this.set({ drawerOpen });

  toggleDrawer = (): void => this.set({ drawerOpen: !this.getSnapshot().drawerOpen });

  setNarrow = (narrow: boolean): void => this.set({ narrow });
}
