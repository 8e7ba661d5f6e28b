/**
 * The report itself, a heat bar in its margin: each paragraph's bar is as long as its share of
 * the busiest paragraph's opinions, with the count above it. A click on a paragraph lists its
 * opinions; the paragraph chosen in the tree is scrolled into view.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ReportDocument, Section, TallyNode } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  doc: ReportDocument;
  tally: TallyNode;
  selected: string;
  convert: (text: string) => string;
  onSelect: (nodeId: string) => void;
}

function paragraphCounts(node: TallyNode, counts: Map<string, number>): Map<string, number> {
  if (node.level === 'paragraph') counts.set(node.id, node.opinions);
  for (const child of node.children) paragraphCounts(child, counts);
  return counts;
}

function headingsAndParagraphs(section: Section, out: ({ heading: Section } | { paragraph: Section['paragraphs'][number] })[]) {
  if (section.kind !== 'root' && section.kind !== 'closing') out.push({ heading: section });
  for (const paragraph of section.paragraphs) out.push({ paragraph });
  for (const child of section.children) headingsAndParagraphs(child, out);
  return out;
}

export function HeatText({ doc, tally, selected, convert, onSelect }: Props) {
  const { t } = useI18n();
  const counts = useMemo(() => paragraphCounts(tally, new Map()), [tally]);
  const busiest = Math.max(1, ...counts.values());
  const blocks = useMemo(() => headingsAndParagraphs(doc.root, []), [doc]);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector(`[data-paragraph-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div className="heat-text" ref={list} data-testid="heat-text" aria-label={t('desk.reportText')}>
      {blocks.map((block) =>
        'heading' in block ? (
          <h3 key={block.heading.id} className="heat-heading">
            {convert(block.heading.heading)}
          </h3>
        ) : (
          <p
            key={block.paragraph.id}
            className="heat-paragraph"
            data-testid="heat-paragraph"
            data-paragraph-id={block.paragraph.id}
            aria-current={block.paragraph.id === selected ? 'true' : undefined}
            onClick={() => counts.get(block.paragraph.id) && onSelect(block.paragraph.id)}
          >
            <span className="heat-margin" aria-label={t('desk.paragraphHeat', { count: counts.get(block.paragraph.id) ?? 0 })}>
              {(counts.get(block.paragraph.id) ?? 0) > 0 && <span className="heat-count">{counts.get(block.paragraph.id)}</span>}
              <span className="heat-bar" style={{ width: `${Math.round((100 * (counts.get(block.paragraph.id) ?? 0)) / busiest)}%` }} />
            </span>
            <span className="heat-words">{convert(block.paragraph.text)}</span>
          </p>
        ),
      )}
    </div>
  );
}
