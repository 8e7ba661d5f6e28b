/**
 * Paragraph alignment on real paragraphs of the 2024 report: revised neighbours are paired with
 * their own old versions, blank lines never outweigh a revised paragraph, and a paragraph moved
 * elsewhere is a move, not a deletion and an insertion.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../../main/versions/diff-versions';
import { readFixture } from '../fixtures';

let paragraphs: string[] = [];

beforeAll(async () => {
  const file = await readFixture('national-2024-wikisource-zh-hans.txt');
  paragraphs = file.documents[0]!.root.children[2]!.children.flatMap((section) => section.paragraphs.map((p) => p.text)).filter((text) => !text.includes('\n'));
});

const statuses = (before: string, after: string) =>
  diffVersions({ text: before }, { text: after }).paragraphs.filter((p) => p.status !== 'same').map((p) => `${p.status} ${p.old ? before.slice(p.old.start, p.old.start + 6) : '-'} ${p.new ? after.slice(p.new.start, p.new.start + 6) : '-'}`);

describe('aligning paragraphs', () => {
  it('pairs each of several revised neighbours with its own old version', () => {
    const [a, b, c, d] = paragraphs;
    const revise = (text: string) => text.replace(/，/, '，并且');
    const before = [a, b, c, d].join('\n');
    const after = [a, revise(b!), revise(c!), d].join('\n');
    expect(statuses(before, after)).toEqual([`changed ${b!.slice(0, 6)} ${b!.slice(0, 6)}`, `changed ${c!.slice(0, 6)} ${c!.slice(0, 6)}`]);
  });

  it('pairs a revised paragraph across blank lines that moved to its other side', () => {
    const [a, b, c] = paragraphs;
    const revised = b!.replace(/，/, '，着力打造新兴支柱产业，');
    const before = `${a}\n${b}\n\n\n${c}`;
    const after = `${a}\n\n\n${revised}\n${c}`;
    const found = diffVersions({ text: before }, { text: after }).paragraphs.filter((p) => p.status !== 'same' && before.slice(p.old?.start ?? 0, p.old?.end ?? 0).trim() !== '');
    expect(found.map((p) => [p.status, p.alignment])).toEqual([['changed', 'paired']]);
  });

  it('finds a paragraph moved three places down as a move', () => {
    const [a, b, c, d, e] = paragraphs;
    const before = `${[a, b, c, d, e].join('\n')}\n`;
    const after = `${[a, c, d, e, b].join('\n')}\n`;
    expect(statuses(before, `${after}`)).toEqual([`moved ${b!.slice(0, 6)} ${b!.slice(0, 6)}`]);
  });
});
