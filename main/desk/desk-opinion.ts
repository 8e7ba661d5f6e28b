/**
 * The opinion as the clerk's desk sees it: who said it, what kind it is, what it proposes and
 * where it points. Packages, 简报 and typed-in opinions all reduce to this shape before they are
 * counted or clustered, so the desk's pure cores never depend on the store.
 */
import type { OpinionKind, Profile, Role, Suggestion } from '../model/opinion';

export interface DeskAuthor extends Pick<Profile, 'name' | 'delegation'> {
  /** Decides the wording of a summary (代表/代表团 or 委员/界别); a delegate when absent. */
  role?: Role;
}

export interface DeskOpinion {
  id: string;
  author: DeskAuthor;
  kind: OpinionKind;
  bodyText: string;
  suggestion: Pick<Suggestion, 'original' | 'proposed'> | null;
  /** For passage opinions: the version the range is in and the range in its reading text. */
  versionId?: string;
  reading?: { start: number; end: number } | null;
  /** The words the anchor covers (its quote's exact text), removed before comparing. */
  quote?: string;
  /** For section notes. */
  sectionId?: string | null;
}
