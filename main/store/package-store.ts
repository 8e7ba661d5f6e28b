/**
 * The packages a library imported and what each imported opinion is (migration 8): which
 * package it came in, its id in its author's own library, and, for a copy that differs from an
 * opinion already here, which opinion it is a version of. A re-import of the same file finds
 * its package by the file's hash.
 */
import type Database from 'better-sqlite3';
import { prepareOnce } from './prepare-once';
import { randomUUID } from 'node:crypto';
import type { Profile } from '../model/opinion';

export interface PackageRecord {
  fileHash: string;
  fileName: string;
  author: Profile;
  reportId: string;
  versionId: string;
  versionLabel: string;
  generatedAt: string;
}

export interface ImportedOpinion {
  opinionId: string;
  packageId: string;
  originId: string;
  conflictOf: string | null;
}

export class PackageStore {
  private readonly statements = prepareOnce(() => this.prepare());

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}


  private prepare() {
    const db = this.db;
    return {
      byHash: db.prepare('SELECT id FROM packages WHERE file_hash = ?'),
      insert: db.prepare(`
        INSERT INTO packages (id, file_hash, file_name, author_id, author_name, author_delegation, author_role, report_id, version_id, version_label, generated_at, imported_at)
        VALUES (@id, @file_hash, @file_name, @author_id, @author_name, @author_delegation, @author_role, @report_id, @version_id, @version_label, @generated_at, @imported_at)`),
      link: db.prepare('INSERT INTO imported_opinions (opinion_id, package_id, origin_id, conflict_of) VALUES (?, ?, ?, ?)'),
      imported: db.prepare('SELECT opinion_id, package_id, origin_id, conflict_of FROM imported_opinions WHERE opinion_id = ?'),
      copies: db.prepare('SELECT opinion_id FROM imported_opinions WHERE conflict_of = ? ORDER BY opinion_id'),
      conflictsOfReport: db.prepare(`
        SELECT i.opinion_id, i.conflict_of FROM imported_opinions i JOIN opinions o ON o.id = i.opinion_id
        WHERE i.conflict_of IS NOT NULL AND o.report_id = ?`),
    };
  }

  /** The package with this file hash, recorded now if it is new; returns its id. Inside the import's transaction. */
  record(pkg: PackageRecord): string {
    const known = this.statements().byHash.get(pkg.fileHash) as { id: string } | undefined;
    if (known) return known.id;
    const id = `pkg_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    this.statements().insert.run({
      id,
      file_hash: pkg.fileHash,
      file_name: pkg.fileName,
      author_id: pkg.author.id,
      author_name: pkg.author.name,
      author_delegation: pkg.author.delegation,
      author_role: pkg.author.role,
      report_id: pkg.reportId,
      version_id: pkg.versionId,
      version_label: pkg.versionLabel,
      generated_at: pkg.generatedAt,
      imported_at: this.now().toISOString(),
    });
    return id;
  }

  /** Records where an opinion just inserted from a package came from. */
  link(imported: ImportedOpinion): void {
    this.statements().link.run(imported.opinionId, imported.packageId, imported.originId, imported.conflictOf);
  }

  importedOpinion(opinionId: string): ImportedOpinion | null {
    const row = this.statements().imported.get(opinionId) as { opinion_id: string; package_id: string; origin_id: string; conflict_of: string | null } | undefined;
    return row ? { opinionId: row.opinion_id, packageId: row.package_id, originId: row.origin_id, conflictOf: row.conflict_of } : null;
  }

  /** The opinion a conflicting copy is a version of, or null for any other opinion. */
  conflictOf(opinionId: string): string | null {
    return this.importedOpinion(opinionId)?.conflictOf ?? null;
  }

  /** The conflicting copies kept beside an opinion, trash included. */
  copiesOf(opinionId: string): string[] {
    return this.statements().copies.pluck().all(opinionId) as string[];
  }

  /** Every conflicting copy of a report's opinions: copy id → the opinion it is a version of. */
  conflictsOfReport(reportId: string): Map<string, string> {
    const rows = this.statements().conflictsOfReport.all(reportId) as { opinion_id: string; conflict_of: string }[];
    return new Map(rows.map((row) => [row.opinion_id, row.conflict_of]));
  }
}
