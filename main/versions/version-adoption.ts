/**
 * What became of a report's opinions between two of its versions: each suggestion adopted or
 * not (main/versions/adoption.ts), each passage comment told whether its words changed. An
 * opinion made on another version is first placed in the older one by the anchor resolver; one
 * that cannot be placed there for sure (ambiguous, orphaned) is said to be so, never guessed.
 */
import { sourceOffset, type ReadingText } from '../anchoring/reading-text';
import { ReadingTexts } from '../anchoring/reading-texts';
import type { OpinionView } from '../model/opinion';
import { DomainError } from '../model/errors';
import type { AdoptionConfirmation, AdoptionHistory, AdoptionReport, AdoptionStatus, OpinionAdoption } from '../model/versions';
import { viewsIn } from '../opinions/opinion-views';
import type { Store } from '../store/store';
import { diffStoredVersions, versionPair } from './stored-version-diff';
import { OffsetMap, passageFate, suggestionAdoption } from './adoption';

/** An opinion's passage in the older version's source text, or null when it cannot be placed there. */
function placeIn(opinion: OpinionView, fromVersionId: string, reading: ReadingText): { start: number; end: number } | null {
  const anchor = opinion.anchor!;
  if (anchor.versionId === fromVersionId) return anchor.source;
  const resolution = opinion.resolution;
  if (!resolution || resolution.start === undefined || resolution.end === undefined || !resolution.ranges?.length) return null;
  const first = resolution.ranges[0]!;
  const last = resolution.ranges[resolution.ranges.length - 1]!;
  const firstParagraph = reading.byId.get(first.paragraphId)?.paragraph;
  const lastParagraph = reading.byId.get(last.paragraphId)?.paragraph;
  if (!firstParagraph || !lastParagraph) return null;
  return { start: sourceOffset(firstParagraph, first.start, false), end: sourceOffset(lastParagraph, last.end, true) };
}

/** The source range of the paragraph holding source offset `at`. */
function paragraphRange(reading: ReadingText, at: number): { start: number; end: number } | null {
  for (const { paragraph } of reading.paragraphs) {
    const first = paragraph.spans[0];
    const last = paragraph.spans[paragraph.spans.length - 1];
    if (first && last && first.start <= at && at < last.end) return { start: first.start, end: last.end };
  }
  return null;
}

export function adoptionBetween(store: Store, reportId: string, from?: string, to?: string): AdoptionReport {
  const { pair, diff, oldText, newText } = diffStoredVersions(store, reportId, versionPair(store, reportId, from, to), true);
  const map = new OffsetMap(diff);
  // Each version's reading text built once, however many anchors were made in it.
  const readings = new ReadingTexts((versionId) => store.reports.paragraphsOf(versionId));
  const reading = readings.get(pair.from);
  const passages = store.opinions.listByReport(reportId).filter((opinion) => opinion.anchor !== null);
  const views = viewsIn(reading, passages, readings.originOf, store.anchors.placementsIn(pair.from));

  const confirmations = store.adoptions.inVersion(pair.to);
  const opinions = views.map((opinion): OpinionAdoption => {
    const place = placeIn(opinion, pair.from, reading);
    const base = {
      opinionId: opinion.id,
      kind: opinion.kind,
      author: { name: opinion.author.name, delegation: opinion.author.delegation },
      proposed: opinion.suggestion?.proposed ?? null,
      confirmed: (opinion.suggestion && confirmations.get(opinion.id)) || null,
    };
    if (!place) return { ...base, original: opinion.anchor!.quote.exact, outcome: 'unplaced', score: 0, now: '' };
    const original = oldText.slice(place.start, place.end);
    if (opinion.suggestion) {
      const adoption = suggestionAdoption({ ...place, proposed: opinion.suggestion.proposed }, map, oldText, newText);
      return { ...base, original, outcome: adoption.status, score: adoption.score, now: adoption.now };
    }
    // 所在段落已修改: a comment is on its paragraph as a whole, so any change there is news to its author.
    const paragraph = paragraphRange(reading, place.start) ?? place;
    const fate = passageFate(paragraph.start, paragraph.end, map, oldText, newText);
    return { ...base, original, outcome: fate, score: 0, now: newText.slice(map.map(place.start, 'after'), map.map(place.end, 'before')) };
  });

  return { reportId, fromVersionId: pair.from, toVersionId: pair.to, opinions, suggestions: tallySuggestions(opinions) };
}

function tallySuggestions(opinions: OpinionAdoption[]): AdoptionReport['suggestions'] {
  const suggestions = { adopted: 0, 'partly-adopted': 0, 'not-adopted': 0, 'changed-otherwise': 0, deleted: 0, unplaced: 0 };
  // What a person confirmed counts as what it is; the rest as computed.
  for (const entry of opinions) if (entry.proposed !== null) suggestions[(entry.confirmed?.status ?? entry.outcome) as keyof typeof suggestions]++;
  return suggestions;
}

/** Records a person's word on a suggestion's outcome in `toVersionId` (one click on 确认 in the compare view). */
export function confirmAdoption(store: Store, opinionId: string, toVersionId: string, status: AdoptionStatus): AdoptionConfirmation {
  const opinion = store.opinions.get(opinionId);
  if (!opinion || !opinion.suggestion) throw new DomainError('not-found', `There is no suggestion ${opinionId} to confirm`);
  const reportId = store.reports.reportOfVersion(toVersionId);
  if (reportId !== opinion.reportId) throw new DomainError('not-found', `Version ${toVersionId} is not a version of this suggestion's report`);
  const by = store.profile.get()?.name;
  if (!by) throw new DomainError('forbidden', 'Set your name first: a confirmation says who made it');
  return store.adoptions.confirm(opinionId, toVersionId, status, by);
}

/**
 * Every hop of the chain, oldest first: what became of each opinion from the version it was
 * written on to the next, then to the one after, each hop told (and confirmable) on its own.
 */
export function adoptionHistory(store: Store, reportId: string): AdoptionHistory {
  const versions = store.reports.versionsOf(reportId);
  if (versions.length === 0) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
  const position = new Map(versions.map((version, i) => [version.id, i]));
  const written = new Map(store.opinions.listByReport(reportId).map((opinion) => [opinion.id, position.get(opinion.versionId) ?? 0]));
  const hops = versions.slice(1).map((version, i) => {
    const hop = adoptionBetween(store, reportId, versions[i]!.id, version.id);
    // An opinion written on a later draft did not exist yet at this hop.
    const opinions = hop.opinions.filter((opinion) => (written.get(opinion.opinionId) ?? 0) <= i);
    return { ...hop, opinions, suggestions: tallySuggestions(opinions) };
  });
  return { reportId, versions, hops };
}
