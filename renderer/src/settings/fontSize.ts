/** The contract's bounds for `fontSize`; a value outside them would be rejected by the shell. */
export const MIN_FONT_SIZE = 12;
export const MAX_FONT_SIZE = 32;
const STEP = 2;

export function stepFontSize(size: number, direction: 1 | -1): number {
  return Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, size + direction * STEP));
}
