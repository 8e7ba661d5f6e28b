/**
 * Each opinion row carries a SHA-256 of what it says. SQLite's own checks see pages and
 * b-trees, not the bytes inside a value: a flipped bit in a body passes integrity_check and
 * quietly changes what a delegate wrote. The checksum is over the stored column text exactly
 * as written (not a re-serialisation), so any change to it shows. deleted_at is left out:
 * moving an opinion to the trash and back does not change what it says.
 */
import { createHash } from 'node:crypto';

/** The columns the checksum covers, in order. */
export const CHECKED_COLUMNS = [
  'id',
  'report_id',
  'version_id',
  'kind',
  'stance_id',
  'tags',
  'body',
  'body_text',
  'anchor',
  'section_id',
  'suggestion',
  'author_id',
  'author_name',
  'author_delegation',
  'author_role',
  'created_at',
  'updated_at',
] as const;

export type CheckedRow = Record<(typeof CHECKED_COLUMNS)[number], string | null>;

export function opinionChecksum(row: CheckedRow): string {
  return createHash('sha256')
    .update(JSON.stringify(CHECKED_COLUMNS.map((column) => row[column])))
    .digest('hex');
}

export function rowIsSound(row: CheckedRow & { checksum: string }): boolean {
  return row.checksum === opinionChecksum(row);
}
