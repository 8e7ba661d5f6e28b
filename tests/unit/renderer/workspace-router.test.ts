/**
 * The shell's moves between workspaces: opening a report shows the reader with it, only the
 * latest of two opens wins, and the library's 打开 goes back to the report already open.
 */
import { describe, expect, it } from 'vitest';
import { createAppStores } from '../../../renderer/src/app/AppStores';
import type { ReportDocument, ReportSummary } from '../../../renderer/src/api/contract';
import { ScriptedApi, settle } from './fakes';

function documentOf(reportId: string): ReportDocument {
  return { report: { id: reportId }, version: { id: `${reportId}-v1` } } as unknown as ReportDocument;
}

describe('WorkspaceRouter', () => {
  it('opens a report into the reader and remembers it', async () => {
    const api = new ScriptedApi();
    api.answer = (method, input) =>
      method === 'report.open' ? { ok: true, value: documentOf((input as { reportId: string }).reportId) } : { ok: true, value: method === 'opinions.list' ? [] : {} };
    const stores = createAppStores(api);
    await stores.router.openReport('r1');
    expect(stores.router.getSnapshot().workspace).toEqual({ kind: 'reader' });
    expect(stores.reader.getSnapshot().doc?.report.id).toBe('r1');
    expect(stores.settings.getSnapshot().lastReportId).toBe('r1');
    expect(api.calls.some((call) => call.method === 'settings.set')).toBe(true);
  });

  it('shows only the latest of two opens, however slow the first', async () => {
    const api = new ScriptedApi();
    const pending = new Map<string, (doc: ReportDocument) => void>();
    api.answer = (method, input) => {
      if (method !== 'report.open') return { ok: true, value: [] };
      const { reportId } = input as { reportId: string };
      return new Promise((resolve) => pending.set(reportId, (doc) => resolve({ ok: true, value: doc })));
    };
    const stores = createAppStores(api);
    const slow = stores.router.openReport('slow');
    const fast = stores.router.openReport('fast');
    await settle();
    pending.get('fast')!(documentOf('fast'));
    await fast;
    pending.get('slow')!(documentOf('slow'));
    await slow;
    expect(stores.reader.getSnapshot().doc?.report.id).toBe('fast');
  });

  it('goes back to the report already open from the library without asking the shell again', async () => {
    const api = new ScriptedApi();
    api.answer = (method) => (method === 'report.open' ? { ok: true, value: documentOf('r1') } : { ok: true, value: [] });
    const stores = createAppStores(api);
    await stores.router.openReport('r1');
    stores.router.showLibrary();
    expect(stores.router.getSnapshot().workspace.kind).toBe('library');
    const opens = api.calls.filter((call) => call.method === 'report.open').length;
    stores.router.openFromLibrary({ id: 'r1', latestVersionId: 'r1-v1' } as ReportSummary);
    expect(stores.router.getSnapshot().workspace.kind).toBe('reader');
    expect(api.calls.filter((call) => call.method === 'report.open')).toHaveLength(opens);
  });

  it('reports a failed open in the banner and stays where it was', async () => {
    const api = new ScriptedApi();
    api.answer = (method) => (method === 'report.open' ? { ok: false, error: { code: 'not-found', message: 'gone' } } : { ok: true, value: [] });
    const stores = createAppStores(api);
    await stores.router.openReport('r1');
    expect(stores.router.getSnapshot().workspace.kind).toBe('library');
    expect(stores.errors.getSnapshot().error?.code).toBe('not-found');
  });
});
