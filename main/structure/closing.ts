/**
 * A part's closing paragraphs. The tree keeps the paragraphs after a numbered item with that
 * item until the next heading, so the 「各位代表！…」 paragraphs that close a part used to land
 * under its last （八） or 九是. The end of an item is not the end of its part: these paragraphs
 * are moved to a 'closing' section, the last child of their part (or of the document, when the
 * items stand at the top level without parts).
 */
import type { Section } from '../model/report';
import { HEADING_RANKS } from '../model/report';

/** How a speech addresses the congress: a paragraph starting so is the speaker's, not an item's. */
export const SALUTATION = /^(各位代表|各位委员|各位委員|同志们|同志們)/;

/** Fewer earlier items than this say too little about what an item of the list looks like. */
const MIN_ALIKE_ITEMS = 2;

function isItem(section: Section): boolean {
  return section.kind !== 'root' && section.kind !== 'closing' && HEADING_RANKS[section.kind] >= HEADING_RANKS['cn-paren'];
}

/** The section read last inside `container`: its last child's last child, and so on. */
function lastLeaf(container: Section): { leaf: Section; parent: Section } | null {
  let parent = container;
  let leaf = container.children.at(-1);
  while (leaf && leaf.children.length > 0) {
    parent = leaf;
    leaf = leaf.children.at(-1);
  }
  return leaf && leaf.kind !== 'closing' ? { leaf, parent } : null;
}

/** Where the closing starts in the last item's paragraphs, or -1. Its first paragraph is always the item's. */
function closingStart(leaf: Section, parent: Section): number {
  const salutation = leaf.paragraphs.findIndex((paragraph, index) => index > 0 && SALUTATION.test(paragraph.text));
  if (salutation !== -1) return salutation;
  // A list of one-paragraph run-in items (一是… 二是…): a further paragraph after the last one
  // is not more of that item but what the part says after its list.
  const earlier = parent.children.slice(0, -1).filter((child) => child.kind === leaf.kind);
  const alike = earlier.length >= MIN_ALIKE_ITEMS && earlier.every((item) => item.runIn && item.paragraphs.length === 1 && item.children.length === 0);
  return alike && leaf.runIn && leaf.paragraphs.length > 1 ? 1 : -1;
}

function liftInto(container: Section): void {
  const found = lastLeaf(container);
  if (!found || !isItem(found.leaf)) return;
  const start = closingStart(found.leaf, found.parent);
  if (start === -1) return;
  const paragraphs = found.leaf.paragraphs.splice(start);
  container.children.push({
    id: '',
    kind: 'closing',
    level: 0,
    marker: '',
    label: '',
    title: '',
    heading: '',
    runIn: false,
    headingSpans: [],
    paragraphs,
    children: [],
  });
}

/** Moves each part's closing paragraphs out of its last item; the document's too when it has no parts. */
export function liftClosingParagraphs(root: Section): void {
  for (const part of root.children) if (!isItem(part)) liftInto(part);
  const last = root.children.at(-1);
  if (last && isItem(last)) liftInto(root);
}
