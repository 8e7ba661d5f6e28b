/**
 * Migration 8: the packages a library imported, and which package each imported opinion came
 * from. Before it, a conflict (a package's newer, different copy of an opinion already here)
 * was known only from its id, the original's plus `~` and eight hex digits, and before that also
 * from a 冲突 tag the import added; an opinion did not know which package it came in. Now
 * imported_opinions says it: package, the opinion's id in its author's own library, and the
 * opinion a conflicting copy is a version of. Additive: two new tables; no opinion id changes.
 *
 * Existing imported opinions (another author's, or a conflicting copy) get one package row per
 * author and version, with what is known of it: the author and the version. The file's hash and
 * the time of import were never recorded, and stay NULL rather than be made up.
 * A 冲突 tag on a conflicting copy whose original does not carry it was the import's marker,
 * not the delegate's word: it is taken off (the row's checksum is recomputed with it).
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { opinionChecksum, rowIsSound, type CheckedRow } from '../opinion-checksum';

/** How conflicting copies were named before this migration; read here and nowhere else. */
const LEGACY_CONFLICT_ID = /^(.+)~[0-9a-f]{8}$/;
const LEGACY_CONFLICT_TAG = '冲突';

export function migrateToPackages(db: Database.Database): void {
  db.exec(`
    CREATE TABLE packages (
      id                 TEXT PRIMARY KEY,
      -- SHA-256 of the package file's text; NULL for a package imported before migration 8.
      file_hash          TEXT UNIQUE,
      file_name          TEXT,
      author_id          TEXT NOT NULL,
      author_name        TEXT NOT NULL,
      author_delegation  TEXT NOT NULL,
      author_role        TEXT NOT NULL,
      -- The version here the package was matched to (by its text hash), and its own label for it.
      report_id          TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      version_id         TEXT NOT NULL REFERENCES report_versions(id) ON DELETE CASCADE,
      version_label      TEXT NOT NULL,
      generated_at       TEXT,
      imported_at        TEXT
    ) STRICT;
    CREATE INDEX packages_by_author ON packages(author_id, version_id);

    CREATE TABLE imported_opinions (
      opinion_id   TEXT PRIMARY KEY REFERENCES opinions(id) ON DELETE CASCADE,
      package_id   TEXT NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
      -- The opinion's id in its author's library (the id here may differ: see import-package.ts).
      origin_id    TEXT NOT NULL,
      -- Set on a copy that differs from an opinion already here: the id of that opinion.
      conflict_of  TEXT REFERENCES opinions(id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX imported_opinions_by_conflict ON imported_opinions(conflict_of) WHERE conflict_of IS NOT NULL;
  `);

  const localAuthor = db.prepare('SELECT author_id FROM profile').pluck().get() as string | undefined;
  const rows = db.prepare('SELECT * FROM opinions ORDER BY created_at, id').all() as (CheckedRow & { id: string; author_id: string; version_id: string; report_id: string; tags: string; checksum: string })[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const originalOf = (row: (typeof rows)[number]) => {
    const original = byId.get(LEGACY_CONFLICT_ID.exec(row.id)?.[1] ?? '');
    return original && original.author_id === row.author_id ? original : null;
  };

  const insertPackage = db.prepare(`
    INSERT INTO packages (id, file_hash, file_name, author_id, author_name, author_delegation, author_role, report_id, version_id, version_label, generated_at, imported_at)
    VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, (SELECT label FROM report_versions WHERE id = ?), NULL, NULL)`);
  const insertImported = db.prepare('INSERT INTO imported_opinions (opinion_id, package_id, origin_id, conflict_of) VALUES (?, ?, ?, ?)');
  const retag = db.prepare('UPDATE opinions SET tags = ?, checksum = ? WHERE id = ?');
  const packages = new Map<string, string>();

  for (const row of rows) {
    const original = originalOf(row);
    if (row.author_id === localAuthor && !original) continue;
    // The opinion's version may be gone (an opinion outlives it); a package needs one that is here.
    const versionId = (db.prepare('SELECT id FROM report_versions WHERE id = ?').pluck().get(row.version_id) as string | undefined) ??
      (db.prepare('SELECT id FROM report_versions WHERE report_id = ? ORDER BY imported_at, rowid LIMIT 1').pluck().get(row.report_id) as string | undefined);
    if (versionId === undefined) continue;
    const key = `${row.author_id}\n${versionId}`;
    let packageId = packages.get(key);
    if (packageId === undefined) {
      packageId = `pkg_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
      insertPackage.run(packageId, row.author_id, row.author_name, row.author_delegation, row.author_role, row.report_id, versionId, versionId);
      packages.set(key, packageId);
    }
    const ownId = (original ?? row).id;
    const authorPrefix = `${row.author_id}:`;
    insertImported.run(row.id, packageId, ownId.startsWith(authorPrefix) ? ownId.slice(authorPrefix.length) : ownId, original?.id ?? null);

    const tags = JSON.parse(row.tags) as string[];
    // A row failing its checksum is left as found: rewriting it would hide the damage.
    if (original && rowIsSound(row) && tags.includes(LEGACY_CONFLICT_TAG) && !(JSON.parse(original.tags) as string[]).includes(LEGACY_CONFLICT_TAG)) {
      const retagged = { ...row, tags: JSON.stringify(tags.filter((tag) => tag !== LEGACY_CONFLICT_TAG)) };
      retag.run(retagged.tags, opinionChecksum(retagged), row.id);
    }
  }
}
