/**
 * A delegate's opinion package of many opinions on the bundled sample report, made in a store of
 * its own and exported as their Shenyi would: what the job tests import (and cancel) at scale.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../main/api/dispatch';
import { openApp } from '../../main/app/open-app';
import { seedOpinions } from '../bench/seed-opinions';

/** The package file's bytes, base64 as the API carries them. */
export async function delegatePackageBase64(count: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-delegate-'));
  const app = await openApp({ dataDir, shell: 'browser', version: 'test' });
  try {
    app.store.profile.set({ name: '王代表', delegation: '北京代表团', role: 'npc-delegate' });
    const [report] = app.store.reports.listReports();
    seedOpinions(app.store, report!.id, app.store.reports.latestVersionId(report!.id), count);
    const built = await dispatch(app.handlers, 'export.build', { reportId: report!.id, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
    if (!built.ok) throw new Error(built.error.message);
    return (built.value as { dataBase64: string }).dataBase64;
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
