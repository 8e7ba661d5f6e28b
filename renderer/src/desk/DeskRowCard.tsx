/**
 * One opinion at the desk: who (name · delegation), where (报告位置), what kind, what it proposes,
 * how it came in, its 初审/复审 as they stand, and another clerk's different decision, if one
 * came in a desk package, with the choice between the two.
 */
import type { ReactNode } from 'react';
import type { DeskRow, Disposition, DispositionKind } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messageKeys';

interface Props {
  row: DeskRow;
  kinds: DispositionKind[];
  onRemove?: () => void;
  /** Settles a disagreement between clerks: keep ours, or take the one at `theirs` in the row's list. */
  onResolve?: (stage: 'first' | 'second', keep: 'ours' | 'theirs', theirs: number) => void;
  children?: ReactNode;
}

export function DeskRowCard({ row, kinds, onRemove, onResolve, children }: Props) {
  const { t } = useI18n();
  const decision = (disposition: Disposition) =>
    `${kinds.find((kind) => kind.id === disposition.kindId)?.name ?? disposition.kindId}${disposition.department && `（${disposition.department}）`}${disposition.reason && `：${disposition.reason}`}`;
  const decided = (disposition: Disposition | null, stage: 'first' | 'second') =>
    disposition && (
      <span className={`desk-decided ${stage}`} data-testid={`decided-${stage}`}>
        {t(`desk.stage.${stage}`)}：{decision(disposition)} · {disposition.clerk.name}
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
        {(row.conflictOf || row.disputed.length > 0) && <span className="desk-conflict">{t('desk.conflict')}</span>}
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
      {row.disputed.length > 0 && (
        <ul className="desk-disputed">
          {row.disputed.map((conflict) => {
            const index = row.disputed.filter((other) => other.stage === conflict.stage).indexOf(conflict);
            return (
              <li key={`${conflict.stage}-${conflict.receivedAt}-${index}`} data-testid="desk-disputed">
                <span>{t('desk.disputed', { clerk: conflict.theirs.clerk.name, stage: t(`desk.stage.${conflict.stage}`), decision: decision(conflict.theirs), source: conflict.source })}</span>
                {onResolve && (
                  <>
                    <button type="button" data-testid="conflict-keep-ours" onClick={() => onResolve(conflict.stage, 'ours', index)}>
                      {t('desk.keepOurs')}
                    </button>
                    <button type="button" data-testid="conflict-take-theirs" onClick={() => onResolve(conflict.stage, 'theirs', index)}>
                      {t('desk.takeTheirs')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </li>
  );
}
