import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties, type MouseEvent } from 'react';
import type { ReportDocument } from '../api/contract';
import type { TextConverter } from '../script/converters';
import type { Translate } from '../i18n/translate';
import { useAllOpinions, useSession } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { MarginNotes } from '../notes/MarginNotes';
import { ReportNoteButton } from '../notes/NoteButtons';
import { UnplacedPanel } from '../notes/UnplacedPanel';
import { reportBlocks } from './reportBlocks';
import { ParagraphRow } from './ParagraphRow';
import { SectionHeading } from './SectionHeading';
import { DebrisPanel } from './DebrisPanel';

interface Props {
  doc: ReportDocument;
  convert: TextConverter;
  lang: 'hans' | 'hant';
  fontSize: number;
  pendingDebris: number | null;
  onSetRestored: (start: number, restored: boolean) => void;
  t: Translate;
}

/**
 * The report column. It re-renders only when the document, the script or the font size change —
 * never on scroll, never while a note is typed — because a long report has thousands of rows.
 */
export const ReportView = memo(function ReportView({ doc, convert, lang, fontSize, pendingDebris, onSetRestored, t }: Props) {
  const blocks = useMemo(() => reportBlocks(doc.root), [doc.root]);
  const session = useSession();
  const article = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    session?.setReportElement(article.current);
  }, [session]);

  return (
    <article
      ref={article}
      className="report"
      lang={lang === 'hant' ? 'zh-Hant' : 'zh-Hans'}
      style={{ '--report-font-size': `${fontSize}px` } as CSSProperties}
      onClick={(event) => session && openNoteAtPoint(session, event)}
    >
      <header className="row report-header">
        <div className="row-text">
          <h1 className="report-title" data-testid="report-title">
            {convert(doc.title)}
          </h1>
          {doc.titleBlock.length > 0 && (
            <div className="title-block">
              {doc.titleBlock.map((line, index) => (
                <p key={index}>{convert(line)}</p>
              ))}
            </div>
          )}
          <ReportNoteButton />
        </div>
        <div className="para-margin report-margin">
          <MarginNotes place="report" />
        </div>
      </header>
      <UnplacedPanel />
      {blocks.map((block) =>
        block.kind === 'heading' ? (
          <SectionHeading key={`s:${block.section.id}`} section={block.section} convert={convert} />
        ) : (
          <ParagraphRow key={block.paragraph.id} paragraph={block.paragraph} runIn={block.runIn} convert={convert} t={t} />
        ),
      )}
      <DebrisPanel debris={doc.debris} pendingStart={pendingDebris} onSetRestored={onSetRestored} t={t} />
      <MarginReadyMark session={session} />
    </article>
  );
});

/**
 * Renders nothing; re-renders with the margin cells when the opinions arrive, and after that
 * commit (the cards of the rows on screen exist) marks `shenyi:margin-ready` for the bench.
 */
function MarginReadyMark({ session }: { session: AnnotationSession | null }) {
  const all = useAllOpinions(session);
  useLayoutEffect(() => {
    if (session?.store.loaded) session.marginRendered();
  }, [session, all]);
  return null;
}

/** Clicking highlighted words (or a suggestion's proposed words) opens their note. */
function openNoteAtPoint(session: AnnotationSession, event: MouseEvent<HTMLElement>): void {
  const target = event.target as Element;
  const insertion = target.closest<HTMLElement>('[data-decoration][data-opinion-id]');
  if (insertion?.dataset.opinionId) {
    session.openNote(insertion.dataset.opinionId, false);
    session.flash(insertion.dataset.opinionId);
    return;
  }
  // A drag that selected words is the reader marking, not opening.
  if (document.getSelection()?.isCollapsed === false) return;
  const text = target.closest<HTMLElement>('.para-text');
  const paragraphId = text?.closest<HTMLElement>('.para-row')?.dataset.paragraphId;
  if (!text || !paragraphId) return;
  const caret = caretAt(event.clientX, event.clientY);
  if (!caret) return;
  const offset = session.painter.offsetAt(paragraphId, caret.node, caret.offset);
  if (offset === null) return;
  // The caret falls between characters: the clicked one is just before or just after it.
  const candidates = [...new Set([...session.opinionsAt(paragraphId, offset), ...(offset > 0 ? session.opinionsAt(paragraphId, offset - 1) : [])])];
  const hit = candidates.find((id) =>
    session.store
      .highlightsFor(paragraphId)
      .filter((spec) => spec.opinionId === id)
      .some((spec) => {
        const range = session.painter.rangeFor(paragraphId, spec.start, spec.end);
        return !!range && Array.from(range.getClientRects()).some((rect) => contains(rect, event.clientX, event.clientY));
      }),
  );
  if (!hit) return;
  session.openNote(hit, false);
  session.flash(hit);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}
