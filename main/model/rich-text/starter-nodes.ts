/**
 * The nodes and marks Shenyi's editor writes: TipTap's StarterKit, less what an opinion must not
 * carry. Left out on purpose, and so never kept from a pasted or imported body:
 *   - link: the one mark that can carry an attacker's URL (`javascript:`) into a clerk's editor,
 *     and an opinion is read by clerks on other machines;
 *   - underline: a Word habit a printed opinion sheet would show as a proposed insertion.
 * Heading levels are 1–3: a body is part of a sheet with headings of its own.
 */
import type { Attrs, MarkSpec, NodeSpec } from './schema';

function headingAttrs(input: Attrs): Record<string, unknown> {
  const level = input.level;
  return { level: typeof level === 'number' && Number.isInteger(level) ? Math.min(3, Math.max(1, level)) : 1 };
}

function orderedListAttrs(input: Attrs): Record<string, unknown> | undefined {
  const start = input.start;
  return typeof start === 'number' && Number.isSafeInteger(start) && start >= 0 && start <= 1_000_000 ? { start } : undefined;
}

export const STARTER_NODES: readonly NodeSpec[] = [
  { name: 'doc', role: 'doc' },
  { name: 'paragraph', role: 'textblock' },
  { name: 'heading', role: 'textblock', attrs: headingAttrs },
  { name: 'text', role: 'text' },
  { name: 'hardBreak', role: 'break' },
  { name: 'bulletList', role: 'list' },
  { name: 'orderedList', role: 'list', attrs: orderedListAttrs },
  { name: 'listItem', role: 'item' },
  { name: 'blockquote', role: 'wrapper' },
  { name: 'codeBlock', role: 'code' },
  { name: 'horizontalRule', role: 'rule' },
];

export const STARTER_MARKS: readonly MarkSpec[] = [{ name: 'bold' }, { name: 'italic' }, { name: 'strike' }, { name: 'code' }];
