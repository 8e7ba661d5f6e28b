/**
 * The CSS Custom Highlight names of one painting pane. `CSS.highlights` is one registry per
 * document, so a fixed name ('sy-comment') would let a second pane — the other side of a compare
 * view — overwrite the first pane's highlight. Every name carries its pane's id, and the pane's
 * own style sheet styles them (a static sheet cannot know the names of panes made at run time).
 *
 * Names are CSS identifiers, built from fixed words, indices and a sanitised pane id — never from
 * stance ids or colours a user chose.
 */

export interface HighlightNames {
  paneId: string;
  comment: string;
  deletion: string;
  search: string;
  searchCurrent: string;
  stance(index: number): string;
}

let panes = 0;

/** A pane id unique in this document: 'reader' for the first pane asked for by that name, then 'reader-2'… */
export function newPaneId(base = 'pane'): string {
  panes += 1;
  const safe = base.replace(/[^a-zA-Z0-9-]/g, '') || 'pane';
  return panes === 1 ? safe : `${safe}-${panes}`;
}

export function highlightNames(paneId: string): HighlightNames {
  const safe = paneId.replace(/[^a-zA-Z0-9-]/g, '') || 'pane';
  return {
    paneId: safe,
    comment: `sy-comment-${safe}`,
    deletion: `sy-deletion-${safe}`,
    // Starts with 'sy-search', as the tests and the bench tell search highlights apart by.
    search: `sy-search-${safe}`,
    searchCurrent: `sy-search-current-${safe}`,
    stance: (index) => `sy-stance-${index}-${safe}`,
  };
}

/** The fixed styles of a pane's highlights: an opinion without a stance, a suggestion's original words, search hits. */
export function baseHighlightRules(names: HighlightNames): string[] {
  return [
    `::highlight(${names.comment}) { background-color: rgba(141, 132, 115, 0.2); }`,
    // A suggestion's original words: struck through in red, as in a tracked change.
    `::highlight(${names.deletion}) { color: #c62828; text-decoration: line-through 2px #c62828; }`,
    // Search hits look nothing like an opinion: a strong yellow with an underline.
    `::highlight(${names.search}) { background-color: rgba(255, 214, 0, 0.5); text-decoration: underline 2px #b08900; }`,
    `::highlight(${names.searchCurrent}) { background-color: rgba(255, 120, 0, 0.45); text-decoration: underline 3px #e65100; }`,
    `:root[data-theme='dark'] ::highlight(${names.comment}) { background-color: rgba(200, 190, 170, 0.22); }`,
    `:root[data-theme='dark'] ::highlight(${names.deletion}) { color: #ff8a80; text-decoration: line-through 2px #ff8a80; }`,
    `:root[data-theme='dark'] ::highlight(${names.search}) { background-color: rgba(255, 214, 0, 0.35); text-decoration: underline 2px #ffd54f; }`,
  ];
}

/** A stance's highlight, in its colour (a colour that is not #rrggbb is painted grey). */
export function stanceHighlightRules(name: string, color: string): string[] {
  const safe = /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#888888';
  return [
    `::highlight(${name}) { background-color: color-mix(in srgb, ${safe} 26%, transparent); }`,
    `:root[data-theme='dark'] ::highlight(${name}) { background-color: color-mix(in srgb, ${safe} 42%, transparent); }`,
  ];
}
