import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { BackupsDialog } from './BackupsDialog';

/** The library's 恢复备份… button and the dialog it opens. */
export function BackupsButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="library-package" data-testid="backups-button" onClick={() => setOpen(true)}>
        {t('backups.open')}
      </button>
      {open && <BackupsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
