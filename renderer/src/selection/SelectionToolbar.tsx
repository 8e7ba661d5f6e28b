import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Stance } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MappedSelection } from './mapSelection';

export type MarkKind = { kind: 'stance'; stanceId: string } | { kind: 'comment' } | { kind: 'suggestion' };

interface Props {
  selection: MappedSelection;
  stances: Stance[];
  busy: boolean;
  onMark: (mark: MarkKind) => void;
  /** An opinion waits to be placed by hand: the toolbar offers only to place it on these words. */
  onPlace?: (() => void) | undefined;
}

const GAP = 8;

/**
 * Floats beside the selected words: the stances (the first five numbered, as their keys), 评论
 * and 改写文字 (a suggestion: named apart from the seeded stance 建议修改, which only marks). Buttons keep the selection (no focus change on press), so the keys 1–5, c and s
 * and the buttons do the same thing.
 */
export function SelectionToolbar({ selection, stances, busy, onMark, onPlace }: Props) {
  const { t } = useI18n();
  const bar = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<CSSProperties>({ visibility: 'hidden' });

  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const rect = selection.anchorRect;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - width - GAP));
    const below = rect.bottom + GAP;
    const top = below + height > window.innerHeight - GAP ? Math.max(GAP, rect.top - height - GAP) : below;
    setPosition({ left, top });
  }, [selection]);

  return (
    <div
      ref={bar}
      className="selection-toolbar"
      data-testid="selection-toolbar"
      // Which words the keys would mark: the toolbar can outlive one selection into the next.
      data-start-paragraph-id={selection.input.startParagraphId}
      role="toolbar"
      aria-label={t('mark.toolbar')}
      style={position}
      onMouseDown={(event) => event.preventDefault()}
    >
      {onPlace ? (
        <button type="button" className="mark-button mark-place" data-testid="place-here" disabled={busy} onClick={onPlace}>
          <kbd className="mark-key">↵</kbd>
          {t('place.here')}
        </button>
      ) : (
        <MarkButtons stances={stances} busy={busy} onMark={onMark} />
      )}
    </div>
  );
}

function MarkButtons({ stances, busy, onMark }: Pick<Props, 'stances' | 'busy' | 'onMark'>) {
  const { t } = useI18n();
  return (
    <>
      {stances.map((stance, index) => {
        const n = index + 1;
        const numbered = n <= 5;
        return (
          <button
            key={stance.id}
            type="button"
            className="mark-button mark-stance"
            data-testid={numbered ? `mark-stance-${n}` : 'mark-label'}
            data-stance-id={stance.id}
            disabled={busy}
            title={numbered ? t('mark.stanceKey', { name: stance.name, n }) : stance.name}
            style={{ '--stance-color': stance.color } as CSSProperties}
            onClick={() => onMark({ kind: 'stance', stanceId: stance.id })}
          >
            <span className="mark-swatch" aria-hidden="true" />
            {numbered && <kbd className="mark-key">{n}</kbd>}
            <span className="mark-name">{stance.name}</span>
          </button>
        );
      })}
      <span className="mark-divider" aria-hidden="true" />
      <button type="button" className="mark-button" data-testid="mark-comment" disabled={busy} title={t('mark.commentKey')} onClick={() => onMark({ kind: 'comment' })}>
        <kbd className="mark-key">C</kbd>
        {t('mark.comment')}
      </button>
      <button
        type="button"
        className="mark-button"
        data-testid="mark-suggestion"
        disabled={busy}
        title={t('mark.suggestionKey')}
        onClick={() => onMark({ kind: 'suggestion' })}
      >
        <kbd className="mark-key">S</kbd>
        {t('mark.suggestion')}
      </button>
    </>
  );
}
