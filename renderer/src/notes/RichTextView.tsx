import type { ReactNode } from 'react';
import type { RichTextNode } from '../api/contract';
import { RICH_TEXT_SCHEMA, type RichTextSchema } from '../../../main/model/rich-text';

/**
 * A note body drawn without an editor, for notes not yet scrolled into view: a report may carry
 * hundreds of notes, and an editor per note would cost more than the report itself. Same schema
 * (main/model/rich-text/) and same class names as the editor's output, so the swap to the editor
 * does not move anything; a node a workspace declares is drawn by its role (an atom as its
 * text). Text goes through React (never innerHTML): a body is data from other delegates' files.
 */
export function RichTextView({
  body,
  className,
  placeholder,
  schema = RICH_TEXT_SCHEMA,
}: {
  body: RichTextNode;
  className?: string;
  placeholder?: string;
  schema?: RichTextSchema;
}) {
  const content = body.content?.length ? body.content : [{ type: 'paragraph' }];
  return (
    <div className={className} data-placeholder={placeholder}>
      {renderChildren(content, 0, schema)}
    </div>
  );
}

const MAX_DEPTH = 24;

function renderChildren(children: RichTextNode[] | undefined, depth: number, schema: RichTextSchema): ReactNode[] {
  return (children ?? []).map((child, index) => renderNode(child, index, depth + 1, schema));
}

function renderNode(node: RichTextNode, key: number, depth: number, schema: RichTextSchema): ReactNode {
  if (depth > MAX_DEPTH) return null;
  const children = () => renderChildren(node.content, depth, schema);
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
      return renderDeclared(node, key, children, schema);
  }
}

/** A node this view has no tag for: drawn by its declared role, its words kept whatever it is. */
function renderDeclared(node: RichTextNode, key: number, children: () => ReactNode[], schema: RichTextSchema): ReactNode {
  const spec = schema.node(node.type);
  if (spec?.role === 'atom') {
    return (
      <span key={key} className={`rich-${spec.name}`}>
        {spec.text!(node.attrs ?? {})}
      </span>
    );
  }
  if (spec?.role === 'textblock') return <p key={key}>{node.content?.length ? children() : <br />}</p>;
  return <span key={key}>{children()}</span>;
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

export function isEmptyBody(body: RichTextNode | undefined, schema: RichTextSchema = RICH_TEXT_SCHEMA): boolean {
  if (!body) return true;
  const stack: RichTextNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop() as RichTextNode;
    if (node.text) return false;
    // A rule or an atom (a citation) is something written, even with no words around it.
    const role = schema.node(node.type)?.role;
    if (role === 'rule' || role === 'atom') return false;
    for (const child of node.content ?? []) stack.push(child);
  }
  return true;
}
