/**
 * The notes list's filter and the opinions ticked in it, held by the session rather than the
 * panel: closing the panel keeps them, and the export dialog exports "the current filter" or
 * "the ticked ones" from here. Immutable snapshots, so React subscribes with useSyncExternalStore.
 */
import type { OpinionKind, ListedOpinion } from '../api/contract';
import type { SectionInfo } from './docIndex';
import type { DisplayStatus, OpinionStore } from './OpinionStore';

export const STATUS_FILTERS = ['placed', 'fuzzy', 'ambiguous', 'orphan'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number] | '';
/** The stance filter's value for "no stance". */
export const NO_STANCE = '__none__';

export interface NotesFilter {
  text: string;
  stanceId: string;
  kind: OpinionKind | '';
  tag: string;
  sectionId: string;
  status: StatusFilter;
  sort: 'report' | 'time';
}

export const EMPTY_FILTER: NotesFilter = { text: '', stanceId: '', kind: '', tag: '', sectionId: '', status: '', sort: 'report' };

const NO_TICKS: ReadonlySet<string> = new Set();

export class NotesListState {
  private store: OpinionStore;
  private filterValue: NotesFilter = EMPTY_FILTER;
  private tickedValue: ReadonlySet<string> = NO_TICKS;
  private listeners = new Set<() => void>();
  private sections = new WeakMap<ListedOpinion[], Map<string, SectionInfo | undefined>>();

  constructor(store: OpinionStore) {
    this.store = store;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  filter = (): NotesFilter => this.filterValue;

  ticked = (): ReadonlySet<string> => this.tickedValue;

  setFilter(patch: Partial<NotesFilter>): void {
    this.filterValue = { ...this.filterValue, ...patch };
    this.changed();
  }

  /** Whether any criterion narrows the list (sorting does not). */
  isFiltering(filter: NotesFilter = this.filterValue): boolean {
    return filter.text.trim() !== '' || filter.stanceId !== '' || filter.kind !== '' || filter.tag !== '' || filter.sectionId !== '' || filter.status !== '';
  }

  toggle(id: string): void {
    const next = new Set(this.tickedValue);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.tickedValue = next;
    this.changed();
  }

  /** Ticks (or unticks) every one of `ids`. */
  tickAll(ids: string[], ticked: boolean): void {
    const next = new Set(this.tickedValue);
    for (const id of ids) {
      if (ticked) next.add(id);
      else next.delete(id);
    }
    this.tickedValue = next;
    this.changed();
  }

  clearTicks(): void {
    if (this.tickedValue.size === 0) return;
    this.tickedValue = NO_TICKS;
    this.changed();
  }

  /** The ticked opinions that still exist, in reading order. */
  tickedIds(all: ListedOpinion[] = this.store.all()): string[] {
    const ticked = this.tickedValue;
    return ticked.size === 0 ? [] : all.filter((view) => ticked.has(view.id)).map((view) => view.id);
  }

  /** Each opinion's section (for the "where" line and the section filter), cached per list. */
  sectionsOf(all: ListedOpinion[]): Map<string, SectionInfo | undefined> {
    let map = this.sections.get(all);
    if (!map) {
      map = new Map();
      for (const view of all) map.set(view.id, sectionInfo(this.store, view));
      this.sections.set(all, map);
    }
    return map;
  }

  /** The opinions the filter lets through, in its order. */
  apply(all: ListedOpinion[], filter: NotesFilter = this.filterValue): ListedOpinion[] {
    const query = filter.text.trim().toLowerCase();
    const sectionOf = filter.sectionId ? this.sectionsOf(all) : null;
    const matches = all.filter((view) => {
      if (filter.stanceId === NO_STANCE ? view.stanceId !== null : filter.stanceId && view.stanceId !== filter.stanceId) return false;
      if (filter.kind && view.kind !== filter.kind) return false;
      if (filter.tag && !view.tags.includes(filter.tag)) return false;
      if (sectionOf && !sectionOf.get(view.id)?.chain.some((section) => section.id === filter.sectionId)) return false;
      if (filter.status && !statusMatches(this.store.status(view), filter.status)) return false;
      if (query && !searchableText(view).includes(query)) return false;
      return true;
    });
    if (filter.sort === 'time') matches.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return matches;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function sectionInfo(store: OpinionStore, view: ListedOpinion): SectionInfo | undefined {
  const { index } = store;
  if (view.kind === 'section-note') return view.sectionId ? index.sections.get(view.sectionId) : undefined;
  if (view.kind === 'report-note') return undefined;
  const first = view.resolution?.ranges?.[0] ?? view.resolution?.candidates?.[0]?.ranges[0];
  const section = first ? index.paragraphs.get(first.paragraphId)?.section : undefined;
  if (section) return index.sections.get(section.id);
  const anchored = view.anchor ? index.paragraphs.get(view.anchor.startParagraphId)?.section : undefined;
  return anchored ? index.sections.get(anchored.id) : undefined;
}

function statusMatches(status: DisplayStatus, filter: Exclude<StatusFilter, ''>): boolean {
  if (filter === 'placed') return status === 'exact' || status === 'moved';
  return status === filter;
}

function searchableText(view: ListedOpinion): string {
  return [view.bodyText, view.anchor?.exact, view.suggestion?.proposed, view.suggestion?.reason, view.tags.join(' '), view.author.name]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
