/**
 * A clerk imports a delegate's opinion package onto the same report in their library.
 *
 * Merge rules (RELIABILITY.md): an opinion is identified by (author, opinion id), never by its
 * id alone; the same opinion with the same content changes nothing, so a re-run is a no-op; an
 * older copy never overwrites newer content; the same opinion with different content is kept
 * beside the existing one as a conflict for the clerk to settle (opinions/conflicts.ts). Nothing is ever overwritten,
 * and the whole package lands in one transaction or not at all. The package is recorded
 * (main/store/package-store.ts) and every opinion it brought points to it.
 */
import { createHash } from 'node:crypto';
import { packageToOpinions, parsePackage } from '../packages/format';
import type { Opinion } from '../model/opinion';
import { DomainError } from '../model/errors';
import { illFormedPath } from '../model/well-formed-text';
import type { Store } from '../store/store';
import type { AnchoringCounts, PackageImported } from '../api/contract';
import { buildReadingText, type ReadingText } from '../anchoring/reading-text';
import { resolveAnchors } from '../anchoring/resolve';
import { packageTarget } from './package-target';
import { reportProgress } from '../progress/job-progress';

/** What an opinion says, whatever its timestamps: two copies with equal content are the same. */
function content(opinion: Opinion): string {
  const { kind, stanceId, tags, body, bodyText, anchor, sectionId, suggestion } = opinion;
  return JSON.stringify({ kind, stanceId, tags, body, bodyText, quote: anchor?.quote ?? null, sectionId, suggestion });
}

/**
 * Whether a string parsed from this JSON can hold a lone surrogate: only if the text holds one
 * itself or writes one as an escape (\uD800–\uDFFF). When neither, walking the whole parsed
 * package for one (illFormedPath) is skipped.
 */
function mayHoldLoneSurrogate(json: string): boolean {
  return !(json as string & { isWellFormed(): boolean }).isWellFormed() || /\\u[dD][89a-fA-F]/.test(json);
}

export interface PackageImportOptions {
  now?: () => Date;
  /** The clerk's report: a package made on another version or file of it is re-anchored onto it. */
  reportId?: string;
  /** Reading texts, shared with the caller's cache; built from the store when absent. */
  readingOf?: (versionId: string) => ReadingText;
}

export function importPackage(store: Store, json: string, fileName: string, options: PackageImportOptions = {}): PackageImported {
  const now = options.now ?? (() => new Date());
  const readingOf = options.readingOf ?? ((versionId: string) => buildReadingText(store.reports.paragraphsOf(versionId)));
  let contents: ReturnType<typeof packageToOpinions>;
  let warnings: string[];
  try {
    const parsed = parsePackage(json, { now });
    const illFormed = mayHoldLoneSurrogate(json) ? illFormedPath(parsed.document) : null;
    if (illFormed !== null) throw new Error(`the text in ${illFormed} is not valid Unicode (it holds a lone UTF-16 surrogate); nothing was imported`);
    contents = packageToOpinions(parsed);
    warnings = (parsed.warnings ?? []).map((warning) => warning.message);
  } catch (error) {
    throw new DomainError('import-failed', `${fileName}: this opinion package is damaged or not valid (${(error as Error).message})`);
  }
  const target = packageTarget(store, contents, readingOf, options.reportId);
  if (!target) {
    throw new DomainError(
      'not-found',
      `${fileName}: the report this package belongs to (《${contents.report.title}》 ${contents.report.versionLabel}) is not in the library, and no report here holds its passages; import that report first`,
    );
  }

  const { matched, ...filedUnder } = target;
  const result: PackageImported = { ...filedUnder, author: contents.author.name, matched, imported: 0, unchanged: 0, older: 0, conflicts: 0, warnings, anchoring: null };
  store.db.transaction(() => {
    const stanceIds = new Map<string, string>();
    for (const stance of contents.stances) {
      const local = store.stances.get(stance.id) ?? store.stances.byName(stance.name);
      if (local) stanceIds.set(stance.id, local.id);
      else {
        store.stances.save({ id: stance.id, name: stance.name, color: stance.color });
        stanceIds.set(stance.id, stance.id);
      }
    }
    const packageId = store.packages.record({
      fileHash: createHash('sha256').update(json).digest('hex'),
      fileName,
      author: contents.author,
      reportId: target.reportId,
      versionId: target.versionId,
      versionLabel: contents.report.versionLabel,
      generatedAt: contents.generated,
    });
    // The search texts are written together at the end, inside this transaction (OpinionStore.inBatch).
    store.opinions.inBatch(() => {
      for (const incoming of contents.opinions) {
        const opinion: Opinion = {
          ...incoming,
          reportId: target.reportId,
          versionId: target.versionId,
          stanceId: incoming.stanceId === null ? null : (stanceIds.get(incoming.stanceId) ?? null),
          // An anchor made on another text keeps that text's version: its offsets are no promise here.
          anchor: incoming.anchor && matched === 'text' ? { ...incoming.anchor, versionId: target.versionId } : incoming.anchor,
        };
        place(store, opinion, packageId, result);
        reportProgress(result.imported + result.unchanged + result.older + result.conflicts, contents.opinions.length);
      }
    });
  })();
  result.anchoring = anchoringIn(store, readingOf, target.reportId, contents.opinions);
  return result;
}

/** How the package's passages stand in the report's latest version: what the clerk will see. */
function anchoringIn(store: Store, readingOf: (versionId: string) => ReadingText, reportId: string, opinions: Opinion[]): AnchoringCounts {
  const versionId = store.reports.latestVersionId(reportId);
  const anchors = opinions.flatMap((opinion) => (opinion.anchor ? [opinion.anchor] : []));
  const counts: AnchoringCounts = { versionId, exact: 0, moved: 0, fuzzy: 0, ambiguous: 0, orphan: 0 };
  for (const resolution of resolveAnchors(readingOf(versionId), anchors)) counts[resolution.status]++;
  return counts;
}

function place(store: Store, opinion: Opinion, packageId: string, result: PackageImported): void {
  // Another author's opinion that happens to share an id lives under an id of its own.
  let candidate = opinion;
  let existing = store.opinions.get(candidate.id);
  if (existing && existing.author.id !== opinion.author.id) {
    candidate = { ...opinion, id: `${opinion.author.id}:${opinion.id}` };
    existing = store.opinions.get(candidate.id);
  }
  if (!existing) {
    store.opinions.insertImportedInBatch(candidate);
    store.packages.link({ opinionId: candidate.id, packageId, originId: opinion.id, conflictOf: null });
    result.imported++;
    return;
  }
  const incoming = content(candidate);
  if (content(existing) === incoming) {
    result.unchanged++;
    return;
  }
  if (candidate.updatedAt <= existing.updatedAt) {
    result.older++;
    return;
  }
  // A copy with this content is already kept beside it (perhaps settled since, in the trash).
  const kept = store.packages.copiesOf(existing.id).map((copyId) => store.opinions.get(copyId));
  if (kept.some((copy) => copy !== null && content(copy) === incoming)) {
    result.unchanged++;
    return;
  }
  // The copy's id only has to be new; which opinion it is a version of is recorded with it.
  const copyId = `c_${createHash('sha256').update(`${candidate.id}\n${incoming}`).digest('hex').slice(0, 16)}`;
  store.opinions.insertImportedInBatch({ ...candidate, id: copyId });
  store.packages.link({ opinionId: copyId, packageId, originId: opinion.id, conflictOf: existing.id });
  result.conflicts++;
}
