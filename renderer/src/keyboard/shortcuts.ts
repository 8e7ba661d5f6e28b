/**
 * Maps key presses to reader actions. Kept free of React so the rules (what counts as typing,
 * the `g l` sequence, IME composition) live in one readable place.
 */
export type ShortcutAction =
  | 'next-section'
  | 'previous-section'
  | 'import'
  | 'font-bigger'
  | 'font-smaller'
  | 'library'
  | 'help'
  | 'dismiss';

/** How long after `g` the `l` of `g l` still counts. */
const SEQUENCE_MS = 1500;

export function createShortcutMatcher(now: () => number = () => performance.now()) {
  let pendingG: number | null = null;

  return function match(event: KeyboardEvent): ShortcutAction | null {
    // keyCode 229 is what Chromium reports for keys consumed by an IME when isComposing is not set yet.
    if (event.isComposing || event.keyCode === 229) return null;
    if (isTyping(event.target)) return null;

    const sequenceOpen = pendingG !== null && now() - pendingG < SEQUENCE_MS;
    pendingG = null;
    const key = event.key;
    const command = event.ctrlKey || event.metaKey;

    if (command && !event.altKey) {
      if (key === 'o' || key === 'O') return 'import';
      if (key === '=' || key === '+' || event.code === 'Equal' || event.code === 'NumpadAdd') return 'font-bigger';
      if (key === '-' || key === '_' || event.code === 'Minus' || event.code === 'NumpadSubtract') return 'font-smaller';
      if (key === 'l' || key === 'L') return 'library';
      return null;
    }
    if (event.altKey && !command) {
      if (key === 'ArrowDown') return 'next-section';
      if (key === 'ArrowUp') return 'previous-section';
      return null;
    }
    if (command || event.altKey) return null;

    switch (key) {
      case 'j':
        return 'next-section';
      case 'k':
        return 'previous-section';
      case '?':
        return 'help';
      case 'Escape':
        return 'dismiss';
      case 'g':
        pendingG = now();
        return null;
      case 'l':
        return sequenceOpen ? 'library' : null;
      default:
        return null;
    }
  };
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
