/**
 * What an export of a version says of each opinion's adoption: the outcomes between the version
 * before it in the report's chain and this one (as the compare workspace shows them), keyed by
 * opinion. Refused for the first version of a report: there is nothing it could have adopted from.
 */
import type { ExportAdoption } from '../export/export-input';
import type { Store } from '../store/store';
import { adoptionBetween } from './version-adoption';
import { DomainError } from '../model/errors';

export function exportAdoption(store: Store, reportId: string, versionId: string): ExportAdoption {
  const chain = store.reports.versionsOf(reportId);
  if (chain[0]?.id === versionId) {
    throw new DomainError('invalid-input', `${chain[0].label} is the first version of the report: there is no earlier version whose opinions it could adopt`);
  }
  const report = adoptionBetween(store, reportId, undefined, versionId);
  const labels = new Map(chain.map((version) => [version.id, version.label]));
  return {
    fromVersionId: report.fromVersionId,
    toVersionId: report.toVersionId,
    fromLabel: labels.get(report.fromVersionId) ?? '',
    toLabel: labels.get(report.toVersionId) ?? '',
    byOpinion: new Map(report.opinions.map((opinion) => [opinion.opinionId, opinion])),
  };
}
