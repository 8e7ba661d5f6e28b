/**
 * Autosave: edits to one opinion are merged and sent one request at a time, a failed save keeps
 * its words (under anything typed since) and is retried, and a flush sends at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpinionSaver, SAVE_DEBOUNCE_MS } from '../../../renderer/src/annotations/OpinionSaver';
import type { Input } from '../../../renderer/src/api/contract';
import { failure, opinion, ScriptedApi, settle, VERSION_ID } from './fakes';

type Update = Input<'opinions.update'>;

function savedView(input: unknown) {
  const { id, patch } = input as Update;
  return { ok: true as const, value: opinion(id, { tags: patch.tags ?? [], stanceId: patch.stanceId ?? null }) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('OpinionSaver', () => {
  it('merges edits made within the pause into one request', async () => {
    const api = new ScriptedApi();
    api.answer = (_method, input) => savedView(input);
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['财政'] });
    saver.edit('o1', VERSION_ID, { stanceId: 'agree' });
    expect(saver.status('o1').state).toBe('pending');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(api.calls).toHaveLength(1);
    expect((api.calls[0]!.input as Update).patch).toEqual({ tags: ['财政'], stanceId: 'agree' });
    expect(saver.status('o1').state).toBe('saved');
  });

  it('keeps a failed edit, laid under what was typed since, and retries it', async () => {
    const api = new ScriptedApi();
    let fail = true;
    api.answer = (_method, input) => (fail ? failure('store-failed') : savedView(input));
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['旧'], stanceId: 'agree' }, 0);
    await settle();
    expect(saver.status('o1').state).toBe('error');
    // Still shown: the failed words are laid over anything the shell sends.
    expect(saver.overlay(opinion('o1')).stanceId).toBe('agree');

    saver.edit('o1', VERSION_ID, { tags: ['新'] });
    fail = false;
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    const last = api.calls.at(-1)!.input as Update;
    expect(last.patch).toEqual({ tags: ['新'], stanceId: 'agree' });
    expect(saver.status('o1').state).toBe('saved');
    expect(saver.hasPending('o1')).toBe(false);
  });

  it('retries a failed save on its own, waiting longer each time', async () => {
    const api = new ScriptedApi();
    let failures = 2;
    api.answer = (_method, input) => (failures-- > 0 ? failure('store-failed') : savedView(input));
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['a'] }, 0);
    await settle();
    expect(api.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.calls).toHaveLength(3);
    expect(saver.status('o1').state).toBe('saved');
  });

  it('does not retry what a retry cannot fix, but keeps the edit for the next flush', async () => {
    const api = new ScriptedApi();
    api.answer = () => failure('forbidden');
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['a'] }, 0);
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.calls).toHaveLength(1);
    expect(saver.pendingPatch('o1')).toEqual({ tags: ['a'] });
  });

  it('sends one request at a time and the edits made meanwhile after it, in order', async () => {
    const api = new ScriptedApi();
    const answers: ((value: ReturnType<typeof savedView>) => void)[] = [];
    api.answer = () => new Promise((resolve) => answers.push(resolve));
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['first'] }, 0);
    saver.edit('o1', VERSION_ID, { tags: ['second'] }, 0);
    await settle();
    expect(api.calls).toHaveLength(1);
    const flushed = saver.flush('o1');
    answers[0]!(savedView(api.calls[0]!.input));
    await settle();
    expect(api.calls).toHaveLength(2);
    expect((api.calls[1]!.input as Update).patch).toEqual({ tags: ['second'] });
    answers[1]!(savedView(api.calls[1]!.input));
    await flushed;
    expect(saver.hasPending('o1')).toBe(false);
  });

  it('lays edits still on their way over the view the shell answers with', async () => {
    const api = new ScriptedApi();
    let answer: (value: ReturnType<typeof savedView>) => void = () => {};
    api.answer = () => new Promise((resolve) => (answer = resolve));
    const saver = new OpinionSaver(api);
    const seen: string[][] = [];
    saver.setOnSaved((view) => seen.push(view.tags));
    saver.edit('o1', VERSION_ID, { tags: ['sent'] }, 0);
    await settle();
    saver.edit('o1', VERSION_ID, { tags: ['typed since'] });
    answer(savedView(api.calls[0]!.input));
    await settle();
    expect(seen).toEqual([['typed since']]);
  });

  it('reads a lazy body only when it is sent', async () => {
    const api = new ScriptedApi();
    api.answer = (_method, input) => savedView(input);
    const saver = new OpinionSaver(api);
    let reads = 0;
    const body = () => {
      reads += 1;
      return { type: 'doc', content: [] };
    };
    saver.edit('o1', VERSION_ID, { body });
    saver.edit('o1', VERSION_ID, { body });
    expect(reads).toBe(0);
    await saver.flush('o1');
    expect(reads).toBe(1);
    expect((api.calls[0]!.input as Update).patch.body).toEqual({ type: 'doc', content: [] });
  });

  it('forgets what is queued for a deleted opinion', async () => {
    const api = new ScriptedApi();
    const saver = new OpinionSaver(api);
    saver.edit('o1', VERSION_ID, { tags: ['a'] });
    saver.forget('o1');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS * 2);
    expect(api.calls).toHaveLength(0);
    expect(saver.status('o1').state).toBe('idle');
  });
});
