/**
 * Migrations 7–9 on a library the schema-6 release wrote (fixtures/schema-6.db): opinions of
 * every kind, a trash, and a delegate's package imported twice with a conflict. After the
 * upgrade the library lists exactly what that release listed (same ids, bodies, anchors,
 * statuses and conflict pairs), every row still passes its checksum, and the new tables say
 * what the old encodings did: the conflict pair in imported_opinions, a package per author,
 * an anchor row per anchored opinion, a text hash per version.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/app/open-app';
import { dispatch } from '../../../main/api/dispatch';
import type { Input, Method, Output } from '../../../main/api/contract';
import { Database } from '../../../main/store/sqlite';
import { registerSearchFunctions } from '../../../main/store/search-text';
import { SCHEMA_VERSION, schemaVersion } from '../../../main/store/migrations';
import { opinionChecksum, type CheckedRow } from '../../../main/store/opinion-checksum';
import { schema6DataDir, schema6Listed } from './schema-6-store';

const apps: App[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function upgraded(prepare?: (db: Database) => void) {
  const dir = schema6DataDir();
  dirs.push(dir);
  if (prepare) {
    const db = new Database(join(dir, 'shenyi.db'));
    expect(schemaVersion(db)).toBe(6);
    registerSearchFunctions(db);
    prepare(db);
    db.close();
  }
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample: false });
  apps.push(app);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(app.handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as Output<M>;
  };
  return { app, call, dir };
}

const COPY = 'o-passage~d4836891';

describe('a schema-6 library upgraded to the current schema', () => {
  it('lists the same opinions, trash and conflict pair as the schema-6 release did, with every checksum sound', async () => {
    const before = schema6Listed();
    const { app, call, dir } = await upgraded();
    expect(schemaVersion(app.store.db)).toBe(SCHEMA_VERSION);
    // A verified backup of the schema-6 file was taken before the first step.
    expect(readdirSync(join(dir, 'backups')).some((name) => name.includes('before-migration'))).toBe(true);

    const list = await call('opinions.list', { reportId: before.reportId, versionId: before.versionId });
    expect(list).toEqual(before.list);
    expect(await call('opinions.trash', { reportId: before.reportId })).toEqual(before.trash);
    // The kinds the fixture promises are all there.
    expect(new Set(list.map((o) => o.kind))).toEqual(new Set(['passage-comment', 'passage-suggestion', 'section-note', 'report-note']));
    expect(list.filter((o) => o.conflictOf !== null).map((o) => [o.id, o.conflictOf])).toEqual([[COPY, 'o-passage']]);
    expect((await call('store.status', {})).damagedOpinions).toEqual([]);
  });

  it('records the conflict, the package and the anchors in their tables; the migrated pair settles', async () => {
    const before = schema6Listed();
    const { app, call } = await upgraded();
    const db = app.store.db;
    const delegateId = before.list.find((o) => o.id === 'o-passage')!.author.id;
    expect(db.prepare('SELECT opinion_id, origin_id, conflict_of FROM imported_opinions ORDER BY opinion_id').all()).toEqual([
      { opinion_id: 'o-passage', origin_id: 'o-passage', conflict_of: null },
      { opinion_id: COPY, origin_id: 'o-passage', conflict_of: 'o-passage' },
      { opinion_id: 'o-report', origin_id: 'o-report', conflict_of: null },
      { opinion_id: 'o-rich', origin_id: 'o-rich', conflict_of: null },
      { opinion_id: 'o-section', origin_id: 'o-section', conflict_of: null },
      { opinion_id: 'o-suggest', origin_id: 'o-suggest', conflict_of: null },
    ]);
    expect(db.prepare('SELECT author_id, author_name, version_id, version_label, file_hash, imported_at FROM packages').all()).toEqual([
      { author_id: delegateId, author_name: '王代表', version_id: before.versionId, version_label: 'v1', file_hash: null, imported_at: null },
    ]);
    const anchored = [...before.list, ...before.trash].filter((o) => o.anchor !== null).map((o) => o.id).sort();
    expect(db.prepare('SELECT o.id FROM opinions o JOIN anchors a ON a.id = o.anchor_id ORDER BY o.id').pluck().all()).toEqual(anchored);
    expect(db.prepare('SELECT count(*) FROM opinions WHERE anchor IS NULL AND anchor_id IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM report_versions WHERE text_hash = ''").pluck().get()).toBe(0);

    const settled = await call('opinions.settle', { id: COPY, versionId: before.versionId, keep: 'incoming' });
    expect(settled).toMatchObject({ id: 'o-passage', bodyText: before.list.find((o) => o.id === COPY)!.bodyText, conflictOf: null });
    const after = await call('opinions.list', { reportId: before.reportId, versionId: before.versionId });
    expect(after.some((o) => o.conflictOf !== null)).toBe(false);
    expect((await call('opinions.trash', { reportId: before.reportId })).map((o) => o.id)).toContain(COPY);
  });

  it('takes off the 冲突 tag an older import put on a conflicting copy, and keeps one the delegate wrote on both', async () => {
    const { app } = await upgraded((db) => {
      const retag = (id: string, tags: string[]) => {
        const row = db.prepare('SELECT * FROM opinions WHERE id = ?').get(id) as CheckedRow;
        const next = { ...row, tags: JSON.stringify(tags) };
        db.prepare('UPDATE opinions SET tags = ?, checksum = ? WHERE id = ?').run(next.tags, opinionChecksum(next), id);
      };
      retag(COPY, ['冲突']);
      // A second pair where the delegate's own opinion carries the tag too: theirs, kept.
      retag('o-rich', ['民生', '就业', '冲突']);
      const rich = db.prepare('SELECT * FROM opinions WHERE id = ?').get('o-rich') as CheckedRow & { checksum: string };
      const copy = { ...rich, id: 'o-rich~0badc0de', body_text: '另一稿', updated_at: '2026-03-06T00:00:00.000Z' };
      db.prepare(`INSERT INTO opinions (${Object.keys(copy).join(', ')}) VALUES (${Object.keys(copy).map(() => '?').join(', ')})`).run(
        ...Object.values({ ...copy, checksum: opinionChecksum(copy) }),
      );
      db.prepare('INSERT INTO opinion_search_text (opinion_id, folded) VALUES (?, ?)').run(copy.id, copy.body_text);
    });
    expect(app.store.opinions.get(COPY)!.tags).toEqual([]);
    expect(app.store.opinions.get('o-rich~0badc0de')!.tags).toEqual(['民生', '就业', '冲突']);
    expect(app.store.packages.conflictOf(COPY)).toBe('o-passage');
    expect(app.store.packages.conflictOf('o-rich~0badc0de')).toBe('o-rich');
    expect(app.store.opinions.damaged.size).toBe(0);
  });
});
