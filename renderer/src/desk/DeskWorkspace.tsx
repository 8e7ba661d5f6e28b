/**
 * The clerk's consolidation desk over the report on screen: 批量导入 of packages and 简报; the
 * counts of every part, section and paragraph under the filters (a heat bar on the tree and in
 * the report's margin); the opinions of what is chosen, clustered and disposed of through 初审
 * and 复审; and the desk's outputs (汇总表 .docx/.xlsx, 简报, 转办清单).
 */
import { useMemo, useState } from 'react';
import type { ApiError, Channel, DeskFilter, OpinionKind, ReportDocument, Settings, Stance } from '../api/contract';
import { detectScript } from '../script/detectScript';
import { reportText } from '../reader/reportBlocks';
import { useDisplayScript } from '../script/useDisplayScript';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';
import { DeskExport } from './DeskExport';
import { DeskIntake } from './DeskIntake';
import { DeskAssignments } from './DeskAssignments';
import { DeskItems } from './DeskItems';
import { DeskTypedOpinion } from './DeskTypedOpinion';
import { HeatText } from './HeatText';
import { TallyTree } from './TallyTree';
import { useDesk } from './useDesk';
import './desk.css';

interface Props {
  doc: ReportDocument;
  stances: Stance[];
  script: Settings['script'];
  onError: (error: ApiError) => void;
}

const KINDS: OpinionKind[] = ['passage-suggestion', 'passage-comment', 'section-note', 'report-note'];
const CHANNELS: Channel[] = ['package', 'briefing', 'meeting-notes', 'hotline', 'online', 'other', 'own'];

export function DeskWorkspace({ doc, stances, script, onError }: Props) {
  const { t } = useI18n();
  const sourceScript = useMemo(() => detectScript(reportText(doc.title, doc.root)), [doc.title, doc.root]);
  const { convert } = useDisplayScript(script, sourceScript);
  const [filter, setFilter] = useState<DeskFilter>({});
  const [nodeId, setNodeId] = useState('report');
  const [byHeat, setByHeat] = useState(false);
  const desk = useDesk(doc.report.id, doc.version.id, { ...filter, nodeId }, onError);
  const set = (patch: Partial<DeskFilter>) => setFilter((current) => Object.fromEntries(Object.entries({ ...current, ...patch }).filter(([, value]) => value !== undefined && value !== '')) as DeskFilter);
  const view = desk.view;

  return (
    <section className="desk" data-testid="desk" aria-label={t('desk.title')}>
      <header className="desk-bar">
        <h2>{t('desk.title')}</h2>
        <DeskIntake reportId={doc.report.id} onDone={desk.reload} onError={onError} />
        <DeskTypedOpinion reportId={doc.report.id} versionId={doc.version.id} onAdded={desk.reload} />
        {view && (
          <DeskAssignments
            reportId={doc.report.id}
            delegations={view.delegations}
            parts={doc.root.children.filter((part) => part.kind !== 'closing').map((part) => ({ label: part.label, heading: part.heading || part.title || part.label }))}
            assignments={view.assignments}
            onSaved={desk.reload}
            onError={onError}
          />
        )}
        <DeskExport reportId={doc.report.id} versionId={doc.version.id} filter={filter} onError={onError} />
        {view && (
          <p className="desk-headline" data-testid="desk-headline" title={view.headline.definitions.join('\n')}>
            {view.headline.line}
          </p>
        )}
      </header>
      <div className="desk-filters" role="group" aria-label={t('desk.filters')}>
        <select data-testid="filter-delegation" aria-label={t('desk.filter.delegation')} value={filter.delegation ?? ''} onChange={(event) => set({ delegation: event.target.value || undefined })}>
          <option value="">{t('desk.filter.allDelegations')}</option>
          {view?.delegations.map((delegation) => (
            <option key={delegation} value={delegation}>
              {delegation}
            </option>
          ))}
        </select>
        <select data-testid="filter-stance" aria-label={t('desk.filter.stance')} value={filter.stanceId ?? ''} onChange={(event) => set({ stanceId: event.target.value || undefined })}>
          <option value="">{t('desk.filter.allStances')}</option>
          {stances.map((stance) => (
            <option key={stance.id} value={stance.id}>
              {stance.name}
            </option>
          ))}
        </select>
        <select data-testid="filter-kind" aria-label={t('desk.filter.kind')} value={filter.kind ?? ''} onChange={(event) => set({ kind: (event.target.value || undefined) as OpinionKind | undefined })}>
          <option value="">{t('desk.filter.allKinds')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`desk.kind.${kind}` as MessageKey)}
            </option>
          ))}
        </select>
        <select data-testid="filter-channel" aria-label={t('desk.filter.channel')} value={filter.channel ?? ''} onChange={(event) => set({ channel: (event.target.value || undefined) as Channel | undefined })}>
          <option value="">{t('desk.filter.allChannels')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`desk.channel.${channel}` as MessageKey)}
            </option>
          ))}
        </select>
        <select data-testid="filter-disposition" aria-label={t('desk.filter.disposition')} value={filter.disposition ?? ''} onChange={(event) => set({ disposition: event.target.value || undefined })}>
          <option value="">{t('desk.filter.allDispositions')}</option>
          <option value="none">{t('desk.filter.undecided')}</option>
          <option value="awaiting-second">{t('desk.filter.awaitingSecond')}</option>
          <option value="conflict">{t('desk.filter.conflict')}</option>
          {desk.kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.name}
            </option>
          ))}
        </select>
        <select data-testid="filter-clerk" aria-label={t('desk.filter.clerk')} value={filter.clerkId ?? ''} onChange={(event) => set({ clerkId: event.target.value || undefined })}>
          <option value="">{t('desk.filter.allClerks')}</option>
          {view?.clerks.map((clerk) => (
            <option key={clerk.id} value={clerk.id}>
              {clerk.name}
            </option>
          ))}
        </select>
        <select data-testid="filter-share" aria-label={t('desk.filter.assignedTo')} value={filter.assignedTo ?? ''} onChange={(event) => set({ assignedTo: event.target.value || undefined })}>
          <option value="">{t('desk.filter.allShares')}</option>
          {[...new Set(view?.assignments.map((share) => share.clerkName))].map((clerk) => (
            <option key={clerk} value={clerk}>
              {t('desk.filter.shareOf', { clerk })}
            </option>
          ))}
        </select>
        <label className="desk-heat-toggle">
          <input type="checkbox" data-testid="sort-by-heat" checked={byHeat} onChange={(event) => setByHeat(event.target.checked)} />
          {t('desk.byHeat')}
        </label>
      </div>
      {view && (
        <div className="desk-columns">
          <nav className="desk-tree" aria-label={t('desk.tree')}>
            <TallyTree root={view.tally} selected={nodeId} byHeat={byHeat} onSelect={setNodeId} />
          </nav>
          <HeatText doc={doc} tally={view.tally} selected={nodeId} convert={convert} onSelect={setNodeId} />
          <div className="desk-list" aria-busy={desk.loading}>
            <p className="desk-list-head" data-testid="desk-total">
              {t('desk.listed', { total: view.total, shown: view.rows.length })}
            </p>
            {desk.clusters && <DeskItems reportId={doc.report.id} rows={view.rows} clusters={desk.clusters} kinds={desk.kinds} onChanged={desk.reload} onError={onError} />}
          </div>
        </div>
      )}
    </section>
  );
}
