import { HEADING_RANKS, type Section } from '../api/contract';

/**
 * Deep numbered items — the `1.` entries of a glossary, the `一是` run-ins of a subsection — would
 * bury the report's shape, so only the first level opens by default, and not even that when its
 * children are such items.
 */
export function expandedByDefault(section: Section): boolean {
  if (section.level > 1) return false;
  return !section.children.some((child) => child.kind !== 'root' && child.kind !== 'closing' && HEADING_RANKS[child.kind] >= HEADING_RANKS.arabic);
}

export interface OutlineIndex {
  byId: Map<string, Section>;
  /** Each section's ancestors, nearest first, to find where a section in a collapsed branch shows. */
  ancestors: Map<string, string[]>;
}

export function indexOutline(root: Section): OutlineIndex {
  const byId = new Map<string, Section>();
  const ancestors = new Map<string, string[]>();
  const visit = (section: Section, path: string[]) => {
    byId.set(section.id, section);
    ancestors.set(section.id, path);
    const next = section.kind === 'root' ? path : [section.id, ...path];
    for (const child of section.children) visit(child, next);
  };
  visit(root, []);
  return { byId, ancestors };
}

/** The subsections the outline lists: a part's closing paragraphs have no heading to list. */
export function outlineChildren(section: Section): Section[] {
  return section.children.filter((child) => child.kind !== 'closing');
}
