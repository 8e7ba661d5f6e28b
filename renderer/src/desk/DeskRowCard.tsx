/**
 * One opinion at the desk: who (name · delegation), where (报告位置), what kind, what it proposes,
 * how it came in, and its 初审/复审 as they stand.
 */
import type { ReactNode } from 'react';
import type { DeskRow, Disposition, DispositionKind } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';

interface Props {
  row: DeskRow;
  kinds: DispositionKind[];
  onRemove?: () => void;
  children?: ReactNode;
}

export function DeskRowCard({ row, kinds, onRemove, children }: Props) {
  const { t } = useI18n();
  const decided = (disposition: Disposition | null, stage: 'first' | 'second') =>
    disposition && (
      <span className={`desk-decided ${stage}`} data-testid={`decided-${stage}`}>
        {t(`desk.stage.${stage}`)}：{kinds.find((kind) => kind.id === disposition.kindId)?.name ?? disposition.kindId}
        {disposition.department && `（${disposition.department}）`}
        {disposition.reason && `：${disposition.reason}`} · {disposition.clerk.name}
      </span>
    );
  return (
    <li className="desk-row" data-testid="desk-row" data-opinion-id={row.id}>
      <div className="desk-row-head">
        <span className="desk-author">
          {row.author.name}·{row.author.delegation || t('desk.noDelegation')}
        </span>
        <span className="desk-location">{row.location}</span>
        <span className="desk-kind">{t(`desk.kind.${row.kind}` as MessageKey)}</span>
        <span className="desk-channel">{t(`desk.channel.${row.channel}` as MessageKey)}</span>
        {row.conflictOf && <span className="desk-conflict">{t('desk.conflict')}</span>}
        {onRemove && (
          <button type="button" className="desk-remove" data-testid="cluster-remove-member" onClick={onRemove}>
            {t('desk.removeMember')}
          </button>
        )}
      </div>
      {row.quote && <blockquote className="desk-quote">{row.quote}</blockquote>}
      <p className="desk-body">{row.bodyText}</p>
      {row.suggestion && (
        <p className="desk-suggestion">
          {t('desk.proposed')}：{row.suggestion.proposed}
          {row.suggestion.reason && ` · ${t('desk.why')}：${row.suggestion.reason}`}
        </p>
      )}
      <div className="desk-decisions">
        {decided(row.first, 'first')}
        {decided(row.second, 'second')}
      </div>
      {children}
    </li>
  );
}
