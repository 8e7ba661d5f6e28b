/**
 * The DOM-free opinions model: a note made shows at once and Ctrl+Z takes it away through the
 * shell; an undo the shell refuses leaves the note (and the history) as they were.
 */
import { describe, expect, it } from 'vitest';
import { OpinionSaver } from '../../../renderer/src/annotations/OpinionSaver';
import { OpinionsModel } from '../../../renderer/src/annotations/OpinionsModel';
import type { ApiError } from '../../../renderer/src/api/contract';
import { failure, onPassage, REPORT_ID, ScriptedApi, smallReport, VERSION_ID } from './fakes';

function model(api: ScriptedApi, errors: ApiError[] = []) {
  return new OpinionsModel({ api, saver: new OpinionSaver(api), reportId: REPORT_ID, versionId: VERSION_ID, index: smallReport(), onError: (error) => errors.push(error) });
}

const selection = { startParagraphId: 'p1', startOffset: 0, endParagraphId: 'p1', endOffset: 4 };

describe('OpinionsModel', () => {
  it('shows a new note at once and undoes it by deleting it in the shell', async () => {
    const api = new ScriptedApi();
    api.answer = (method, input) => (method === 'opinions.create' ? { ok: true, value: onPassage((input as { id: string }).id, 'p1', 0, 4) } : { ok: true, value: {} });
    const m = model(api);
    const view = await m.create({ kind: 'passage-comment', selection, stanceId: null });
    expect(m.store.place('p:p1').map((v) => v.id)).toEqual([view!.id]);
    expect(await m.commands.undo()).toBe(true);
    expect(api.calls.at(-1)).toEqual({ method: 'opinions.delete', input: { id: view!.id } });
    expect(m.store.count()).toBe(0);
  });

  it('keeps the note and the step when the shell refuses the undo, and says why', async () => {
    const api = new ScriptedApi();
    api.answer = (method, input) => (method === 'opinions.create' ? { ok: true, value: onPassage((input as { id: string }).id, 'p1', 0, 4) } : failure('store-failed'));
    const errors: ApiError[] = [];
    const m = model(api, errors);
    await m.create({ kind: 'passage-comment', selection, stanceId: null });
    expect(await m.commands.undo()).toBe(false);
    expect(m.store.count()).toBe(1);
    expect(m.commands.canUndo()).toBe(true);
    expect(errors.map((error) => error.code)).toEqual(['store-failed']);
  });

  it('drops a list that arrives after the model was dropped', async () => {
    const api = new ScriptedApi();
    api.answer = () => ({ ok: true, value: [onPassage('a', 'p1', 0, 4)] });
    const m = model(api);
    const list = m.fetch();
    m.dispose();
    expect(await list).toBeNull();
  });
});
