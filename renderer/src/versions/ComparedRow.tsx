import type { ComparedParagraph, ComparedStatus, ListedOpinion } from '../api/contract';
import { CompareNotes } from './CompareNotes';
import type { MessageKey } from '../i18n/messages';
import type { TextConverter } from '../script/converters';
import { useI18n } from '../i18n/I18nContext';

export type CompareLayout = 'side' | 'inline';

const STATUS_KEYS: Record<Exclude<ComparedStatus, 'same'>, MessageKey> = {
  changed: 'versions.status.changed',
  inserted: 'versions.status.inserted',
  deleted: 'versions.status.deleted',
  moved: 'versions.status.moved',
};

interface Props {
  paragraph: ComparedParagraph;
  index: number;
  layout: CompareLayout;
  convert: TextConverter;
  current: boolean;
  /** The opinions placed on this paragraph in the old and in the new version. */
  notes: { old: readonly ListedOpinion[]; new: readonly ListedOpinion[] };
}

/**
 * One aligned pair of paragraphs. Side by side, the old text keeps its deletions (struck, red)
 * and the new text its insertions (underlined, green), in one grid row so both columns scroll
 * together; inline, one column reads the old text with the new words put in.
 */
export function ComparedRow({ paragraph, index, layout, convert, current, notes }: Props) {
  const { t } = useI18n();
  const oldSide = paragraph.pieces.filter((piece) => piece.kind !== 'insert');
  const newSide = paragraph.pieces.filter((piece) => piece.kind !== 'delete');
  const badge = paragraph.status === 'same' ? null : t(STATUS_KEYS[paragraph.status]);
  const column = (side: 'old' | 'new') => {
    const present = side === 'old' ? paragraph.status !== 'inserted' : paragraph.status !== 'deleted';
    if (!present) return <div className="compared-text compared-missing" aria-hidden="true" />;
    const pieces = side === 'old' ? oldSide : newSide;
    return (
      <div className="compared-side">
        <div className="compared-text" lang="zh">
          {pieces.map((piece, i) =>
            piece.kind === 'equal' ? (
              <span key={i}>{convert(side === 'old' ? piece.old : piece.new)}</span>
            ) : piece.kind === 'delete' ? (
              <del key={i}>{convert(piece.old)}</del>
            ) : (
              <ins key={i}>{convert(piece.new)}</ins>
            ),
          )}
        </div>
        <CompareNotes notes={notes[side]} side={side} convert={convert} />
      </div>
    );
  };
  return (
    <div
      className={`compared-row compared-${paragraph.status}${layout === 'inline' ? ' compared-inline' : ''}`}
      data-testid="compared-row"
      data-status={paragraph.status}
      data-index={index}
      aria-current={current ? 'true' : undefined}
    >
      {badge && <span className="compared-badge">{badge}</span>}
      {layout === 'side' ? (
        <>
          {column('old')}
          {column('new')}
        </>
      ) : (
        <div className="compared-side">
          <div className="compared-text" lang="zh">
            {paragraph.pieces.map((piece, i) =>
              piece.kind === 'equal' ? (
                <span key={i}>{convert(piece.new)}</span>
              ) : piece.kind === 'delete' ? (
                <del key={i}>{convert(piece.old)}</del>
              ) : (
                <ins key={i}>{convert(piece.new)}</ins>
              ),
            )}
          </div>
          {/* One column: the notes as the new version places them, or the old one's for a deleted paragraph. */}
          <CompareNotes notes={paragraph.status === 'deleted' ? notes.old : notes.new} side={paragraph.status === 'deleted' ? 'old' : 'new'} convert={convert} />
        </div>
      )}
    </div>
  );
}
