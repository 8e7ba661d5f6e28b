import { useRef, type ChangeEvent } from 'react';
import type { ReportSummary } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useScriptConverter } from '../script/useScriptConverter';
import { PACKAGE_ACCEPT } from '../packages/packageOutcome';
import { BackupsButton } from '../backups/BackupsButton';

interface Props {
  reports: ReportSummary[];
  openReportId: string | null;
  onOpen: (report: ReportSummary) => void;
  /** A clerk brings in a delegate's opinion package (.json). */
  onImportPackage: (file: File) => void;
  packageBusy: boolean;
  /** 导入新版本: a revised draft of this report. */
  onNewVersion: (report: ReportSummary) => void;
  /** 版本对照: the report's versions side by side. */
  onCompare: (report: ReportSummary) => void;
}

export function LibraryView({ reports, openReportId, onOpen, onImportPackage, packageBusy, onNewVersion, onCompare }: Props) {
  const { t, locale } = useI18n();
  const convert = useScriptConverter();
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
            <li key={report.id} className="library-entry">
              <button
                type="button"
                className="library-item"
                data-testid="library-item"
                data-report-id={report.id}
                aria-current={report.id === openReportId ? 'true' : undefined}
                onClick={() => onOpen(report)}
              >
                <span className="library-item-title">{convert(report.title)}</span>
                <span className="library-item-meta">
                  <span>{t('library.source', { file: report.sourceFileName })}</span>
                  <span>{t('library.paragraphs', { count: report.paragraphCount })}</span>
                  {report.versionCount > 1 && <span>{t('library.versions', { count: report.versionCount })}</span>}
                  {report.copies && (
                    <span data-testid="library-copies">
                      {report.copies.copyOf === null
                        ? t('library.copyKept', { count: report.copies.count })
                        : t('library.copyOf', { count: report.copies.count, original: report.copies.copyOf + 1 })}
                    </span>
                  )}
                  <span>{t('library.imported', { date: formatDate(dates, report.createdAt) })}</span>
                </span>
              </button>
              <span className="library-actions">
                <button type="button" data-testid="library-new-version" title={t('library.newVersionTitle')} onClick={() => onNewVersion(report)}>
                  {t('library.newVersion')}
                </button>
                {report.versionCount > 1 && (
                  <button type="button" data-testid="library-compare" title={t('library.compareTitle')} onClick={() => onCompare(report)}>
                    {t('library.compare')}
                  </button>
                )}
              </span>
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
