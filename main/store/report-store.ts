/**
 * The one module that talks SQL about reports. Statements are prepared once and take bound
 * parameters only; every write of more than one row runs in a transaction, so an import either
 * lands whole or leaves the store as it was.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type {
  DebrisLine,
  ParsedDocument,
  ParsedFile,
  Paragraph,
  ReportDocument,
  ReportSummary,
  ReportVersion,
  ImportedVersion,
  Section,
  SourceFormat,
} from '../model/report';
import { DomainError } from '../model/errors';
import { stripHiddenControls } from '../model/clean-text';
import { illFormedPath } from '../model/well-formed-text';
import { parseSource } from '../import/read-file';
import { foldText } from '../anchoring/fold';
import { copiesOf } from '../structure/documents';
import { checkDocument } from '../structure/self-check';
import { storeTextHash } from './version-text-hash';
import { carryCorrections, correctableLines, correctionMap, HeadingCorrections } from './heading-corrections';

export type { ImportedVersion } from '../model/report';

interface VersionRow {
  id: string;
  report_id: string;
  label: string;
  imported_at: string;
  source_file_name: string;
  format: string;
  encoding: string;
  content_hash: string;
  document_index: number;
  source_text: string;
  title: string;
  title_block: string;
  paragraph_count: number;
}

interface SectionRow {
  id: string;
  parent_id: string | null;
  kind: Section['kind'];
  level: number;
  marker: string;
  label: string;
  title: string;
  heading: string;
  run_in: number;
  heading_spans: string;
}

interface ParagraphRow {
  id: string;
  section_id: string;
  number: number;
  path: string;
  text: string;
  spans: string;
  heading_length: number;
}

const newId = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;

export class ReportStore {
  private readonly statements;
  private readonly versionCopies;
  private readonly corrections;
  private textHashColumn: boolean | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      listReports: db.prepare(`
        SELECT r.id, r.title, r.created_at,
               (SELECT COUNT(*) FROM report_versions v WHERE v.report_id = r.id) AS version_count,
               latest.id AS latest_version_id, latest.source_file_name, latest.paragraph_count
        FROM reports r
        JOIN report_versions latest ON latest.id = (
          SELECT v.id FROM report_versions v WHERE v.report_id = r.id ORDER BY v.imported_at DESC, v.rowid DESC LIMIT 1)
        ORDER BY r.created_at DESC, r.rowid DESC`),
      reportById: db.prepare('SELECT id FROM reports WHERE id = ?'),
      allVersions: db.prepare('SELECT id, report_id FROM report_versions ORDER BY imported_at, rowid'),
      versionByHash: db.prepare('SELECT id, report_id, title FROM report_versions WHERE content_hash = ? AND document_index = ?'),
      versionById: db.prepare('SELECT * FROM report_versions WHERE id = ?'),
      versionReport: db.prepare('SELECT report_id FROM report_versions WHERE id = ?'),
      latestVersion: db.prepare('SELECT * FROM report_versions WHERE report_id = ? ORDER BY imported_at DESC, rowid DESC LIMIT 1'),
      versionCount: db.prepare('SELECT COUNT(*) AS n FROM report_versions WHERE report_id = ?'),
      insertReport: db.prepare('INSERT INTO reports (id, title, created_at) VALUES (?, ?, ?)'),
      insertVersion: db.prepare(`
        INSERT INTO report_versions (id, report_id, label, imported_at, source_file_name, format, encoding,
          content_hash, document_index, source_text, title, title_block, paragraph_count)
        VALUES (@id, @report_id, @label, @imported_at, @source_file_name, @format, @encoding,
          @content_hash, @document_index, @source_text, @title, @title_block, @paragraph_count)`),
      updateVersionStructure: db.prepare('UPDATE report_versions SET title = ?, title_block = ?, paragraph_count = ? WHERE id = ?'),
      insertSection: db.prepare(`
        INSERT INTO sections (version_id, id, parent_id, ordinal, kind, level, marker, label, title, heading, run_in, heading_spans)
        VALUES (@version_id, @id, @parent_id, @ordinal, @kind, @level, @marker, @label, @title, @heading, @run_in, @heading_spans)`),
      insertParagraph: db.prepare(`
        INSERT INTO paragraphs (version_id, id, section_id, number, path, text, spans, heading_length)
        VALUES (@version_id, @id, @section_id, @number, @path, @text, @spans, @heading_length)`),
      // Search reads folded paragraph text (see migration-2-opinions.ts); it is written with the structure.
      insertSearchText: db.prepare('INSERT INTO paragraph_search_text (version_id, paragraph_id, folded) VALUES (?, ?, ?)'),
      deleteSearchText: db.prepare('DELETE FROM paragraph_search_text WHERE version_id = ?'),
      insertDebris: db.prepare(`
        INSERT INTO debris_lines (version_id, start, "end", text, reason, restored) VALUES (?, ?, ?, ?, ?, ?)`),
      deleteSections: db.prepare('DELETE FROM sections WHERE version_id = ?'),
      deleteParagraphs: db.prepare('DELETE FROM paragraphs WHERE version_id = ?'),
      sections: db.prepare('SELECT * FROM sections WHERE version_id = ? ORDER BY ordinal'),
      sectionOutline: db.prepare('SELECT id, parent_id, label, heading FROM sections WHERE version_id = ? ORDER BY ordinal'),
      paragraphs: db.prepare('SELECT id, section_id, number, path, text, spans, heading_length FROM paragraphs WHERE version_id = ? ORDER BY number'),
      debris: db.prepare('SELECT start, "end", text, reason, restored FROM debris_lines WHERE version_id = ? ORDER BY start'),
      restoredStarts: db.prepare('SELECT start FROM debris_lines WHERE version_id = ? AND restored = 1'),
      setRestored: db.prepare('UPDATE debris_lines SET restored = ? WHERE version_id = ? AND start = ?'),
      deleteReport: db.prepare('DELETE FROM reports WHERE id = ?'),
      getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
      putSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
    this.versionCopies = new VersionCopies(db);
    this.corrections = new HeadingCorrections(db);
  }

  listReports(): ReportSummary[] {
    const rows = this.statements.listReports.all() as {
      id: string;
      title: string;
      created_at: string;
      version_count: number;
      latest_version_id: string;
      source_file_name: string;
      paragraph_count: number;
    }[];
    const copies = this.versionCopies.all();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      versionCount: row.version_count,
      latestVersionId: row.latest_version_id,
      sourceFileName: row.source_file_name,
      paragraphCount: row.paragraph_count,
      copies: copies.get(row.latest_version_id) ?? null,
    }));
  }

  /**
   * Stores the chosen documents of a parsed file, each as a new report (or as a new version of
   * `asVersionOf`). A document already imported from the same bytes is not stored again.
   */
  importFile(file: ParsedFile, selection: number[], asVersionOf?: string, label?: string): ImportedVersion[] {
    for (const index of selection) {
      if (!file.documents[index]) throw new DomainError('invalid-input', `${file.fileName}: there is no document #${index + 1} in this file`);
    }
    if (asVersionOf && !this.statements.reportById.get(asVersionOf)) {
      throw new DomainError('not-found', `There is no report ${asVersionOf} to add a version to`);
    }
    // The same door as opinions (main/model/well-formed-text.ts): a decoder never yields a lone
    // surrogate, but an XML character reference in a .docx can; UTF-8 cannot store it.
    const illFormed = illFormedPath({ fileName: file.fileName, sourceText: file.sourceText, titles: file.documents.map((d) => d.title) });
    if (illFormed !== null) {
      throw new DomainError('import-failed', `${file.fileName}: the text in ${illFormed} is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was imported`);
    }
    return this.db.transaction(() =>
      selection.map((index) => {
        const existing = this.statements.versionByHash.get(file.contentHash, index) as { id: string; report_id: string; title: string } | undefined;
        const copies = copiesOf(file.documents, index);
        if (existing) return { reportId: existing.report_id, versionId: existing.id, title: existing.title, alreadyPresent: true, document: index, copies };
        // A new version of a report keeps the user's heading corrections where its lines recur.
        const carried = asVersionOf ? carryCorrections(this.corrections.list(this.versionRow(asVersionOf).id), file.documents[index]!) : [];
        const document = carried.length > 0 ? (parseSource(file, { headingCorrections: correctionMap(carried) }).documents[index] ?? file.documents[index]!) : file.documents[index]!;
        const importedAt = this.now().toISOString();
        const reportId = asVersionOf ?? newId('r');
        // The title and the file name are names shown and reused (in export file names): bidi
        // controls, which can make a name display as something else, are left out of them.
        // The report text itself keeps every character (its spans point into it).
        const title = stripHiddenControls(document.title);
        if (!asVersionOf) this.statements.insertReport.run(reportId, title, importedAt);
        const versionNumber = (this.statements.versionCount.get(reportId) as { n: number }).n + 1;
        const versionId = newId('v');
        this.statements.insertVersion.run({
          id: versionId,
          report_id: reportId,
          label: label?.trim() || `v${versionNumber}`,
          imported_at: importedAt,
          source_file_name: stripHiddenControls(file.fileName),
          format: file.format,
          encoding: file.encoding,
          content_hash: file.contentHash,
          document_index: index,
          source_text: file.sourceText,
          title,
          title_block: JSON.stringify(document.titleBlock),
          paragraph_count: document.paragraphCount,
        });
        if (copies.count > 1) this.versionCopies.set(versionId, copies.count, copies.original === index ? null : copies.original);
        this.writeStructure(versionId, document);
        this.storeTextHash(versionId);
        for (const correction of carried) this.corrections.put(versionId, correction);
        for (const line of document.debris) this.statements.insertDebris.run(versionId, line.start, line.end, line.text, line.reason, 0);
        return { reportId, versionId, title, alreadyPresent: false, document: index, copies };
      }),
    )();
  }

  private writeStructure(versionId: string, document: ParsedDocument): void {
    let ordinal = 0;
    const visit = (section: Section, parentId: string | null) => {
      this.statements.insertSection.run({
        version_id: versionId,
        id: section.id,
        parent_id: parentId,
        ordinal: ordinal++,
        kind: section.kind,
        level: section.level,
        marker: section.marker,
        label: section.label,
        title: section.title,
        heading: section.heading,
        run_in: section.runIn ? 1 : 0,
        heading_spans: JSON.stringify(section.headingSpans),
      });
      for (const paragraph of section.paragraphs) {
        this.statements.insertParagraph.run({
          version_id: versionId,
          id: paragraph.id,
          section_id: section.id,
          number: paragraph.number,
          path: paragraph.path,
          text: paragraph.text,
          spans: JSON.stringify(paragraph.spans),
          heading_length: paragraph.headingLength,
        });
        this.statements.insertSearchText.run(versionId, paragraph.id, foldText(paragraph.text));
      }
      for (const child of section.children) visit(child, section.id);
    };
    visit(document.root, null);
  }

  private versionRow(reportId: string, versionId?: string): VersionRow {
    const row = (versionId ? this.statements.versionById.get(versionId) : this.statements.latestVersion.get(reportId)) as VersionRow | undefined;
    if (!row || row.report_id !== reportId) throw new DomainError('not-found', `Report ${reportId}${versionId ? ` version ${versionId}` : ''} is not in the library`);
    return row;
  }

  openDocument(reportId: string, versionId?: string): ReportDocument {
    const row = this.versionRow(reportId, versionId);
    const summary = this.listReports().find((report) => report.id === reportId)!;
    const root = this.loadTree(row.id);
    return {
      report: summary,
      version: toVersion(row),
      title: row.title,
      titleBlock: (JSON.parse(row.title_block) as { text: string }[]).map((item) => item.text),
      root,
      debris: (this.statements.debris.all(row.id) as (Omit<DebrisLine, 'reason'> & { reason: DebrisLine['reason']; restored: number })[]).map(
        (line) => ({ start: line.start, end: line.end, text: line.text, reason: line.reason, restored: line.restored === 1 }),
      ),
      outline: { findings: checkDocument({ root }, row.document_index), corrections: this.corrections.list(row.id) },
    };
  }

  /** Which report a version belongs to, or null when there is no such version. */
  reportOfVersion(versionId: string): string | null {
    const row = this.statements.versionReport.get(versionId) as { report_id: string } | undefined;
    return row?.report_id ?? null;
  }

  /** A report's versions, oldest first: its chain of drafts. */
  versionsOf(reportId: string): ReportVersion[] {
    return (this.statements.allVersions.all() as { id: string; report_id: string }[])
      .filter((row) => row.report_id === reportId)
      .map((row) => toVersion(this.statements.versionById.get(row.id) as VersionRow));
  }

  /** The decoded text a version's spans point into, exactly as it was imported. */
  sourceTextOf(versionId: string): string {
    const row = this.statements.versionById.get(versionId) as VersionRow | undefined;
    if (!row) throw new DomainError('not-found', `Version ${versionId} is not in the library`);
    return row.source_text;
  }

  /** The latest version of a report (not-found when there is no such report). */
  latestVersionId(reportId: string): string {
    return this.versionRow(reportId).id;
  }

  hasReport(reportId: string): boolean {
    return this.statements.reportById.get(reportId) !== undefined;
  }

  /** A version's paragraphs in reading order: what its reading text is built from. */
  paragraphsOf(versionId: string): Paragraph[] {
    return (this.statements.paragraphs.all(versionId) as ParagraphRow[]).map(toParagraph);
  }

  /** A version's sections in document order, each with its structural path ("二/（三）"). */
  sectionsOf(versionId: string): { id: string; parentId: string | null; path: string; heading: string }[] {
    const rows = this.statements.sectionOutline.all(versionId) as { id: string; parent_id: string | null; label: string; heading: string }[];
    const paths = new Map<string, string>();
    return rows.map((row) => {
      const parentPath = row.parent_id === null ? '' : (paths.get(row.parent_id) ?? '');
      // A part's closing section has no label: its path is the part's.
      const path = row.parent_id === null ? '' : row.label === '' ? parentPath : parentPath ? `${parentPath}/${row.label}` : row.label;
      paths.set(row.id, path);
      return { id: row.id, parentId: row.parent_id, path, heading: row.heading };
    });
  }

  private loadTree(versionId: string): Section {
    const sectionRows = this.statements.sections.all(versionId) as SectionRow[];
    const paragraphRows = this.statements.paragraphs.all(versionId) as ParagraphRow[];
    const byId = new Map<string, Section>();
    let root: Section | null = null;
    for (const row of sectionRows) {
      const section: Section = {
        id: row.id,
        kind: row.kind,
        level: row.level,
        marker: row.marker,
        label: row.label,
        title: row.title,
        heading: row.heading,
        runIn: row.run_in === 1,
        headingSpans: JSON.parse(row.heading_spans),
        paragraphs: [],
        children: [],
      };
      byId.set(row.id, section);
      if (row.parent_id === null) root = section;
      else byId.get(row.parent_id)?.children.push(section);
    }
    if (!root) throw new DomainError('store-failed', `Version ${versionId} has no structure in the store`);
    for (const row of paragraphRows) byId.get(row.section_id)?.paragraphs.push(toParagraph(row));
    return root;
  }

  /**
   * Moves a debris line into the body (or back). The structure is read again from the stored
   * source text with the user's choices; the source text itself never changes.
   */
  setDebrisRestored(versionId: string, start: number, restored: boolean): ReportDocument {
    const row = this.versionOrFail(versionId);
    this.db.transaction(() => {
      const changed = this.statements.setRestored.run(restored ? 1 : 0, versionId, start);
      if (changed.changes === 0) throw new DomainError('not-found', `There is no debris line at offset ${start} in this version`);
      this.rebuild(row, 'Restoring that line');
    })();
    return this.openDocument(row.report_id, versionId);
  }

  /**
   * Reads a line of a version as a heading (asHeading true) or as body text (false), or takes the
   * user's correction back (null). Like a restored debris line, the structure is read again from
   * the stored source text; the correction is kept with the version.
   */
  setHeadingCorrection(versionId: string, start: number, asHeading: boolean | null): ReportDocument {
    const row = this.versionOrFail(versionId);
    this.db.transaction(() => {
      const text = correctableLines({ root: this.loadTree(versionId) }).get(start);
      if (text === undefined) throw new DomainError('not-found', `There is no heading or paragraph starting at offset ${start} in this version`);
      this.corrections.put(versionId, { start, text, asHeading });
      this.rebuild(row, asHeading === null ? 'Taking that correction back' : 'That correction');
    })();
    return this.openDocument(row.report_id, versionId);
  }

  private versionOrFail(versionId: string): VersionRow {
    const row = this.statements.versionById.get(versionId) as VersionRow | undefined;
    if (!row) throw new DomainError('not-found', `Version ${versionId} is not in the library`);
    return row;
  }

  /** Writes a version's structure again from its source with the user's choices; inside a transaction. */
  private rebuild(row: VersionRow, what: string): void {
    const restoredStarts = (this.statements.restoredStarts.all(row.id) as { start: number }[]).map((r) => r.start);
    const reparsed = parseSource(
      {
        fileName: row.source_file_name,
        format: row.format as SourceFormat,
        encoding: row.encoding,
        contentHash: row.content_hash,
        sourceText: row.source_text,
      },
      { restoredDebris: restoredStarts, headingCorrections: correctionMap(this.corrections.list(row.id)) },
    );
    const document = reparsed.documents[row.document_index];
    if (!document) throw new DomainError('store-failed', `${what} would change how the file splits into documents; it was left as it was`);
    this.statements.deleteSearchText.run(row.id);
    this.statements.deleteParagraphs.run(row.id);
    this.statements.deleteSections.run(row.id);
    this.writeStructure(row.id, document);
    this.storeTextHash(row.id);
    this.statements.updateVersionStructure.run(document.title, JSON.stringify(document.titleBlock), document.paragraphCount, row.id);
  }

  /**
   * Keeps a version's text hash with its paragraphs. A file at a schema before migration 7 (a
   * migration's earlier stage) has no column for it; the migration computes it then.
   */
  private storeTextHash(versionId: string): void {
    this.textHashColumn ??= this.db.prepare("SELECT 1 FROM pragma_table_info('report_versions') WHERE name = 'text_hash'").get() !== undefined;
    if (this.textHashColumn) storeTextHash(this.db, versionId);
  }

  /** The oldest version whose reading text has this hash (version-text-hash.ts), or null. */
  versionByTextHash(textHash: string): { versionId: string; reportId: string } | null {
    const row = this.db.prepare('SELECT id, report_id FROM report_versions WHERE text_hash = ? ORDER BY imported_at, rowid LIMIT 1').get(textHash) as
      | { id: string; report_id: string }
      | undefined;
    return row ? { versionId: row.id, reportId: row.report_id } : null;
  }

  /** Every version in the library, oldest first. */
  allVersions(): { versionId: string; reportId: string }[] {
    return (this.statements.allVersions.all() as { id: string; report_id: string }[]).map((row) => ({ versionId: row.id, reportId: row.report_id }));
  }

  removeReport(reportId: string): boolean {
    return this.statements.deleteReport.run(reportId).changes > 0;
  }

  getSetting<T>(key: string): T | undefined {
    const row = this.statements.getSetting.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  putSettings(values: Record<string, unknown>): void {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) this.statements.putSetting.run(key, JSON.stringify(value));
    })();
  }
}

function toParagraph(row: ParagraphRow): Paragraph {
  return { id: row.id, number: row.number, path: row.path, text: row.text, spans: JSON.parse(row.spans), headingLength: row.heading_length };
}

function toVersion(row: VersionRow): ReportVersion {
  return {
    id: row.id,
    reportId: row.report_id,
    label: row.label,
    importedAt: row.imported_at,
    sourceFileName: row.source_file_name,
    format: row.format as SourceFormat,
    encoding: row.encoding,
    contentHash: row.content_hash,
  };
}

/**
 * The copies of a body in its file (migration 4's columns). Prepared on first use, not with the
 * other statements: a store opened at an older schema (a migration's earlier stage) still reads
 * and writes what that schema has, and only a file with copies needs the new columns.
 */
class VersionCopies {
  private statements: { set: Database.Statement; all: Database.Statement } | null = null;

  constructor(private readonly db: Database.Database) {}

  private prepared() {
    this.statements ??= {
      set: this.db.prepare('UPDATE report_versions SET copy_count = ?, copy_of = ? WHERE id = ?'),
      all: this.db.prepare('SELECT id, copy_count, copy_of FROM report_versions WHERE copy_count > 1'),
    };
    return this.statements;
  }

  set(versionId: string, count: number, copyOf: number | null): void {
    this.prepared().set.run(count, copyOf, versionId);
  }

  all(): Map<string, { count: number; copyOf: number | null }> {
    const rows = this.prepared().all.all() as { id: string; copy_count: number; copy_of: number | null }[];
    return new Map(rows.map((row) => [row.id, { count: row.copy_count, copyOf: row.copy_of }]));
  }
}
