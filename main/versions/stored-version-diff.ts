/**
 * Two versions of a report in the store, diffed: the pair to compare (given, or the last two of
 * the report's chain) and the version diff of their decoded texts, each side with its own tree.
 */
import { DomainError } from '../model/errors';
import type { ReportDocument } from '../model/report';
import type { Store } from '../store/store';
import { diffVersions, type VersionDiff } from './diff-versions';
import { versionText } from './version-part';

export interface VersionPair {
  from: string;
  to: string;
  /** Set when the older side is a version of another report (last year's against this year's). */
  fromReportId?: string;
  /** Only these top-level parts of each side, compared as texts of their own (version-part.ts). */
  fromPartId?: string;
  toPartId?: string;
}

/** The older and newer version to compare: given, or the last two of the report's chain. */
export function versionPair(store: Store, reportId: string, from?: string, to?: string): VersionPair {
  const chain = store.reports.versionsOf(reportId);
  if (chain.length === 0) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
  const known = (id: string) => {
    if (!chain.some((version) => version.id === id)) throw new DomainError('not-found', `Version ${id} is not a version of report ${reportId}`);
    return id;
  };
  const toId = to ? known(to) : chain[chain.length - 1]!.id;
  const before = chain.slice(0, chain.findIndex((version) => version.id === toId));
  const fromId = from ? known(from) : before[before.length - 1]?.id;
  if (!fromId) throw new DomainError('not-found', `Report ${reportId} has only one version: import the revised draft with --as-version-of ${reportId} first`);
  if (fromId === toId) throw new DomainError('not-found', 'The two versions to compare are the same version');
  return { from: fromId, to: toId };
}

/**
 * A version of another report against one of this report: last year's report (its 工作安排)
 * against this year's (its 工作回顾), read with the same view. Each side defaults to its
 * report's latest version.
 */
export function crossReportPair(store: Store, fromReportId: string, reportId: string, from?: string, to?: string): VersionPair {
  const pick = (id: string, versionId: string | undefined) => {
    const chain = store.reports.versionsOf(id);
    if (chain.length === 0) throw new DomainError('not-found', `Report ${id} is not in the library`);
    if (versionId === undefined) return chain[chain.length - 1]!.id;
    if (!chain.some((version) => version.id === versionId)) throw new DomainError('not-found', `Version ${versionId} is not a version of report ${id}`);
    return versionId;
  };
  return { from: pick(fromReportId, from), to: pick(reportId, to), fromReportId };
}

export interface StoredVersionDiff {
  pair: VersionPair;
  diff: VersionDiff;
  oldText: string;
  newText: string;
  /** The two versions as opened for the diff: their titles and labels come with them. */
  older: ReportDocument;
  newer: ReportDocument;
}

export function diffStoredVersions(store: Store, reportId: string, pair: VersionPair, ignoreFormatting: boolean): StoredVersionDiff {
  const older = store.reports.openDocument(pair.fromReportId ?? reportId, pair.from);
  const newer = store.reports.openDocument(reportId, pair.to);
  const oldSide = versionText(store.reports.sourceTextOf(pair.from), older.root, pair.fromPartId);
  const newSide = versionText(store.reports.sourceTextOf(pair.to), newer.root, pair.toPartId);
  const diff = diffVersions({ text: oldSide.text, documents: [{ root: oldSide.root }] }, { text: newSide.text, documents: [{ root: newSide.root }] }, { ignoreFormatting });
  return { pair, diff, oldText: oldSide.text, newText: newSide.text, older, newer };
}
