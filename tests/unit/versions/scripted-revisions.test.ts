/**
 * The version diff on real reports revised by script (tests/unit/versions/scripted-revision.ts):
 * both texts rebuild exactly, the characters marked stay within 1.1× of what the scripted edits
 * change, the scripted moves and only they are found, and every scripted edit is in the change
 * list with the kind, the quoted text and the place (part, part title, paragraph) a clerk would write.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../../main/import/read-file';
import type { ParsedFile } from '../../../main/model/report';
import { changeList, type Change } from '../../../main/versions/change-list';
import { diffVersions, type VersionDiff } from '../../../main/versions/diff-versions';
import { chineseNumeral, officialSentence } from '../../../main/versions/official-wording';
import { codePointLength } from '../../../main/versions/text-op';
import { readFixture } from '../fixtures';
import { scriptRevision, type Revision, type ScriptedEdit } from './scripted-revision';

const PLAN = { insert: 26, reword: 26, delete: 26, insertParagraph: 4, deleteParagraph: 4, move: 3, extB: 1 };
const REPORTS = ['national-2024-wikisource-zh-hans.txt', 'national-2018-govcn-zh-hans.txt'];
const SEEDS = [1, 2, 3];

interface Case {
  name: string;
  seed: number;
  old: ParsedFile;
  revision: Revision;
  diff: VersionDiff;
  changes: Change[];
}

const cases: Case[] = [];

beforeAll(async () => {
  for (const name of REPORTS) {
    const old = await readFixture(name);
    for (const seed of SEEDS) {
      const revision = scriptRevision(old.sourceText, old.documents, PLAN, seed);
      const revised = await readReportFile(Buffer.from(revision.text), `revised-${name}`);
      const diff = diffVersions({ text: old.sourceText, documents: old.documents }, { text: revision.text, documents: revised.documents });
      cases.push({ name: `${name} seed ${seed}`, seed, old, revision, diff, changes: changeList(diff, old.sourceText) });
    }
  }
});

/** No lone surrogate: what a diff over UTF-16 units leaves when it splits 𠮷 in two. */
const wellFormed = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

const ops = (diff: VersionDiff) => diff.paragraphs.flatMap((p) => p.ops);

describe('a scripted revision of a real report (90 edits)', () => {
  it('rebuilds both texts exactly, and applying the diff to the old text gives the new one byte for byte', () => {
    for (const c of cases) {
      const all = ops(c.diff);
      const oldOrder = [...all].sort((x, y) => x.oldStart - y.oldStart || x.oldEnd - x.oldStart - (y.oldEnd - y.oldStart));
      expect(oldOrder.map((op) => op.old).join(''), c.name).toBe(c.old.sourceText);
      expect(all.map((op) => op.new).join(''), c.name).toBe(c.revision.text);
      // Applying: the equal pieces are taken from the old text by offset, only inserts bring text.
      const applied = all.map((op) => (op.kind === 'equal' ? c.old.sourceText.slice(op.oldStart, op.oldEnd) : op.new)).join('');
      expect(Buffer.from(applied).equals(Buffer.from(c.revision.text)), c.name).toBe(true);
    }
  });

  it('never splits a surrogate pair: every piece of every op is well-formed text', () => {
    for (const c of cases) {
      for (const op of ops(c.diff)) {
        expect(wellFormed(op.old) && wellFormed(op.new), `${c.name}: ${JSON.stringify(op)}`).toBe(true);
      }
    }
  });

  it('marks at most 1.1× the characters the scripted edits change, where pairing paragraphs by equality alone marks over twice that', () => {
    for (const c of cases) {
      const marked = c.diff.marked.deleted + c.diff.marked.inserted;
      expect(marked / c.revision.ideal, c.name).toBeLessThanOrEqual(1.1);
      // What a diff that only pairs equal paragraphs marks: every paragraph not equal, whole.
      const equalityOnly = c.diff.paragraphs
        .filter((p) => p.alignment !== 'matched' && p.alignment !== 'moved')
        .reduce((sum, p) => sum + (p.old ? codePointLength(c.old.sourceText.slice(p.old.start, p.old.end)) : 0) + (p.new ? codePointLength(c.revision.text.slice(p.new.start, p.new.end)) : 0), 0);
      expect(equalityOnly / c.revision.ideal, c.name).toBeGreaterThan(2);
    }
  });

  it('finds the scripted moves, and no others', () => {
    for (const c of cases) {
      const moves = c.diff.paragraphs.filter((p) => p.status === 'moved');
      const scripted = c.revision.edits.filter((e) => e.kind === 'move');
      expect(moves.map((p) => p.old!.start).sort(), c.name).toEqual(scripted.map((e) => e.place.paragraph.spans[0]!.start).sort());
    }
  });

  it('lists every scripted edit with its kind, its quoted text and its place, in official wording', () => {
    for (const c of cases) {
      const sentences = new Set(c.changes.map(officialSentence));
      for (const edit of c.revision.edits) {
        const expected = expectedSentence(edit, c.old.sourceText);
        // On a miss, show what was said about the same paragraph instead.
        const near = [...sentences].filter((s) => s.includes(`第${chineseNumeral(edit.place.ordinal)}段`)).join('\n');
        expect(sentences.has(expected) ? expected : near, `${c.name}: ${edit.kind}`).toBe(expected);
      }
      expect(c.changes.length, c.name).toBe(c.revision.edits.length);
    }
  });

  it('counts 共修改N处 with 补充, 修改 and 删除 as scripted', () => {
    for (const c of cases) {
      const count = (kinds: ScriptedEdit['kind'][]) => c.revision.edits.filter((e) => kinds.includes(e.kind)).length;
      const kinds = c.changes.map((change) => change.kind);
      expect(kinds.filter((k) => k === 'insert').length, c.name).toBe(count(['insert', 'insert-paragraph']));
      expect(kinds.filter((k) => k === 'replace' || k === 'move').length, c.name).toBe(count(['reword', 'ext-b', 'move']));
      expect(kinds.filter((k) => k === 'delete').length, c.name).toBe(count(['delete', 'delete-paragraph']));
    }
  });
});

/** The sentence a clerk writes for a scripted edit, built from the script's own truth. */
function expectedSentence(edit: ScriptedEdit, oldText: string): string {
  const place = (p: ScriptedEdit['place']) => `${p.part > 0 ? `第${chineseNumeral(p.part)}部分“${p.partTitle}”` : ''}第${chineseNumeral(p.ordinal)}段`;
  const where = place(edit.place);
  switch (edit.kind) {
    case 'insert': {
      const at = edit.splices[0]!.at;
      const paragraphStart = edit.place.paragraph.spans[0]!.start;
      if (at === paragraphStart) return `在${where}开头，增加“${edit.new}”。`;
      // The clause before, back to its own start (at most 12 characters).
      const before = [...oldText.slice(paragraphStart, at)];
      let from = before.length - 1;
      while (from > 0 && before.length - from < 12 && !/[，。；：、！？]/.test(before[from - 1]!)) from--;
      return `在${where}“${before.slice(from).join('')}”后，增加“${edit.new}”。`;
    }
    case 'reword':
    case 'ext-b':
      return `在${where}，将“${edit.old}”改为“${edit.new}”。`;
    case 'delete':
      return `在${where}，删去“${edit.old}”。`;
    case 'insert-paragraph':
      return `在${where}后，增加一段：“${edit.new}”。`;
    case 'delete-paragraph':
      return `删去${where}：“${edit.old}”。`;
    case 'move': {
      const opening = [...edit.old].length > 20 ? `${[...edit.old].slice(0, 20).join('')}……` : edit.old;
      return `将${where}“${opening}”移至${place(edit.targetPrevious!)}之后。`;
    }
  }
}

