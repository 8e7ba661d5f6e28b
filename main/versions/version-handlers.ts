/**
 * The versions methods: comparing two stored versions of a report (or last year's report with
 * this year's), the adoption of each
 * suggestion between them, a person's confirmation of it, and the 修改情况说明 as a file.
 */
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';
import { crossReportPair, versionPair } from './stored-version-diff';
import { adoptionBetween, adoptionHistory, confirmAdoption } from './version-adoption';
import { compareStoredVersions } from './version-comparison';
import { revisionNoteFile } from './revision-note-file';

type VersionMethods = 'versions.compare' | 'versions.adoption' | 'versions.history' | 'versions.confirmAdoption' | 'versions.note';

export function versionHandlers(store: Store, appVersion: string): Pick<Handlers, VersionMethods> {
  return {
    'versions.compare': ({ reportId, fromReportId, fromVersionId, toVersionId, fromPartId, toPartId, ignoreFormatting }) => {
      const otherReport = fromReportId !== undefined && fromReportId !== reportId;
      // Two parts of one version (last year's plan and this year's review in one report) are two texts.
      const pair = otherReport
        ? crossReportPair(store, fromReportId, reportId, fromVersionId, toVersionId)
        : fromPartId !== undefined && fromVersionId === toVersionId
          ? { from: fromVersionId, to: toVersionId }
          : versionPair(store, reportId, fromVersionId, toVersionId);
      return compareStoredVersions(store, reportId, { ...pair, ...(fromPartId ? { fromPartId } : {}), ...(toPartId ? { toPartId } : {}) }, ignoreFormatting);
    },
    'versions.adoption': ({ reportId, fromVersionId, toVersionId }) => adoptionBetween(store, reportId, fromVersionId, toVersionId),
    'versions.history': ({ reportId }) => adoptionHistory(store, reportId),
    'versions.confirmAdoption': ({ opinionId, toVersionId, status }) => confirmAdoption(store, opinionId, toVersionId, status),
    'versions.note': async ({ reportId, fromVersionId, toVersionId, format }) => {
      const file = await revisionNoteFile(store, reportId, versionPair(store, reportId, fromVersionId, toVersionId), format, appVersion);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), opinionCount: file.changeCount };
    },
  };
}
