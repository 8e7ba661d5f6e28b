/**
 * Stacked suggestions: several delegates (or one, twice) propose other words for the same
 * passage. Word can delete a word once, so the first is a tracked change and every other one a
 * comment giving its proposed words — none is dropped. Opened back, every proposal is there
 * exactly once, and the tracked changes are exactly those that do not overlap.
 */
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../main/export/report-docx';
import { buildOpinions, exportInput, loadCorpus } from './corpus-input';
import { unzip, wordComments, wordTokens, type Token } from './ooxml';

const plain = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function stacked() {
  const corpus = loadCorpus();
  const suggestion = (id: string, from: number, to: number, proposed: string, paragraph = 46) => ({
    id, kind: 'passage-suggestion' as const, stanceId: 'revise', body: plain(''), from: [paragraph, from] as [number, number], to: [paragraph, to] as [number, number],
    suggestion: { proposed, reason: `理由${id}` },
  });
  const opinions = buildOpinions(corpus, [
    suggestion('s1', 10, 20, '第一种改法'),
    suggestion('s2', 10, 20, '第二种改法'),
    suggestion('s3', 12, 18, '第三种改法'),
    suggestion('s4', 20, 26, '紧接着的改法'),
    suggestion('s5', 5, 15, '另一段的改法', 50),
  ]);
  const files = await unzip(await buildReportDocx(exportInput(corpus, opinions)));
  const tokens = wordTokens(files.get('word/document.xml')!.toString('utf8'));
  const comments = [...wordComments(files.get('word/comments.xml')!.toString('utf8')).values()];
  return { tokens, comments };
}

const inserted = (tokens: Token[]) => tokens.filter((t): t is Extract<Token, { kind: 'text' }> => t.kind === 'text' && t.inserted).map((t) => t.text);

describe('overlapping suggestions in the report .docx', () => {
  it('writes every one: tracked where they do not overlap, a comment with the proposed words where they do', async () => {
    const { tokens, comments } = await stacked();
    expect(inserted(tokens).sort()).toEqual(['另一段的改法', '第一种改法', '紧接着的改法'].sort());
    const proposals = ['第一种改法', '第二种改法', '第三种改法', '紧接着的改法', '另一段的改法'];
    for (const words of proposals) {
      const asChange = inserted(tokens).filter((text) => text === words).length;
      const asComment = comments.filter((c) => c.text.includes(`建议改为：“${words}”`)).length;
      expect(asChange + asComment, words).toBe(1);
    }
    expect(comments).toHaveLength(5);
    const untracked = comments.filter((c) => c.text.includes('建议改为：'));
    expect(untracked).toHaveLength(2);
    for (const comment of untracked) expect(comment.text).toContain('说明：与另一条修改建议改动的文字重叠，未作为修订写入');
  });
});
