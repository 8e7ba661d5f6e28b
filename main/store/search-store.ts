/**
 * Search in one report: the paragraphs of the version being read and the report's opinions
 * (trash excluded), 繁/简-, width- and case-insensitive because both sides are folded.
 *
 * Two ways to find candidates, chosen per query:
 * - every term 3+ characters: the FTS5 trigram index (MATCH on quoted phrases, so the query's
 *   punctuation is never FTS syntax);
 * - any term of 1–2 characters (改革, 民生, 税): trigram cannot match those, so the folded
 *   text of this version's paragraphs and this report's opinions is scanned with instr(),
 *   restricted by index to the one version or report.
 * Measured (library of 1.3 M characters; a 27 K-character report with 2,000 opinions; a
 * 270 K-character version): a 1–2 character scan costs 0.1–0.2 ms for a normal report's
 * paragraphs, 1.5–2.3 ms for the 270 K one, 1.7–2.3 ms for 2,000 opinions; whole queries
 * 2.6–5.7 ms with 100–200 hits. A bigram side table (not built) would turn the scan into an
 * index lookup, but cost a row per character pair on every autosave of an opinion, for a
 * search that is already well under a frame. The trigram index still matters for long queries over many
 * opinions (0.2 ms instead of 1–1.3 ms) and for library-wide search later.
 * Either way the exact ranges are computed afterwards in JavaScript on the folded text.
 */
import type Database from 'better-sqlite3';
import type { SearchHit } from '../api/contract';
import type { PassageAnchor, Suggestion } from '../model/opinion';
import { searchableText } from './opinion-store';
import { charLength, findRanges, hasAllTerms, searchTerms, snippetAround } from './search-text';

export interface SearchOptions {
  reportId: string;
  versionId: string;
  query: string;
  /** Most hits of each kind (paragraphs, opinions). */
  limit: number;
  /** Structural path of a section, for section notes in the hit list. */
  sectionPath: (versionId: string, sectionId: string) => string;
}

/** What a hit needs of an opinion: not its body, whose JSON would cost more to parse than the search. */
const OPINION_HIT_COLUMNS = 'o.id, o.version_id, o.body_text, o.anchor, o.section_id, o.suggestion, f.folded';

interface OpinionMatch {
  id: string;
  version_id: string;
  body_text: string;
  anchor: string | null;
  section_id: string | null;
  suggestion: string | null;
  folded: string;
}

const ftsPhrases = (terms: string[]) => terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ');

interface ParagraphMatch {
  id: string;
  number: number;
  path: string;
  text: string;
  folded: string;
}

export class SearchStore {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      paragraphsIndexed: db.prepare(`
        SELECT p.id, p.number, p.path, p.text, f.folded
        FROM paragraph_search s
        JOIN paragraph_search_text f ON f.id = s.rowid
        JOIN paragraphs p ON p.version_id = f.version_id AND p.id = f.paragraph_id
        WHERE paragraph_search MATCH ? AND f.version_id = ?
        ORDER BY p.number`),
      paragraphsScanned: db.prepare(`
        SELECT p.id, p.number, p.path, p.text, f.folded
        FROM paragraph_search_text f
        JOIN paragraphs p ON p.version_id = f.version_id AND p.id = f.paragraph_id
        WHERE f.version_id = ? AND instr(f.folded, ?) > 0
        ORDER BY p.number`),
      opinionsIndexed: db.prepare(`
        SELECT ${OPINION_HIT_COLUMNS}
        FROM opinion_search s
        JOIN opinion_search_text f ON f.id = s.rowid
        JOIN opinions o ON o.id = f.opinion_id
        WHERE opinion_search MATCH ? AND o.report_id = ? AND o.deleted_at IS NULL
        ORDER BY o.created_at, o.id`),
      opinionsScanned: db.prepare(`
        SELECT ${OPINION_HIT_COLUMNS}
        FROM opinions o
        JOIN opinion_search_text f ON f.opinion_id = o.id
        WHERE o.report_id = ? AND o.deleted_at IS NULL AND instr(f.folded, ?) > 0
        ORDER BY o.created_at, o.id`),
    };
  }

  /** Which engine a query uses: exported for tests and the benchmark. */
  static usesIndex(terms: string[]): boolean {
    return terms.length > 0 && terms.every((term) => charLength(term) >= 3);
  }

  query(options: SearchOptions): SearchHit[] {
    const terms = searchTerms(options.query);
    if (terms.length === 0) return [];
    return [...this.paragraphHits(options, terms), ...this.opinionHits(options, terms)];
  }

  private paragraphHits({ versionId, limit }: SearchOptions, terms: string[]): SearchHit[] {
    // terms[0] is the longest: the scan filters on it in SQL and on the others here.
    const rows = (
      SearchStore.usesIndex(terms)
        ? this.statements.paragraphsIndexed.all(ftsPhrases(terms), versionId)
        : this.statements.paragraphsScanned.all(versionId, terms[0])
    ) as ParagraphMatch[];
    return rows
      .filter((row) => hasAllTerms(row.folded, terms))
      .slice(0, limit)
      .map((row) => {
        const ranges = findRanges(row.folded, terms);
        return { kind: 'paragraph', paragraphId: row.id, path: row.path, number: row.number, ranges, snippet: snippetAround(row.text, ranges[0]) };
      });
  }

  private opinionHits({ reportId, limit, sectionPath }: SearchOptions, terms: string[]): SearchHit[] {
    const rows = (
      SearchStore.usesIndex(terms)
        ? this.statements.opinionsIndexed.all(ftsPhrases(terms), reportId)
        : this.statements.opinionsScanned.all(reportId, terms[0])
    ) as OpinionMatch[];
    return rows
      .filter((row) => hasAllTerms(row.folded, terms))
      .slice(0, limit)
      .map((row) => {
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
