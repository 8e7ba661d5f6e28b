import { memo, useMemo, type CSSProperties } from 'react';
import type { ReportDocument } from '../api/contract';
import type { TextConverter } from '../script/converters';
import type { Translate } from '../i18n/translate';
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
 * never on scroll — because a long report has thousands of rows.
 */
export const ReportView = memo(function ReportView({ doc, convert, lang, fontSize, pendingDebris, onSetRestored, t }: Props) {
  const blocks = useMemo(() => reportBlocks(doc.root), [doc.root]);
  return (
    <article
      className="report"
      lang={lang === 'hant' ? 'zh-Hant' : 'zh-Hans'}
      style={{ '--report-font-size': `${fontSize}px` } as CSSProperties}
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
        </div>
      </header>
      {blocks.map((block) =>
        block.kind === 'heading' ? (
          <SectionHeading key={`s:${block.section.id}`} section={block.section} convert={convert} />
        ) : (
          <ParagraphRow key={block.paragraph.id} paragraph={block.paragraph} runIn={block.runIn} convert={convert} t={t} />
        ),
      )}
      <DebrisPanel debris={doc.debris} pendingStart={pendingDebris} onSetRestored={onSetRestored} t={t} />
    </article>
  );
});
