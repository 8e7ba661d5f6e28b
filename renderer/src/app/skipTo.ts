import type { MouseEvent } from 'react';

/** A skip link's click: focus its target (following the anchor alone would only scroll to it). */
export const skipTo = (selector: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  event.preventDefault();
  target.focus();
};
