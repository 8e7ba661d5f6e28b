import { describe, expect, it } from 'vitest';
import { bodyFromText, sanitizeBody } from '../../../main/model/rich-text/sanitize-body';
import { isPlainTextBody, plainTextBody } from '../../../main/model/plain-body';

describe('plain-text bodies (left out of opinions.list and rebuilt by the reading view)', () => {
  const texts = ['', '建议改为“稳中求进”', 'a\n\nb', '\n', '第一行\n第二行\n', 'x'];

  it('the rebuilt body is the stored one, node for node', () => {
    for (const text of texts) {
      const stored = bodyFromText(text);
      expect(plainTextBody(stored.text)).toEqual(stored.body);
      expect(isPlainTextBody(stored.body, stored.text)).toBe(true);
    }
  });

  it('a body with anything more than plain lines is never taken for plain', () => {
    const text = (t: string) => ({ type: 'text', text: t });
    const cases = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ ...text('加粗'), marks: [{ type: 'bold' }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [text('一')] }, { type: 'paragraph', content: [text('二')] }] },
      { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('项')] }] }] }] },
      { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'paragraph', content: [text('引')] }] }] },
    ];
    for (const rich of cases) {
      const { body, text: plain } = sanitizeBody(rich);
      expect(isPlainTextBody(body, plain)).toBe(false);
    }
    // The same words with other text beside them, or split differently, are not the same body.
    expect(isPlainTextBody(bodyFromText('一二').body, '一二三')).toBe(false);
    expect(isPlainTextBody({ type: 'doc', content: [{ type: 'paragraph', content: [text('一'), text('二')] }] }, '一二')).toBe(false);
  });
});
