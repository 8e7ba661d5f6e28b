import type { ReportDocument, ReportVersion } from '../api/contract';
import { useReportVersions } from './useReportVersions';
import { useStores } from '../app/StoresContext';
import { useStore } from '../app/SnapshotStore';
import { useI18n } from '../i18n/I18nContext';

/**
 * Above the report: which version is being read, a switch to any other in the report's chain
 * (征求意见稿 → 提请审议稿 → 修改稿), 版本对照 and 导入新版本. Each opinion is shown on the version being
 * read, placed there by the resolver (or by hand); one written here is written on this version.
 */
export function VersionBar({ doc }: { doc: ReportDocument }) {
  const stores = useStores();
  const { t } = useI18n();
  const versions = useReportVersions(doc, stores.errors.report);
  const reportId = doc.report.id;
  const count = doc.report.versionCount;

  // 版本对照 sets two versions side by side, or this report against another one (last year's).
  const otherReports = useStore(stores.library).reports.some((entry) => entry.id !== reportId);
  const latest = versions.at(-1);
  const older = count > 1 && latest !== undefined && latest.id !== doc.version.id && versions.some((v) => v.id === doc.version.id);
  const name = (version: ReportVersion) => (version.id === latest?.id ? t('versionBar.latest', { label: version.label }) : version.label);

  return (
    <div className={`version-bar${older ? ' is-older' : ''}`} data-testid="version-bar" data-version-id={doc.version.id}>
      {count > 1 && versions.length > 1 ? (
        <label className="version-bar-pick">
          <span>{t('versionBar.label')}</span>
          <select
            data-testid="version-select"
            value={doc.version.id}
            onChange={(event) => void stores.router.openVersion(reportId, event.target.value)}
          >
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {name(version)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="version-bar-single">{t('versionBar.single', { label: doc.version.label })}</span>
      )}
      {older && latest && (
        <span className="version-bar-older" role="status" data-testid="version-older">
          {t('versionBar.older', { label: doc.version.label })}
          <button type="button" className="link-button" data-testid="version-to-latest" onClick={() => void stores.router.openVersion(reportId, latest.id)}>
            {t('versionBar.toLatest')}
          </button>
        </span>
      )}
      <span className="version-bar-actions">
        {(count > 1 || otherReports) && (
          <button type="button" data-testid="version-compare" title={t('library.compareTitle')} onClick={() => stores.router.compare(doc.report)}>
            {t('library.compare')}
          </button>
        )}
        <button type="button" data-testid="version-new" title={t('library.newVersionTitle')} onClick={() => stores.library.setNewVersionOf(doc.report)}>
          {t('library.newVersion')}
        </button>
      </span>
    </div>
  );
}
