import type { BackupSummary } from '../api/contract';
import type { MessageKey } from '../i18n/messageKeys';
import type { Locale } from '../api/contract';

/** A backup's time in the reader's locale, to the second (several can be taken in a minute). */
export function backupDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

const REASONS: Record<BackupSummary['reason'], MessageKey> = {
  routine: 'backups.reason.routine',
  manual: 'backups.reason.manual',
  'before-migration': 'backups.reason.before-migration',
  'before-restore': 'backups.reason.before-restore',
};

export const reasonKey = (reason: BackupSummary['reason']): MessageKey => REASONS[reason];
