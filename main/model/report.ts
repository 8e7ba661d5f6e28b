/**
 * The report model every part of Shenyi shares: the importer produces it, the store keeps it,
 * the API carries it and the renderer shows it. Text is never rewritten: every paragraph and
 * heading keeps the spans of the decoded source it was read from.
 */

/** A run of the decoded source text: [start, end) in JavaScript string indices. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** Which numbering style a heading uses; the order of HEADING_RANKS is the nesting order. */
export type HeadingKind =
  | 'part' // 第一部分, an unnumbered part title, 附件, 名词解释
  | 'cn-comma' // 一、
  | 'cn-paren' // （一） / (一)
  | 'cn-ordinal' // 第一、 and run-in 一是 / 一要
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren'; // （1） （１）

export const HEADING_RANKS: Record<HeadingKind, number> = {
  part: 0,
  'cn-comma': 1,
  'cn-paren': 2,
  'cn-ordinal': 3,
  arabic: 4,
  'arabic-paren': 5,
};

export interface Paragraph {
  /** Stable across re-imports: derived from the paragraph's text and its occurrence count. */
  id: string;
  /** 1-based number in reading order, for citing ("第12段"). */
  number: number;
  /** Structural path such as `二/（三）/p2`. */
  path: string;
  /** The paragraph's text: exactly the concatenation of its source spans. */
  text: string;
  spans: SourceSpan[];
  /** For a run-in heading ("（一）经济运行稳进提质。健全…"), the length of the heading sentence at the start. */
  headingLength: number;
}

export interface Section {
  id: string;
  /**
   * 'closing' holds a part's closing paragraphs (the 「各位代表…」 ones after its last numbered
   * item): they belong to the part, not to that item, and come after its subsections. It has no
   * heading, is always the part's last child, and its paragraphs continue the part's own in
   * paths (`三/p4`).
   */
  kind: HeadingKind | 'root' | 'closing';
  /** Nesting depth in the tree (root = 0). */
  level: number;
  /** The numbering as written: "一、", "（三）", "1." or '' for unnumbered titles. */
  marker: string;
  /** The segment this section contributes to a path: "二", "（三）", "1", or the title for unnumbered parts. */
  label: string;
  /** The heading text without the marker, e.g. "2024年工作回顾". */
  title: string;
  /** The full heading as written (marker and title), from the source. */
  heading: string;
  /** True when the heading opens its first paragraph instead of standing on its own line. */
  runIn: boolean;
  headingSpans: SourceSpan[];
  paragraphs: Paragraph[];
  children: Section[];
}

export type DebrisReason =
  | 'page-header'
  | 'page-ui'
  | 'breadcrumb'
  | 'html-comment'
  | 'escape-literal'
  | 'licence-footer'
  | 'photo-caption'
  | 'editor-note'
  | 'dateline'
  | 'promo'
  | 'related-links'
  | 'source-note'
  /** The start of a paragraph repeated and cut off (a page's summary of its closing paragraph). */
  | 'truncated-copy';

/** A line of web debris: kept out of the body but never deleted, and restorable by the user. */
export interface DebrisLine {
  /** Offset of the line in the decoded source: the identity used to restore it. */
  start: number;
  end: number;
  text: string;
  reason: DebrisReason;
}

/** One document read from a file: what the user can import as a report version. */
export interface ParsedDocument {
  title: string;
  /** Lines between the title and the body: the date line, the speaker, 来源/时间. */
  titleBlock: { text: string; spans: SourceSpan[] }[];
  root: Section;
  debris: DebrisLine[];
  /** The share of the decoded source this document covers. */
  sourceRange: SourceSpan;
  /** Set when this document repeats an earlier one of the same file (index into the list). */
  duplicateOf: number | null;
  paragraphCount: number;
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** The result of reading one file: the decoded text and the documents found in it. */
export interface ParsedFile {
  fileName: string;
  format: SourceFormat;
  encoding: string;
  /** Which encoding was detected and why ("GBK (read with the GB18030 decoder…)"); absent for stored text read again. */
  encodingNote?: string;
  /** SHA-256 of the file's bytes. */
  contentHash: string;
  /** The decoded text every span points into (BOM removed, line endings as found). */
  sourceText: string;
  documents: ParsedDocument[];
}

/** A report held in the store: one document, possibly in several versions. */
export interface ReportSummary {
  id: string;
  title: string;
  createdAt: string;
  versionCount: number;
  latestVersionId: string;
  sourceFileName: string;
  paragraphCount: number;
  /**
   * Set when the latest version's file held the body several times: how many, and for a
   * version imported from a later copy, the (0-based) document it copies.
   */
  copies: { count: number; copyOf: number | null } | null;
}

export interface ReportVersion {
  id: string;
  reportId: string;
  label: string;
  importedAt: string;
  sourceFileName: string;
  format: SourceFormat;
  encoding: string;
  contentHash: string;
}

/** Everything the reading view needs for one version. */
export interface ReportDocument {
  report: ReportSummary;
  version: ReportVersion;
  title: string;
  titleBlock: string[];
  root: Section;
  debris: (DebrisLine & { restored: boolean })[];
  /**
   * Where the detector was unsure (self-check findings on this version's outline) and the
   * user's own word on such lines: promoted to a heading or demoted to body text.
   */
  outline: { findings: OutlineFinding[]; corrections: HeadingCorrection[] };
}

/** The user's correction of one line: read it as a heading (true) or as body text (false). */
export interface HeadingCorrection {
  /** Offset of the line's text in the version's decoded source (its first span's start). */
  start: number;
  text: string;
  asHeading: boolean;
}

export type OutlineFindingCode = 'sequence-gap' | 'level-skip' | 'long-title' | 'attachment-before-body' | 'copies' | 'short-text';

/** One thing the structural self-check (main/structure/self-check.ts) asks the reader to look at. */
export interface OutlineFinding {
  code: OutlineFindingCode;
  /** Index of the document in the file. */
  document: number;
  /** The section concerned, when there is one. */
  sectionId: string | null;
  /** A body line that looks like a heading but was not taken as one (it broke the numbering). */
  paragraphId: string | null;
  /** Where that line or the section's heading starts in the decoded source: what a correction names. */
  start: number | null;
  /** In English, for the CLI and logs. */
  detail: string;
  /** The same in parts, for the UI to say in its own language. */
  about: { says: OutlineFindingDetail; params: Record<string, string | number> };
}

export type OutlineFindingDetail =
  | 'line-breaks-numbering'
  | 'numbering-gap'
  | 'level-skip'
  | 'long-title'
  | 'attachment-before-body'
  | 'short-text'
  | 'copy-kept'
  | 'copy-repeat';

/** How often a document's body occurs in its file, and which document is kept as the original. */
export interface CopyCount {
  /** Occurrences of the body in the file (1 when it occurs once). */
  count: number;
  /** Index of the document taken as the original (the first occurrence). */
  original: number;
}

/** One document of a file stored as a report version (or found already stored). */
export interface ImportedVersion {
  reportId: string;
  versionId: string;
  title: string;
  alreadyPresent: boolean;
  /** Which document of the file this is (0-based). */
  document: number;
  /** The file held this body `count` times; `original` is the copy taken as the report. */
  copies: CopyCount;
}

/** An imported version with what the import has to say about it. */
export interface ImportedReport extends ImportedVersion {
  /** Documents of the file that repeat this one's body and were not imported. */
  copiesLeftOut: number[];
  /** The structural self-check of this document's outline: what to look at before trusting it. */
  findings: OutlineFinding[];
  /** The file's encoding as detected, and why (a GBK file is read with the gb18030 decoder). */
  encoding: string;
  encodingNote: string | null;
}
