/**
 * Search in one report: the paragraphs of the version being read and the report's opinions
 * (trash excluded), 繁/简-, width- and case-insensitive because both sides are folded.
 * Paragraphs come in paragraph order, opinions oldest first (created_at, id), at most `limit`
 * of each. The limit is applied in SQL, and SQL checks every term with instr() on the folded
 * text, so an index only ever narrows the candidates; it never decides a hit.
 *
 * Paragraphs (one version, at most a few thousand):
 * - every term 3+ characters: the FTS5 trigram index (MATCH on quoted phrases, so the query's
 *   punctuation is never FTS syntax);
 * - any term of 1–2 characters: the version's folded paragraphs, read in paragraph order
 *   through paragraphs_in_order and checked with instr() until the limit. The cost is bounded
 *   by one version's length: 0.1–0.2 ms for a normal report, 1.5–2.3 ms for a 270 K-character
 *   version. An index over every version in the library could not do better.
 *
 * Opinions (a report may hold 100,000): one of three ways, chosen per query by how many
 * candidates an index offers, counted inside FTS5 and capped (0.1–5 ms), with SEARCH_LIMITS:
 * - trigram index: every term 3+ characters, and at most maxIndexCandidates (3,000)
 *   candidates in the whole library;
 * - character index (opinion_chars, migration 3): each term a phrase of one-character tokens
 *   ("改 革", a 1-character term a single token), ANDed with the report's id, at most 3,000
 *   candidates in this report. Candidates are checked and sorted on the covering index
 *   opinions_search_key, and only the `limit` winners' rows are read;
 * - walk in order: more candidates than that means the terms are frequent in this report, so
 *   its live opinions are read in (created_at, id) order through opinions_in_order and the
 *   walk stops at the limit-th match. Spread evenly, 3,000 matches among 100,000 opinions
 *   fill 200 hits within 6,700 opinions. If the first walkFirst (8,000) hold fewer, the
 *   matches came later (a batch merged from delegates' packages): the rest, after the last
 *   opinion read, comes from the character index if it offers at most 20,000 candidates, and
 *   from walking on otherwise.
 * An index costs 1.5–5 µs a candidate (a row of opinion_search_text and an entry of
 * opinions_search_key, both random reads), the walk 0.8–3.5 µs an opinion. Measured
 * (tests/bench/search-case.ts, 100,000 opinions in one report, 200 hits; the median of 50
 * runs, four times, on a shared 2-core machine; before → after): 改革 164–240 ms → 6.7–9.9;
 * 绿 154–208 → 8.6–12.6; 經濟 172–228 → 6.4–9.7; 科技创新 20–23 → 7.5–11.1; p95 at most
 * 20.5 ms. A sweep of 560 queries (250 characters and 250 character pairs of every
 * frequency, 60 two-term queries): median 4–10 ms, slowest 16–31 ms. A term found only in the
 * newest 4,000 / 15,000 opinions: 15–18 / 27–36 ms. What remains slow: more than 20,000
 * matches, none among the first 8,000 opinions and few until late, is a walk through the
 * report: about 80 ms per 100,000 opinions (the old scan: 150–240 ms for any short term).
 *
 * Options weighed: FTS5 trigram cannot match fewer than 3 characters (a prefix query "改革*"
 * finds nothing; LIKE '%改革%' falls back to a scan: 390 ms). A bigram side table is a B-tree
 * row per character pair (≈ 5 M rows for these opinions); even as FTS5 tokens with
 * detail=none, pairs plus single characters cost twice the writes of the character index for
 * the same size. Without a per-report count, a term common in another report would send a
 * search through thousands of foreign candidates. Sorting every match before the limit (the
 * old way) cost 5–14 µs a match: 47–106 ms for 改革's 7,579 matches even from an index.
 * The exact ranges are computed afterwards in JavaScript on the folded text.
 */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../model/search';
import type { PassageAnchor, Suggestion } from '../model/opinion';
import { searchableText } from './opinion-store';
import { charLength, findRanges, ftsString, indexableTerm, searchTerms, snippetAround, spacedChars } from './search-text';

export interface SearchOptions {
  reportId: string;
  versionId: string;
  query: string;
  /** Most hits of each kind (paragraphs, opinions). */
  limit: number;
  /** Structural path of a section, for section notes in the hit list. */
  sectionPath: (versionId: string, sectionId: string) => string;
}

export interface SearchLimits {
  /** Above this many candidates from an index, walking the report's opinions in order is cheaper. */
  maxIndexCandidates: number;
  /** How many opinions a walk reads before it asks the index again (matches may come late). */
  walkFirst: number;
  /** After such a walk, the index still serves up to this many candidates; beyond, the walk goes on. */
  maxIndexCandidatesAfterWalk: number;
}

export const SEARCH_LIMITS: SearchLimits = { maxIndexCandidates: 3000, walkFirst: 8000, maxIndexCandidatesAfterWalk: 20_000 };

export type OpinionEngine = 'trigram index' | 'character index' | 'walk in order';

/** What a hit needs of an opinion: not its body, whose JSON would cost more to parse than the search. */
const OPINION_HIT_COLUMNS = 'o.id, o.version_id, o.body_text, o.anchor, o.section_id, o.suggestion, f.folded';

/** `column` contains each of `count` terms (bound in order). */
const containsAll = (column: string, count: number) => Array.from({ length: count }, () => `instr(${column}, ?) > 0`).join(' AND ');

/**
 * The statements, by number of terms; exported for the query-plan tests. Parameters in order:
 * MATCH (if any), version or report, the terms, the limit.
 */
export const SEARCH_SQL = {
  paragraphsIndexed: (terms: number) => `
    SELECT p.id, p.number, p.path, p.text, f.folded
    FROM paragraph_search s
    JOIN paragraph_search_text f ON f.id = s.rowid
    JOIN paragraphs p ON p.version_id = f.version_id AND p.id = f.paragraph_id
    WHERE paragraph_search MATCH ? AND f.version_id = ? AND ${containsAll('f.folded', terms)}
    ORDER BY p.number
    LIMIT ?`,
  paragraphsScanned: (terms: number) => `
    SELECT p.id, p.number, p.path, p.text, f.folded
    FROM paragraph_search_text f
    JOIN paragraphs p ON p.version_id = f.version_id AND p.id = f.paragraph_id
    WHERE f.version_id = ? AND ${containsAll('f.folded', terms)}
    ORDER BY p.number
    LIMIT ?`,
  /**
   * Candidates from an index: kept, dropped and sorted on the covering key; rows read for the
   * winners only. `after`: only opinions after this (created_at, id), two more parameters
   * before the terms.
   */
  opinionsFromIndex: (index: 'opinion_search' | 'opinion_chars', terms: number, after = false) => `
    SELECT ${OPINION_HIT_COLUMNS}
    FROM (
      SELECT k.id, k.created_at
      FROM ${index} s
      CROSS JOIN opinion_search_text f ON f.id = s.rowid
      CROSS JOIN opinions k INDEXED BY opinions_search_key ON k.id = f.opinion_id
      WHERE ${index} MATCH ? AND k.report_id = ? AND k.deleted_at IS NULL${after ? ' AND (k.created_at, k.id) > (?, ?)' : ''}
        AND ${containsAll('f.folded', terms)}
      ORDER BY k.created_at, k.id
      LIMIT ?
    ) hit
    CROSS JOIN opinions o ON o.id = hit.id
    CROSS JOIN opinion_search_text f ON f.opinion_id = o.id
    ORDER BY hit.created_at, hit.id`,
  /**
   * The report's live opinions in order, at most `read` of them (-1: all), each checked for
   * the terms; the opinion's row is read for matches only. Parameters: report, [after: two],
   * read, the terms, the limit.
   */
  opinionsInOrder: (terms: number, after = false) => `
    SELECT ${OPINION_HIT_COLUMNS}
    FROM (
      SELECT w.id, w.created_at
      FROM opinions w INDEXED BY opinions_in_order
      WHERE w.report_id = ? AND w.deleted_at IS NULL${after ? ' AND (w.created_at, w.id) > (?, ?)' : ''}
      ORDER BY w.created_at, w.id
      LIMIT ?
    ) walked
    CROSS JOIN opinion_search_text f ON f.opinion_id = walked.id
    CROSS JOIN opinions o ON o.id = walked.id
    WHERE ${containsAll('f.folded', terms)}
    ORDER BY walked.created_at, walked.id
    LIMIT ?`,
  /** The (created_at, id) of the report's n-th live opinion in order (OFFSET n - 1). */
  nthInOrder: `
    SELECT created_at, id FROM opinions INDEXED BY opinions_in_order
    WHERE report_id = ? AND deleted_at IS NULL
    ORDER BY created_at, id
    LIMIT 1 OFFSET ?`,
  countCandidates: (index: 'opinion_search' | 'opinion_chars') => `SELECT count(*) FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ?)`,
};

/** The trigram index's query: every term a quoted phrase. */
export const trigramMatch = (terms: string[]) => terms.map(ftsString).join(' ');

/** The character index's query: each term a phrase of its characters, in this report. */
export const charsMatch = (terms: string[], reportId: string) =>
  [...terms.map((term) => `chars : ${ftsString(spacedChars(term))}`), `report : ${ftsString(reportId)}`].join(' AND ');

/** The character index's query for the terms it can look up (see indexableTerm); null if none: instr() alone decides. */
const charsMatchOf = (terms: string[], reportId: string) => {
  const indexable = terms.filter(indexableTerm);
  return indexable.length > 0 ? charsMatch(indexable, reportId) : null;
};

interface OpinionMatch {
  id: string;
  version_id: string;
  body_text: string;
  anchor: string | null;
  section_id: string | null;
  suggestion: string | null;
  folded: string;
}

interface ParagraphMatch {
  id: string;
  number: number;
  path: string;
  text: string;
  folded: string;
}

export class SearchStore {
  private readonly statements = new Map<string, Database.Statement>();

  private readonly limits: SearchLimits;

  constructor(
    private readonly db: Database.Database,
    /** Tests lower them to drive every engine on a small report. */
    limits: Partial<SearchLimits> = {},
  ) {
    this.limits = { ...SEARCH_LIMITS, ...limits };
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Whether paragraphs are searched through the trigram index (every term 3+ characters). */
  static usesIndex(terms: string[]): boolean {
    return terms.length > 0 && terms.every((term) => charLength(term) >= 3);
  }

  /** How many candidates an index offers for `match`, counted up to `most` + 1. */
  private fewCandidates(index: 'opinion_search' | 'opinion_chars', match: string, most: number): boolean {
    return (this.statement(SEARCH_SQL.countCandidates(index)).pluck().get(match, most + 1) as number) <= most;
  }

  /** How the report's opinions are searched for these terms first: exported for tests and the benchmark. */
  opinionPlan(reportId: string, terms: string[], limit: number): { engine: OpinionEngine; match?: string } {
    // Asked for more hits than that (a count, an export), a walk would read the whole report.
    const most = Math.min(Math.max(this.limits.maxIndexCandidates, limit), 2 ** 31);
    if (SearchStore.usesIndex(terms)) {
      const match = trigramMatch(terms);
      if (this.fewCandidates('opinion_search', match, most)) return { engine: 'trigram index', match };
    }
    const match = charsMatchOf(terms, reportId);
    if (match !== null && this.fewCandidates('opinion_chars', match, most)) return { engine: 'character index', match };
    return { engine: 'walk in order' };
  }

  query(options: SearchOptions): SearchHit[] {
    const terms = searchTerms(options.query);
    if (terms.length === 0) return [];
    return [...this.paragraphHits(options, terms), ...this.opinionHits(options, terms)];
  }

  private paragraphHits({ versionId, limit }: SearchOptions, terms: string[]): SearchHit[] {
    const rows = (
      SearchStore.usesIndex(terms)
        ? this.statement(SEARCH_SQL.paragraphsIndexed(terms.length)).all(trigramMatch(terms), versionId, ...terms, limit)
        : this.statement(SEARCH_SQL.paragraphsScanned(terms.length)).all(versionId, ...terms, limit)
    ) as ParagraphMatch[];
    return rows.map((row) => {
      const ranges = findRanges(row.folded, terms);
      return { kind: 'paragraph', paragraphId: row.id, path: row.path, number: row.number, ranges, snippet: snippetAround(row.text, ranges[0]) };
    });
  }

  /**
   * The report's first `limit` matching opinions in (created_at, id) order. Frequent terms
   * are walked in order; if the first `walkFirst` opinions hold fewer than `limit` matches
   * (the term is rarer than the count said, or its opinions came later: a batch merged from
   * delegates' packages), the rest comes from the character index when it offers few enough
   * candidates, and from walking on otherwise.
   */
  private opinionRows(reportId: string, terms: string[], limit: number): OpinionMatch[] {
    const plan = this.opinionPlan(reportId, terms, limit);
    if (plan.engine !== 'walk in order') {
      const index = plan.engine === 'trigram index' ? 'opinion_search' : 'opinion_chars';
      return this.statement(SEARCH_SQL.opinionsFromIndex(index, terms.length)).all(plan.match, reportId, ...terms, limit) as OpinionMatch[];
    }
    const { walkFirst, maxIndexCandidatesAfterWalk } = this.limits;
    const rows = this.statement(SEARCH_SQL.opinionsInOrder(terms.length)).all(reportId, walkFirst, ...terms, limit) as OpinionMatch[];
    if (rows.length >= limit) return rows;
    const boundary = this.statement(SEARCH_SQL.nthInOrder).get(reportId, walkFirst - 1) as { created_at: string; id: string } | undefined;
    // The walk read every live opinion of the report.
    if (!boundary) return rows;
    const after = [boundary.created_at, boundary.id];
    const rest = limit - rows.length;
    const match = charsMatchOf(terms, reportId);
    const more = (
      match !== null && this.fewCandidates('opinion_chars', match, maxIndexCandidatesAfterWalk)
        ? this.statement(SEARCH_SQL.opinionsFromIndex('opinion_chars', terms.length, true)).all(match, reportId, ...after, ...terms, rest)
        : this.statement(SEARCH_SQL.opinionsInOrder(terms.length, true)).all(reportId, ...after, -1, ...terms, rest)
    ) as OpinionMatch[];
    return [...rows, ...more];
  }

  private opinionHits({ reportId, limit, sectionPath }: SearchOptions, terms: string[]): SearchHit[] {
    const rows = this.opinionRows(reportId, terms, limit);
    return rows.map((row) => {
      const opinion = {
        bodyText: row.body_text,
        anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as PassageAnchor),
        suggestion: row.suggestion === null ? null : (JSON.parse(row.suggestion) as Suggestion),
      };
      const all = findRanges(row.folded, terms);
      // Only matches inside the body text are ranges of the body; the snippet shows the first match wherever it is.
      const ranges = all.filter(([, end]) => end <= row.body_text.length);
      const path = opinion.anchor ? opinion.anchor.path : row.section_id ? sectionPath(row.version_id, row.section_id) : '';
      return { kind: 'opinion', opinionId: row.id, path, ranges, snippet: snippetAround(searchableText(opinion), all[0]) };
    });
  }
}
