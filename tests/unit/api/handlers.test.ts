import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/app/open-app';
import { dispatch } from '../../../main/api/dispatch';
import type { ImportOutcome } from '../../../main/api/contract';
import { fixtureBytes } from '../fixtures';

const apps: App[] = [];
const dirs: string[] = [];
async function start(seedSample = true): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-api-'));
  dirs.push(dir);
  const app = await openApp({ dataDir: dir, shell: 'browser', version: 'test', seedSample });
  apps.push(app);
  return app;
}
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const call = (app: App, method: unknown, payload?: unknown) => dispatch(app.handlers, method, payload);

describe('API through dispatch', () => {
  it('a first launch holds the bundled sample report and remembers it as the last one opened', async () => {
    const app = await start();
    const list = await call(app, 'library.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ title: '晉中市政府工作報告' }] });
    const settings = await call(app, 'settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { locale: 'zh-Hans', lastReportId: (list as { value: { id: string }[] }).value[0]!.id } });
  });

  it('does not bring the sample back once the user removed it', async () => {
    const app = await start();
    const [sample] = app.store.reports.listReports();
    expect(await call(app, 'report.remove', { reportId: sample!.id })).toEqual({ ok: true, value: { removed: true } });
    app.close();
    apps.pop();
    const again = await openApp({ dataDir: app.dataDir, shell: 'browser', version: 'test' });
    apps.push(again);
    expect(again.store.reports.listReports()).toEqual([]);
  });

  it('rejects unknown methods and malformed payloads with invalid-input, before any handler runs', async () => {
    const app = await start(false);
    expect(await call(app, 'library.drop', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(app, 'report.open', { reportId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('reportId') } });
    expect(await call(app, 'settings.set', { fontSize: 200 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "theme": "dark"}');
    expect(await call(app, 'settings.set', hostile)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await call(app, 'report.open', { reportId: 'r_missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a rich-text body nested thousands of levels deep is refused as invalid input, not a crash', async () => {
    const app = await start(false);
    let body: Record<string, unknown> = { type: 'text', text: '深' };
    for (let i = 0; i < 5_000; i++) body = { type: 'paragraph', content: [body] };
    const result = await call(app, 'opinions.create', { reportId: 'r', versionId: 'v', kind: 'report-note', stanceId: null, body });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('imports an uploaded file, and asks which documents to take from a file that holds several', async () => {
    const app = await start(false);
    const upload = (name: string, select?: number[]) =>
      call(app, 'import.file', { fileName: name, dataBase64: fixtureBytes(name).toString('base64'), ...(select ? { select } : {}) });
    const single = (await upload('zhejiang-2026-zh-hans.txt')) as { ok: true; value: ImportOutcome };
    expect(single.value).toMatchObject({ status: 'imported', reports: [{ title: '2026年浙江省政府工作报告', alreadyPresent: false }] });

    const choose = (await upload('national-1954-govcn-zh-hans.txt')) as { ok: true; value: ImportOutcome };
    expect(choose.value.status).toBe('choose');
    if (choose.value.status !== 'choose') return;
    expect(choose.value.documents.map((d) => d.duplicateOf)).toEqual([null, 0, 0, 0, 0, 0]);
    expect((await call(app, 'library.list', {})) as { value: unknown[] }).toMatchObject({ value: { length: 1 } });

    const chosen = (await upload('national-1954-govcn-zh-hans.txt', [0])) as { ok: true; value: ImportOutcome };
    expect(chosen.value).toMatchObject({ status: 'imported', reports: [{ title: '1954年国务院政府工作报告' }] });
    expect(((await call(app, 'library.list', {})) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('a bad upload is an import-failed error naming the file, and the library is unchanged', async () => {
    const app = await start();
    const before = await call(app, 'library.list', {});
    const result = await call(app, 'import.file', { fileName: 'broken.docx', dataBase64: Buffer.from('not a zip').toString('base64') });
    // The detail lets the UI say the reason in its own language (main/model/import-problems.ts).
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'import-failed',
        message: expect.stringMatching(/^broken\.docx: the file is named \.docx but is not a Word document/),
        detail: { problem: 'not-docx', fileName: 'broken.docx', params: {} },
      },
    });
    expect(await call(app, 'library.list', {})).toEqual(before);
  });

  it('settings are validated, merged and kept', async () => {
    const app = await start(false);
    expect(await call(app, 'settings.set', { script: 'hans', fontSize: 20 })).toMatchObject({ ok: true, value: { script: 'hans', fontSize: 20, locale: 'zh-Hans' } });
    expect(await call(app, 'settings.get', {})).toMatchObject({ ok: true, value: { script: 'hans', fontSize: 20 } });
  });
});
