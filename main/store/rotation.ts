/**
 * Which routine backups to keep: the 10 newest, plus the newest of each of the last 14 days and
 * of each of the last 8 weeks, so a mistake noticed a week later still has a copy from before it.
 * Pure, with the clock passed in.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAYS = 14;
export const KEEP_WEEKS = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

interface Dated {
  takenAt: string;
}

export function backupsToDrop<T extends Dated>(backups: readonly T[], now: Date): T[] {
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  const keep = new Set<T>(newestFirst.slice(0, KEEP_NEWEST));
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  for (const backup of newestFirst) {
    const age = Math.floor((now.getTime() - Date.parse(backup.takenAt)) / DAY_MS);
    const day = Math.floor(Date.parse(backup.takenAt) / DAY_MS);
    const week = Math.floor(day / 7);
    if (age < KEEP_DAYS && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup);
    }
    if (age < KEEP_WEEKS * 7 && !seenWeeks.has(week)) {
      seenWeeks.add(week);
      keep.add(backup);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup));
}
