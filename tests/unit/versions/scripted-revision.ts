/**
 * A scripted revision of a real report whose truth is known: clauses of other real reports
 * inserted, clauses reworded and deleted, whole paragraphs inserted, deleted and moved, a CJK
 * Extension-B character put in. Each edit records what an ideal diff marks for it (the code
 * points it removes plus those it inserts; a move, nothing) and where a clerk would say it is.
 *
 * Edits never touch the same clause, and two edits in one paragraph are kept at least one long
 * clause apart, so the truth of each is its own; rewordings use a donor clause sharing no
 * character with the clause it replaces, so the ideal rewording is the whole clause.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument, Paragraph, Section } from '../../../main/model/report';
import { matchHeading } from '../../../main/structure/numbering';
import { FIXTURES } from '../../support/paths';

export type ScriptedKind = 'insert' | 'reword' | 'delete' | 'insert-paragraph' | 'delete-paragraph' | 'move' | 'ext-b';

export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/** Where the edited paragraph is in the old draft, found from the tree on its own. */
export interface ParagraphPlace {
  paragraph: Paragraph;
  /** 1-based place of its top-level section among the root's children; 0 before the first. */
  part: number;
  partTitle: string;
  /** 1-based ordinal within that top-level section's paragraphs. */
  ordinal: number;
}

export interface ScriptedEdit {
  kind: ScriptedKind;
  place: ParagraphPlace;
  /** For a move: the paragraph it is put before, and the one it then follows. */
  target?: ParagraphPlace;
  targetPrevious?: ParagraphPlace;
  splices: Splice[];
  /** What a clerk quotes: the text removed and the text added (trimmed of line breaks). */
  old: string;
  new: string;
  ideal: number;
}

export interface Revision {
  text: string;
  edits: ScriptedEdit[];
  ideal: number;
}

const cp = (text: string) => [...text].length;

/** Every paragraph of the document with its top-level section and ordinal, in reading order. */
export function paragraphPlaces(document: ParsedDocument): ParagraphPlace[] {
  const places: ParagraphPlace[] = document.root.paragraphs.map((paragraph, i) => ({ paragraph, part: 0, partTitle: '', ordinal: i + 1 }));
  document.root.children.forEach((top, index) => {
    let ordinal = 0;
    const visit = (section: Section) => {
      for (const paragraph of section.paragraphs) places.push({ paragraph, part: index + 1, partTitle: top.title, ordinal: ++ordinal });
      section.children.forEach(visit);
    };
    visit(top);
  });
  return places;
}

/** Deterministic: the same seed gives the same revision (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DONOR_FILES = ['zhejiang-2026-zh-hans.txt', 'sichuan-2025-zh-hans.txt', 'yunnan-2025-zh-hans.txt', 'beijing-2026-zh-hans.txt'];

/** Clauses ("……，") and body paragraphs of other real reports, to insert. */
export function donors(): { clauses: string[]; paragraphs: string[] } {
  const lines = DONOR_FILES.flatMap((name) => readFileSync(join(FIXTURES, name), 'utf8').split(/\r?\n/)).map((line) => line.trim());
  const paragraphs = lines.filter((line) => line.length >= 60 && line.length <= 300 && line.endsWith('。') && matchHeading(line) === null && !/^[（(]/.test(line));
  const clauses = [...new Set(paragraphs.flatMap((p) => p.match(/[^，。；：！？]{6,24}，/g) ?? []))].filter((c) => !/[0-9０-９“”《》、（）()]/.test(c));
  return { clauses, paragraphs };
}

/** [start, end) of each clause of a one-line paragraph, each ending after its ，or ；. */
function clauses(text: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '，' || text[i] === '；') {
      out.push({ start: offset + start, end: offset + i + 1 });
      start = i + 1;
    }
  }
  return out;
}

export interface RevisionPlan {
  insert: number;
  reword: number;
  delete: number;
  insertParagraph: number;
  deleteParagraph: number;
  move: number;
  extB: number;
}

export function scriptRevision(text: string, documents: ParsedDocument[], plan: RevisionPlan, seed: number): Revision {
  const rng = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rng() * items.length)]!;
  const { clauses: donorClauses, paragraphs: donorParagraphs } = donors();
  const places = documents.flatMap(paragraphPlaces);
  // One-line paragraphs without a run-in heading: their clauses are plain text.
  const eligible = places.filter((p) => p.paragraph.spans.length === 1 && p.paragraph.headingLength === 0 && p.paragraph.text.length >= 40 && !p.paragraph.text.includes('\n'));
  const next = new Map(places.map((p, i) => [p, places[i + 1]] as const));
  const previous = new Map(places.map((p, i) => [p, places[i - 1]] as const));
  const section = (p: ParagraphPlace) => p.paragraph.path.replace(/\/?p\d+$/, '');
  const used = new Set<ParagraphPlace>();
  const clauseUse = new Map<ParagraphPlace, number[]>();
  const edits: ScriptedEdit[] = [];
  const separatorAfter = (place: ParagraphPlace) => {
    const following = next.get(place);
    const end = place.paragraph.spans[0]!.end;
    const gap = following ? text.slice(end, following.paragraph.spans[0]!.start) : '';
    return /^\s+$/.test(gap) ? gap : null;
  };

  const freePlace = (filter: (p: ParagraphPlace) => boolean) => {
    const free = eligible.filter((p) => !used.has(p) && !clauseUse.has(p) && filter(p));
    if (free.length === 0) throw new Error('the report has too few paragraphs for this plan');
    return pick(free);
  };

  const paragraphEdit = (kind: 'insert-paragraph' | 'delete-paragraph' | 'move') => {
    const place = freePlace((p) => separatorAfter(p) !== null);
    used.add(place);
    const { start, end } = place.paragraph.spans[0]!;
    const separator = separatorAfter(place)!;
    if (kind === 'insert-paragraph') {
      const added = pick(donorParagraphs);
      edits.push({ kind, place, splices: [{ at: end, remove: 0, insert: `${separator}${added}` }], old: '', new: added, ideal: cp(separator + added) });
    } else if (kind === 'delete-paragraph') {
      edits.push({ kind, place, splices: [{ at: start, remove: end + separator.length - start, insert: '' }], old: place.paragraph.text, new: '', ideal: cp(place.paragraph.text + separator) });
    } else {
      // The paragraph it will follow stays where it is, in the target's own section, so the truth
      // "移至…之后" names one paragraph.
      const target = freePlace((p) => {
        const before = previous.get(p);
        return Math.abs(places.indexOf(p) - places.indexOf(place)) > 3 && before !== undefined && !used.has(before) && section(before) === section(p);
      });
      const targetPrevious = previous.get(target)!;
      used.add(target);
      used.add(targetPrevious);
      const at = target.paragraph.spans[0]!.start;
      const moved = text.slice(start, end + separator.length);
      edits.push({ kind, place, target, targetPrevious, splices: [{ at: start, remove: moved.length, insert: '' }, { at, remove: 0, insert: moved }], old: place.paragraph.text, new: place.paragraph.text, ideal: 0 });
    }
  };

  const textEdit = (kind: 'insert' | 'reword' | 'delete' | 'ext-b') => {
    for (let attempt = 0; attempt < 5000; attempt++) {
      const place = pick(eligible.filter((p) => !used.has(p)));
      const list = clauses(place.paragraph.text, place.paragraph.spans[0]!.start);
      // Two edits in a paragraph, or one per four clauses of a long one.
      if (list.length < 3 || (clauseUse.get(place)?.length ?? 0) >= Math.max(2, Math.floor(list.length / 4))) continue;
      const k = Math.floor(rng() * (list.length - 1));
      const taken = clauseUse.get(place) ?? [];
      // Another edit in this paragraph must be two clauses and 40 characters away.
      if (taken.some((t) => Math.abs(t - k) < 2 || Math.abs(list[t]!.start - list[k]!.start) < 40)) continue;
      const clause = list[k]!;
      const body = text.slice(clause.start, clause.end - 1);
      let edit: ScriptedEdit | null = null;
      if (kind === 'insert') {
        const added = pick(donorClauses);
        edit = { kind, place, splices: [{ at: clause.start, remove: 0, insert: added }], old: '', new: added, ideal: cp(added) };
      } else if (kind === 'delete') {
        const removed = text.slice(clause.start, clause.end);
        edit = { kind, place, splices: [{ at: clause.start, remove: removed.length, insert: '' }], old: removed, new: '', ideal: cp(removed) };
      } else if (kind === 'reword') {
        const chars = new Set(body);
        const donor = donorClauses.map((c) => c.slice(0, -1)).find((c, i) => i >= Math.floor(rng() * donorClauses.length * 0.9) && ![...c].some((ch) => chars.has(ch)));
        if (!donor || body.length < 4) continue;
        edit = { kind, place, splices: [{ at: clause.start, remove: body.length, insert: donor }], old: body, new: donor, ideal: cp(body) + cp(donor) };
      } else {
        // A name written with 𠮷 (U+20BB7), as in 𠮷野家: one character becomes one supplementary code point.
        const i = Math.floor(body.length / 2);
        if (/[\ud800-\udfff]/.test(body)) continue;
        edit = { kind, place, splices: [{ at: clause.start + i, remove: 1, insert: '𠮷' }], old: body[i]!, new: '𠮷', ideal: 2 };
      }
      clauseUse.set(place, [...taken, k]);
      edits.push(edit);
      return;
    }
    throw new Error(`no room left for a ${kind} edit`);
  };

  for (let i = 0; i < plan.move; i++) paragraphEdit('move');
  for (let i = 0; i < plan.deleteParagraph; i++) paragraphEdit('delete-paragraph');
  for (let i = 0; i < plan.insertParagraph; i++) paragraphEdit('insert-paragraph');
  for (let i = 0; i < plan.insert; i++) textEdit('insert');
  for (let i = 0; i < plan.reword; i++) textEdit('reword');
  for (let i = 0; i < plan.delete; i++) textEdit('delete');
  for (let i = 0; i < plan.extB; i++) textEdit('ext-b');
  return { text: applySplices(text, edits.flatMap((e) => e.splices)), edits, ideal: edits.reduce((sum, e) => sum + e.ideal, 0) };
}

/** Applies splices given in old-text offsets, from the end so earlier offsets stay valid. */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.at - a.at || a.remove - b.remove)) out = out.slice(0, s.at) + s.insert + out.slice(s.at + s.remove);
  return out;
}
