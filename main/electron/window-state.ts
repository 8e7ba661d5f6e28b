/**
 * The main window's size and position, kept between launches in the data folder. A saved place
 * is used only where it is still on a screen (a monitor may have been unplugged since); otherwise
 * the window opens at its default size, centred. Pure but for the file it reads and writes.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const Stored = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(1), height: z.number().int().min(1) }),
  maximized: z.boolean(),
});

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MINIMUM_SIZE = { width: 720, height: 480 };

export function readWindowState(dataDir: string): WindowState | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // first launch, or a file no longer readable: the default place will do
  }
}

export function writeWindowState(dataDir: string, state: WindowState): void {
  const path = join(dataDir, WINDOW_STATE_FILE);
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(state));
  renameSync(partial, path);
}

/**
 * The bounds to open with: the saved ones when at least a usable part of the title bar lies on
 * one of the screens' work areas (so the window can be grabbed and moved), shrunk to fit that
 * screen; none otherwise.
 */
export function placeOnScreens(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState | null {
  if (saved === null) return null;
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 32 };
  const screen = workAreas.find((area) => overlap(titleBar, area) >= 100 * 16);
  if (!screen) return null;
  const width = clamp(bounds.width, MINIMUM_SIZE.width, screen.width);
  const height = clamp(bounds.height, MINIMUM_SIZE.height, screen.height);
  const x = clamp(bounds.x, screen.x, screen.x + screen.width - width);
  const y = clamp(bounds.y, screen.y, screen.y + screen.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}
