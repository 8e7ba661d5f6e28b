import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../main/store/sqlite';
import { MIGRATIONS, migrate } from '../../../main/store/migrations';
import { call, Libraries, ok, opinionTexts, storePath, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

/** Changes one opinion's text behind the app's back, as a flipped bit inside a value would. */
export function alterOpinion(path: string, id: string): void {
  const db = new Database(path);
  db.prepare("UPDATE opinions SET body_text = body_text || '（已改）' WHERE id = ?").run(id);
  db.close();
}

describe('row checksums on opinions', () => {
  it('an opinion changed on disk is set apart when read, reported with the backup copy, and the rest still reads', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    const written = await writeOpinions(app, 3);
    await ok(app, 'backups.create');
    libraries.close(app);
    const [damagedId, damagedText] = [...written][1]!;
    alterOpinion(storePath(dir), damagedId);

    const again = await libraries.open(dir);
    const listed = await opinionTexts(again);
    expect(listed.has(damagedId)).toBe(false);
    expect(listed.size).toBe(2);
    expect(await ok(again, 'store.status')).toMatchObject({
      state: 'ok',
      damagedOpinions: [{ id: damagedId, foundText: `${damagedText}（已改）`, backup: { text: damagedText } }],
    });
    // Not silently rewritten: an edit of the damaged opinion is refused.
    const [report] = await ok(again, 'library.list');
    expect(await call(again, 'opinions.update', { id: damagedId, versionId: report!.latestVersionId, patch: { tags: ['x'] } })).toMatchObject({
      ok: false,
      error: { code: 'store-failed', message: expect.stringContaining('failed its check') },
    });
    libraries.close(again);

    const checked = await shenyi(['check', '--data-dir', dir]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(new RegExp(`1 opinions fail their checksum\\nopinion ${damagedId} \\(report .*\\): a sound copy is in backup shenyi-.*-manual\\.db`));
  });

  it('one opinion is put back as the backup holds it, the others untouched, and it can be edited again', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    const written = await writeOpinions(app, 3);
    const backup = await ok(app, 'backups.create');
    const [report] = await ok(app, 'library.list');
    const [kept, damaged] = [...written.keys()];
    // Written after the backup: a put-back of another opinion must not touch it.
    await ok(app, 'opinions.update', { id: kept, versionId: report!.latestVersionId, patch: { tags: ['后来'] } });
    libraries.close(app);
    alterOpinion(storePath(dir), damaged!);
    const again = await libraries.open(dir);
    const status = await ok(again, 'backups.restoreOpinion', { id: damaged, name: backup.name });
    expect(status.damagedOpinions).toEqual([]);
    expect(await opinionTexts(again)).toEqual(written);
    const listed = await ok(again, 'opinions.list', { reportId: report!.id, versionId: report!.latestVersionId });
    expect(listed.find((o) => o.id === kept)!.tags).toEqual(['后来']);
    expect(await call(again, 'opinions.update', { id: damaged, versionId: report!.latestVersionId, patch: { tags: ['x'] } })).toMatchObject({ ok: true });
  });

  it('shenyi check passes a sound library', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await writeOpinions(app, 2);
    libraries.close(app);
    expect(await shenyi(['check', '--data-dir', dir])).toMatchObject({ code: 0, stdout: expect.stringContaining('ok (quick_check, 2 opinion checksums)') });
  });

  it('migration 5 gives the opinions already stored their checksums', async () => {
    const dir = libraries.dir();
    const app = await libraries.open(dir);
    await writeOpinions(app, 2);
    libraries.close(app);
    const db = new Database(storePath(dir));
    // Back to schema 4: without the checksum column, and without what later migrations add.
    db.exec(`
      DROP TABLE draft_citations; DROP TABLE draft_dismissals; DROP TABLE draft_revisions; DROP TABLE draft_signatures; DROP TABLE drafts; DROP TABLE form_profiles;
      DROP TABLE desk_cluster_members; DROP TABLE desk_clusters; DROP TABLE desk_assignments; DROP TABLE disposition_conflicts;
      DROP TABLE disposition_log; DROP TABLE dispositions; DROP TABLE disposition_kinds; DROP TABLE opinion_channels;
      DROP TABLE anchor_placements; DROP INDEX opinions_by_anchor; ALTER TABLE opinions DROP COLUMN anchor_id; DROP TABLE anchors;
      DROP TABLE imported_opinions; DROP TABLE packages;
      DROP INDEX report_versions_by_text_hash; ALTER TABLE report_versions DROP COLUMN text_hash;
      ALTER TABLE opinions DROP COLUMN checksum; DROP TABLE adoption_confirmations; PRAGMA user_version = 4`);
    migrate(db, MIGRATIONS);
    expect(db.prepare("SELECT count(*) FROM opinions WHERE checksum = ''").pluck().get()).toBe(0);
    db.close();
    const again = await libraries.open(dir);
    expect((await opinionTexts(again)).size).toBe(2);
    expect((await ok(again, 'store.status')).damagedOpinions).toEqual([]);
  });
});
