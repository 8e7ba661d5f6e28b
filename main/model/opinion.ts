/**
 * Opinions: what delegates write about a report. An opinion on a passage carries an anchor of
 * several selectors, so it can be found again in a later version of the report — or be shown
 * honestly as ambiguous or orphaned, never silently attached to the wrong words.
 */

export const OPINION_KINDS = ['passage-comment', 'passage-suggestion', 'section-note', 'report-note'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];

export const ROLES = ['npc-delegate', 'cppcc-member', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

/** The local author: asked once on first run, editable. */
export interface Profile {
  /** Stable id of this author, so opinions merged from several delegates stay apart. */
  id: string;
  name: string;
  /** 代表团 (NPC delegation) or 界别 (CPPCC sector). */
  delegation: string;
  role: Role;
}

/** A stance or label: the meaning of a highlight (赞同, 质疑, …), with its colour. */
export interface Stance {
  id: string;
  name: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
  /** One of the five seeded stances; they can be renamed and recoloured but not removed. */
  builtin: boolean;
  order: number;
}

export const SEEDED_STANCES: Stance[] = [
  { id: 'agree', name: '赞同', color: '#2e7d32', builtin: true, order: 1 },
  { id: 'question', name: '质疑', color: '#e0a800', builtin: true, order: 2 },
  { id: 'revise', name: '建议修改', color: '#1565c0', builtin: true, order: 3 },
  { id: 'oppose', name: '反对', color: '#c62828', builtin: true, order: 4 },
  { id: 'verify', name: '数据核实', color: '#7b1fa2', builtin: true, order: 5 },
];

/** W3C Web Annotation TextQuoteSelector: the words and ~32 characters either side. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Where a passage opinion points. Offsets are JavaScript string indices. `reading` offsets are
 * into the report's reading text (its paragraphs in order, joined by "\n"); `source` offsets are
 * into the version's decoded source text (W3C TextPositionSelector).
 */
export interface PassageAnchor {
  /** The version the passage was selected in. */
  versionId: string;
  startParagraphId: string;
  startOffset: number;
  endParagraphId: string;
  endOffset: number;
  /** Structural path of the first paragraph, e.g. `二/（三）/p2`. */
  path: string;
  quote: QuoteSelector;
  reading: { start: number; end: number };
  source: { start: number; end: number };
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'ambiguous' | 'orphan';

/** Where a paragraph-relative range lies: a highlight is painted from these. */
export interface ParagraphRange {
  paragraphId: string;
  start: number;
  end: number;
}

/** An anchor found (or not) in one version of a report. */
export interface AnchorResolution {
  status: AnchorStatus;
  /** 1 for exact/moved; the similarity for fuzzy; 0 for orphan. */
  score: number;
  /** Reading-text range for exact, moved and fuzzy. */
  start?: number;
  end?: number;
  /** The text it now covers (fuzzy shows what was matched). */
  matched?: string;
  /** The same range split per paragraph, for painting. */
  ranges?: ParagraphRange[];
  /** For ambiguous anchors: every place it could be; none is picked. */
  candidates?: { start: number; end: number; ranges: ParagraphRange[] }[];
  /** Set when a person placed it here (opinions.place): their word, not the resolver's guess. */
  placed?: true;
}

/** ProseMirror/TipTap JSON, restricted to the editor schema (see main/model/rich-text/sanitize-body.ts). */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

export interface Suggestion {
  /** 原文: the words to change (the anchored quote when the opinion was made). */
  original: string;
  /** 建议改为 */
  proposed: string;
  /** 理由 */
  reason: string;
}

export interface Opinion {
  id: string;
  reportId: string;
  /** The version it was written on. */
  versionId: string;
  kind: OpinionKind;
  stanceId: string | null;
  tags: string[];
  body: RichTextNode;
  bodyText: string;
  /** For passage comments and suggestions. */
  anchor: PassageAnchor | null;
  /** For section notes. */
  sectionId: string | null;
  suggestion: Suggestion | null;
  author: Profile;
  createdAt: string;
  updatedAt: string;
  /** Set when the opinion is in the trash. */
  deletedAt: string | null;
}

/** An opinion as shown in one version of its report. */
export interface OpinionView extends Opinion {
  resolution: AnchorResolution | null;
}

/**
 * An opinion as the reading view receives it (opinions.list and every write): what a card, a
 * highlight and the editor show. The anchor's selectors and reading offsets stay in main/,
 * which alone resolves them; a report with 10,000 notes then crosses the bridge in a third of
 * the bytes. Exports and the command line use the whole OpinionView.
 */
export interface ListedOpinion extends Omit<Opinion, 'body' | 'anchor' | 'author'> {
  /** Null when it is plainTextBody(bodyText) (model/plain-body.ts), as most bodies are. */
  body: RichTextNode | null;
  anchor: ListedAnchor | null;
  /** The id tells the reading view whose it is: only its author may change or delete it. */
  author: Pick<Profile, 'id' | 'name' | 'delegation'>;
  resolution: ListedResolution | null;
  /**
   * Set on an imported copy that differs from an opinion already here (same author, same
   * opinion): the id of that opinion. The two are shown as one pair to settle, never as two notes.
   */
  conflictOf: string | null;
}

/** Where a passage opinion was made: its first paragraph, structural path and words. */
export interface ListedAnchor {
  startParagraphId: string;
  path: string;
  exact: string;
}

/** A resolution as painted: paragraph ranges; the matched words only when they differ (fuzzy). */
export interface ListedResolution {
  status: AnchorStatus;
  score: number;
  matched?: string;
  ranges?: ParagraphRange[];
  candidates?: { ranges: ParagraphRange[] }[];
  placed?: true;
}

/** Everything an opinion is made of, except the times the store sets. */
export type NewOpinion = Omit<Opinion, 'createdAt' | 'updatedAt' | 'deletedAt'>;

export interface OpinionChanges {
  stanceId?: string | null;
  tags?: string[];
  body?: { body: RichTextNode; text: string };
  suggestion?: Suggestion;
}
