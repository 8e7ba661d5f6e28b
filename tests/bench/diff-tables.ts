/** The "Versions" section of `npm run bench`: the version diff's time and marked characters, as a table. */
import type { AdoptionRow, DiffCaseResult, DiffCaseRow } from './diff-case';
import { formatTable, ms, range } from './table';

/** 18k characters with ~90 edits, then 500k with ~1,800 (the rows of diff-case.ts, in order). */
const AIM_MS = [100, 1000];
const AIM_MARKED_RATIO = 1.1;

/** The version diff table (tests/bench/diff-case.ts): time, and characters marked against the scripted truth. */
export function diffSection(result: DiffCaseResult): string {
  const row = (r: DiffCaseRow, k: number) => [
    'diffVersions (aligned pairs + char diff)',
    `${r.input}, ${r.chars} chars, ${r.paragraphs} paras`,
    `${r.edits} (${r.movesScripted} moves)`,
    `${r.runs} (+1 warm-up)`,
    ms(r.medianMs),
    range(r.minMs, r.maxMs),
    ms(r.changeListMs),
    `${r.marked} / ${r.ideal} = ${(r.marked / r.ideal).toFixed(3)}`,
    `${(r.equalityOnly / r.ideal).toFixed(2)}x`,
    `${r.movesFound} (${r.movesAtTruth}/${r.movesScripted} scripted)`,
    `<= ${AIM_MS[k]} ms, <= ${AIM_MARKED_RATIO}x`,
    r.medianMs <= AIM_MS[k]! && r.marked / r.ideal <= AIM_MARKED_RATIO ? 'yes' : 'NO',
  ];
  return [
    'Versions: diff of a scripted revision (known truth)\n',
    formatTable(['Measure', 'Input', 'Edits', 'Runs', 'Median', 'Min - max', 'Change list', 'Marked / ideal chars', 'Equality-only pairing', 'Moves found', 'Aim', 'Met'], result.rows.map(row)),
    '',
    '- Edits (tests/unit/versions/scripted-revision.ts): clauses of other real reports inserted, clauses reworded and deleted,',
    '  paragraphs inserted, deleted and moved, a CJK Extension-B character. "Ideal" = the code points the edits remove plus',
    '  those they insert (a move: 0). "Equality-only pairing" = what a diff that pairs only equal paragraphs would mark.',
    '- "Moves found (n/m scripted)": all moves the diff reports, and how many scripted moves it reports on the very paragraph moved.',
    '- The 500k text is the zh-hans fixtures joined, from the start again until 500,000 characters (the corpus in tests/fixtures',
    '  holds ~330k distinct characters; national-1954-govcn repeats its body and the 2018 report is there from two sources).',
    '  Repeated paragraphs make a move ambiguous: moving one of two identical paragraphs reads the same as moving its twin,',
    '  and a deleted paragraph equal to an inserted donor paragraph is a move by content. Hence more moves than scripted,',
    '  fewer at the scripted paragraph, and fewer characters marked than the ideal.',
    '',
    adoptionSection(result.adoption),
  ].join('\n');
}


const AIM_EXACT = 1;
const AIM_ANY = 0.95;
const EXACT_CLASSES = new Set(['verbatim', 'not-adopted', 'deleted']);

/** Adoption of scripted suggestions (tests/unit/versions/scripted-suggestions.ts): time, and classes told right. */
function adoptionSection(a: AdoptionRow): string {
  const classes = Object.entries(a.byClass);
  const met = classes.every(([cls, [right, total]]) => right / total >= (EXACT_CLASSES.has(cls) ? AIM_EXACT : AIM_ANY)) && a.falseAdoptions === 0;
  return [
    'Versions: adoption of suggestions (known truth)\n',
    formatTable(
      ['Measure', 'Input', 'Suggestions', 'Runs', 'Median (diff + adoption)', 'Min - max', 'Adoption alone', ...classes.map(([cls]) => cls), 'Claimed where absent', 'Aim', 'Met'],
      [[
        'adoptionBetween (diff, offset map, each suggestion)',
        `${a.input}, ${a.chars} chars`,
        String(a.suggestions),
        `${a.runs} (+1 warm-up)`,
        ms(a.medianMs),
        range(a.minMs, a.maxMs),
        ms(a.adoptionOnlyMs),
        ...classes.map(([, [right, total]]) => `${right}/${total}`),
        String(a.falseAdoptions),
        'exact classes 100%, all >= 95%, 0 claimed',
        met ? 'yes' : 'NO',
      ]],
    ),
    '',
    '- Classes: verbatim (proposal written in as is), small-changes (a third of what it adds left out), not-adopted (clause',
    '  untouched), otherwise (clause replaced by an unrelated one), deleted (its paragraph deleted); exact classes: verbatim,',
    '  not-adopted, deleted. Other paragraphs get unrelated insertions.',
  ].join('\n');
}
