/**
 * What a form-lint rule is: an id, a severity, where it comes from, and a check that reads the
 * draft (and whatever else the rule was given) and returns findings. Rules are pure and fast
 * (< 50 ms on a 2,500-character draft, see tests/bench/run-lint.ts): the editor runs them all
 * on every pause in typing.
 */
import type { Draft, EarlierDraft } from './draft';
import type { FormProfile, LevelProfile } from './form-profile';
import type { DraftText } from './draft-text';

export type { LintSeverity as Severity } from '../model/drafting';
import type { LintSeverity as Severity } from '../model/drafting';

/** A passage of the report a draft cites as 案据, as resolved in the report's latest version (citation-check.ts). */
export interface CitedPassage {
  citationId: string;
  quote: string;
  /** The wording now in its place in the latest version; null when the passage is gone. */
  current: string | null;
}

/** Everything a rule may read. Optional inputs are absent when the caller has none. */
export interface LintInput {
  draft: Draft;
  profile: FormProfile;
  /** One's own earlier drafts and imported past proposals, for the local duplicate check. */
  earlierDrafts?: readonly EarlierDraft[];
  citedPassages?: readonly CitedPassage[];
}

export interface LintContext extends LintInput {
  /** The profile's rules for the draft's level (categories, signers needed). */
  levelProfile: LevelProfile;
  text: DraftText;
}

/** One thing a rule found. Severity and source default to the rule's own. */
export interface Finding {
  message: string;
  /** The words the finding is about, as written (for the editor to highlight). */
  excerpt?: string;
  part?: string;
  /** The id of what the finding compares the draft with (the earlier draft), for a side-by-side view. */
  related?: string;
  severity?: Severity;
  source?: string;
}

export interface LintRule {
  id: string;
  severity: Severity;
  /** Where the rule comes from, in words (a rule's item, or the usual practice of 提案 offices). */
  source: string;
  /** Whether a dismissal also lifts this rule's errors; warnings are always dismissable. */
  errorsDismissable: boolean;
  check(context: LintContext): Finding[];
}
