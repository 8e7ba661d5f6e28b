/**
 * The opinions of the report version on screen, outside React. Components subscribe to the one
 * slice they show — a margin cell to its paragraph's notes, a paragraph to its suggestion
 * insertions — and each slice keeps its identity until its contents change, so saving one note
 * re-renders one margin cell, never the report.
 */
import type { ListedOpinion } from '../api/contract';
import type { DocIndex } from './docIndex';

/** Where a note is shown: a paragraph row's margin, a heading's margin, the title's, or the 未定位 panel. */
export type PlaceKey = `p:${string}` | `s:${string}` | 'report' | 'unplaced';

/** One painted range: original-text offsets in one paragraph. */
export interface HighlightSpec {
  opinionId: string;
  /** A stance id, 'comment' for a passage note without a stance, 'deletion' for a suggestion's original words. */
  style: string;
  start: number;
  end: number;
}

/** The proposed words of a suggestion, shown after the words they would replace. */
export interface Insertion {
  opinionId: string;
  /** Original-text offset the words are shown after. */
  at: number;
  text: string;
}

export type DisplayStatus = 'exact' | 'moved' | 'fuzzy' | 'ambiguous' | 'orphan';

interface Derived {
  ordered: ListedOpinion[];
  places: Map<string, ListedOpinion[]>;
  highlights: Map<string, HighlightSpec[]>;
  insertions: Map<string, Insertion[]>;
  placeOf: Map<string, PlaceKey>;
  /** Imported copies that differ from an opinion here, by that opinion's id: shown in its card as a pair to settle. */
  conflicts: Map<string, ListedOpinion[]>;
  /**
   * Suggestions on words another suggestion already changes inline: by the inline one's id, and
   * each alternative's id to the inline one. Two proposals drawn in one sentence garble it, so
   * only the first is drawn in the text; the others are offered in its card (and theirs).
   */
  alternatives: Map<string, ListedOpinion[]>;
  alternativeOf: Map<string, string>;
}

const EMPTY: never[] = [];

export class OpinionStore {
  readonly reportId: string;
  readonly versionId: string;
  readonly index: DocIndex;
  private views = new Map<string, ListedOpinion>();
  private listeners = new Set<() => void>();
  private derived: Derived = {
    ordered: [],
    places: new Map(),
    highlights: new Map(),
    insertions: new Map(),
    placeOf: new Map(),
    conflicts: new Map(),
    alternatives: new Map(),
    alternativeOf: new Map(),
  };
  /** Set by a quiet replaceAll: the highlights are current, the rest is derived when first read. */
  private behind = false;
  /** Bumped on every change; a cheap snapshot for hooks that only need "something changed". */
  revision = 0;
  loaded = false;

  constructor(reportId: string, versionId: string, index: DocIndex) {
    this.reportId = reportId;
    this.versionId = versionId;
    this.index = index;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string): ListedOpinion | undefined {
    return this.views.get(id);
  }

  /** Every opinion of the report in reading order (report notes first, unplaced last). */
  all = (): ListedOpinion[] => this.current().ordered;

  count = (): number => this.current().ordered.length;

  /** The notes shown in one place, in reading order. Same array until they change. */
  place(key: PlaceKey): ListedOpinion[] {
    return this.current().places.get(key) ?? EMPTY;
  }

  placeOf(id: string): PlaceKey | undefined {
    return this.current().placeOf.get(id);
  }

  /** Suggestions on the same words as this inline one, not drawn in the text. Same array until they change. */
  alternativesOf(id: string): ListedOpinion[] {
    return this.current().alternatives.get(id) ?? EMPTY;
  }

  /** The suggestion drawn in the text in place of this one, when their words overlap. */
  inlineInsteadOf(id: string): string | undefined {
    return this.current().alternativeOf.get(id);
  }

  /** The other versions of an opinion waiting to be settled (see main/opinions/conflicts.ts). Same array until they change. */
  conflictsOf(id: string): ListedOpinion[] {
    return this.current().conflicts.get(id) ?? EMPTY;
  }

  highlightsFor(paragraphId: string): HighlightSpec[] {
    return this.derived.highlights.get(paragraphId) ?? EMPTY;
  }

  highlightMap(): ReadonlyMap<string, HighlightSpec[]> {
    return this.derived.highlights;
  }

  insertionsFor(paragraphId: string): Insertion[] {
    return this.current().insertions.get(paragraphId) ?? EMPTY;
  }

  status(view: ListedOpinion): DisplayStatus {
    if (view.kind === 'report-note') return 'exact';
    if (view.kind === 'section-note') return view.sectionId && this.index.sections.has(view.sectionId) ? 'exact' : 'orphan';
    return view.resolution?.status ?? 'orphan';
  }

  /**
   * Adopts the server's list, e.g. on open or on a background refresh. With `quiet`, only the
   * highlights are worked out now and subscribers are not told until notify(): the session
   * paints the highlights of a first list before the notes are sorted into places and React
   * renders the cards.
   */
  replaceAll(views: ListedOpinion[], { quiet = false }: { quiet?: boolean } = {}): void {
    this.views = new Map(views.filter((view) => this.accepts(view)).map((view) => [view.id, view]));
    this.loaded = true;
    if (quiet) {
      this.derived = { ...this.derived, highlights: keepUnchanged(highlightSpecs(this, this.views), this.derived.highlights, sameSpecs) };
      this.behind = true;
      this.revision += 1;
    } else this.changed();
  }

  /** Tells subscribers about a change made quietly. */
  notify(): void {
    this.current();
    for (const listener of [...this.listeners]) listener();
  }

  private current(): Derived {
    if (this.behind) {
      this.behind = false;
      // The highlights were worked out by the quiet replaceAll.
      this.derived = derive(this, this.views, this.derived, this.derived.highlights);
    }
    return this.derived;
  }

  upsert(view: ListedOpinion): void {
    if (view.reportId !== this.reportId) return;
    // A view that comes back deleted takes the opinion off the page.
    if (view.deletedAt) {
      this.remove(view.id);
      return;
    }
    this.views.set(view.id, view);
    this.changed();
  }

  remove(id: string): void {
    if (this.views.delete(id)) this.changed();
  }

  private accepts(view: ListedOpinion): boolean {
    return view.reportId === this.reportId && !view.deletedAt;
  }

  private changed(): void {
    this.behind = false;
    this.derived = derive(this, this.views, this.derived);
    this.revision += 1;
    for (const listener of [...this.listeners]) listener();
  }
}

/** Where in the report an opinion sits, for sorting: [position, offset, created]. */
function sortKey(store: OpinionStore, view: ListedOpinion, place: PlaceKey): [number, number, string] {
  const { index } = store;
  if (place === 'report') return [-1, 0, view.createdAt];
  if (place === 'unplaced') return [Number.MAX_SAFE_INTEGER, 0, view.createdAt];
  if (view.kind === 'section-note') {
    const info = view.sectionId ? index.sections.get(view.sectionId) : undefined;
    return [(info?.startParagraphIndex ?? 0) * 2, info?.order ?? 0, view.createdAt];
  }
  const first = view.resolution?.ranges?.[0];
  const paragraph = first ? index.paragraphs.get(first.paragraphId) : undefined;
  return [(paragraph?.index ?? 0) * 2 + 1, first?.start ?? 0, view.createdAt];
}

function placeFor(store: OpinionStore, view: ListedOpinion): PlaceKey {
  const { index } = store;
  switch (view.kind) {
    case 'report-note':
      return 'report';
    case 'section-note': {
      const info = view.sectionId ? index.sections.get(view.sectionId) : undefined;
      if (!info) return 'unplaced';
      return info.runInParagraphId ? `p:${info.runInParagraphId}` : `s:${info.section.id}`;
    }
    default: {
      const resolution = view.resolution;
      const placed = resolution && (resolution.status === 'exact' || resolution.status === 'moved' || resolution.status === 'fuzzy');
      const first = placed ? resolution.ranges?.find((range) => index.paragraphs.has(range.paragraphId)) : undefined;
      return first ? `p:${first.paragraphId}` : 'unplaced';
    }
  }
}

function compare(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

function derive(
  store: OpinionStore,
  views: Map<string, ListedOpinion>,
  previous: Derived,
  highlights = keepUnchanged(highlightSpecs(store, views), previous.highlights, sameSpecs),
): Derived {
  const conflicts = new Map<string, ListedOpinion[]>();
  const shown = [...views.values()].filter((view) => {
    const pairedWith = pairedOriginal(views, view);
    if (pairedWith !== null) push(conflicts, pairedWith, view);
    return pairedWith === null;
  });
  const entries = shown.map((view) => {
    const place = placeFor(store, view);
    return { view, place, key: sortKey(store, view, place) };
  });
  entries.sort((a, b) => compare(a.key, b.key));

  const places = new Map<string, ListedOpinion[]>();
  const placeOf = new Map<string, PlaceKey>();
  const insertions = new Map<string, Insertion[]>();
  const inline: { view: ListedOpinion; ranges: ReturnType<typeof paintable> }[] = [];
  const alternatives = new Map<string, ListedOpinion[]>();
  const alternativeOf = new Map<string, string>();
  for (const { view, place } of entries) {
    push(places, place, view);
    placeOf.set(view.id, place);
    if (place === 'unplaced' || view.kind !== 'passage-suggestion') continue;
    const ranges = paintable(store, view);
    const over = inline.find((other) => overlapping(other.ranges, ranges));
    if (over) {
      push(alternatives, over.view.id, view);
      alternativeOf.set(view.id, over.view.id);
      continue;
    }
    inline.push({ view, ranges });
    const last = ranges.at(-1);
    const proposed = view.suggestion?.proposed ?? '';
    if (last && proposed !== '') push(insertions, last.paragraphId, { opinionId: view.id, at: last.end, text: proposed });
  }
  for (const list of insertions.values()) list.sort((a, b) => a.at - b.at);

  return {
    ordered: entries.map((entry) => entry.view),
    places: keepUnchanged(places, previous.places, sameItems),
    highlights,
    insertions: keepUnchanged(insertions, previous.insertions, sameInsertions),
    placeOf,
    conflicts: keepUnchanged(conflicts, previous.conflicts, sameItems),
    alternatives: keepUnchanged(alternatives, previous.alternatives, sameItems),
    alternativeOf,
  };
}

type Ranges = { paragraphId: string; start: number; end: number }[];

/** Whether two suggestions change some of the same characters. */
function overlapping(a: Ranges, b: Ranges): boolean {
  return a.some((x) => b.some((y) => x.paragraphId === y.paragraphId && x.start < y.end && y.start < x.end));
}

/** The opinion a conflicting copy belongs with, when that opinion is here to show it; a lone copy is shown as a note. */
function pairedOriginal(views: Map<string, ListedOpinion>, view: ListedOpinion): string | null {
  return view.conflictOf !== null && views.has(view.conflictOf) ? view.conflictOf : null;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The ranges of a placed passage note that fall in paragraphs of this version. */
function paintable(store: OpinionStore, view: ListedOpinion) {
  return (view.resolution?.ranges ?? []).filter((range) => store.index.paragraphs.has(range.paragraphId) && range.end > range.start);
}

/**
 * What each paragraph paints, in one pass without sorting the notes (a first list is painted
 * before they are sorted into places): ordered by offset within the paragraph, the notes
 * written earlier first where they start together.
 */
function highlightSpecs(store: OpinionStore, views: Map<string, ListedOpinion>): Map<string, HighlightSpec[]> {
  const highlights = new Map<string, HighlightSpec[]>();
  for (const view of views.values()) {
    if (view.kind !== 'passage-comment' && view.kind !== 'passage-suggestion') continue;
    if (pairedOriginal(views, view) !== null) continue;
    if (placeFor(store, view) === 'unplaced') continue;
    for (const range of paintable(store, view)) {
      const base = { opinionId: view.id, start: range.start, end: range.end };
      if (view.kind === 'passage-suggestion') push(highlights, range.paragraphId, { ...base, style: 'deletion' });
      if (view.stanceId) push(highlights, range.paragraphId, { ...base, style: view.stanceId });
      else if (view.kind === 'passage-comment') push(highlights, range.paragraphId, { ...base, style: 'comment' });
    }
  }
  for (const list of highlights.values()) list.sort((a, b) => a.start - b.start);
  return highlights;
}

/** Reuses the previous array for every key whose contents did not change, so subscribers skip. */
function keepUnchanged<T>(next: Map<string, T[]>, previous: Map<string, T[]>, same: (a: T[], b: T[]) => boolean): Map<string, T[]> {
  for (const [key, list] of next) {
    const old = previous.get(key);
    if (old && same(old, list)) next.set(key, old);
  }
  return next;
}

function sameItems<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameSpecs(a: HighlightSpec[], b: HighlightSpec[]): boolean {
  return (
    a.length === b.length &&
    a.every((spec, i) => {
      const other = b[i] as HighlightSpec;
      return spec.opinionId === other.opinionId && spec.style === other.style && spec.start === other.start && spec.end === other.end;
    })
  );
}

function sameInsertions(a: Insertion[], b: Insertion[]): boolean {
  return (
    a.length === b.length &&
    a.every((insertion, i) => {
      const other = b[i] as Insertion;
      return insertion.opinionId === other.opinionId && insertion.at === other.at && insertion.text === other.text;
    })
  );
}
