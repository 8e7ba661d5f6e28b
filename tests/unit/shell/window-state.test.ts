import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeOnScreens, readWindowState, WINDOW_STATE_FILE, writeWindowState } from '../../../main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 876 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('window size and position', () => {
  it('comes back where it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenyi-window-'));
    dirs.push(dir);
    const state = { bounds: { x: 1600, y: 100, width: 1500, height: 1000 }, maximized: true };
    writeWindowState(dir, state);
    expect(readWindowState(dir)).toEqual(state);
    expect(placeOnScreens(readWindowState(dir), [laptop, external])).toEqual(state);
  });

  it('opens at the default place when the screen it was on is gone', () => {
    const onExternal = { bounds: { x: 1600, y: 100, width: 1500, height: 1000 }, maximized: false };
    expect(placeOnScreens(onExternal, [laptop])).toBeNull();
  });

  it('shrinks and moves a window larger than its screen so its title bar stays reachable', () => {
    const placed = placeOnScreens({ bounds: { x: -200, y: 0, width: 3000, height: 2000 }, maximized: false }, [laptop]);
    expect(placed?.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 876 });
  });

  it('ignores a damaged or foreign state file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenyi-window-'));
    dirs.push(dir);
    expect(readWindowState(dir)).toBeNull();
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"bounds":{"x":"left"}');
    expect(readWindowState(dir)).toBeNull();
    writeFileSync(join(dir, WINDOW_STATE_FILE), JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }));
    expect(readWindowState(dir)).toBeNull();
  });
});
