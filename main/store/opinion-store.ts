/**
 * Opinions in SQLite. An opinion and its folded search text are written in one transaction.
 * Updates are last-write-wins per opinion in order of arrival: the newest edit that reached
 * the store is what every later read shows. Deleting moves an opinion to the trash
 * (deleted_at); nothing here removes a row, except the report's own removal.
 */
import type Database from 'better-sqlite3';
import { prepareOnce } from './prepare-once';
import type { NewOpinion, Opinion, OpinionChanges, OpinionKind, PassageAnchor, RichTextNode, Role, Suggestion } from '../model/opinion';
import { DomainError } from '../model/errors';
import { foldText } from '../anchoring/fold';
import { CHECKED_COLUMNS, opinionChecksum, rowIsSound, type CheckedRow } from './opinion-checksum';
import { illFormedPath } from '../model/well-formed-text';
import { newAnchorId } from './anchor-id';


interface OpinionRow {
  id: string;
  report_id: string;
  version_id: string;
  kind: OpinionKind;
  stance_id: string | null;
  tags: string;
  body: string;
  body_text: string;
  anchor: string | null;
  section_id: string | null;
  suggestion: string | null;
  author_id: string;
  author_name: string;
  author_delegation: string;
  author_role: Role;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  checksum: string;
}

const COLUMNS = `id, report_id, version_id, kind, stance_id, tags, body, body_text, anchor, section_id, suggestion,
  author_id, author_name, author_delegation, author_role, created_at, updated_at, deleted_at, checksum`;

/**
 * The hot query of the reading view (every open of a report): it must use an index on the
 * report, since migration 3 opinions_in_order, which also holds this order (no sort).
 */
export const OPINIONS_OF_REPORT = `SELECT ${COLUMNS} FROM opinions WHERE report_id = ? AND deleted_at IS NULL ORDER BY created_at, id`;
export const TRASH_OF_REPORT = `SELECT ${COLUMNS} FROM opinions WHERE report_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`;

export function toOpinion(row: OpinionRow): Opinion {
  return {
    id: row.id,
    reportId: row.report_id,
    versionId: row.version_id,
    kind: row.kind,
    stanceId: row.stance_id,
    tags: JSON.parse(row.tags) as string[],
    body: JSON.parse(row.body) as RichTextNode,
    bodyText: row.body_text,
    anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as PassageAnchor),
    sectionId: row.section_id,
    suggestion: row.suggestion === null ? null : (JSON.parse(row.suggestion) as Suggestion),
    author: { id: row.author_id, name: row.author_name, delegation: row.author_delegation, role: row.author_role },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/**
 * What search reads for an opinion: body text first, so a match that ends within the body's
 * length is a range in the body text; then the proposed wording, the reason and the quote.
 */
export function searchableText(opinion: Pick<Opinion, 'bodyText' | 'suggestion' | 'anchor'>): string {
  const parts = [opinion.bodyText];
  if (opinion.suggestion) parts.push(opinion.suggestion.proposed, opinion.suggestion.reason);
  if (opinion.anchor) parts.push(opinion.anchor.quote.exact);
  return parts.join('\n');
}

const wellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** True when no key or string in the value holds a lone surrogate: what illFormedPath finds, without building paths. */
function allWellFormed(value: unknown): boolean {
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(allWellFormed);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!wellFormed(key) || !allWellFormed(record[key])) return false;
  return true;
}

/**
 * An opinion's columns as stored (JSON text for the structured ones). Text that UTF-8 cannot
 * hold is refused here, whoever sends it (the API, the CLI, a package), before JSON.stringify
 * would hide a lone surrogate behind an escape.
 */
function storedColumns(opinion: Omit<Opinion, 'deletedAt'>) {
  const illFormed = allWellFormed(opinion) ? null : illFormedPath(opinion);
  if (illFormed !== null) throw new DomainError('invalid-input', `Opinion ${opinion.id}: the text in ${illFormed} is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was saved`);
  return {
    id: opinion.id,
    report_id: opinion.reportId,
    version_id: opinion.versionId,
    kind: opinion.kind,
    stance_id: opinion.stanceId,
    tags: JSON.stringify(opinion.tags),
    body: JSON.stringify(opinion.body),
    body_text: opinion.bodyText,
    anchor: opinion.anchor === null ? null : JSON.stringify(opinion.anchor),
    section_id: opinion.sectionId,
    suggestion: opinion.suggestion === null ? null : JSON.stringify(opinion.suggestion),
    author_id: opinion.author.id,
    author_name: opinion.author.name,
    author_delegation: opinion.author.delegation,
    author_role: opinion.author.role,
    created_at: opinion.createdAt,
    updated_at: opinion.updatedAt,
  };
}

/**
 * Rows per statement when a batch's search texts are written (OpinionStore.inBatch): as many of
 * the largest as fit, then the next. 8192 rows are 16,384 bound values, within SQLite's 32,766.
 */
const SEARCH_ROWS = [8192, 1024, 128, 16, 1];

const withChecksum = <T extends ReturnType<typeof storedColumns>>(columns: T) => ({ ...columns, checksum: opinionChecksum(columns) });

export class OpinionStore {
  private readonly statements = prepareOnce(() => this.prepare());
  private writes = 0;
  /** Inside inBatch: the folded search texts of the opinions inserted in batch, not yet written. */
  private pendingSearch: [opinionId: string, folded: string][] | null = null;
  /** Rows of the pending search texts already written during this batch. */
  private flushedSearch = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}


  private prepare() {
    const db = this.db;
    return {
      byId: db.prepare(`SELECT ${COLUMNS} FROM opinions WHERE id = ?`),
      byReport: db.prepare(OPINIONS_OF_REPORT),
      trashByReport: db.prepare(TRASH_OF_REPORT),
      stanceExists: db.prepare('SELECT 1 FROM stances WHERE id = ?'),
      reportExists: db.prepare('SELECT 1 FROM reports WHERE id = ?'),
      insert: db.prepare(`
        INSERT INTO opinions (id, report_id, version_id, kind, stance_id, tags, body, body_text, anchor, section_id, suggestion,
          author_id, author_name, author_delegation, author_role, created_at, updated_at, deleted_at, checksum, anchor_id)
        VALUES (@id, @report_id, @version_id, @kind, @stance_id, @tags, @body, @body_text, @anchor, @section_id, @suggestion,
          @author_id, @author_name, @author_delegation, @author_role, @created_at, @updated_at, NULL, @checksum, @anchor_id)`),
      // An anchored opinion's anchor row (migration 9), written with it.
      insertAnchor: db.prepare('INSERT INTO anchors (id, report_id, created_at) VALUES (?, ?, ?)'),
      update: db.prepare(`
        UPDATE opinions SET stance_id = @stance_id, tags = @tags, body = @body, body_text = @body_text,
          suggestion = @suggestion, updated_at = @updated_at, checksum = @checksum
        WHERE id = @id`),
      setDeleted: db.prepare('UPDATE opinions SET deleted_at = ? WHERE id = ?'),
      insertSearchText: db.prepare('INSERT INTO opinion_search_text (opinion_id, folded) VALUES (?, ?)'),
      updateSearchText: db.prepare('UPDATE opinion_search_text SET folded = ? WHERE opinion_id = ?'),
    };
  }

  /**
   * Counts writes through this store (a rolled-back one too): whoever keeps opinions read from
   * here knows whether they can still be current. Commits by other connections to the same file
   * show in SQLite's data_version instead.
   */
  get revision(): number {
    return this.writes;
  }

  /** Opinions found failing their checksum (or unreadable) since this store was opened. */
  readonly damaged = new Map<string, string>();

  /**
   * A row is used only when it is what was written: one that fails its checksum, or whose JSON
   * no longer parses, is set apart (and reported) instead of shown changed or breaking the list.
   */
  private sound(row: OpinionRow): Opinion | null {
    if (rowIsSound(row)) {
      try {
        return toOpinion(row);
      } catch {
        // A sound checksum over unparsable JSON cannot be written by this store; treat it as damage.
      }
    }
    this.damaged.set(row.id, row.report_id);
    return null;
  }

  get(id: string): Opinion | null {
    const row = this.statements().byId.get(id) as OpinionRow | undefined;
    if (!row) return null;
    const opinion = this.sound(row);
    if (!opinion) throw new DomainError('store-failed', `Opinion ${id} failed its check: what is stored is not what was written. It was not changed; a backup may hold a sound copy (shenyi check).`);
    return opinion;
  }

  private require(id: string): Opinion {
    const opinion = this.get(id);
    if (!opinion) throw new DomainError('not-found', `There is no opinion ${id}`);
    return opinion;
  }

  private checkStance(stanceId: string | null): void {
    if (stanceId !== null && !this.statements().stanceExists.get(stanceId)) throw new DomainError('invalid-input', `There is no stance ${stanceId}`);
  }

  create(opinion: NewOpinion): Opinion {
    const at = this.now().toISOString();
    return this.db.transaction(() => {
      this.insert(opinion, at, at);
      return this.require(opinion.id);
    })();
  }

  /**
   * Stores an opinion from a delegate's package as it was written: its own times are kept
   * (the caller has already decided, by the merge rules, that it belongs here).
   */
  insertImported(opinion: Opinion): Opinion {
    return this.db.transaction(() => {
      this.insert(opinion, opinion.createdAt, opinion.updatedAt);
      return this.require(opinion.id);
    })();
  }

  /**
   * The same, for a package's opinions written one after another inside the import's own
   * transaction: no savepoint of its own and nothing read back, which at 150,000 opinions was
   * more than half of the import. The row is checked as every row is, the next time it is read.
   */
  insertImportedInBatch(opinion: Opinion): void {
    if (!this.db.inTransaction) throw new Error('insertImportedInBatch runs inside the import transaction');
    this.insert(opinion, opinion.createdAt, opinion.updatedAt);
  }

  /**
   * Runs `work` (inside a transaction: a package's inserts, or a whole intake of them) with the
   * search texts of the opinions it inserts written at its end, thousands of rows a statement.
   * The index triggers on opinion_search_text run as ever, row by row, so the index holds what
   * single inserts would put in it; what changes is the statements: FTS5 flushes its pending
   * terms into a new segment at every savepoint, a statement's own included, so one insert per
   * opinion cost a segment (and its merges) per opinion in each of the two indexes — about half
   * of an import. Nothing reads an opinion's search text before `work` returns (an update of
   * one writes what is pending first); if `work` throws, nothing pending is written, and its
   * transaction rolls back.
   *
   * Nested, it is a part of the outer batch: if the part throws, what it left pending is
   * dropped, so wrap exactly what a savepoint rolls back (batch-import.ts: one file).
   */
  inBatch<T>(work: () => T): T {
    if (!this.db.inTransaction) throw new Error('inBatch runs inside the import transaction');
    const pending = this.pendingSearch;
    if (pending !== null) {
      // Counted over every row pending since the batch began, so a flush inside the part (an update) is allowed for.
      const mark = this.flushedSearch + pending.length;
      try {
        return work();
      } catch (error) {
        pending.length = Math.max(0, Math.min(pending.length, mark - this.flushedSearch));
        throw error;
      }
    }
    this.pendingSearch = [];
    this.flushedSearch = 0;
    try {
      const result = work();
      this.flushSearch();
      return result;
    } finally {
      this.pendingSearch = null;
    }
  }

  /**
   * Writes the pending search texts, many rows per INSERT … VALUES (rows are inserted in the
   * order listed, so they get the ids one insert each would), the values bound as the single
   * insert binds them.
   */
  private flushSearch(): void {
    const pending = this.pendingSearch;
    if (pending === null || pending.length === 0) return;
    let at = 0;
    for (const rows of SEARCH_ROWS) {
      for (; pending.length - at >= rows; at += rows) this.searchTextsInsert(rows).run(pending.slice(at, at + rows).flat());
    }
    this.flushedSearch += pending.length;
    pending.length = 0;
  }

  private readonly searchTextStatements = new Map<number, Database.Statement>();

  private searchTextsInsert(rows: number): Database.Statement {
    let statement = this.searchTextStatements.get(rows);
    if (!statement) {
      statement = this.db.prepare(`INSERT INTO opinion_search_text (opinion_id, folded) VALUES ${Array.from({ length: rows }, () => '(?, ?)').join(', ')}`);
      this.searchTextStatements.set(rows, statement);
    }
    return statement;
  }

  private insert(opinion: NewOpinion, createdAt: string, updatedAt: string): void {
    if (this.statements().byId.get(opinion.id)) throw new DomainError('invalid-input', `An opinion with the id ${opinion.id} already exists`);
    if (!this.statements().reportExists.get(opinion.reportId)) throw new DomainError('not-found', `Report ${opinion.reportId} is not in the library`);
    this.checkStance(opinion.stanceId);
    this.writes += 1;
    const anchorId = opinion.anchor === null ? null : newAnchorId();
    if (anchorId !== null) this.statements().insertAnchor.run(anchorId, opinion.reportId, createdAt);
    this.statements().insert.run({ ...withChecksum(storedColumns({ ...opinion, createdAt, updatedAt })), anchor_id: anchorId });
    const folded = foldText(searchableText(opinion));
    if (this.pendingSearch !== null) this.pendingSearch.push([opinion.id, folded]);
    else this.statements().insertSearchText.run(opinion.id, folded);
  }

  /**
   * Applies a patch. An opinion in the trash takes the edit too: a save that was already on
   * its way when the delegate deleted it must not be lost.
   */
  update(id: string, changes: OpinionChanges): Opinion {
    this.flushSearch();
    return this.db.transaction(() => {
      const current = this.require(id);
      if (changes.stanceId !== undefined) this.checkStance(changes.stanceId);
      const next: Opinion = {
        ...current,
        stanceId: changes.stanceId !== undefined ? changes.stanceId : current.stanceId,
        tags: changes.tags ?? current.tags,
        body: changes.body?.body ?? current.body,
        bodyText: changes.body?.text ?? current.bodyText,
        suggestion: changes.suggestion ?? current.suggestion,
      };
      this.writes += 1;
      this.statements().update.run(withChecksum(storedColumns({ ...next, updatedAt: this.stamp(current.updatedAt) })));
      this.statements().updateSearchText.run(foldText(searchableText(next)), id);
      return this.require(id);
    })();
  }

  /**
   * The time of an edit, never earlier than the previous one: if the clock steps back (a
   * time zone or NTP correction), updated_at still grows, so "newest edit" stays the last one.
   */
  private stamp(previous: string): string {
    const now = this.now();
    const last = Date.parse(previous);
    return (Number.isFinite(last) && now.getTime() <= last ? new Date(last + 1) : now).toISOString();
  }

  /**
   * Puts back an opinion's content as a backup holds it, over a row that failed its checksum:
   * the columns exactly as the backup stored them, with their checksum and search text.
   */
  putBack(row: CheckedRow): Opinion {
    const opinion = toOpinion({ ...row, deleted_at: null, checksum: '' } as OpinionRow);
    this.flushSearch();
    return this.db.transaction(() => {
      this.writes += 1;
      const columns = CHECKED_COLUMNS.filter((column) => column !== 'id');
      this.db
        .prepare(`UPDATE opinions SET ${columns.map((column) => `${column} = @${column}`).join(', ')}, checksum = @checksum WHERE id = @id`)
        .run({ ...row, checksum: opinionChecksum(row) });
      this.statements().updateSearchText.run(foldText(searchableText(opinion)), row.id);
      this.damaged.delete(row.id!);
      return this.require(row.id!);
    })();
  }

  /** Moves an opinion to the trash; deleting one already there keeps its first deletion time. */
  softDelete(id: string): { id: string; deletedAt: string } {
    return this.db.transaction(() => {
      const current = this.require(id);
      if (current.deletedAt !== null) return { id, deletedAt: current.deletedAt };
      const deletedAt = this.now().toISOString();
      this.writes += 1;
      this.statements().setDeleted.run(deletedAt, id);
      return { id, deletedAt };
    })();
  }

  restore(id: string): Opinion {
    return this.db.transaction(() => {
      this.require(id);
      this.writes += 1;
      this.statements().setDeleted.run(null, id);
      return this.require(id);
    })();
  }

  /** The report's opinions, trash excluded, oldest first. */
  listByReport(reportId: string): Opinion[] {
    return (this.statements().byReport.all(reportId) as OpinionRow[]).map((row) => this.sound(row)).filter((o): o is Opinion => o !== null);
  }

  /** The report's trash, most recently deleted first. */
  trashByReport(reportId: string): Opinion[] {
    return (this.statements().trashByReport.all(reportId) as OpinionRow[]).map((row) => this.sound(row)).filter((o): o is Opinion => o !== null);
  }
}
