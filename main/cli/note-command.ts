/**
 * `shenyi note add` and `shenyi note list`: opinions from the command line, through the same
 * rules as the app (main/opinions). A note is added in one transaction with the profile it
 * may create, so a failed command leaves the store as it was.
 */
import { userInfo } from 'node:os';
import { buildReadingText } from '../anchoring/reading-text';
import { foldText } from '../anchoring/fold';
import { DomainError } from '../model/errors';
import type { OpinionView, Profile, Stance } from '../model/opinion';
import { bodyFromText } from '../model/rich-text/sanitize-body';
import { cleanLabel } from '../model/clean-text';
import { composeOpinion } from '../opinions/compose-opinion';
import { viewIn, viewsIn } from '../opinions/opinion-views';
import { ReadingTexts } from '../anchoring/reading-texts';
import { selectQuote } from '../opinions/quote-selection';
import type { Store } from '../store/store';
import { cell, print } from './print';
import { requireOption, UsageError } from './usage';

export interface NoteOptions {
  report?: string;
  quote?: string;
  occurrence?: string;
  stance?: string;
  body?: string;
  suggest?: string;
  reason?: string;
  author?: string;
  json: boolean;
}

/** Where the author of a new note came from: said in the output, since it is set once. */
type AuthorSource = 'profile' | '--author' | 'os-user';

function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--occurrence takes a whole number from 1 (got ${value})`);
  return n;
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** The profile, or a new one from --author or the OS user name (written by the caller's transaction). */
function authorFor(store: Store, given: string | undefined): { author: Profile | null; source: AuthorSource; name: string } {
  const profile = store.profile.get();
  if (profile) return { author: profile, source: 'profile', name: profile.name };
  const name = cleanLabel(given ?? osUserName());
  if (name === '') throw new UsageError('no profile is set and no author name is known: pass --author NAME');
  return { author: null, source: given !== undefined ? '--author' : 'os-user', name };
}

/** By name as stored, else by name in either script (質疑 finds 质疑) when that is unambiguous. */
function findStance(store: Store, name: string): Stance | null {
  const exact = store.stances.byName(name.trim());
  if (exact) return exact;
  const folded = foldText(name.trim());
  const matches = store.stances.list().filter((stance) => foldText(stance.name) === folded);
  return matches.length === 1 ? matches[0]! : null;
}

const AUTHOR_SOURCES: Record<AuthorSource, string> = {
  profile: 'the profile',
  '--author': 'a new profile from --author',
  'os-user': 'a new profile from the OS user name',
};

export function noteAdd(store: Store, options: NoteOptions): void {
  const reportId = requireOption(options.report, '--report', 'note add');
  const quote = requireOption(options.quote, '--quote', 'note add');
  const stanceName = requireOption(options.stance, '--stance', 'note add');
  const body = requireOption(options.body, '--body', 'note add');
  if ((options.suggest === undefined) !== (options.reason === undefined)) throw new UsageError('--suggest and --reason go together');
  const occurrence = parseOccurrence(options.occurrence);

  const stance = findStance(store, stanceName);
  if (!stance) throw new DomainError('invalid-input', `There is no stance named ${stanceName} (stances: ${store.stances.list().map((s) => s.name).join(', ')})`);
  const versionId = store.reports.latestVersionId(reportId);
  const reading = buildReadingText(store.reports.paragraphsOf(versionId));
  const selection = selectQuote(reading, quote, occurrence, `the latest version of report ${reportId}`);
  const { author, source, name } = authorFor(store, options.author);

  const view: OpinionView = store.db.transaction(() => {
    const profile = author ?? store.profile.set({ name, delegation: '', role: 'npc-delegate' });
    const opinion = composeOpinion(
      {
        reportId,
        versionId,
        kind: options.suggest !== undefined ? 'passage-suggestion' : 'passage-comment',
        stanceId: stance.id,
        body: bodyFromText(body).body,
        selection,
        ...(options.suggest !== undefined ? { suggestion: { proposed: options.suggest, reason: options.reason! } } : {}),
      },
      { reading: () => reading, hasSection: () => false, author: profile },
    );
    return viewIn(reading, store.opinions.create(opinion));
  })();

  print({ opinion: view, authorSource: source }, options.json, () =>
    [
      `added ${view.id} (${view.kind}, ${stance.name}) at ${view.anchor!.path}: ${view.anchor!.quote.exact}`,
      `author: ${view.author.name} (${AUTHOR_SOURCES[source]})`,
    ].join('\n'),
  );
}

export function noteList(store: Store, options: NoteOptions): void {
  const reportId = requireOption(options.report, '--report', 'note list');
  const versionId = store.reports.latestVersionId(reportId);
  const readings = new ReadingTexts((id) => store.reports.paragraphsOf(id));
  const views = viewsIn(readings.get(versionId), store.opinions.listByReport(reportId), readings.originOf, store.anchors.placementsIn(versionId));
  const stances = new Map(store.stances.list().map((s) => [s.id, s.name]));
  print(views, options.json, () =>
    views
      .map((view) =>
        [
          view.id,
          view.resolution?.status ?? view.kind,
          view.stanceId ? (stances.get(view.stanceId) ?? view.stanceId) : '-',
          view.anchor?.path ?? view.sectionId ?? '',
          cell(view.anchor?.quote.exact ?? ''),
          cell(view.bodyText),
        ].join('\t'),
      )
      .join('\n'),
  );
}
