/**
 * The rich-text form of a body that is plain text: one paragraph, its lines joined by hard
 * breaks — what the command line's --body and a note typed as one paragraph are stored as.
 * opinions.list leaves such bodies out (ListedOpinion.body is null) and the reading view
 * rebuilds them from the plain text; both sides build them here, so they agree node for node.
 */
import type { RichTextNode } from './opinion';

export function plainTextBody(text: string): RichTextNode {
  const content = text.split(/\r\n|\r|\n/).flatMap((line, i): RichTextNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
  return { type: 'doc', content: [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }] };
}

const keysAre = (node: RichTextNode, keys: string[]) => Object.keys(node).length === keys.length && keys.every((key) => key in node);

/** Whether `body` is exactly plainTextBody(text): nothing (a mark, a list, a second paragraph) would be lost by rebuilding it. */
export function isPlainTextBody(body: RichTextNode, text: string): boolean {
  if (body.type !== 'doc' || !keysAre(body, ['type', 'content']) || body.content!.length !== 1) return false;
  const paragraph = body.content![0]!;
  if (paragraph.type !== 'paragraph') return false;
  if (!paragraph.content) return keysAre(paragraph, ['type']) && text === '';
  if (!keysAre(paragraph, ['type', 'content']) || paragraph.content.length === 0) return false;
  let rebuilt = '';
  let previous = '';
  for (const node of paragraph.content) {
    if (node.type === 'hardBreak' && keysAre(node, ['type'])) rebuilt += '\n';
    // plainTextBody never writes two text nodes in a row, nor an empty one.
    else if (node.type === 'text' && keysAre(node, ['type', 'text']) && node.text && previous !== 'text') rebuilt += node.text;
    else return false;
    previous = node.type;
  }
  return rebuilt === text;
}
