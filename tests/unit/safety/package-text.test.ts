/**
 * Text entering the store is text UTF-8 can hold, checked the same way at every door: a package
 * with a lone surrogate or invalid bytes, an API call with a lone surrogate, a package with a
 * key given twice. Each is refused naming the field (or the byte), and nothing is written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalSha256 } from '../../../main/packages/format/canonical-json';
import { CHECKSUM_KEY, CHECKSUM_PREFIX } from '../../../main/packages/format/package-format';
import { call, Libraries, ok, opinionTexts, writeOpinions } from '../../support/store-library';
import { shenyi } from '../cli/run-cli';

const libraries = new Libraries();
afterEach(() => libraries.cleanUp());

/** A delegate's package of one opinion, and a clerk's library holding the same report. */
async function delegateAndClerk() {
  const delegate = await libraries.open(libraries.dir());
  await writeOpinions(delegate, 1, '原稿');
  const [report] = await ok(delegate, 'library.list');
  const exported = await ok(delegate, 'export.build', { reportId: report!.id, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
  const clerkDir = libraries.dir();
  const clerk = await libraries.open(clerkDir);
  await ok(clerk, 'profile.set', { name: '书记员', delegation: '', role: 'clerk' });
  return { clerk, clerkDir, packageJson: Buffer.from(exported.dataBase64, 'base64').toString('utf8') };
}

/** The package with one string replaced everywhere, its checksum made right again (a forger's package). */
function altered(json: string, from: string, to: string): string {
  const value = JSON.parse(json) as Record<string, unknown>;
  const swap = (item: unknown): unknown =>
    typeof item === 'string' ? item.split(from).join(to) : Array.isArray(item) ? item.map(swap) : item && typeof item === 'object' ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, swap(v)])) : item;
  const { [CHECKSUM_KEY]: _old, ...rest } = swap(value) as Record<string, unknown>;
  return JSON.stringify({ ...rest, [CHECKSUM_KEY]: `${CHECKSUM_PREFIX}${canonicalSha256(rest)}` });
}

const importBytes = (app: Parameters<typeof call>[0], bytes: Buffer) => call(app, 'package.import', { fileName: 'delegate.json', dataBase64: bytes.toString('base64') });

describe('text that cannot be stored as UTF-8 is refused at every door', () => {
  it('a package whose body holds a lone surrogate is refused naming the field; nothing is written', async () => {
    const { clerk, packageJson } = await delegateAndClerk();
    const forged = altered(packageJson, '原稿0', '原稿0\ud800');
    const result = await importBytes(clerk, Buffer.from(forged, 'utf8'));
    expect(result).toMatchObject({ ok: false, error: { code: 'import-failed', message: expect.stringMatching(/delegate\.json: .*the text in first\.items\.0\.body\.0\.value is not valid Unicode \(it holds a lone UTF-16 surrogate\); nothing was imported\)$/) } });
    expect((await opinionTexts(clerk)).size).toBe(0);
  });

  it('a package with raw invalid UTF-8 bytes is refused naming the byte, not decoded lossily', async () => {
    const { clerk, packageJson } = await delegateAndClerk();
    const bytes = Buffer.from(packageJson, 'utf8');
    const at = bytes.indexOf(Buffer.from('原稿0'));
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe5, 0x8e]), bytes.subarray(at + 3)]);
    expect(await importBytes(clerk, broken)).toMatchObject({ ok: false, error: { code: 'import-failed', message: `delegate.json: this opinion package is not valid UTF-8 (an invalid byte at offset ${at}, line 1); nothing was imported` } });
    expect((await opinionTexts(clerk)).size).toBe(0);
  });

  it('the CLI refuses the same packages the same way', async () => {
    const { clerk, clerkDir, packageJson } = await delegateAndClerk();
    libraries.close(clerk);
    const path = join(clerkDir, 'forged.json');
    writeFileSync(path, altered(packageJson, '原稿0', '原稿0\udc00'));
    const result = await shenyi(['package', 'import', path, '--data-dir', clerkDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/forged\.json: .*is not valid Unicode/);
  });

  it('an API call with a lone surrogate in an opinion, a tag or a profile is refused as invalid input, naming the field', async () => {
    const app = await libraries.open(libraries.dir());
    expect(await call(app, 'profile.set', { name: '张\ud800三', delegation: '', role: 'npc-delegate' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'profile.set: the text in name is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was saved' },
    });
    const written = await writeOpinions(app, 1);
    const [report] = await ok(app, 'library.list');
    const [id] = [...written.keys()];
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '改\udfff' }] }] };
    expect(await call(app, 'opinions.update', { id, versionId: report!.latestVersionId, patch: { body } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('patch.body.content.0.content.0.text is not valid Unicode') },
    });
    expect(await opinionTexts(app)).toEqual(written);
  });

  it('a package holding a key twice in one object is refused, even with a checksum that matches one reading', async () => {
    const { clerk, packageJson } = await delegateAndClerk();
    const twice = packageJson.replace('"type":"AnnotationCollection"', '"type":"AnnotationCollection","type":"AnnotationCollection"');
    expect(twice).not.toBe(packageJson);
    expect(await importBytes(clerk, Buffer.from(twice, 'utf8'))).toMatchObject({ ok: false, error: { message: expect.stringContaining('holds the key "type" twice in one object') } });
  });
});

describe('a report whose decoded text holds a lone surrogate', () => {
  it('is refused at the store, naming the file; nothing is written', async () => {
    const { readReportFile } = await import('../../../main/import/read-file');
    const { openStore } = await import('../../../main/store/store');
    const dir = libraries.dir();
    const store = openStore(dir);
    try {
      const parsed = await readReportFile(Buffer.from('某市政府工作报告\n\n各位代表：\n\n现在报告工作。\n'), 'x.txt');
      const forged = { ...parsed, sourceText: `${parsed.sourceText}\ud800` };
      expect(() => store.reports.importFile(forged, [0])).toThrow('x.txt: the text in sourceText is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was imported');
      expect(store.reports.listReports()).toEqual([]);
    } finally {
      store.close();
    }
  });
});
