/**
 * Ctrl+Z and Ctrl+Shift+Z over opinions: steps undone and redone in order, a step the shell
 * refused stays where it was, and a new change forgets what was undone.
 */
import { describe, expect, it } from 'vitest';
import { CommandStack, type Command } from '../../../renderer/src/annotations/CommandStack';

function recorder() {
  const log: string[] = [];
  const command = (name: string, ok = true): Command => ({
    label: 'undo.create',
    undo: async () => {
      log.push(`undo ${name}`);
      return ok;
    },
    redo: async () => {
      log.push(`redo ${name}`);
      return ok;
    },
  });
  return { log, command };
}

describe('CommandStack', () => {
  it('undoes the latest step first and redoes in the order undone', async () => {
    const { log, command } = recorder();
    const stack = new CommandStack();
    stack.push(command('a'));
    stack.push(command('b'));
    await stack.undo();
    await stack.undo();
    await stack.redo();
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    expect(stack.canUndo()).toBe(true);
    expect(stack.canRedo()).toBe(true);
  });

  it('keeps a step the shell refused to undo on the undo side', async () => {
    const { command } = recorder();
    const stack = new CommandStack();
    const refused = command('a', false);
    stack.push(refused);
    expect(await stack.undo()).toBe(false);
    expect(stack.peekUndo()).toBe(refused);
    expect(stack.canRedo()).toBe(false);
  });

  it('forgets what was undone once a new change is made', async () => {
    const { command } = recorder();
    const stack = new CommandStack();
    stack.push(command('a'));
    await stack.undo();
    stack.push(command('b'));
    expect(stack.canRedo()).toBe(false);
    expect(await stack.redo()).toBe(false);
  });

  it('runs one step at a time: a second undo while the first is on its way does nothing', async () => {
    const stack = new CommandStack();
    let finish: (ok: boolean) => void = () => {};
    const slow: Command = { label: 'undo.delete', undo: () => new Promise((resolve) => (finish = resolve)), redo: async () => true };
    const { command } = recorder();
    stack.push(command('first'));
    stack.push(slow);
    const first = stack.undo();
    expect(await stack.undo()).toBe(false);
    finish(true);
    expect(await first).toBe(true);
    expect(stack.peekRedo()).toBe(slow);
    expect(stack.peekUndo()?.label).toBe('undo.create');
  });

  it('tells subscribers of every change, for the toolbar buttons', async () => {
    const { command } = recorder();
    const stack = new CommandStack();
    let told = 0;
    const off = stack.subscribe(() => (told += 1));
    stack.push(command('a'));
    await stack.undo();
    off();
    stack.push(command('b'));
    expect(told).toBe(2);
  });

  it('keeps the latest 200 steps and lets the oldest go', async () => {
    const { log, command } = recorder();
    const stack = new CommandStack();
    stack.push(command('oldest'));
    for (let i = 0; i < 200; i += 1) stack.push(command(String(i)));
    let undone = 0;
    while (await stack.undo()) undone += 1;
    expect(undone).toBe(200);
    expect(log).not.toContain('undo oldest');
  });
});
