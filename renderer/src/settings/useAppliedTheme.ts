import { useEffect } from 'react';
import type { ThemeSetting } from './theme';

/**
 * Resolves 'system' here rather than in CSS, so the stylesheet holds each palette once and
 * `<html data-theme>` always says which one is showing.
 */
export function useAppliedTheme(theme: ThemeSetting): void {
  useEffect(() => {
    const root = document.documentElement;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const effective = theme === 'system' ? (query.matches ? 'dark' : 'light') : theme;
      root.dataset.theme = effective;
      root.style.colorScheme = effective;
    };
    apply();
    if (theme !== 'system') return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
