import { describe, expect, it } from 'vitest';
import { bodyFromText, emptyBody, MAX_BODY_DEPTH, MAX_BODY_TEXT, sanitizeBody } from '../../../main/model/rich-text/sanitize-body';
import type { RichTextNode } from '../../../main/model/opinion';

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]): RichTextNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content });

/** Every node type, mark type and attribute key anywhere in a body. */
function inventory(node: RichTextNode, found = { types: new Set<string>(), marks: new Set<string>(), attrs: new Set<string>() }) {
  found.types.add(node.type);
  for (const key of Object.keys(node.attrs ?? {})) found.attrs.add(`${node.type}.${key}`);
  for (const mark of node.marks ?? []) {
    found.marks.add(mark.type);
    for (const key of Object.keys(mark.attrs ?? {})) found.attrs.add(`${mark.type}.${key}`);
  }
  for (const child of node.content ?? []) inventory(child, found);
  return found;
}

function depth(node: RichTextNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth));
}

describe('opinion body sanitiser', () => {
  it('keeps a well-formed StarterKit document as it is, and gives its plain text line by line', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('总体意见')] },
      p(text('赞同'), text('加快', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('第二行', [{ type: 'strike' }, { type: 'code' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('一'))] }, { type: 'listItem', content: [p(text('二')), p(text('二续'))] }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('三'))] }] },
      { type: 'blockquote', content: [p(text('引文'))] },
      { type: 'horizontalRule' },
      { type: 'codeBlock', content: [text('x = 1')] },
    );
    const { body: kept, text: plain } = sanitizeBody(body);
    expect(kept).toEqual(body);
    expect(plain).toBe('总体意见\n赞同加快\n第二行\n一\n二\n二续\n三\n引文\nx = 1');
  });

  it('drops links, unknown marks and attributes not in the schema', () => {
    const { body } = sanitizeBody(
      doc(
        p(
          text('点这里', [{ type: 'link', attrs: { href: 'javascript:alert(1)', target: '_blank' } }, { type: 'bold', attrs: { onclick: 'x()' } }]),
          text('样式', [{ type: 'textStyle', attrs: { style: 'background:url(https://evil.example/x)' } }]),
        ),
        { type: 'heading', attrs: { level: 6, id: 'x', onmouseover: 'steal()' }, content: [text('标题')] },
        { type: 'orderedList', attrs: { start: 'javascript:1', type: 'a' }, content: [{ type: 'listItem', content: [p(text('项'))] }] },
        { type: 'codeBlock', attrs: { language: '"><script>' }, content: [text('代码', [{ type: 'bold' }])] },
        { type: 'paragraph', attrs: { textAlign: 'center', class: 'x' }, content: [text('段')] },
      ),
    );
    expect(body).toEqual(
      doc(
        p(text('点这里', [{ type: 'bold' }]), text('样式')),
        { type: 'heading', attrs: { level: 3 }, content: [text('标题')] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('项'))] }] },
        { type: 'codeBlock', content: [text('代码')] },
        p(text('段')),
      ),
    );
    const found = inventory(body);
    expect([...found.marks]).toEqual(['bold']);
    expect([...found.attrs]).toEqual(['heading.level']);
  });

  it('drops script-like and unknown nodes but keeps the words inside them', () => {
    const { body, text: plain } = sanitizeBody(
      doc(
        { type: 'script', content: [text('alert(1)')] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'image', attrs: { src: 'https://evil.example/track.png', alt: '图' } },
        p(text('前'), { type: 'mention', attrs: { id: 'u1' }, content: [text('@张三')] }, text('后')),
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('单元格'))] }] }] },
        { type: 'details', text: '摘要文字' } as RichTextNode,
        { type: 'listItem', content: [p(text('孤立的列表项'))] },
        { type: 'bulletList', content: [p(text('列表里的段落')), { type: 'listItem', content: [{ type: 'bulletList', content: [] }] }] },
      ),
    );
    const found = inventory(body);
    expect([...found.types].sort()).toEqual(['bulletList', 'doc', 'listItem', 'paragraph', 'text']);
    expect(plain).toBe('alert(1)\n前@张三后\n单元格\n摘要文字\n孤立的列表项\n列表里的段落\n');
  });

  it('removes bidi controls from text and survives hostile object keys', () => {
    const hostile = JSON.parse(
      '{"type":"doc","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"content":[' +
        '{"type":"paragraph","attrs":{"__proto__":{"polluted":true}},"content":[{"type":"text","text":"付款\\u202e1234\\u202c给\\u2066某人\\u2069","marks":[{"type":"bold","attrs":{"__proto__":{"x":1}}},{"type":"__proto__"}]}]},' +
        '{"type":"__proto__","content":[{"type":"text","text":"仍在"}]},' +
        '{"type":"constructor","text":"也在"}]}',
    );
    const { body, text: plain } = sanitizeBody(hostile);
    expect(plain).toBe('付款1234给某人\n仍在\n也在');
    expect(body).toEqual(doc(p(text('付款1234给某人', [{ type: 'bold' }])), p(text('仍在')), p(text('也在'))));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(JSON.stringify(body)).not.toMatch(/proto|constructor|\u202e/);
  });

  it('flattens anything deeper than the bound into text, without recursing into it', () => {
    let deep: RichTextNode = text('最深处');
    for (let i = 0; i < 50_000; i++) deep = { type: i % 3 ? 'blockquote' : 'unknownWrapper', content: [deep] };
    const { body, text: plain } = sanitizeBody(doc(deep));
    expect(plain).toBe('最深处');
    expect(depth(body)).toBeLessThanOrEqual(MAX_BODY_DEPTH + 3);
  });

  it('refuses a body with more than 1 MB of text, or an absurd number of nodes', () => {
    expect(() => sanitizeBody(doc(p(text('字'.repeat(MAX_BODY_TEXT + 1)))))).toThrow(/longer than/);
    expect(() => sanitizeBody(doc(...Array.from({ length: 600 }, () => p(text('字'.repeat(2000))))))).toThrow(/longer than/);
    expect(() => sanitizeBody(doc(...Array.from({ length: 120_000 }, () => ({ type: 'hardBreak' }))))).toThrow(/more than/);
    expect(sanitizeBody(doc(p(text('字'.repeat(MAX_BODY_TEXT))))).text).toHaveLength(MAX_BODY_TEXT);
  });

  it('never returns an empty document, drops empty text nodes, and accepts junk as an empty body', () => {
    expect(sanitizeBody(doc()).body).toEqual(emptyBody());
    expect(sanitizeBody(doc(p(text('')))).body).toEqual(doc({ type: 'paragraph' }));
    for (const junk of [null, 42, 'doc', [], { type: 7 }, { content: [] }]) expect(sanitizeBody(junk)).toEqual({ body: emptyBody(), text: '' });
    // A bare paragraph (not wrapped in a doc) is wrapped.
    expect(sanitizeBody(p(text('只有一段'))).body).toEqual(doc(p(text('只有一段'))));
  });

  it('makes a one-paragraph body from command-line text', () => {
    expect(bodyFromText('第一行\n第二行')).toEqual({ body: doc(p(text('第一行'), { type: 'hardBreak' }, text('第二行'))), text: '第一行\n第二行' });
    expect(bodyFromText('')).toEqual({ body: doc({ type: 'paragraph' }), text: '' });
  });
});
