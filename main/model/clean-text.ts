/**
 * Text a delegate typed is kept as typed, except for characters that can make it lie about
 * itself: bidi embedding/override/isolate controls (U+202A–202E, U+2066–2069) can make a
 * comment display differently from what it says, and NUL cuts strings short in SQLite's
 * text functions (instr) and in C readers of an exported file.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const HIDDEN_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u0000]/g;

export function stripHiddenControls(text: string): string {
  return text.replace(HIDDEN_CONTROLS, '');
}

/** A short label (a tag, a stance name, a profile field): controls removed, blank space trimmed. */
export function cleanLabel(text: string): string {
  return stripHiddenControls(text).trim();
}
