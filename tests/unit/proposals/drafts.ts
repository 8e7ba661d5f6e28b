/** The drafts the proposal tests start from: the clean 提案 fixture, read as the CLI reads it, and variants of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../../../main/proposals/draft';
import { parseDraftMarkdown } from '../../../main/proposals/draft-markdown';
import type { FormId, Level } from '../../../main/proposals/form-profile';
import { FORM_PROFILES } from '../../../main/proposals/form-profiles';
import { lintDraft, type Dismissal, type LintResult } from '../../../main/proposals/lint';
import type { LintInput } from '../../../main/proposals/lint-rule';

export const PROPOSAL_FIXTURE = (name: string) => join(__dirname, '..', '..', 'fixtures', 'proposals', name);

export function readDraft(name: string, formId: FormId = 'proposal', level: Level = 'national'): Draft {
  return parseDraftMarkdown(readFileSync(PROPOSAL_FIXTURE(name), 'utf8'), FORM_PROFILES[formId], level);
}

export const cleanProposal = (): Draft => readDraft('clean-proposal.md');

/** The clean 提案 with one part replaced, or a sentence added at the end of a part. */
export const withPart = (draft: Draft, part: string, text: string): Draft => ({ ...draft, parts: { ...draft.parts, [part]: text } });
export const adding = (draft: Draft, part: string, sentence: string): Draft => withPart(draft, part, `${draft.parts[part] ?? ''}\n${sentence}`);

export function lint(draft: Draft, extra: Omit<LintInput, 'draft' | 'profile'> = {}, dismissals: Dismissal[] = []): LintResult {
  return lintDraft({ draft, profile: FORM_PROFILES[draft.formId], ...extra }, dismissals);
}

/** The warnings of one rule, as "severity message" lines: what a test compares. */
export const warningsOf = (result: LintResult, ruleId: string) => result.warnings.filter((w) => w.ruleId === ruleId);
