/**
 * Migration 3: an index for 1–2 character searches in opinions, and the two orders search
 * reads opinions in (search-store.ts says how they are used, with its numbers). Additive:
 * nothing existing changes.
 *
 * - opinion_chars: FTS5 over each opinion's folded text with every character its own token.
 *   `unicode61` splits on blank space, so the text goes in as "改 革 开 放": a 2-character term
 *   is the phrase "改 革", a 1-character term one token. Every category but blank space is a
 *   token character (punctuation, digits and symbols are found too), and remove_diacritics 0
 *   keeps é and e apart. unicode61 still folds case a little further than foldText (ſ = s,
 *   ς = σ), so the index finds a superset and search checks each candidate with instr().
 *   The second column holds the opinion's report id as one token: "these characters AND this
 *   report" is counted inside FTS5, which is how search chooses between the index and a walk.
 *   Contentless with contentless_delete=1 (SQLite 3.43+): no second copy of the text, and a
 *   row is deleted by rowid alone. Its rowid is opinion_search_text.id, as for the trigram
 *   index (an INTEGER PRIMARY KEY never changes; see migration 2).
 * - Triggers on opinion_search_text keep it in step wherever the folded text is written,
 *   deleted (also by ON DELETE CASCADE when a report is removed) or refolded by a later
 *   migration. They call shenyi_spaced_chars (search-text.ts), which openDatabase registers on
 *   every connection: a connection without it cannot write an opinion at all, rather than
 *   write one the index misses.
 * - opinions_in_order (report_id, deleted_at, created_at, id): a report's live opinions in the
 *   order search and the reading view list them, so a frequent term is found by reading in
 *   order and stopping at the limit, and the reading view's query no longer sorts.
 * - opinions_search_key (id, report_id, deleted_at, created_at): what a candidate from an
 *   index needs to be kept or dropped and sorted, without reading the opinion's row (1.2 KB
 *   of JSON on average): about 2 µs a candidate instead of 10.
 *
 * Cost, measured with 100,000 opinions (tests/bench/seed-opinions.ts) on a shared machine:
 * the database grows from 167 MB to 195–197 MB (opinion_chars 16 MB, each index 6 MB); this
 * migration takes 1.7 s on it. Writing 100,000 opinions in one transaction went from 17–21 s
 * to 22–27 s (the SQL alone: 7–8 s → 12–15 s). Nearly all of that is FTS5: every opinion is
 * written in its own savepoint (a nested transaction, and the statement savepoint around the
 * triggers), and FTS5 flushes its pending terms into a new segment at every savepoint, so
 * each opinion costs a segment and its merges in each FTS5 index: the trigram index of
 * migration 2 costs the same 5 s. One autosave (one opinion, one commit) pays it once: a
 * create or an edit commits in 0.4–0.6 ms instead of 0.3–0.5 ms.
 *
 * Paragraphs keep reading one version in order for 1–2 character terms (search-store.ts).
 */
import type Database from 'better-sqlite3';
import { registerSearchFunctions, SPACED_CHARS_FUNCTION } from '../search-text';

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
