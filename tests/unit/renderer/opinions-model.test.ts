/**
 * The DOM-free opinions model: a note made shows at once and Ctrl+Z takes it away through the
 * shell; an undo the shell refuses leaves the note (and the history) as they were.
 */
import { describe, expect, it } from 'vitest';
import { OpinionSaver } from '../../../renderer/src/annotations/OpinionSaver';
import { OpinionsModel } from '../../../renderer/src/annotations/OpinionsModel';
import type { ApiError } from '../../../renderer/src/api/contract';
import { failure, onPassage, opinion, REPORT_ID, ScriptedApi, smallReport, VERSION_ID } from './fakes';

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

  it('places an unplaced note by hand and undoes it by taking the placement back; a second placement undoes to the first', async () => {
    const api = new ScriptedApi();
    const placedAt = (input: { id: string; selection: typeof selection }) =>
      onPassage(input.id, input.selection.startParagraphId, input.selection.startOffset, input.selection.endOffset, {
        resolution: { status: 'fuzzy', score: 1, placed: true, ranges: [{ paragraphId: input.selection.startParagraphId, start: input.selection.startOffset, end: input.selection.endOffset }] },
      });
    api.answer = (method, input) => {
      if (method === 'opinions.place') return { ok: true, value: placedAt(input as never) };
      if (method === 'opinions.unplace') return { ok: true, value: opinion((input as { id: string }).id, { resolution: { status: 'orphan', score: 0 } }) };
      return { ok: true, value: {} };
    };
    const m = model(api);
    m.adopt(opinion('lost', { resolution: { status: 'orphan', score: 0 } }));
    expect(m.store.place('unplaced').map((v) => v.id)).toEqual(['lost']);

    expect(await m.place('lost', selection)).toBe(true);
    expect(m.store.place('p:p1').map((v) => v.id)).toEqual(['lost']);
    const elsewhere = { startParagraphId: 'p3', startOffset: 2, endParagraphId: 'p3', endOffset: 6 };
    expect(await m.place('lost', elsewhere)).toBe(true);
    expect(m.store.place('p:p3').map((v) => v.id)).toEqual(['lost']);

    // Undo the second placement: back on the first, not unplaced.
    expect(await m.commands.undo()).toBe(true);
    expect(api.calls.at(-1)).toEqual({ method: 'opinions.place', input: { id: 'lost', versionId: VERSION_ID, selection } });
    expect(m.store.place('p:p1').map((v) => v.id)).toEqual(['lost']);
    // Undo the first: the placement is taken back and the note is unplaced again.
    expect(await m.commands.undo()).toBe(true);
    expect(api.calls.at(-1)).toEqual({ method: 'opinions.unplace', input: { id: 'lost', versionId: VERSION_ID } });
    expect(m.store.place('unplaced').map((v) => v.id)).toEqual(['lost']);
    // Only a placed note can be given back.
    expect(await m.unplace('lost')).toBe(false);
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
