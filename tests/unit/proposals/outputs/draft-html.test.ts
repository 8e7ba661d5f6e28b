/** The draft's form as a printable page: the same rows as the Word form, every text escaped, the official fonts with their fallbacks, nothing fetched or run. */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { draftHtml } from '../../../../main/proposals/outputs/draft-html';
import { CITATION, documentInput, proposalDraft, suggestionDraft } from './draft-inputs';

/** The page's visible text (entities decoded, as a browser shows it) by element: the header, the title, and each row's label and cell paragraphs. */
function read(html: string) {
  const rows: { label: string; cell: string[] }[] = [];
  const texts: { tag: string; text: string }[] = [];
  let current: { tag: string; text: string } | null = null;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'tr') rows.push({ label: '', cell: [] });
      if (['p', 'h1', 'th', 'title'].includes(name)) current = { tag: name, text: '' };
    },
    ontext(data) {
      if (current) current.text += data;
    },
    onclosetag(name) {
      if (!current || current.tag !== name) return;
      texts.push(current);
      const row = rows[rows.length - 1];
      if (name === 'th' && row) row.label = current.text;
      else if (name === 'p' && row) row.cell.push(current.text);
      current = null;
    },
  });
  parser.write(html);
  parser.end();
  return { rows, texts };
}

describe('draftHtml', () => {
  it('prints the header, the title and the form’s rows with the draft’s words', () => {
    const draft = proposalDraft();
    const { rows, texts } = read(draftHtml(documentInput(draft)));
    expect(texts.find((t) => t.tag === 'p')?.text).toBe('政协第十四届全国委员会第四次会议提案');
    expect(texts.find((t) => t.tag === 'h1')?.text).toBe(draft.title);
    expect(rows.map((r) => r.label)).toEqual(['案由', '提案者', '类别', '内容', '审查意见', '收文时间']);
    expect(rows[3]!.cell.some((text) => text.includes(CITATION))).toBe(true);
    expect(rows[4]!.cell).toEqual([]);
  });

  it('prints the 建议 form’s 领衔代表 with the 代表证号', () => {
    const { rows } = read(draftHtml(documentInput(suggestionDraft(), { term: '十四', session: '四', place: '浙江省' })));
    expect(rows.find((r) => r.label === '领衔代表')?.cell).toEqual(['刘建华（代表证号：110100）']);
  });

  it('keeps markup in the draft as text', () => {
    const draft = { ...proposalDraft(), title: '关于<script>alert("x")</script>治理的提案' };
    const withPart = { ...draft, parts: { ...draft.parts, 建议: '<img src=x onerror=alert(1)> & “引号”' } };
    const html = draftHtml(documentInput(withPart));
    expect(html).not.toMatch(/<script|<img/i);
    const { texts, rows } = read(html);
    expect(texts.find((t) => t.tag === 'h1')?.text).toBe(draft.title);
    expect(rows[3]!.cell).toContain(withPart.parts.建议);
  });

  it('is one A4 page with the font chains and nothing fetched', () => {
    const html = draftHtml(documentInput(proposalDraft()));
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).toContain('"方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Noto Serif CJK SC", serif');
    expect(html).toContain('"仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif');
    expect(html).not.toMatch(/https?:|src=|url\(|<link|@import/i);
  });
});
