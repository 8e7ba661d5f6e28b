/**
 * Search in one report: the paragraphs of the version being read and the report's opinions
 * (trash excluded), 繁/简-, width- and case-insensitive because both sides are folded.
 * Paragraphs come in paragraph order, opinions oldest first (created_at, id), at most `limit`
 * of each; the limit is applied in SQL, and SQL checks every term with instr() on the folded
 * text, so an index only ever narrows the candidates and never decides a hit.
 *
 * Paragraphs (one version, at most a few thousand):
 * - every term 3+ characters: the FTS5 trigram index (MATCH on quoted phrases, so the query's
 *   punctuation is never FTS syntax);
 * - any term of 1–2 characters: the version's folded paragraphs are scanned with instr(),
 *   restricted by index to the one version. The scan is bounded by the version's length:
 *   0.1–0.2 ms for a normal report, 1.5–2.3 ms for a 270 K-character version, so an index
 *   would buy nothing there.
 *
 * Opinions (a report may hold 100,000): the first `limit` matches in (created_at, id) order.
 * Three ways, chosen per query by how many opinions an index offers, counted inside FTS5 and
 * capped at MAX_INDEX_CANDIDATES (a count costs 0.1–3 ms):
 * - trigram index: every term 3+ characters and at most MAX_INDEX_CANDIDATES candidates in the
 *   whole library;
 * - character index (opinion_chars, migration 3): a phrase of single-character tokens per term
 *   ("改 革"), ANDed with the report's id, at most MAX_INDEX_CANDIDATES candidates in this
 *   report. Candidates are checked and sorted through the covering index opinions_search_key,
 *   then only the `limit` winners' rows are read;
 * - walk in order: more candidates than that means the terms are frequent in this report, so
 *   its live opinions are read in (created_at, id) order through opinions_in_order and the
 *   walk stops at the `limit`-th match. With at least MAX_INDEX_CANDIDATES matches among N
 *   opinions it reads about limit × N / MAX_INDEX_CANDIDATES of them.
 * Measured on 100,000 opinions in one report (tests/bench/search-case.ts; this machine is
 * shared and noisy, so minima):
 *   MEASUREMENTS
 * Options weighed: FTS5 trigram cannot match fewer than 3 characters (a prefix query "改革*"
 * finds nothing, LIKE '%改革%' falls back to a scan: 390 ms); a bigram side table would be a
 * B-tree row per character pair (≈ 5.7 M rows for these opinions) written on every autosave;
 * the character index is 15 MB for the same opinions (the trigram index: 21 MB).
 * The exact ranges are computed afterwards in JavaScript on the folded text.
 */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../api/contract';
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

/** Above this many candidates from an index, walking the report's opinions in order is cheaper. */
export const MAX_INDEX_CANDIDATES = 4000;

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
  /** Candidates from an index: kept, dropped and sorted on the covering key; rows read for the winners only. */
  opinionsFromIndex: (index: 'opinion_search' | 'opinion_chars', terms: number) => `
    SELECT ${OPINION_HIT_COLUMNS}
    FROM (
      SELECT k.id, k.created_at
      FROM ${index} s
      CROSS JOIN opinion_search_text f ON f.id = s.rowid
      CROSS JOIN opinions k INDEXED BY opinions_search_key ON k.id = f.opinion_id
      WHERE ${index} MATCH ? AND k.report_id = ? AND k.deleted_at IS NULL AND ${containsAll('f.folded', terms)}
      ORDER BY k.created_at, k.id
      LIMIT ?
    ) hit
    CROSS JOIN opinions o ON o.id = hit.id
    CROSS JOIN opinion_search_text f ON f.opinion_id = o.id
    ORDER BY hit.created_at, hit.id`,
  opinionsInOrder: (terms: number) => `
    SELECT ${OPINION_HIT_COLUMNS}
    FROM opinions o INDEXED BY opinions_in_order
    CROSS JOIN opinion_search_text f ON f.opinion_id = o.id
    WHERE o.report_id = ? AND o.deleted_at IS NULL AND ${containsAll('f.folded', terms)}
    ORDER BY o.created_at, o.id
    LIMIT ?`,
  countCandidates: (index: 'opinion_search' | 'opinion_chars') => `SELECT count(*) FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ?)`,
};

/** The trigram index's query: every term a quoted phrase. */
export const trigramMatch = (terms: string[]) => terms.map(ftsString).join(' ');

/** The character index's query: each term a phrase of its characters, in this report. */
export const charsMatch = (terms: string[], reportId: string) =>
  [...terms.map((term) => `chars : ${ftsString(spacedChars(term))}`), `report : ${ftsString(reportId)}`].join(' AND ');

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

  constructor(
    private readonly db: Database.Database,
    /** Tests lower it to drive every engine on a small report. */
    private readonly maxIndexCandidates = MAX_INDEX_CANDIDATES,
  ) {}

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

  /** How the report's opinions are searched for these terms: exported for tests and the benchmark. */
  opinionPlan(reportId: string, terms: string[], limit: number): { engine: OpinionEngine; match?: string } {
    // Asked for more hits than that (a count, an export), the walk would read the whole report.
    const most = Math.min(Math.max(this.maxIndexCandidates, limit), 2 ** 31);
    const fewCandidates = (index: 'opinion_search' | 'opinion_chars', match: string) =>
      (this.statement(SEARCH_SQL.countCandidates(index)).pluck().get(match, most + 1) as number) <= most;
    if (SearchStore.usesIndex(terms)) {
      const match = trigramMatch(terms);
      if (fewCandidates('opinion_search', match)) return { engine: 'trigram index', match };
    }
    // A term the character index cannot look up is left to instr() (see indexableTerm).
    const indexable = terms.filter(indexableTerm);
    if (indexable.length > 0) {
      const match = charsMatch(indexable, reportId);
      if (fewCandidates('opinion_chars', match)) return { engine: 'character index', match };
    }
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

  private opinionHits({ reportId, limit, sectionPath }: SearchOptions, terms: string[]): SearchHit[] {
    const plan = this.opinionPlan(reportId, terms, limit);
    const rows = (
      plan.engine === 'walk in order'
        ? this.statement(SEARCH_SQL.opinionsInOrder(terms.length)).all(reportId, ...terms, limit)
        : this.statement(SEARCH_SQL.opinionsFromIndex(plan.engine === 'trigram index' ? 'opinion_search' : 'opinion_chars', terms.length)).all(plan.match, reportId, ...terms, limit)
    ) as OpinionMatch[];
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
