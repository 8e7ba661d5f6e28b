/**
 * Maps key presses to reader actions. Kept free of React so the rules (what counts as typing,
 * the `g l` sequence, IME composition) live in one readable place.
 */
export type ShortcutAction =
  | 'next-section'
  | 'previous-section'
  | 'import'
  | 'export'
  | 'font-bigger'
  | 'font-smaller'
  | 'library'
  | 'help'
  | 'dismiss'
  | 'confirm'
  | `mark-stance-${1 | 2 | 3 | 4 | 5}`
  | 'mark-comment'
  | 'mark-suggestion'
  | 'next-note'
  | 'previous-note'
  | 'search'
  | 'notes-list'
  | 'undo'
  | 'redo';

/** How long after `g` the `l` of `g l` still counts. */
const SEQUENCE_MS = 1500;

export function createShortcutMatcher(now: () => number = () => performance.now()) {
  let pendingG: number | null = null;

  return function match(event: KeyboardEvent): ShortcutAction | null {
    // keyCode 229 is what Chromium reports for keys consumed by an IME when isComposing is not set yet.
    if (event.isComposing || event.keyCode === 229) return null;
    const command = event.ctrlKey || event.metaKey;
    const key = event.key;
    // Find works from anywhere, a note editor included: the browser's own find cannot search notes.
    if (command && !event.altKey && !event.shiftKey && (key === 'f' || key === 'F')) return 'search';
    if (isTyping(event.target)) return null;

    const sequenceOpen = pendingG !== null && now() - pendingG < SEQUENCE_MS;
    pendingG = null;

    if (command && !event.altKey) {
      if (key === 'z' || key === 'Z') return event.shiftKey ? 'redo' : 'undo';
      if ((key === 'y' || key === 'Y') && !event.shiftKey) return 'redo';
      if (key === 'o' || key === 'O') return 'import';
      if ((key === 'e' || key === 'E') && !event.shiftKey) return 'export';
      if (key === '=' || key === '+' || event.code === 'Equal' || event.code === 'NumpadAdd') return 'font-bigger';
      if (key === '-' || key === '_' || event.code === 'Minus' || event.code === 'NumpadSubtract') return 'font-smaller';
      if (key === 'l' || key === 'L') return 'library';
      return null;
    }
    if (event.altKey && !command) {
      if (key === 'ArrowDown') return 'next-section';
      if (key === 'ArrowUp') return 'previous-section';
      if (key === 'ArrowRight') return 'next-note';
      if (key === 'ArrowLeft') return 'previous-note';
      return null;
    }
    if (command || event.altKey) return null;

    switch (key) {
      case 'j':
        return 'next-section';
      case 'k':
        return 'previous-section';
      case 'n':
        return 'next-note';
      case 'p':
        return 'previous-note';
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
        return `mark-stance-${Number(key) as 1 | 2 | 3 | 4 | 5}`;
      case 'c':
        return 'mark-comment';
      case 's':
        return 'mark-suggestion';
      case 'o':
        return 'notes-list';
      case '/':
        return 'search';
      case '?':
        return 'help';
      case 'Escape':
        return 'dismiss';
      // On a button, a link or a focused card, Enter is theirs.
      case 'Enter':
        return isControl(event.target) ? null : 'confirm';
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

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.closest('[data-opinion-id]') !== null);
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
