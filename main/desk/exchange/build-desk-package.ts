/**
 * Writes a clerk's share of the desk as a desk package (desk-package-format.ts): the rows the
 * clerk chose (their assignment, or any filter), their opinions as an opinion package, and the
 * dispositions, channels and clusters that belong to them. A cluster goes only when all its
 * members do: half a cluster would arrive as a different one.
 */
import type { ExportInput } from '../../export/export-input';
import type { Clerk, DeskRow, Disposition } from '../../model/desk';
import { buildOpinionPackage } from '../../packages/format';
import { canonicalSha256 } from '../../packages/format/canonical-json';
import type { Store } from '../../store/store';
import { DESK_PACKAGE_SCHEMA_VERSION, DESK_PACKAGE_TYPE, type DeskPackage } from './desk-package-format';

export interface DeskPackageRequest {
  reportId: string;
  rows: readonly DeskRow[];
  /** The opinions of the version, as an export gathers them (gatherExportInput). */
  exportInput: ExportInput;
  clerk: Clerk;
  share: string;
  now: Date;
}

export function buildDeskPackage(store: Store, request: DeskPackageRequest): string {
  const ids = new Set(request.rows.map((row) => row.id));
  const opinions = buildOpinionPackage({ ...request.exportInput, opinions: request.exportInput.opinions.filter((opinion) => ids.has(opinion.id)), includeOrphans: true });
  const dispositions: Disposition[] = request.rows.flatMap((row) => [row.first, row.second].filter((entry): entry is Disposition => entry !== null));
  const usedKinds = new Set(dispositions.map((entry) => entry.kindId));
  const body: Omit<DeskPackage, 'checksum'> = {
    type: DESK_PACKAGE_TYPE,
    schemaVersion: DESK_PACKAGE_SCHEMA_VERSION,
    generated: request.now.toISOString(),
    clerk: request.clerk,
    share: request.share,
    opinions,
    authors: request.rows.map((row) => ({ opinionId: row.id, authorId: row.author.id })),
    channels: request.rows.flatMap((row) =>
      row.channel === 'package' || row.channel === 'own' ? [] : [{ opinionId: row.id, channel: row.channel, provenance: row.provenance }],
    ),
    kinds: store.dispositions.kinds().filter((kind) => usedKinds.has(kind.id)),
    dispositions,
    clusters: store.clusters
      .ofReport(request.reportId)
      .filter((cluster) => cluster.memberIds.every((member) => ids.has(member)))
      .map((cluster) => ({ id: cluster.id, memberIds: cluster.memberIds, summary: cluster.summary, confirmedBy: cluster.confirmedBy, confirmedAt: cluster.confirmedAt })),
  };
  return JSON.stringify({ ...body, checksum: `sha256:${canonicalSha256(body)}` });
}
