/**
 * Child case: the version diff (main/versions) on scripted revisions of real reports whose truth
 * is known (tests/unit/versions/scripted-revision.ts): the 2024 national report (~18k characters,
 * 90 edits) and real reports joined to 500k characters (1,800 edits). Times diffVersions alone
 * (both texts already parsed, as in the app) and the change list after it; counts the characters
 * marked against the ideal (the sum of the scripted edit sizes) and against what pairing
 * paragraphs by equality alone would mark.
 * Usage: node --import tsx tests/bench/diff-case.ts [RUNS]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFile } from '../../main/import/read-file';
import { changeList } from '../../main/versions/change-list';
import { diffVersions } from '../../main/versions/diff-versions';
import { OffsetMap, suggestionAdoption } from '../../main/versions/adoption';
import { EXPECTED, scriptSuggestions, SUGGESTION_CLASSES } from '../unit/versions/scripted-suggestions';
import { codePointLength } from '../../main/versions/text-op';
import { FIXTURES } from '../support/paths';
import { scriptRevision, type RevisionPlan } from '../unit/versions/scripted-revision';
import { median, report, timeRuns } from './stats';

export interface DiffCaseRow {
  input: string;
  chars: number;
  paragraphs: number;
  edits: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  changeListMs: number;
  ideal: number;
  marked: number;
  equalityOnly: number;
  movesScripted: number;
  movesFound: number;
  /** Scripted moves found as a move of the very paragraph the script moved. */
  movesAtTruth: number;
  changes: number;
}

export interface AdoptionRow {
  input: string;
  chars: number;
  suggestions: number;
  runs: number;
  /** Diff, offset map and every suggestion's adoption, as `shenyi adoption` does them. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Adoption of the suggestions alone, the diff already made. */
  adoptionOnlyMs: number;
  /** Per scripted class: [told right, total]. */
  byClass: Record<string, [number, number]>;
  /** Suggestions called adopted or partly adopted whose wording is absent from the new draft. */
  falseAdoptions: number;
}

export interface DiffCaseResult {
  rows: DiffCaseRow[];
  adoption: AdoptionRow;
}

const [runsArg = '5'] = process.argv.slice(2);
const RUNS = Number(runsArg);

const SMALL_PLAN: RevisionPlan = { insert: 26, reword: 26, delete: 26, insertParagraph: 4, deleteParagraph: 4, move: 3, extB: 1 };
const LARGE_PLAN: RevisionPlan = { insert: 520, reword: 520, delete: 520, insertParagraph: 80, deleteParagraph: 80, move: 60, extB: 20 };
const LARGE_CHARS = 500_000;

/** Simplified-script UTF-8 reports of tests/fixtures, in name order, again from the start until long enough. */
function joinedReports(minChars: number): string {
  const texts = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('-zh-hans.txt'))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; chars < minChars; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    chars += codePointLength(text) + 2;
  }
  return parts.join('\n\n');
}

async function measure(input: string, oldText: string, plan: RevisionPlan): Promise<DiffCaseRow> {
  console.error(`bench: diff on ${input}…`);
  const old = await readReportFile(Buffer.from(oldText), 'old.txt');
  const revision = scriptRevision(old.sourceText, old.documents, plan, 1);
  const revised = await readReportFile(Buffer.from(revision.text), 'new.txt');
  const sides = [{ text: old.sourceText, documents: old.documents }, { text: revision.text, documents: revised.documents }] as const;
  const diff = diffVersions(...sides);
  const times = await timeRuns(() => diffVersions(...sides), 1, RUNS);
  const listTimes = await timeRuns(() => changeList(diff, old.sourceText), 1, RUNS);
  const equalityOnly = diff.paragraphs
    .filter((p) => p.alignment !== 'matched' && p.alignment !== 'moved')
    .reduce((sum, p) => sum + (p.old ? codePointLength(old.sourceText.slice(p.old.start, p.old.end)) : 0) + (p.new ? codePointLength(revision.text.slice(p.new.start, p.new.end)) : 0), 0);
  return {
    input,
    chars: codePointLength(old.sourceText),
    paragraphs: old.documents.reduce((sum, d) => sum + d.paragraphCount, 0),
    edits: revision.edits.length,
    runs: RUNS,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    changeListMs: median(listTimes),
    ideal: revision.ideal,
    marked: diff.marked.deleted + diff.marked.inserted,
    equalityOnly,
    movesScripted: revision.edits.filter((e) => e.kind === 'move').length,
    movesFound: diff.paragraphs.filter((p) => p.status === 'moved').length,
    movesAtTruth: revision.edits.filter((e) => e.kind === 'move' && diff.paragraphs.some((p) => p.status === 'moved' && p.old!.start === e.place.paragraph.spans[0]!.start)).length,
    changes: changeList(diff, old.sourceText).length,
  };
}

async function measureAdoption(count: number): Promise<AdoptionRow> {
  console.error(`bench: adoption of ${count} suggestions…`);
  const old = await readReportFile(Buffer.from(joinedReports(90_000)), 'old.txt');
  const revision = scriptSuggestions(old.sourceText, old.documents, count, 1);
  const revised = await readReportFile(Buffer.from(revision.text), 'new.txt');
  const sides = [{ text: old.sourceText, documents: old.documents }, { text: revision.text, documents: revised.documents }] as const;
  const adoptAll = (map: OffsetMap) =>
    revision.suggestions.map((suggestion) => suggestionAdoption({ start: suggestion.start, end: suggestion.end, proposed: suggestion.proposed }, map, old.sourceText, revision.text));
  const whole = () => adoptAll(new OffsetMap(diffVersions(...sides, { ignoreFormatting: true })));
  const times = await timeRuns(whole, 1, RUNS);
  const map = new OffsetMap(diffVersions(...sides, { ignoreFormatting: true }));
  const adoptionTimes = await timeRuns(() => adoptAll(map), 1, RUNS);
  const outcomes = adoptAll(map);
  const byClass: Record<string, [number, number]> = {};
  for (const cls of SUGGESTION_CLASSES) byClass[cls] = [0, 0];
  let falseAdoptions = 0;
  revision.suggestions.forEach((suggestion, i) => {
    const status = outcomes[i]!.status;
    byClass[suggestion.class]![1]++;
    if (status === EXPECTED[suggestion.class]) byClass[suggestion.class]![0]++;
    if (suggestion.class !== 'verbatim' && suggestion.class !== 'small-changes' && (status === 'adopted' || status === 'partly-adopted')) falseAdoptions++;
  });
  return {
    input: 'zh-hans fixtures joined',
    chars: codePointLength(old.sourceText),
    suggestions: revision.suggestions.length,
    runs: RUNS,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    adoptionOnlyMs: median(adoptionTimes),
    byClass,
    falseAdoptions,
  };
}

const rows = [
  await measure('national-2024-wikisource-zh-hans.txt', readFileSync(join(FIXTURES, 'national-2024-wikisource-zh-hans.txt'), 'utf8'), SMALL_PLAN),
  await measure('zh-hans fixtures joined', joinedReports(LARGE_CHARS), LARGE_PLAN),
];
report<DiffCaseResult>({ rows, adoption: await measureAdoption(200) });
