/**
 * Two versions of a report in the store, diffed: the pair to compare (given, or the last two of
 * the report's chain) and the version diff of their decoded texts, each side with its own tree.
 */
import { DomainError } from '../model/errors';
import type { Store } from '../store/store';
import { diffVersions, type VersionDiff } from '../versions/diff-versions';

export interface VersionPair {
  from: string;
  to: string;
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

export function diffStoredVersions(store: Store, reportId: string, pair: VersionPair, ignoreFormatting: boolean): { pair: VersionPair; diff: VersionDiff; oldText: string; newText: string } {
  const oldText = store.reports.sourceTextOf(pair.from);
  const newText = store.reports.sourceTextOf(pair.to);
  const diff = diffVersions(
    { text: oldText, documents: [{ root: store.reports.openDocument(reportId, pair.from).root }] },
    { text: newText, documents: [{ root: store.reports.openDocument(reportId, pair.to).root }] },
    { ignoreFormatting },
  );
  return { pair, diff, oldText, newText };
}
