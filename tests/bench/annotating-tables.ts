/** The "Annotating" sections of `npm run bench`: re-anchoring and search, printed as tables. */
import type { NotesPaintFailure, NotesPaintResult } from './notes-paint-case';
import type { LookalikeSide } from './lookalike-quotes';
import type { ReanchorResult, SideResult } from './reanchor-case';
import type { SearchResult } from './search-case';
import { formatTable, ms, range } from './table';

const AIM_REANCHOR_MS = 300;
const AIM_CORRECT = 0.995;
const AIM_SEARCH_MS = 50;
const AIM_USABLE_MS = 1000;
const AIM_HIGHLIGHTS_MS = 50;

const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
/** One line, at most 40 characters (the middle elided): quotes are printed under the table. */
const short = (text: string) => {
  const line = text.replace(/\n/g, '⏎');
  return line.length <= 40 ? line : `${line.slice(0, 19)}…${line.slice(-20)}`;
};
const ORDER = ['exact', 'moved', 'fuzzy', 'ambiguous', 'orphan'];

function statuses(side: SideResult): string {
  return ORDER.filter((status) => side.statuses[status])
    .map((status) => `${status} ${side.statuses[status]}${status === 'ambiguous' ? ` (${side.ambiguousWithTruth} with truth)` : ''}`)
    .join(', ');
}

export function reanchorSection(r: ReanchorResult): string {
  const { ours, baseline, oursOnBaselineAnchors: same } = r;
  const subset = baseline.anchors < ours.anchors;
  const row = (label: string, side: SideResult, runs: string, aim: string, met: string) => [
    label,
    String(side.anchors),
    runs,
    ms(side.medianMs),
    range(side.minMs, side.maxMs),
    `${pct(side.score.correct, side.score.survivors)} (${side.score.correct}/${side.score.survivors})`,
    pct(side.scoreUnique.correct, side.scoreUnique.survivors),
    `${side.score.wrong} (${side.wrongDestroyed} destroyed)`,
    statuses(side),
    aim,
    met,
  ];
  const correct = ours.score.correct / ours.score.survivors;
  const rows = [
    row('ours: reanchorText (index build incl.)', ours, `${ours.runs} (+1 warm-up)`, '0 wrong, >= 99.5%, < 300 ms', `wrong ${yes(ours.score.wrong === 0)}, correct ${yes(correct >= AIM_CORRECT)}, time ${yes(ours.medianMs < AIM_REANCHOR_MS)}`),
    row(`baseline: Hypothesis-style${subset ? ' (SUBSET)' : ''}`, baseline, '1 (+200-anchor warm-up)', '', ''),
  ];
  if (subset) {
    rows.push([`ours on the baseline's ${same.anchors}`, String(same.anchors), '-', '-', '-', `${pct(same.score.correct, same.score.survivors)} (${same.score.correct}/${same.score.survivors})`, pct(same.scoreUnique.correct, same.scoreUnique.survivors), String(same.score.wrong), '-', '', '']);
  }
  const perAnchor = (side: SideResult) => side.medianMs / side.anchors;
  const edits = Object.entries(r.edits).map(([kind, n]) => `${n} ${kind}`).join(', ');
  const lines = [
    `Annotating 1/3: re-anchoring after a revision, ours vs a Hypothesis-style baseline (one process, the same anchors)\n`,
    formatTable(['Method', 'Anchors', 'Runs', 'Time', 'Min - max', 'Correct / survivors', 'Correct, unique', 'Wrong', 'Statuses', 'Aim', 'Met'], rows),
    '',
    `- Time ratio: the baseline takes ${(perAnchor(baseline) / perAnchor(ours)).toFixed(1)}x ours per anchor (${ms(perAnchor(baseline) * 1000)} vs ${ms(perAnchor(ours) * 1000)} per 1,000 anchors); ours' time includes building the trigram index of the revised text (${ms(r.indexMs)} of it).`,
    `- Text: ${r.copies} look-alike city/provincial reports (tests/bench/lookalike-corpus.ts), ${(r.bytes / 1e6).toFixed(2)} MB, ${r.chars} characters; revised: ${edits} (tests/bench/reanchor-case.ts).`,
    `- ${ours.anchors} anchors (3-120 characters, skewed short, 32-character prefix/suffix; revision.ts sampleAnchors), scored by revision.ts score(): "survivors" = passages the revision left at least half intact; correct = placed overlapping the true place; wrong = placed elsewhere (a destroyed passage placed on the same words or on what replaced it is not counted wrong). "Correct, unique" = the same rate over the ${ours.anchors - r.duplicateWindows} anchors whose prefix+quote+suffix occurs once in the old text (${r.duplicateWindows} were ambiguous before any edit).`,
    `- Baseline (tests/bench/hypothesis-baseline.ts): the old offsets if the quote is still there, else exact quote search, else approx-string-match with maxErrors = min(256, length/2); candidates scored quote 50, prefix 20, suffix 20, position 2; no folding (width, 繁/简), never "ambiguous".${subset ? ` It ran on the first ${baseline.anchors} anchors only; compare it with the "ours on the baseline's" row.` : ' It ran once, on all anchors.'}`,
    `- "Wrong (N destroyed)": N of the wrong placements are passages the revision destroyed, placed on other words (survivors placed elsewhere are the rest).`,
    `- "with truth": ambiguous results whose candidates include the true place (ours declines to choose among look-alikes).`,
  ];
  if (ours.wrong.length > 0) {
    const survivors = ours.score.wrong - ours.wrongDestroyed;
    lines.push(`- Wrong placements of ours: ${ours.score.wrong}, a bug for anchoring: ${survivors} passages still (partly) in place but placed elsewhere, ${ours.wrongDestroyed} passages the revision destroyed placed on look-alike words. The first ${ours.wrong.length}, as prefix[quote]suffix | status | truth -> placed:`);
    for (const w of ours.wrong) {
      const expected = w.expected === null ? 'destroyed' : `at ${w.expectedAt} "${short(w.expected)}"`;
      lines.push(`    ${w.id} ${short(w.prefix.slice(-10))}[${short(w.exact)}]${short(w.suffix.slice(0, 10))} | ${w.status} | ${expected} -> at ${w.gotAt} "${short(w.got)}"`);
    }
  }
  const trap = r.lookalikeQuotes;
  const trapRow = (label: string, side: LookalikeSide) => [
    label,
    String(trap.cases),
    ms(side.ms),
    `${pct(side.score.correct, side.score.survivors)} (${side.score.correct}/${side.score.survivors})`,
    String(side.onOtherCopy),
    String(side.score.wrong),
    ORDER.filter((status) => side.statuses[status]).map((status) => `${status} ${side.statuses[status]}`).join(', '),
  ];
  lines.push(
    '',
    `Duplicated short quotes, the selected copy edited (the 「…计划执行情况」/「…预算执行情况」 trap), on the same text\n`,
    formatTable(['Method', 'Cases', 'Time (1 run)', 'Correct', 'On another copy', 'Wrong', 'Statuses'], [trapRow('ours: reanchorText', trap.ours), trapRow('baseline: Hypothesis-style', trap.baseline)]),
    '',
    `- Cases (tests/bench/lookalike-quotes.ts, revision.ts lookalikeQuoteCases): quotes of 6-12 characters standing in 2 or more places of the old text (${trap.copies.toFixed(1)} on average), the selected copy edited by one character inserted inside it, no two cases sharing a copy; ours resolves them among ${trap.neighbours} other anchors of the same text (its time covers all of them), the baseline the cases alone. "On another copy" = placed on one of the quote's other copies: the silent wrong placement. "Correct" = placed on the edited passage.`,
  );
  return lines.join('\n');
}

export function searchSection(s: SearchResult): string {
  const rows = s.queries.map((q) => [
    `${q.label}`,
    q.engine,
    `${q.paragraphHits} / ${q.opinionHits}`,
    String(q.opinionMatches),
    String(s.runs),
    ms(q.medianMs),
    ms(q.p95Ms),
    ms(q.maxMs),
    ms(q.storeMedianMs),
    `< ${AIM_SEARCH_MS} ms`,
    yes(q.p95Ms < AIM_SEARCH_MS),
  ]);
  return [
    `Annotating 2/3: search in a report with ${s.opinions.toLocaleString('en')} opinions (paragraphs and opinions, as search.query does)\n`,
    formatTable(['Query', 'Engine', 'Hits paras / opinions', 'Opinions matching', 'Runs', 'Median', 'p95', 'Max', 'Store only', 'Aim (p95)', 'Met'], rows),
    '',
    `- Queries (in order): ${s.queries.map((q) => q.query).join(', ')}; each through dispatch(handlers, 'search.query') in one process (schema check and section paths included), after ${s.warmUp} untimed; "Store only" is the handler's tookMs. Hits are capped at ${s.limit} of each kind; "Opinions matching" counts them all.`,
    `- Store: a fresh data folder, one report (${s.paragraphs} paragraphs), ${s.opinions.toLocaleString('en')} passage comments composed by composeOpinion and written by OpinionStore.create in one transaction (${ms(s.insertMs)}); bodies are real sentences of the fixtures with a few words varied (tests/bench/seed-opinions.ts).`,
  ].join('\n');
}

export function notesSection(n: NotesPaintResult | NotesPaintFailure, report: string): string {
  const title = 'Annotating 3/3: opening a report with 10,000 notes in the browser shell (Chromium)';
  if ('error' in n) return `${title}\n\nNOT MEASURED (twice): ${n.error}`;
  const input = `${report}, ${n.paragraphs} paras, ${n.opinions} notes`;
  const row = (label: string, key: keyof NotesPaintResult['stats'], aim?: number) => {
    const { median, min, max, cold } = n.stats[key];
    return [label, input, `${n.runs} (+1 warm-up)`, ms(median), range(min, max), ms(cold), aim ? `< ${aim} ms` : '', aim ? yes(median < aim) : ''];
  };
  const cards = n.last.virtualised ? `the margin renders ${n.last.cards} cards (virtualised), the notes toggle says ${n.last.badge}` : `all ${n.last.cards} cards rendered, the notes toggle says ${n.last.badge}`;
  return [
    `${title}\n`,
    formatTable(
      ['Measure', 'Input', 'Runs', 'Median', 'Min - max', 'Cold 1st', 'Aim', 'Met'],
      [
        row('opinions.list sent', 'listRequested'),
        row('opinions.list arrived (response parsed)', 'listArrived'),
        row('opinions.list round trip', 'listRoundTrip'),
        row('first note card in DOM', 'firstCard'),
        row('all note cards in DOM', 'notesInDom'),
        row('margin painted = usable', 'notesPainted', AIM_USABLE_MS),
        row('highlights: 1st -> last Highlight.add', 'painterWork'),
        row('highlights: list in, text shown -> painted', 'highlightMs', AIM_HIGHLIGHTS_MS),
      ],
    ),
    '',
    `- ms from navigation start (round trip, Highlight.add span and "list in, text shown -> painted" are durations), measured in the page by tests/bench/notes-probe.js, checked once per frame; each run opens the shell URL in a new browser context at 1280x800.`,
    `- Notes: ${n.opinions} passage comments written through composeOpinion + OpinionStore.create (tests/bench/seed-opinions.ts), spread evenly over the paragraphs; last run: ${cards}; ${n.last.highlightRows} rows marked data-highlighted-opinions, ${n.last.adds} Highlight.add calls (the overlapping ranges of one stance in a paragraph merged: ${n.last.rangesPainted} ranges painted).`,
    `- "Painted" is the end of the first frame (checked in its requestAnimationFrame, stamped by a task queued there) in which CSS.highlights holds a range per note (sy-search excluded), or every [data-testid="note-card"] is present; "1st -> last Highlight.add" (the add method is wrapped) is the painter's own work; the rest of "list in, text shown -> painted" (from the later of the list's arrival and the end of the frame that first showed the report's text: the app asks for both at once, and either may come first) is laying the notes out by place and the frame itself.`,
    `- Cold 1st is the first open after the notes were written: main reads and resolves them for that call. The median is the report opened again: main keeps the resolved list until anything could change it (main/opinions/listed-opinions.ts), and the app prepares the last report's list while its window loads.`,
  ].join('\n');
}
