import { describe, expect, it } from 'vitest';
import { outlineJson } from '../../../main/cli/outline-json';
import { parseText } from '../../../main/structure/parse-text';
import { checkFile } from '../../../main/structure/self-check';
import { readFixture } from '../fixtures';

let counter = 0;
const body = () => `第${++counter}段：我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳、稳中有进。`.repeat(20);

describe('outline self-check', () => {
  it('a clean report of the corpus has no findings', async () => {
    for (const name of ['hubei-2026-zh-hans.txt', 'ningxia-2026-zh-hans.txt', 'sichuan-2025-zh-hans.txt', 'yunnan-2025-zh-hans.txt']) {
      expect(checkFile(await readFixture(name)), name).toEqual([]);
    }
  });

  it('the body six times over is reported with the copy kept (gov.cn 1998, raw GBK)', async () => {
    const findings = checkFile(await readFixture('national-1998-govcn-zh-hans-gbk.txt'));
    expect(findings).toEqual([expect.objectContaining({ code: 'copies', document: 0 })]);
    expect(findings[0]!.detail).toContain('6 times');
  });

  it('a very short text is noted as short (the NPC resolution)', async () => {
    expect(checkFile(await readFixture('npc-resolution-2024-wikisource-zh-hans.txt')).map((f) => f.code)).toEqual(['short-text']);
  });

  it('a title-like line that breaks the numbering is reported, not guessed', () => {
    const text = ['一、回顾', body(), '（一）甲', body(), '（二）乙', body(), '（四）丁', body(), '二、安排', body()].join('\n');
    const documents = parseText(text, { fallbackTitle: 't' });
    // The tree does not take （四） after （二） as a heading; the check says a line broke the numbering.
    expect(checkFile({ documents })).toEqual([expect.objectContaining({ code: 'sequence-gap', sectionId: 's:一/（二）' })]);
    expect(checkFile({ documents })[0]!.detail).toContain('（四）丁');
  });

  it('a title over 60 characters is reported', () => {
    const long = '坚持'.repeat(35);
    const documents = parseText(['一、回顾', body(), body(), `二、${long}`, body(), body()].join('\n'), { fallbackTitle: 't' });
    expect(checkFile({ documents }).map((f) => f.code)).toEqual(['long-title']);
  });

  it('shenyi outline --json carries the findings', async () => {
    const json = outlineJson(await readFixture('national-2008-govcn-zh-hans-gbk.txt'));
    expect(json.findings.map((f) => f.code)).toEqual(['copies']);
  });
});
