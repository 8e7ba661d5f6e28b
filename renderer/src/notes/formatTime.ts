import type { Locale } from '../api/contract';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A note's time: short in the card (month, day, time), long in its tooltip. */
export function formatTime(locale: Locale, iso: string, style: 'short' | 'long'): string {
  const key = `${locale}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format =
      style === 'short'
        ? new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' });
    formats.set(key, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
