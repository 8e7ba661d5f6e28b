/**
 * The node and mark names in a body that a schema does not declare: what a reader of a
 * delegate's file reports before the sanitiser keeps the words and lets the rest go. Walks
 * with a stack, not recursion: a body from outside may be deeper than the call stack.
 */
import type { RichTextSchema } from './schema';

export interface UnknownParts {
  nodes: string[];
  marks: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

export function unknownParts(body: unknown, schema: RichTextSchema): UnknownParts {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    const type = own(node, 'type');
    if (typeof type === 'string' && !schema.node(type)) nodes.add(type);
    const nodeMarks = own(node, 'marks');
    if (Array.isArray(nodeMarks)) {
      for (const mark of nodeMarks) {
        const name = isRecord(mark) ? own(mark, 'type') : undefined;
        if (typeof name === 'string' && !schema.hasMark(name)) marks.add(name);
      }
    }
    const content = own(node, 'content');
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
  }
  return { nodes: [...nodes], marks: [...marks] };
}

/** "nodes table, mention; mark link", for a message; empty when nothing is unknown. */
export function describeUnknownParts(parts: UnknownParts): string {
  const said: string[] = [];
  if (parts.nodes.length > 0) said.push(`${parts.nodes.length === 1 ? 'node' : 'nodes'} ${parts.nodes.join(', ')}`);
  if (parts.marks.length > 0) said.push(`${parts.marks.length === 1 ? 'mark' : 'marks'} ${parts.marks.join(', ')}`);
  return said.join('; ');
}
