/**
 * Migration 7: a text hash per version, on a library the schema-6 release wrote. A package
 * import finds its version by the stored hash, and the hash follows the version's paragraphs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openStore, type Store } from '../../../main/store/store';
import { schemaVersion } from '../../../main/store/migrations';
import { buildReadingText } from '../../../main/anchoring/reading-text';
import { schema6DataDir } from './schema-6-store';

const stores: Store[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const readingHash = (store: Store, versionId: string) => createHash('sha256').update(buildReadingText(store.reports.paragraphsOf(versionId)).text).digest('hex');

describe('migration 7: a stored text hash per version', () => {
  it('computes the hash of every version already in a schema-6 library: the hash of its reading text', () => {
    const dir = schema6DataDir();
    dirs.push(dir);
    const store = openStore(dir);
    stores.push(store);
    expect(schemaVersion(store.db)).toBeGreaterThanOrEqual(7);
    const versions = store.reports.allVersions();
    expect(versions).toHaveLength(1);
    for (const { versionId, reportId } of versions) {
      const stored = store.db.prepare('SELECT text_hash FROM report_versions WHERE id = ?').pluck().get(versionId);
      expect(stored).toBe(readingHash(store, versionId));
      expect(store.reports.versionByTextHash(readingHash(store, versionId))).toEqual({ versionId, reportId });
    }
    expect(store.reports.versionByTextHash('0'.repeat(64))).toBeNull();
  });

  it('is written again when a version’s paragraphs change (a heading correction), in the same transaction', () => {
    const dir = schema6DataDir();
    dirs.push(dir);
    const store = openStore(dir);
    stores.push(store);
    const [{ versionId, reportId }] = store.reports.allVersions() as [{ versionId: string; reportId: string }];
    const before = readingHash(store, versionId);
    const document = store.reports.openDocument(reportId, versionId);
    const heading = document.root.children[0]!;
    const paragraph = heading.paragraphs[1] ?? heading.paragraphs[0]!;
    const start = paragraph.spans[0]!.start;
    store.reports.setHeadingCorrection(versionId, start, true);
    const after = readingHash(store, versionId);
    expect(after).not.toBe(before);
    expect(store.db.prepare('SELECT text_hash FROM report_versions WHERE id = ?').pluck().get(versionId)).toBe(after);
  });
});
