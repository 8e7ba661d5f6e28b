import type { ReactNode } from 'react';
import type { RichTextNode } from '../api/contract';

/**
 * A note body drawn without an editor, for notes not yet scrolled into view: a report may carry
 * hundreds of notes, and an editor per note would cost more than the report itself. Same schema
 * and same class names as the editor's output, so the swap to the editor does not move anything.
 * Text goes through React (never innerHTML): a body is data from other delegates' files.
 */
export function RichTextView({ body, className, placeholder }: { body: RichTextNode; className?: string; placeholder?: string }) {
  const content = body.content?.length ? body.content : [{ type: 'paragraph' }];
  return (
    <div className={className} data-placeholder={placeholder}>
      {renderChildren(content, 0)}
    </div>
  );
}

const MAX_DEPTH = 24;

function renderChildren(children: RichTextNode[] | undefined, depth: number): ReactNode[] {
  return (children ?? []).map((child, index) => renderNode(child, index, depth + 1));
}

function renderNode(node: RichTextNode, key: number, depth: number): ReactNode {
  if (depth > MAX_DEPTH) return null;
  const children = () => renderChildren(node.content, depth);
  switch (node.type) {
    case 'text':
      return renderText(node, key);
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{node.content?.length ? children() : <br />}</p>;
    case 'heading': {
      const level = node.attrs?.level === 2 ? 'h3' : node.attrs?.level === 3 ? 'h4' : 'h2';
      const Tag = level;
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : undefined;
      return (
        <ol key={key} start={start}>
          {children()}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children()}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return <span key={key}>{children()}</span>;
  }
}

function renderText(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'code') out = <code>{out}</code>;
  }
  return <span key={key}>{out}</span>;
}

export function isEmptyBody(body: RichTextNode | undefined): boolean {
  if (!body) return true;
  const stack: RichTextNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (node.text) return false;
    if (node.type === 'horizontalRule') return false;
    for (const child of node.content ?? []) stack.push(child);
  }
  return true;
}
