/**
 * The rules that turn a request into an opinion, shared by the API and the command line:
 * which fields each kind needs, the anchor taken from the selection, the suggestion's
 * original wording taken from the anchored quote, the author from the profile, and every
 * piece of text cleaned (body sanitised, tags and suggestion stripped of bidi controls).
 */
import { randomUUID } from 'node:crypto';
import type { Opinion, OpinionKind, Profile } from '../model/opinion';
import { DomainError } from '../model/errors';
import type { ReadingText } from '../anchoring/reading-text';
import { createPassageAnchor, type Selection } from '../anchoring/create-anchor';
import type { NewOpinion, OpinionChanges } from '../model/opinion';
import { emptyBody, sanitizeBody, type BodyProblem } from '../model/rich-text/sanitize-body';
import { cleanLabel, stripHiddenControls } from '../model/clean-text';

export interface OpinionRequest {
  id?: string;
  reportId: string;
  versionId: string;
  kind: OpinionKind;
  stanceId: string | null;
  tags?: string[];
  /** Rich text from the editor (or a file): sanitised here whatever it holds. */
  body?: unknown;
  selection?: Selection;
  sectionId?: string;
  suggestion?: { proposed: string; reason: string };
}

export interface OpinionPatchRequest {
  stanceId?: string | null;
  tags?: string[];
  body?: unknown;
  suggestion?: { proposed: string; reason: string };
}

export interface ComposeContext {
  /** The reading text of the request's version (passage kinds anchor in it). */
  reading: () => ReadingText;
  hasSection: (sectionId: string) => boolean;
  author: Profile | null;
  /** Told of each node or mark of the body the schema does not know (its words are kept). */
  reportBody?: (problem: BodyProblem) => void;
}

/**
 * Ids chosen by a client are kept as given (its undo names them), so they must be plain:
 * no blank space, no controls, nothing a file name or a CSV cell could trip on.
 */
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export function checkClientId(id: string, what: string): string {
  if (!CLIENT_ID.test(id)) throw new DomainError('invalid-input', `${what} ids may hold only letters, digits and _ . : - (got ${JSON.stringify(id.slice(0, 40))})`);
  return id;
}

export const newOpinionId = () => `o_${randomUUID()}`;

export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map(cleanLabel).filter((tag) => tag !== ''))];
}

const cleanSuggestionText = (suggestion: { proposed: string; reason: string }) => ({
  proposed: stripHiddenControls(suggestion.proposed),
  reason: stripHiddenControls(suggestion.reason),
});

const isPassage = (kind: OpinionKind) => kind === 'passage-comment' || kind === 'passage-suggestion';

function refuse(condition: boolean, message: string): void {
  if (condition) throw new DomainError('invalid-input', message);
}

export function composeOpinion(request: OpinionRequest, context: ComposeContext): NewOpinion {
  if (!context.author) throw new DomainError('invalid-input', 'Set your name first: opinions carry their author');
  const { kind } = request;
  refuse(isPassage(kind) && !request.selection, `A ${kind} needs a selection in the report`);
  refuse(!isPassage(kind) && request.selection !== undefined, `A ${kind} is not attached to a passage; leave out the selection`);
  refuse(kind === 'section-note' && request.sectionId === undefined, 'A section note needs the section it is about');
  refuse(kind !== 'section-note' && request.sectionId !== undefined, `A ${kind} is not attached to a section; leave out sectionId`);
  refuse(kind === 'passage-suggestion' && !request.suggestion, 'A suggestion needs the proposed wording and the reason');
  refuse(kind !== 'passage-suggestion' && request.suggestion !== undefined, `Only a passage-suggestion carries a proposed wording`);
  if (kind === 'section-note' && !context.hasSection(request.sectionId!)) {
    throw new DomainError('not-found', `There is no section ${request.sectionId} in this version of the report`);
  }
  const anchor = request.selection ? createPassageAnchor(request.versionId, context.reading(), request.selection) : null;
  const { body, text } = sanitizeBody(request.body ?? emptyBody(), context.reportBody ? { report: context.reportBody } : {});
  return {
    id: request.id === undefined ? newOpinionId() : checkClientId(request.id, 'Opinion'),
    reportId: request.reportId,
    versionId: request.versionId,
    kind,
    stanceId: request.stanceId,
    tags: cleanTags(request.tags ?? []),
    body,
    bodyText: text,
    anchor,
    sectionId: request.sectionId ?? null,
    suggestion: request.suggestion && anchor ? { original: anchor.quote.exact, ...cleanSuggestionText(request.suggestion) } : null,
    author: context.author,
  };
}

/** A patch checked against the opinion it changes; the suggestion's original wording never changes. */
export function composeChanges(current: Opinion, patch: OpinionPatchRequest, reportBody?: (problem: BodyProblem) => void): OpinionChanges {
  refuse(patch.suggestion !== undefined && current.kind !== 'passage-suggestion', `Only a passage-suggestion carries a proposed wording`);
  return {
    ...(patch.stanceId !== undefined ? { stanceId: patch.stanceId } : {}),
    ...(patch.tags !== undefined ? { tags: cleanTags(patch.tags) } : {}),
    ...(patch.body !== undefined ? { body: sanitizeBody(patch.body, reportBody ? { report: reportBody } : {}) } : {}),
    ...(patch.suggestion !== undefined && current.suggestion
      ? { suggestion: { original: current.suggestion.original, ...cleanSuggestionText(patch.suggestion) } }
      : {}),
  };
}
