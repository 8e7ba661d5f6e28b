/**
 * A version's text hash: SHA-256 of its reading text (its paragraphs in order, joined by "\n",
 * as main/anchoring/reading-text.ts builds it). An opinion package names the version it was
 * made on by this hash, so an import finds that version by one indexed lookup instead of
 * building and hashing the reading text of every version in the library. It is stored with
 * the version and written again whenever the version's paragraphs are (a restored debris line,
 * a heading correction), inside the same transaction.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export function readingTextHash(paragraphTexts: readonly string[]): string {
  return createHash('sha256').update(paragraphTexts.join('\n')).digest('hex');
}

/** Computes and stores the hash of one version from its stored paragraphs. */
export function storeTextHash(db: Database.Database, versionId: string): void {
  const texts = db.prepare('SELECT text FROM paragraphs WHERE version_id = ? ORDER BY number').pluck().all(versionId) as string[];
  db.prepare('UPDATE report_versions SET text_hash = ? WHERE id = ?').run(readingTextHash(texts), versionId);
}
