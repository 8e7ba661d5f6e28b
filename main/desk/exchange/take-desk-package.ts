/**
 * Takes in another clerk's desk package (desk-package-format.ts), inside the intake's savepoint
 * for the file: its opinions through the ordinary package import (re-anchored, identical ones
 * left alone), then what that clerk decided. A disposition for an opinion and stage with none
 * here is taken; the same one is left alone; a different one is kept beside ours as a conflict
 * for a clerk to settle — never written over ours. A cluster comes in only where none of its
 * members is already in one here.
 */
import type { ReadingText } from '../../anchoring/reading-text';
import type { Disposition, DispositionKind, FileOutcome } from '../../model/desk';
import { DomainError } from '../../model/errors';
import { canonicalSha256 } from '../../packages/format/canonical-json';
import { MAX_PACKAGE_CHARS } from '../../packages/format/parse-package';
import { parseBoundedJson } from '../../packages/format/safe-json';
import { importPackage } from '../../packages/import-package';
import type { Store } from '../../store/store';
import { deskPackageSchema, type DeskPackage } from './desk-package-format';

export interface DeskPackageOptions {
  reportId?: string;
  readingOf: (versionId: string) => ReadingText;
  now: () => Date;
}

function readDeskPackage(text: string, fileName: string): DeskPackage {
  const what = `${fileName}: this desk package`;
  const parsed = deskPackageSchema.safeParse(parseBoundedJson(text, { maxChars: MAX_PACKAGE_CHARS + 1024 * 1024, maxDepth: 16, what }));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('import-failed', `${what} is damaged or not valid (${issue.path.join('.') || 'the document'}: ${issue.message})`);
  }
  const { checksum, ...body } = parsed.data;
  if (`sha256:${canonicalSha256(body)}` !== checksum) throw new DomainError('import-failed', `${what} was changed after it was written (its checksum does not match); nothing was taken`);
  return parsed.data;
}

const sameDecision = (a: Disposition, b: Disposition) =>
  a.kindId === b.kindId && a.reason === b.reason && a.department === b.department && a.clerk.id === b.clerk.id && a.override === b.override;

/** Their kinds by our ids: the same id, else ours of the same name, else theirs added to the list. */
function kindIds(store: Store, kinds: DeskPackage['kinds']): Map<string, string> {
  const ours = store.dispositions.kinds();
  const mapped = new Map<string, string>();
  for (const kind of kinds) {
    const local = ours.find((candidate) => candidate.id === kind.id) ?? ours.find((candidate) => candidate.name === kind.name);
    if (!local) store.dispositions.saveKind({ id: kind.id, name: kind.name, needs: kind.needs, countsAs: kind.countsAs, order: kind.order } satisfies Omit<DispositionKind, 'builtin'>);
    mapped.set(kind.id, local?.id ?? kind.id);
  }
  return mapped;
}

export function takeDeskPackage(store: Store, text: string, fileName: string, options: DeskPackageOptions): FileOutcome {
  const pkg = readDeskPackage(text, fileName);
  const authorOf = new Map(pkg.authors.map((entry) => [entry.opinionId, entry.authorId]));
  // Where each of their opinions lives here: under its own id, or under the author-qualified id
  // the package import gives an opinion whose id another author already holds.
  const localId = (opinionId: string): string | null => {
    const author = authorOf.get(opinionId);
    for (const candidate of [opinionId, `${author}:${opinionId}`]) {
      if (store.opinions.get(candidate)?.author.id === author) return candidate;
    }
    return null;
  };
  const hadBefore = new Set(pkg.authors.flatMap((entry) => localId(entry.opinionId) ?? []));

  const opinions = importPackage(store, pkg.opinions, fileName, { now: options.now, reportId: options.reportId, readingOf: options.readingOf });
  for (const channel of pkg.channels) {
    const here = localId(channel.opinionId);
    if (here !== null && !hadBefore.has(here)) store.channels.record(here, channel.channel, channel.provenance);
  }

  const kinds = kindIds(store, pkg.kinds);
  const source = `${fileName}（${pkg.clerk.name}）`;
  const at = options.now().toISOString();
  let taken = 0;
  let same = 0;
  let differing = 0;
  let unknown = 0;
  for (const stage of ['first', 'second'] as const) {
    for (const incoming of pkg.dispositions.filter((entry) => entry.stage === stage)) {
      const opinionId = localId(incoming.opinionId);
      if (opinionId === null || store.opinions.get(opinionId)?.reportId !== opinions.reportId) {
        unknown++;
        continue;
      }
      const theirs: Disposition = { ...incoming, opinionId, kindId: kinds.get(incoming.kindId) ?? incoming.kindId };
      const ours = store.dispositions.get(opinionId, stage);
      const theirFirst = pkg.dispositions.find((entry) => entry.opinionId === incoming.opinionId && entry.stage === 'first');
      const ourFirst = store.dispositions.get(opinionId, 'first');
      // A 复审 only stands on the 初审 it reviewed: on a different 初审 here it is a conflict too.
      const reviewsAnother = stage === 'second' && ourFirst !== null && theirFirst !== undefined && !sameDecision(ourFirst, { ...theirFirst, opinionId, kindId: kinds.get(theirFirst.kindId) ?? theirFirst.kindId });
      if (ours === null && !reviewsAnother && (stage === 'first' || ourFirst !== null)) {
        store.dispositions.write([{ opinionId, stage, next: theirs }], theirs.clerk, theirs.decidedAt);
        taken++;
      } else if (ours !== null && sameDecision(ours, theirs)) same++;
      else if (store.dispositionConflicts.record(theirs, source, at)) differing++;
      else same++;
    }
  }

  let clustersAdded = 0;
  let clustersKept = 0;
  const clustered = new Set(store.clusters.ofReport(opinions.reportId).flatMap((cluster) => cluster.memberIds));
  for (const cluster of pkg.clusters) {
    const members = cluster.memberIds.map(localId);
    if (store.clusters.get(cluster.id)) continue;
    if (members.some((member) => member === null || clustered.has(member))) {
      clustersKept++;
      continue;
    }
    store.clusters.confirm(opinions.reportId, members as string[], cluster.summary, cluster.confirmedBy, cluster.confirmedAt, cluster.id);
    for (const member of members) clustered.add(member!);
    clustersAdded++;
  }

  const notes = [
    `${pkg.clerk.name}'s share${pkg.share ? ` (${pkg.share})` : ''}`,
    `${taken} disposition${taken === 1 ? '' : 's'} taken, ${same} already here`,
    ...(differing > 0 ? [`${differing} differ from ours and wait beside them for a clerk to choose`] : []),
    ...(unknown > 0 ? [`${unknown} for opinions not in this library`] : []),
    `${clustersAdded} cluster${clustersAdded === 1 ? '' : 's'} added`,
    ...(clustersKept > 0 ? [`${clustersKept} left out: a member is already in a cluster here`] : []),
  ];
  const conflicts = opinions.conflicts + differing;
  const changed = opinions.imported + taken + clustersAdded;
  return {
    fileName,
    kind: 'desk-package',
    status: conflicts > 0 ? 'conflict' : changed > 0 ? 'accepted' : 'identical',
    reason: notes.join('; '),
    imported: opinions.imported,
    unchanged: opinions.unchanged + opinions.older,
    conflicts,
    matched: opinions.matched,
    anchoring: opinions.anchoring,
    author: pkg.clerk.name,
    exchange: { clerk: pkg.clerk.name, share: pkg.share, taken, same, differing, unknown, clustersAdded, clustersKept },
  };
}
