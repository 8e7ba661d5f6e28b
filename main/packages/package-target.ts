/**
 * Which report and version here a package's opinions belong to. The version whose text hash is
 * the package's own comes first: then the package was made on this very text. Otherwise the
 * package was made on another version or another file of a report (a .docx of the same text,
 * an earlier draft, the clerk's revised version): its passages are looked for, with the usual
 * anchoring rules, in the latest version of the report the clerk named, else of the reports
 * with the package's title, else of every report; the one holding most of them, if it holds at
 * least half, is the package's report. Its opinions keep the anchors they came with and are
 * resolved like any others, so a passage not found stays orphaned rather than misplaced.
 */
import type { ReadingText } from '../anchoring/reading-text';
import { resolveAnchors } from '../anchoring/resolve';
import type { AnchorResolution, PassageAnchor } from '../model/opinion';
import type { Store } from '../store/store';
import type { PackageContents } from './format/package-to-opinions';

/** Below this share of its passages found, a report is not taken for the package's. */
const MIN_FOUND_SHARE = 0.5;

export interface PackageTarget {
  reportId: string;
  /** The version the package's opinions are filed under: its own, or the latest of the report. */
  versionId: string;
  /** 'text': a version here has the package's text; 'passages': found by its passages. */
  matched: 'text' | 'passages';
}

export const foundShare = (resolutions: AnchorResolution[]) =>
  resolutions.length === 0 ? 0 : resolutions.filter((resolution) => resolution.status !== 'orphan').length / resolutions.length;

export function packageTarget(store: Store, contents: PackageContents, readingOf: (versionId: string) => ReadingText, reportId?: string): PackageTarget | null {
  const same = store.reports.versionByTextHash(contents.report.textHash);
  if (same && (reportId === undefined || same.reportId === reportId)) return { ...same, matched: 'text' };

  const reports = store.reports.listReports();
  const titled = reports.filter((report) => report.title === contents.report.title);
  const candidates = reportId !== undefined ? reports.filter((report) => report.id === reportId) : titled.length > 0 ? titled : reports;
  const anchors = contents.opinions.flatMap((opinion) => (opinion.anchor ? [opinion.anchor] : [])) as PassageAnchor[];
  // Notes on the report as a whole or on sections cannot be looked for: the report must be named or titled alike.
  if (anchors.length === 0) {
    const named = reportId !== undefined ? candidates[0] : titled[0];
    return named ? { reportId: named.id, versionId: named.latestVersionId, matched: 'passages' } : null;
  }
  let best: { target: PackageTarget; share: number } | null = null;
  for (const report of candidates) {
    const share = foundShare(resolveAnchors(readingOf(report.latestVersionId), anchors));
    if (share >= MIN_FOUND_SHARE && (!best || share > best.share)) best = { target: { reportId: report.id, versionId: report.latestVersionId, matched: 'passages' }, share };
  }
  return best?.target ?? null;
}
