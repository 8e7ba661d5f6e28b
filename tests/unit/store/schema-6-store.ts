/**
 * A copy of fixtures/schema-6.db (a library as the schema-6 release wrote it; see
 * fixtures/make-schema-6-store.ts) in a data folder of its own, for the migrations after it.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListedOpinion, Opinion } from '../../../main/model/opinion';

const FIXTURES = join(__dirname, 'fixtures');

export function schema6DataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shenyi-schema-6-'));
  copyFileSync(join(FIXTURES, 'schema-6.db'), join(dir, 'shenyi.db'));
  return dir;
}

/** What the schema-6 release listed from that library (opinions.list and opinions.trash). */
export const schema6Listed = (): { reportId: string; versionId: string; list: ListedOpinion[]; trash: Opinion[] } =>
  JSON.parse(readFileSync(join(FIXTURES, 'schema-6-listed.json'), 'utf8'));
