/**
 * `shenyi note add` and `shenyi note list`: opinions from the command line, through the API
 * the app calls (opinions.create, opinions.views). A note is added in one transaction with the
 * profile it may create, so a failed command leaves the store as it was.
 */
import { userInfo } from 'node:os';
import { readingTextOfOutline } from '../anchoring/reading-text';
import { foldText } from '../anchoring/fold';
import { selectQuote } from '../anchoring/quote-selection';
import { DomainError } from '../model/errors';
import type { OpinionView, Profile, Stance } from '../model/opinion';
import { bodyFromText } from '../model/rich-text/sanitize-body';
import { cleanLabel } from '../model/clean-text';
import type { StoreCall } from './store-api';
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

/** The profile, or the name of a new one from --author or the OS user name (set in the caller's transaction). */
function authorFor(profile: Profile | null, given: string | undefined): { author: Profile | null; source: AuthorSource; name: string } {
  if (profile) return { author: profile, source: 'profile', name: profile.name };
  const name = cleanLabel(given ?? osUserName());
  if (name === '') throw new UsageError('no profile is set and no author name is known: pass --author NAME');
  return { author: null, source: given !== undefined ? '--author' : 'os-user', name };
}

/** By name as stored, else by name in either script (質疑 finds 质疑) when that is unambiguous. */
function findStance(stances: Stance[], name: string): Stance | null {
  const exact = stances.find((stance) => stance.name === name.trim());
  if (exact) return exact;
  const folded = foldText(name.trim());
  const matches = stances.filter((stance) => foldText(stance.name) === folded);
  return matches.length === 1 ? matches[0]! : null;
}

const AUTHOR_SOURCES: Record<AuthorSource, string> = {
  profile: 'the profile',
  '--author': 'a new profile from --author',
  'os-user': 'a new profile from the OS user name',
};

/** `inOneTransaction`: the profile and the note are written together or not at all. */
export async function noteAdd(api: StoreCall, inOneTransaction: <T>(work: () => Promise<T>) => Promise<T>, options: NoteOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'note add');
  const quote = requireOption(options.quote, '--quote', 'note add');
  const stanceName = requireOption(options.stance, '--stance', 'note add');
  const body = requireOption(options.body, '--body', 'note add');
  if ((options.suggest === undefined) !== (options.reason === undefined)) throw new UsageError('--suggest and --reason go together');
  const occurrence = parseOccurrence(options.occurrence);

  const stances = await api('stances.list', {});
  const stance = findStance(stances, stanceName);
  if (!stance) throw new DomainError('invalid-input', `There is no stance named ${stanceName} (stances: ${stances.map((s) => s.name).join(', ')})`);
  const document = await api('report.open', { reportId });
  const versionId = document.version.id;
  const selection = selectQuote(readingTextOfOutline(document.root), quote, occurrence, `the latest version of report ${reportId}`);
  const { author, source, name } = authorFor(await api('profile.get', {}), options.author);

  const view: OpinionView = await inOneTransaction(async () => {
    if (!author) await api('profile.set', { name, delegation: '', role: 'npc-delegate' });
    const created = await api('opinions.create', {
      reportId,
      versionId,
      kind: options.suggest !== undefined ? 'passage-suggestion' : 'passage-comment',
      stanceId: stance.id,
      tags: [],
      body: bodyFromText(body).body,
      selection,
      ...(options.suggest !== undefined ? { suggestion: { proposed: options.suggest, reason: options.reason! } } : {}),
    });
    const [whole] = await api('opinions.views', { reportId, versionId, ids: [created.id] });
    return whole!;
  });

  print({ opinion: view, authorSource: source }, options.json, () =>
    [
      `added ${view.id} (${view.kind}, ${stance.name}) at ${view.anchor!.path}: ${view.anchor!.quote.exact}`,
      `author: ${view.author.name} (${AUTHOR_SOURCES[source]})`,
    ].join('\n'),
  );
}

export async function noteList(api: StoreCall, options: NoteOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'note list');
  const { version } = await api('report.open', { reportId });
  const views = await api('opinions.views', { reportId, versionId: version.id });
  const stances = new Map((await api('stances.list', {})).map((s) => [s.id, s.name]));
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
