/**
 * The report's parts, sections and paragraphs with their counts and a heat bar (opinions, relative
 * to the busiest node of the same level), in report order or by heat. Choosing one lists its
 * opinions; paragraphs without opinions are left out of the tree.
 */
import type { TallyNode } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  root: TallyNode;
  selected: string;
  byHeat: boolean;
  onSelect: (nodeId: string) => void;
}

function sorted(children: TallyNode[], byHeat: boolean): TallyNode[] {
  const shown = children.filter((child) => child.opinions > 0);
  return byHeat ? [...shown].sort((a, b) => b.opinions - a.opinions) : shown;
}

export function TallyTree({ root, selected, byHeat, onSelect }: Props) {
  const { t } = useI18n();
  const row = (node: TallyNode, depth: number, scale: number) => {
    const children = sorted(node.children, byHeat);
    const childScale = Math.max(1, ...children.map((child) => child.opinions));
    return (
      <li key={node.id}>
        <button
          type="button"
          className="tally-row"
          data-testid="tally-node"
          data-node-id={node.id}
          data-level={node.level}
          aria-current={node.id === selected ? 'true' : undefined}
          style={{ paddingInlineStart: `${0.4 + depth * 0.9}rem` }}
          onClick={() => onSelect(node.id)}
        >
          <span className="tally-label" title={node.label}>
            {node.level === 'paragraph' ? (/第\d+段$/.exec(node.label)?.[0] ?? node.label) : node.label}
          </span>
          <span className="tally-heat" aria-hidden="true">
            <span style={{ width: `${Math.round((100 * node.opinions) / scale)}%` }} />
          </span>
          <span className="tally-counts" title={t('desk.countsTitle', { opinions: node.opinions, people: node.people, delegations: node.delegations })}>
            {t('desk.counts', { opinions: node.opinions, people: node.people, delegations: node.delegations })}
          </span>
        </button>
        {children.length > 0 && <ul>{children.map((child) => row(child, depth + 1, childScale))}</ul>}
      </li>
    );
  };
  return (
    <ul className="tally-tree" data-testid="tally-tree">
      {row({ ...root, label: t('desk.wholeReport') }, 0, Math.max(root.opinions, 1))}
      {root.opinions === 0 && <li className="tally-empty">{t('desk.noOpinions')}</li>}
    </ul>
  );
}
