/** The draft as text for an online platform: plain, the parts headed and in order, counted as the length rule counts against the platform's cap. */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../main/proposals/draft';
import { platformText } from '../../../../main/proposals/outputs/platform-text';
import { CITATION, documentInput, proposalDraft, suggestionDraft } from './draft-inputs';

const SENTENCE = '农村互助养老服务需要稳定的运营经费、可靠的服务队伍和规范的设施标准，建议由民政部门牵头统筹推进。';

/** `n` characters of draft text, with line breaks and spaces among them that the count must skip. */
function textOf(n: number): string {
  const characters = [...SENTENCE.repeat(Math.ceil(n / SENTENCE.length))].slice(0, n);
  return characters.map((ch, i) => (i > 0 && i % 150 === 0 ? `\n${ch}` : i % 40 === 39 ? `${ch} ` : ch)).join('');
}

/** A 提案 whose three parts hold `n` counted characters in all. */
function proposalOfLength(n: number): Draft {
  const reason = Math.floor(n / 2);
  return { ...proposalDraft(), parts: { 案由: textOf(100), 理由: textOf(reason), 建议: textOf(n - 100 - reason) } };
}

describe('platformText', () => {
  it('is the title, each part headed in order with a blank line between, and the signers on one line', () => {
    const draft = proposalDraft();
    const { text } = platformText(documentInput(draft));
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe(draft.title);
    expect(blocks.slice(1, 4).map((block) => block.slice(0, 3))).toEqual(['案由：', '理由：', '建议：']);
    expect(blocks[2]).toBe(`理由：${draft.parts['理由']!.split('\n').filter((line) => line.trim() !== '').join('\n')}`);
    expect(blocks[2]).toContain(CITATION);
    expect(blocks[4]).toBe('提案人：王立新（委员证号：0123）；联名提案人：陈慧敏、赵国强');
    expect(blocks).toHaveLength(5);
    expect(text).toBe(text.trim());
  });

  it('carries no markup and keeps the full-width punctuation', () => {
    const { text } = platformText(documentInput(proposalDraft()));
    expect(text).not.toMatch(/^#|^\s*[-*+]\s|\*\*|<[a-z/]|`/m);
    expect(text).toContain('“时间银行”');
    expect(text).toContain('（一）建立稳定的运营经费保障机制。');
  });

  it('uses the form’s own signer headings', () => {
    const { text } = platformText(documentInput(suggestionDraft()));
    expect(text.split('\n\n').at(-1)).toBe('领衔代表：刘建华（代表证号：110100）；附议代表：孙丽（代表证号：110101）、周明（代表证号：110102）');
  });

  it('counts the parts without whitespace, headings or signers, and says when the platform’s cap is passed', () => {
    const long = platformText(documentInput(proposalOfLength(2600)));
    expect(long).toMatchObject({ characters: 2600, cap: 2500, overCap: true });
    expect(long.text.replace(/\s+/g, '').length).toBeGreaterThan(2600);
    const short = platformText(documentInput(proposalOfLength(900)));
    expect(short).toMatchObject({ characters: 900, cap: 2500, overCap: false });
  });
});
