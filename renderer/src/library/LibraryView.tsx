import { useRef, type ChangeEvent } from 'react';
import type { ReportSummary } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { PACKAGE_ACCEPT } from '../packages/usePackageImport';
import { BackupsButton } from '../backups/BackupsButton';

interface Props {
  reports: ReportSummary[];
  openReportId: string | null;
  onOpen: (report: ReportSummary) => void;
  /** A clerk brings in a delegate's opinion package (.json). */
  onImportPackage: (file: File) => void;
  packageBusy: boolean;
}

export function LibraryView({ reports, openReportId, onOpen, onImportPackage, packageBusy }: Props) {
  const { t, locale } = useI18n();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const packageInput = useRef<HTMLInputElement>(null);
  const onPackageChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so the same package can be chosen again (a re-run changes nothing, and says so).
    event.target.value = '';
    if (file) onImportPackage(file);
  };
  return (
    <section className="library" data-testid="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title" className="library-title">
          {t('library.title')}
        </h1>
        <button
          type="button"
          className="library-package"
          data-testid="package-import-button"
          title={t('library.importPackageTitle')}
          disabled={packageBusy}
          onClick={() => packageInput.current?.click()}
        >
          {t('library.importPackage')}
        </button>
        <input ref={packageInput} type="file" accept={PACKAGE_ACCEPT} hidden data-testid="package-import-input" onChange={onPackageChosen} />
        <BackupsButton />
      </div>
      {reports.length === 0 ? (
        <p className="library-empty">{t('library.empty')}</p>
      ) : (
        <ul className="library-list">
          {reports.map((report) => (
            <li key={report.id}>
              <button
                type="button"
                className="library-item"
                data-testid="library-item"
                data-report-id={report.id}
                aria-current={report.id === openReportId ? 'true' : undefined}
                onClick={() => onOpen(report)}
              >
                <span className="library-item-title">{report.title}</span>
                <span className="library-item-meta">
                  <span>{t('library.source', { file: report.sourceFileName })}</span>
                  <span>{t('library.paragraphs', { count: report.paragraphCount })}</span>
                  {report.versionCount > 1 && <span>{t('library.versions', { count: report.versionCount })}</span>}
                  <span>{t('library.imported', { date: formatDate(dates, report.createdAt) })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function formatDate(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
