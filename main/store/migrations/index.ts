/**
 * The schema, as numbered migrations. Each runs in its own transaction with `user_version` set
 * inside it, so a failure leaves both the version and the schema as they were. Migrations are
 * additive only: a database written by an older Shenyi must always open in a newer one.
 */
import type Database from 'better-sqlite3';
import { StoreUnusableError } from '../store-errors';
import { migrateToReports } from './migration-1-reports';
import { migrateToOpinions } from './migration-2-opinions';
import { migrateToShortSearch } from './migration-3-short-search';
import { migrateToOutlineCorrections } from './migration-4-outline';
import { migrateToOpinionChecksums } from './migration-5-opinion-checksums';
import { migrateToAdoptionConfirmations } from './migration-6-adoption-confirmations';
import { migrateToTextHashes } from './migration-7-text-hashes';
import { migrateToPackages } from './migration-8-packages';
import { migrateToAnchors } from './migration-9-anchors';
import { migrateToDesk } from './migration-10-desk';
import { migrateToDrafts } from './migration-11-drafts';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'reports, versions, sections, paragraphs, debris lines, settings',
    up: migrateToReports,
  },
  {
    version: 2,
    description: 'profile, stances, opinions; folded-text search over paragraphs and opinions',
    up: migrateToOpinions,
  },
  {
    version: 3,
    description: 'character index for 1–2 character searches in opinions; opinions in search order',
    up: migrateToShortSearch,
  },
  {
    version: 4,
    description: 'copies of a body in its file; heading corrections by the user',
    up: migrateToOutlineCorrections,
  },
  {
    version: 5,
    description: 'a checksum on every opinion row, verified when it is read and by shenyi check',
    up: migrateToOpinionChecksums,
  },
  {
    version: 6,
    description: "a person's confirmation of what became of a suggestion in a later version",
    up: migrateToAdoptionConfirmations,
  },
  {
    version: 7,
    description: "each version's text hash, stored, so a package import finds its version without hashing every text",
    up: migrateToTextHashes,
  },
  {
    version: 8,
    description: 'the packages imported, and which package each imported opinion came from; conflicts recorded, no longer read from ids',
    up: migrateToPackages,
  },
  {
    version: 9,
    description: "anchors as rows that opinions reference, and a person's confirmed placement of an anchor in a version",
    up: migrateToAnchors,
  },
  {
    version: 10,
    description: "the clerk's desk: opinions' channels, dispositions through 初审 and 复审 with their log, confirmed clusters",
    up: migrateToDesk,
  },
  {
    version: 11,
    description: 'drafts of 提案 / 代表建议 / 议案: revisions, cited passages, dismissed lint rules, co-signers\' confirmations, edited form profiles',
    up: migrateToDrafts,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to date. `beforeMigrating` runs once before the first pending step
 * (the store takes a backup there). Throws for a database written by a newer Shenyi.
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS, beforeMigrating?: (from: number) => void): number {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new StoreUnusableError(
      db.name,
      'newer-version',
      `this database was written by a newer version of Shenyi (schema ${current}; this version knows up to ${latest}). Update Shenyi to open it`,
    );
  }
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length > 0 && beforeMigrating) beforeMigrating(current);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      // PRAGMA cannot take a bound parameter; the version is a number from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return schemaVersion(db);
}
