/**
 * Wall-clock times as printed in the documents. Stored times are RFC 3339 instants; people
 * read them in one fixed zone (see ExportInput.utcOffsetMinutes), never the zone of whichever
 * machine happens to run the export.
 */
export const BEIJING_OFFSET_MINUTES = 480;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClock(instant: Date | string, offsetMinutes: number): WallClock {
  const shifted = new Date(new Date(instant).getTime() + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** UTC+08:00: the zone every time of an export is written in, said in the file itself. */
export function zoneLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** 2026年3月5日 */
export function chineseDate(instant: Date | string, offsetMinutes: number): string {
  const t = wallClock(instant, offsetMinutes);
  return `${t.year}年${t.month}月${t.day}日`;
}

/** 2026-03-05 09:30:00 — the form Excel and LibreOffice read as a date and time. */
export function sheetDateTime(instant: Date | string, offsetMinutes: number): string {
  const t = wallClock(instant, offsetMinutes);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/**
 * A Date whose UTC fields are the wall-clock time: spreadsheet cells have no time zone, and
 * the worksheet (worksheet-xml.ts) writes a Date's UTC fields.
 */
export function wallClockDate(instant: Date | string, offsetMinutes: number): Date {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + offsetMinutes * 60_000);
}

/** The instant without milliseconds: the w:date form Word itself writes. */
export function ooxmlDate(instant: Date | string): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
