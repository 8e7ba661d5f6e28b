import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Section } from '../api/contract';
import type { TextConverter } from '../script/converters';
import { useI18n } from '../i18n/I18nContext';
import { expandedByDefault, indexOutline, outlineChildren } from './outlineTree';
import { OutlineNode } from './OutlineNode';

interface Props {
  root: Section;
  /** Shown above the tree: where the outline is unsure and the user's corrections (OutlineCorrections). */
  corrections?: ReactNode;
  currentId: string | null;
  convert: TextConverter;
  lang: 'hans' | 'hant';
  onSelect: (sectionId: string) => void;
}

/** The report's section tree. Remount it (key) per report version: expansion belongs to one tree. */
export function OutlinePanel({ root, corrections, currentId, convert, lang, onSelect }: Props) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const index = useMemo(() => indexOutline(root), [root]);

  const isExpanded = useCallback(
    (section: Section) => toggled.get(section.id) ?? expandedByDefault(section),
    [toggled],
  );
  const toggle = useCallback((section: Section) => {
    setToggled((previous) => new Map(previous).set(section.id, !(previous.get(section.id) ?? expandedByDefault(section))));
  }, []);

  // A current section inside a collapsed branch is shown on its outermost collapsed ancestor.
  const shownCurrentId = useMemo(() => {
    if (!currentId) return null;
    let shown = currentId;
    for (const ancestorId of index.ancestors.get(currentId) ?? []) {
      const ancestor = index.byId.get(ancestorId);
      if (ancestor && !isExpanded(ancestor)) shown = ancestorId;
    }
    return shown;
  }, [currentId, index, isExpanded]);

  useEffect(() => {
    const panel = nav.current;
    const item = panel?.querySelector<HTMLElement>('.outline-item.is-shown-current');
    if (!panel || !item) return;
    // Scrolled by hand: scrollIntoView would also move the report column's ancestors.
    const bounds = panel.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < bounds.top) panel.scrollTop -= bounds.top - box.top + 8;
    else if (box.bottom > bounds.bottom) panel.scrollTop += box.bottom - bounds.bottom + 8;
  }, [shownCurrentId]);

  return (
    <nav ref={nav} className="outline" data-testid="outline" aria-label={t('outline.title')} lang={lang === 'hant' ? 'zh-Hant' : 'zh-Hans'}>
      <h2 className="outline-title">{t('outline.title')}</h2>
      {corrections}
      <ul className="outline-tree">
        {outlineChildren(root).map((section) => (
          <OutlineNode
            key={section.id}
            section={section}
            currentId={currentId}
            shownCurrentId={shownCurrentId}
            isExpanded={isExpanded}
            onToggle={toggle}
            onSelect={onSelect}
            convert={convert}
            t={t}
          />
        ))}
      </ul>
    </nav>
  );
}
