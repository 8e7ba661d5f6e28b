/** The drafts the output tests export: the clean fixtures of tests/fixtures/proposals, on their forms. */
import type { Draft } from '../../../../main/proposals/draft';
import { headerLine, type Level } from '../../../../main/proposals/form-profile';
import { FORM_PROFILES } from '../../../../main/proposals/form-profiles';
import type { DraftDocumentInput } from '../../../../main/proposals/outputs/draft-document';
import { adding, readDraft } from '../drafts';

export const CITATION = '「《2024年政府工作报告》第二部分（三）第2段：“实施积极应对人口老龄化国家战略，发展银发经济。”」';
export const CREATED_AT = new Date('2026-02-20T02:00:00Z');

export function documentInput(draft: Draft, session: { term: string; session: string; place?: string } = { term: '十四', session: '四' }): DraftDocumentInput {
  const profile = FORM_PROFILES[draft.formId];
  return { draft, profile, header: headerLine(profile, draft.level, session), createdAt: CREATED_AT };
}

/** The clean 提案 with a citation label in its 理由. */
export const proposalDraft = (): Draft => adding(readDraft('clean-proposal.md'), '理由', `报告提出${CITATION}，农村互助养老正是落实这一要求的重要抓手。`);

export const suggestionDraft = (level: Level = 'provincial'): Draft => readDraft('clean-suggestion.md', 'suggestion', level);

export const motionDraft = (): Draft => readDraft('motion-national.md', 'motion');
