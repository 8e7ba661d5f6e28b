import { useEffect, useEffectEvent, useState } from 'react';
import { createShortcutMatcher, type ShortcutAction } from './shortcuts';

/**
 * Listens on the window for the app's shortcuts. The handler returns whether it acted, so keys
 * that mean nothing right now (j/k in the library) keep their default behaviour.
 */
export function useShortcuts(onAction: (action: ShortcutAction) => boolean, enabled: boolean): void {
  const [match] = useState(createShortcutMatcher);
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented) return;
    const action = match(event);
    if (action && onAction(action)) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
