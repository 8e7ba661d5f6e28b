import type { Section } from '../api/contract';
import type { TextConverter } from '../script/converters';
import type { Translate } from '../i18n/translate';
import { outlineChildren } from './outlineTree';

interface Props {
  section: Section;
  currentId: string | null;
  /** The current section, or its nearest ancestor when it sits in a collapsed branch. */
  shownCurrentId: string | null;
  isExpanded: (section: Section) => boolean;
  onToggle: (section: Section) => void;
  onSelect: (sectionId: string) => void;
  convert: TextConverter;
  t: Translate;
}

export function OutlineNode(props: Props) {
  const { section, currentId, shownCurrentId, isExpanded, onToggle, onSelect, convert, t } = props;
  const children = outlineChildren(section);
  const hasChildren = children.length > 0;
  const expanded = hasChildren && isExpanded(section);
  const isCurrent = section.id === currentId;
  const className = ['outline-item', isCurrent && 'is-current', section.id === shownCurrentId && 'is-shown-current']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={`outline-node level-${Math.min(section.level, 4)}`}>
      <div className="outline-entry">
        {hasChildren ? (
          <button
            type="button"
            className="outline-twisty"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'outline.collapse' : 'outline.expand')}
            onClick={() => onToggle(section)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="outline-twisty" aria-hidden="true" />
        )}
        <button
          type="button"
          className={className}
          data-testid="outline-item"
          data-section-id={section.id}
          aria-current={isCurrent ? 'true' : undefined}
          onClick={() => onSelect(section.id)}
        >
          {section.marker && <span className="outline-marker">{convert(section.marker)}</span>}
          <span className="outline-label">{convert(section.title || section.label)}</span>
        </button>
      </div>
      {expanded && (
        <ul className="outline-tree">
          {children.map((child) => (
            <OutlineNode key={child.id} {...props} section={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
