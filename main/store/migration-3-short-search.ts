/**
 * Migration 3: an index for 1–2 character searches in opinions, and the two orders search
 * reads opinions in. Additive: nothing existing changes. Why this shape (numbers in
 * search-store.ts):
 *
 * - opinion_chars: FTS5 over each opinion's folded text with every character its own token
 *   (`unicode61` splits on spaces; the text is inserted as "改 革 开 放", so a 2-character term
 *   is the phrase "改 革" and a 1-character term one token). Every category but blank space is
 *   a token character, so punctuation, digits and symbols are found too; remove_diacritics 0
 *   keeps é and e apart. unicode61 still folds case a little further than foldText (ſ = s,
 *   ς = σ), so the index finds a superset and search checks every candidate with instr().
 *   The second column holds the opinion's report id, one token: "these characters AND this
 *   report" is counted inside FTS5, which is how search decides between the index and a walk
 *   in order (search-store.ts).
 *   Contentless with contentless_delete=1 (SQLite 3.43+): the index keeps no copy of the
 *   text, and a row is deleted by rowid alone. Its rowid is opinion_search_text.id, as for the
 *   trigram index.
 * - Triggers on opinion_search_text keep it in step wherever the folded text is written,
 *   deleted (also by ON DELETE CASCADE when a report is removed) or refolded by a later
 *   migration. They call shenyi_spaced_chars (search-text.ts), registered on every connection
 *   by openDatabase: a connection without it cannot write opinions at all, rather than
 *   writing them unindexed.
 * - opinions_in_order (report_id, deleted_at, created_at, id): a report's live opinions in the
 *   order search (and the reading view) lists them, so a search that matches often reads
 *   them in order and stops at the limit instead of sorting every match.
 * - opinions_search_key (id, report_id, deleted_at, created_at): what a candidate from an
 *   index needs to be kept or dropped and sorted, without reading the opinion's row
 *   (1.2 KB of JSON on average): about 2 µs a candidate instead of 10.
 *
 * Paragraphs keep scanning for 1–2 character terms: that scan is bounded by one version
 * (search-store.ts).
 */
import type Database from 'better-sqlite3';
import { registerSearchFunctions, SPACED_CHARS_FUNCTION } from './search-text';

/** Every category but Z* (blank space): foldText has turned all blank space into ' '. */
export const CHAR_TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* M* P* S* C*'`;

export function migrateToShortSearch(db: Database.Database): void {
  registerSearchFunctions(db);
  db.exec(`
    CREATE VIRTUAL TABLE opinion_chars USING fts5(
      chars, report, content='', contentless_delete=1, tokenize="${CHAR_TOKENIZER}");

    CREATE TRIGGER opinion_chars_insert AFTER INSERT ON opinion_search_text BEGIN
      INSERT INTO opinion_chars(rowid, chars, report)
      VALUES (new.id, ${SPACED_CHARS_FUNCTION}(new.folded), (SELECT report_id FROM opinions WHERE id = new.opinion_id));
    END;
    CREATE TRIGGER opinion_chars_delete AFTER DELETE ON opinion_search_text BEGIN
      DELETE FROM opinion_chars WHERE rowid = old.id;
    END;
    CREATE TRIGGER opinion_chars_update AFTER UPDATE ON opinion_search_text BEGIN
      DELETE FROM opinion_chars WHERE rowid = old.id;
      INSERT INTO opinion_chars(rowid, chars, report)
      VALUES (new.id, ${SPACED_CHARS_FUNCTION}(new.folded), (SELECT report_id FROM opinions WHERE id = new.opinion_id));
    END;

    -- Opinions written under schema 2 become searchable by character now.
    INSERT INTO opinion_chars(rowid, chars, report)
      SELECT f.id, ${SPACED_CHARS_FUNCTION}(f.folded), o.report_id
      FROM opinion_search_text f JOIN opinions o ON o.id = f.opinion_id;

    CREATE INDEX opinions_in_order ON opinions(report_id, deleted_at, created_at, id);
    CREATE INDEX opinions_search_key ON opinions(id, report_id, deleted_at, created_at);
  `);
}
