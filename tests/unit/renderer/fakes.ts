/**
 * What the renderer's DOM-free modules are tested against: opinions as the shell lists them, a
 * small report indexed as the reader indexes it, and an API whose answers a test scripts.
 */
import type { ApiError, ListedOpinion, Method, ReportDocument, Result, Section, ShenyiApi } from '../../../renderer/src/api/contract';
import { indexDocument, type DocIndex } from '../../../renderer/src/annotations/docIndex';

export const REPORT_ID = 'report-1';
export const VERSION_ID = 'version-1';

export function opinion(id: string, patch: Partial<ListedOpinion> = {}): ListedOpinion {
  return {
    id,
    reportId: REPORT_ID,
    versionId: VERSION_ID,
    kind: 'passage-comment',
    stanceId: null,
    tags: [],
    body: null,
    bodyText: '',
    anchor: null,
    sectionId: null,
    suggestion: null,
    author: { id: 'author-1', name: '张三', delegation: '' },
    createdAt: '2026-03-05T09:00:00.000Z',
    updatedAt: '2026-03-05T09:00:00.000Z',
    deletedAt: null,
    resolution: null,
    conflictOf: null,
    ...patch,
  };
}

/** A passage opinion placed exactly on one range of a paragraph. */
export function onPassage(id: string, paragraphId: string, start: number, end: number, patch: Partial<ListedOpinion> = {}): ListedOpinion {
  return opinion(id, { resolution: { status: 'exact', score: 1, ranges: [{ paragraphId, start, end }] }, ...patch });
}

function section(id: string, paragraphIds: string[], children: Section[] = [], kind: Section['kind'] = 'part'): Section {
  return {
    id,
    kind,
    level: kind === 'root' ? 0 : 1,
    marker: kind === 'root' ? '' : '一、',
    label: id,
    title: id,
    heading: id,
    runIn: false,
    headingSpans: [],
    paragraphs: paragraphIds.map((paragraphId, i) => ({ id: paragraphId, number: i + 1, path: `${id}/p${i + 1}`, text: '各位代表：现在，我代表国务院作报告。', spans: [], headingLength: 0 })),
    children,
  };
}

/** Two parts of two paragraphs each: s1 holds p1 and p2, s2 holds p3 and p4. */
export function smallReport(): DocIndex {
  const root = section('root', [], [section('s1', ['p1', 'p2']), section('s2', ['p3', 'p4'])], 'root');
  return indexDocument({ root } as unknown as ReportDocument);
}

type Answer = Result<unknown> | Promise<Result<unknown>>;

/** An API whose every call is recorded and answered by `answer` (a default of ok(input)). */
export class ScriptedApi implements ShenyiApi {
  calls: { method: Method; input: unknown }[] = [];
  answer: (method: Method, input: unknown) => Answer = (_method, input) => ({ ok: true, value: input });

  call<M extends Method>(method: M, input: unknown): Promise<Result<never>> {
    this.calls.push({ method, input });
    return Promise.resolve(this.answer(method, input)) as Promise<Result<never>>;
  }

  on(): () => void {
    return () => {};
  }
}

export function failure(code: ApiError['code']): Result<never> {
  return { ok: false, error: { code, message: code } };
}

/** Lets queued promise callbacks run (the saver awaits the API between steps). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}
