/**
 * The clerk's desk as API methods: intake, the consolidated view, clusters, dispositions and
 * outputs. The clerk is the library's profile; every disposition and cluster names them.
 */
import type { DeskExportFormat, Handlers } from '../api/contract';
import type { ReadingTexts } from '../anchoring/reading-texts';
import type { Clerk, DeskAssignment, DeskFilter, DeskRow } from '../model/desk';
import { DomainError } from '../model/errors';
import { safeFileNamePart } from '../model/export-file';
import { gatherExportInput } from '../opinions/export-opinions';
import type { ListedOpinions } from '../opinions/listed-opinions';
import type { Store } from '../store/store';
import { readIntakeFiles, takeIntake } from './batch-import';
import { deskClusters, shownCluster } from './desk-clusters';
import { deskFilter } from './desk-filter';
import { DeskViews } from './desk-views';
import { deskShareHandlers } from './desk-share-handlers';
import { buildDeskPackage } from './exchange/build-desk-package';
import { decide } from './dispose';
import { buildBriefingDocx } from './outputs/briefing-docx';
import { headlineFigures } from './outputs/headline';
import type { DeskOutputInput } from './outputs/output-input';
import { buildReferralsXlsx } from './outputs/referrals-xlsx';
import { buildSummaryDocx } from './outputs/summary-docx';
import { buildSummaryXlsx } from './outputs/summary-xlsx';
import { tally } from './tally';

type DeskMethods =
  | 'desk.import'
  | 'desk.view'
  | 'desk.clusters'
  | 'desk.confirmCluster'
  | 'desk.updateCluster'
  | 'desk.mergeClusters'
  | 'desk.dissolveCluster'
  | 'desk.dispose'
  | 'desk.clearDisposition'
  | 'desk.kinds'
  | 'desk.saveKind'
  | 'desk.removeKind'
  | 'desk.history'
  | 'desk.addOpinion'
  | 'desk.assign'
  | 'desk.assignments'
  | 'desk.resolveConflict'
  | 'desk.export';

/** What a desk package holds, in words for the clerk who receives it. */
function shareWords(filter: DeskFilter | undefined, assignments: readonly DeskAssignment[]): string {
  if (filter?.assignedTo !== undefined) {
    const mine = assignments.filter((share) => share.clerkName === filter.assignedTo);
    const of = (scope: DeskAssignment['scope']) => mine.filter((share) => share.scope === scope).map((share) => share.value).join('、');
    return [`${filter.assignedTo}分工`, of('delegation') && `代表团：${of('delegation')}`, of('part') && `部分：${of('part')}`].filter(Boolean).join('；');
  }
  return filter?.delegation !== undefined ? `代表团：${filter.delegation}` : '';
}

/** Rows a page holds when the caller gives no limit. */
const DEFAULT_PAGE = 200;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const OUTPUT_FILES: Record<DeskExportFormat, { label: string; extension: string; mime: string }> = {
  'summary-docx': { label: '审议意见汇总表', extension: 'docx', mime: DOCX },
  'summary-xlsx': { label: '审议意见汇总表', extension: 'xlsx', mime: XLSX },
  'briefing-docx': { label: '简报', extension: 'docx', mime: DOCX },
  'referrals-xlsx': { label: '转办清单', extension: 'xlsx', mime: XLSX },
  'desk-package': { label: '汇总台交换包', extension: 'json', mime: 'application/json' },
};

export function deskHandlers(store: Store, readings: ReadingTexts, listed: ListedOpinions, now: () => Date, appVersion: string): Pick<Handlers, DeskMethods> {
  const views = new DeskViews(store, listed);
  const requireVersion = (reportId: string, versionId: string) => {
    if (store.reports.reportOfVersion(versionId) !== reportId) throw new DomainError('not-found', `Report ${reportId} has no version ${versionId}`);
  };
  const clerk = (): Clerk => {
    const profile = store.profile.get();
    if (!profile) throw new DomainError('invalid-input', 'Say who you are (your name) before deciding on opinions');
    return { id: profile.id, name: profile.name };
  };
  const latestRows = (reportId: string) => views.of(reportId, store.reports.latestVersionId(reportId)).rows;
  const clusterView = (reportId: string, cluster: ReturnType<Store['clusters']['get']>) => shownCluster(cluster, new Map(latestRows(reportId).map((row) => [row.id, row])));
  const reportOfCluster = (id: string) => {
    const cluster = store.clusters.get(id);
    if (!cluster) throw new DomainError('not-found', `There is no cluster ${id}`);
    return cluster.reportId;
  };
  const requireOpinions = (reportId: string, ids: readonly string[]) => {
    for (const opinionId of ids) {
      const opinion = store.opinions.get(opinionId);
      if (!opinion || opinion.reportId !== reportId) throw new DomainError('not-found', `Report ${reportId} has no opinion ${opinionId}`);
    }
  };
  const sortedDistinct = (values: Iterable<string>) => [...new Set(values)].filter((value) => value !== '').sort((a, b) => a.localeCompare(b, 'zh'));
  const outputInput = (reportId: string, versionId: string, rows: DeskRow[], anonymous: boolean): DeskOutputInput => {
    const document = store.reports.openDocument(reportId, versionId);
    return {
      report: { title: document.title || document.report.title, versionLabel: document.version.label },
      rows,
      clusters: store.clusters.ofReport(reportId),
      kinds: store.dispositions.kinds(),
      stances: store.stances.list(),
      anonymous,
      generatedAt: now(),
    };
  };

  const sharePackage = (reportId: string, versionId: string, rows: DeskRow[], share: string): Uint8Array => {
    const exportInput = gatherExportInput(store, readings, { reportId, versionId, order: 'report', includeOrphans: true, script: 'source' }, { now, appVersion });
    return Buffer.from(buildDeskPackage(store, { reportId, rows, exportInput, clerk: clerk(), share, now: now() }), 'utf8');
  };

  return {
    ...deskShareHandlers(store, readings, views, clerk, now),
    'desk.import': async ({ reportId, files }) => {
      if (reportId !== undefined && !store.reports.hasReport(reportId)) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
      const read = await readIntakeFiles(files.map((file) => ({ fileName: file.fileName, bytes: Buffer.from(file.dataBase64, 'base64') })));
      return takeIntake(store, read, { reportId, readingOf: (versionId) => readings.get(versionId), now });
    },

    'desk.view': ({ reportId, versionId, filter, offset = 0, limit = DEFAULT_PAGE }) => {
      requireVersion(reportId, versionId);
      const { outline, rows } = views.of(reportId, versionId);
      const { nodeId, ...rest } = filter;
      const assignments = store.assignments.ofReport(reportId);
      const matching = rows.filter(deskFilter(rest, outline, assignments));
      const listedRows = nodeId === undefined ? matching : matching.filter(deskFilter({ nodeId }, outline));
      const kinds = store.dispositions.kinds();
      const clerks = new Map<string, Clerk>();
      for (const row of rows) for (const disposition of [row.first, row.second]) if (disposition) clerks.set(disposition.clerk.id, disposition.clerk);
      const figures = headlineFigures({ ...outputInput(reportId, versionId, matching, false), kinds });
      return {
        tally: tally(matching, outline),
        total: listedRows.length,
        offset,
        rows: listedRows.slice(offset, offset + limit),
        delegations: sortedDistinct(rows.map((row) => row.author.delegation)),
        clerks: [...clerks.values()],
        assignments,
        headline: { line: figures.line, definitions: figures.definitions },
      };
    },

    'desk.clusters': ({ reportId, versionId, nodeId }) => {
      requireVersion(reportId, versionId);
      const { outline, rows } = views.of(reportId, versionId);
      const shown = nodeId === undefined ? rows : rows.filter(deskFilter({ nodeId }, outline));
      return deskClusters(shown, store.clusters.ofReport(reportId), listed.of(reportId, versionId), readings.get(versionId), versionId);
    },
    'desk.confirmCluster': ({ reportId, memberIds, summary }) => {
      requireOpinions(reportId, memberIds);
      const cluster = store.clusters.confirm(reportId, [...new Set(memberIds)], summary.trim(), clerk().name, now().toISOString());
      return clusterView(reportId, cluster)!;
    },
    'desk.updateCluster': ({ id, summary, memberIds }) => {
      const reportId = reportOfCluster(id);
      if (memberIds) requireOpinions(reportId, memberIds);
      return clusterView(reportId, store.clusters.update(id, { summary: summary?.trim(), memberIds: memberIds && [...new Set(memberIds)] }, now().toISOString()));
    },
    'desk.mergeClusters': ({ into, others }) => {
      const reportId = reportOfCluster(into);
      for (const other of others) if (reportOfCluster(other) !== reportId) throw new DomainError('invalid-input', 'Clusters of two reports cannot be merged');
      return clusterView(reportId, store.clusters.merge(into, others, now().toISOString()));
    },
    'desk.dissolveCluster': ({ id }) => {
      reportOfCluster(id);
      store.clusters.dissolve(id);
      return {};
    },

    'desk.dispose': ({ reportId, opinionIds, clusterId, stage, kindId, reason, department, override }) => {
      const ids = clusterId !== undefined ? (store.clusters.get(clusterId)?.memberIds ?? []) : opinionIds!;
      if (clusterId !== undefined && (ids.length === 0 || reportOfCluster(clusterId) !== reportId)) throw new DomainError('not-found', `Report ${reportId} has no cluster ${clusterId}`);
      requireOpinions(reportId, ids);
      const by = clerk();
      const at = now().toISOString();
      const kind = store.dispositions.kind(kindId);
      // Every member is checked before any is written: one refusal leaves the whole cluster as it was.
      const changes = ids.map((opinionId) => {
        const current = { first: store.dispositions.get(opinionId, 'first'), second: store.dispositions.get(opinionId, 'second') };
        return { opinionId, stage, next: decide(kind, opinionId, current, { stage, kindId, reason, department, override }, by, at) };
      });
      store.dispositions.write(changes, by, at);
      return { changed: changes.length };
    },
    'desk.clearDisposition': ({ reportId, opinionIds, stage }) => {
      requireOpinions(reportId, opinionIds);
      const by = clerk();
      const changes = opinionIds.filter((opinionId) => store.dispositions.get(opinionId, stage) !== null);
      for (const opinionId of changes) {
        if (stage === 'first' && store.dispositions.get(opinionId, 'second')) throw new DomainError('invalid-input', `Opinion ${opinionId} has had its 复审; clear the 复审 first`);
      }
      store.dispositions.write(changes.map((opinionId) => ({ opinionId, stage, next: null })), by, now().toISOString());
      return { changed: changes.length };
    },

    'desk.kinds': () => store.dispositions.kinds(),
    'desk.saveKind': (kind) => {
      const existing = store.dispositions.kind(kind.id);
      if (existing?.builtin && existing.countsAs !== kind.countsAs) throw new DomainError('invalid-input', `「${existing.name}」 is built in: it can be renamed, not counted otherwise`);
      store.dispositions.saveKind({ ...kind, name: kind.name.trim() });
      return store.dispositions.kinds();
    },
    'desk.removeKind': ({ id }) => {
      const kind = store.dispositions.kind(id);
      if (!kind) throw new DomainError('not-found', `There is no disposition kind ${id}`);
      if (kind.builtin) throw new DomainError('invalid-input', `「${kind.name}」 is built in and cannot be removed`);
      if (store.dispositions.kindInUse(id)) throw new DomainError('invalid-input', `「${kind.name}」 is the disposition of some opinions; change theirs first`);
      store.dispositions.removeKind(id);
      return store.dispositions.kinds();
    },

    'desk.history': ({ reportId, opinionId }) => {
      if (opinionId !== undefined) {
        requireOpinions(reportId, [opinionId]);
        return store.dispositions.history(opinionId);
      }
      return store.dispositions.historyOfReport(reportId);
    },

    'desk.export': async ({ reportId, versionId, format, anonymous, filter, briefing }) => {
      requireVersion(reportId, versionId);
      const { outline, rows } = views.of(reportId, versionId);
      const chosen = filter ? rows.filter(deskFilter(filter, outline, store.assignments.ofReport(reportId))) : rows;
      const input: DeskOutputInput = { ...outputInput(reportId, versionId, chosen, anonymous), ...(briefing ? { briefing } : {}) };
      let bytes: Uint8Array;
      let warnings: string[] = [];
      if (format === 'briefing-docx') {
        if (!briefing) throw new DomainError('invalid-input', 'A 简报 needs its 报头: name, 期号, 编印单位 and date');
        ({ bytes, warnings } = await buildBriefingDocx(input));
      } else if (format === 'desk-package') bytes = sharePackage(reportId, versionId, chosen, shareWords(filter, store.assignments.ofReport(reportId)));
      else bytes = format === 'summary-docx' ? await buildSummaryDocx(input) : format === 'summary-xlsx' ? buildSummaryXlsx(input) : buildReferralsXlsx(input);
      const file = OUTPUT_FILES[format];
      const title = safeFileNamePart(input.report.title) || '报告';
      return {
        fileName: `${title}-${file.label}${format === 'briefing-docx' && briefing ? `-第${briefing.issue}期` : ''}.${file.extension}`,
        mime: file.mime,
        dataBase64: Buffer.from(bytes).toString('base64'),
        opinionCount: chosen.length,
        warnings,
      };
    },
  };
}
