/**
 * The diff as a clerk lists it: each change with its kind (增加 / 将…改为… / 删去, or a paragraph
 * moved), what it quotes, and where it is — by part, part title and paragraph ordinal of the old
 * draft, because a 修改情况说明 tells the deputies what was changed in the text they were given.
 * Changes of whitespace alone are left out: they are in the diff, but no one words them.
 */
import type { ParagraphDiff, VersionDiff } from './diff-versions';
import type { PartRef, ReportBlock } from './report-blocks';
import type { TextOp } from './text-op';

export type ChangeKind = 'insert' | 'replace' | 'delete' | 'move';

export interface ChangeLocation {
  /** What the change is in: a paragraph, a heading, or lines outside the body (title block). */
  in: 'paragraph' | 'heading' | 'other';
  part: PartRef | null;
  /** The paragraph's ordinal within its part (0 for a heading or other lines). */
  ordinal: number;
  /** For a heading: its numbering as written and whether it heads the part itself. */
  heading?: { marker: string; title: string; isPart: boolean };
}

export interface Change {
  kind: ChangeKind;
  /** 'text' inside a paragraph; 'paragraph' for a paragraph inserted, deleted or moved whole. */
  scope: 'text' | 'paragraph';
  old: string;
  new: string;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** In the old draft. For a paragraph inserted, the paragraph it follows (null: at the very start). */
  location: ChangeLocation | null;
  /** For a move: the old draft's paragraph it now follows (null: moved to the very start). */
  movedAfter?: ChangeLocation | null;
  /** For an insertion inside a paragraph: the words right before it, to say 在“…”后. */
  after?: string;
}

export interface ChangeTotals {
  total: number;
  /** 补充: insertions. */
  inserted: number;
  /** 修改: rewordings and moves. */
  modified: number;
  /** 删除: deletions. */
  deleted: number;
}

const blank = (text: string) => /^\s*$/u.test(text);
const trimBreaks = (text: string) => text.replace(/^[\r\n\u2028]+|[\r\n\u2028\s]+$/gu, '');

function locationOf(block: ReportBlock | null): ChangeLocation {
  if (!block) return { in: 'other', part: null, ordinal: 0 };
  if (block.kind === 'heading') return { in: 'heading', part: block.part, ordinal: 0, heading: block.heading };
  return { in: 'paragraph', part: block.part, ordinal: block.ordinal };
}

/** How much of the clause before an insertion to quote: back to the previous punctuation mark. */
const AFTER_MAX = 12;
const CLAUSE_MARK = /[，。；：、！？,.;:!?]/u;
/** A half-width stop between digits (3.0版, 5.2%) is a decimal point, not the end of a clause. */
const endsClause = (chars: string[], k: number) => CLAUSE_MARK.test(chars[k]!) && !(chars[k] === '.' && /\d/.test(chars[k + 1] ?? ''));

function wordsBefore(text: string, start: number, at: number): string {
  const chars = [...text.slice(start, at)];
  if (chars.length === 0) return '';
  // The mark that ends the clause right before is kept: "在“……体系，”后" says exactly where.
  let from = chars.length - 1;
  while (from > 0 && chars.length - from < AFTER_MAX && !endsClause(chars, from - 1)) from--;
  return trimBreaks(chars.slice(from).join(''));
}

export function changeList(diff: VersionDiff, oldText: string): Change[] {
  const changes: Change[] = [];
  let previousOld: ReportBlock | null = null;
  for (const paragraph of diff.paragraphs) {
    const block = paragraph.old?.block ?? null;
    switch (paragraph.status) {
      case 'inserted':
        pushWhole(changes, paragraph, 'insert', previousOld ? locationOf(previousOld) : null);
        break;
      case 'deleted':
        pushWhole(changes, paragraph, 'delete', locationOf(block));
        break;
      case 'moved':
        pushWhole(changes, paragraph, 'move', locationOf(block), previousOld ? locationOf(previousOld) : null);
        pushTextChanges(changes, paragraph, oldText, block);
        break;
      case 'changed':
        pushTextChanges(changes, paragraph, oldText, block);
        break;
      case 'same':
        break;
    }
    // Lines outside the body (blank lines, the title block) do not move the "after" position, nor
    // does a deleted paragraph: "增加一段" after a paragraph that is gone would name nothing. A
    // moved paragraph does, since what follows it in the new text is said to follow it.
    if (block && paragraph.status !== 'deleted') previousOld = block;
  }
  return changes;
}

function pushWhole(changes: Change[], paragraph: ParagraphDiff, kind: ChangeKind, location: ChangeLocation | null, movedAfter?: ChangeLocation | null): void {
  const ops = paragraph.ops;
  const old = kind === 'insert' ? '' : trimBreaks(paragraph.old ? ops.map((op) => op.old).join('') : '');
  const added = kind === 'delete' ? '' : trimBreaks(paragraph.new ? ops.map((op) => op.new).join('') : '');
  if (blank(old) && blank(added)) return;
  const first = ops[0]!;
  const last = ops[ops.length - 1]!;
  const change: Change = { kind, scope: 'paragraph', old, new: added, oldStart: first.oldStart, oldEnd: last.oldEnd, newStart: first.newStart, newEnd: last.newEnd, location };
  if (kind === 'move') {
    change.old = trimBreaks(ops.map((op) => op.old).join(''));
    change.new = trimBreaks(ops.map((op) => op.new).join(''));
    change.movedAfter = movedAfter ?? null;
  }
  changes.push(change);
}

/** Each run of deletes and inserts between two equal pieces is one change. */
function pushTextChanges(changes: Change[], paragraph: ParagraphDiff, oldText: string, block: ReportBlock | null): void {
  const unitStart = paragraph.old?.start ?? 0;
  let run: TextOp[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const old = run.map((op) => op.old).join('');
    const added = run.map((op) => op.new).join('');
    const first = run[0]!;
    const last = run[run.length - 1]!;
    run = [];
    if (blank(old) && blank(added)) return;
    const kind: ChangeKind = old === '' ? 'insert' : added === '' ? 'delete' : 'replace';
    const change: Change = { kind, scope: 'text', old: trimBreaks(old), new: trimBreaks(added), oldStart: first.oldStart, oldEnd: last.oldEnd, newStart: first.newStart, newEnd: last.newEnd, location: locationOf(block) };
    if (kind === 'insert') change.after = wordsBefore(oldText, unitStart, first.oldStart);
    changes.push(change);
  };
  for (const op of paragraph.ops) {
    if (op.kind === 'equal') flush();
    else run.push(op);
  }
  flush();
}

export function changeTotals(changes: Change[]): ChangeTotals {
  const count = (kinds: ChangeKind[]) => changes.filter((change) => kinds.includes(change.kind)).length;
  return { total: changes.length, inserted: count(['insert']), modified: count(['replace', 'move']), deleted: count(['delete']) };
}
