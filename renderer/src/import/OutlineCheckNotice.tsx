import type { ImportedReport, OutlineFindingCode, OutlineFindingDetail } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messages';

type ImportedReports = readonly ImportedReport[];

/** What to check for each kind of finding, in the UI's language; the check's own words are one click away. */
const FINDING_KEYS: Record<OutlineFindingCode, MessageKey> = {
  'sequence-gap': 'outlineCheck.sequence-gap',
  'level-skip': 'outlineCheck.level-skip',
  'long-title': 'outlineCheck.long-title',
  'attachment-before-body': 'outlineCheck.attachment-before-body',
  copies: 'outlineCheck.copies',
  'short-text': 'outlineCheck.short-text',
};

/** Each finding in the UI's language, from its parts (the CLI prints the English `detail`). */
const DETAIL_KEYS: Record<OutlineFindingDetail, MessageKey> = {
  'line-breaks-numbering': 'outlineCheck.detail.line-breaks-numbering',
  'numbering-gap': 'outlineCheck.detail.numbering-gap',
  'level-skip': 'outlineCheck.detail.level-skip',
  'long-title': 'outlineCheck.detail.long-title',
  'attachment-before-body': 'outlineCheck.detail.attachment-before-body',
  'short-text': 'outlineCheck.detail.short-text',
  'copy-kept': 'outlineCheck.detail.copy-kept',
  'copy-repeat': 'outlineCheck.detail.copy-repeat',
};

/** The imported reports whose outline the self-check has something to say about. */
export function hasOutlineFindings(reports: ImportedReports): boolean {
  return reports.some((report) => report.findings.length > 0);
}

/**
 * A quiet notice after an import: what the structural self-check found in the outline and what
 * to look at (a numbering gap, a very long title, copies of the body in the file, a short text).
 * It reports, it does not alarm: the import succeeded.
 */
export function OutlineCheckNotice({ reports, onDismiss }: { reports: ImportedReports; onDismiss: () => void }) {
  const { t } = useI18n();
  const findings = reports.flatMap((report) => report.findings.map((finding) => ({ ...finding, report })));
  const byCode = new Map<OutlineFindingCode, typeof findings>();
  for (const finding of findings) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const first = reports[0];
  if (!first || findings.length === 0) return null;
  const params = (code: OutlineFindingCode, list: typeof findings): Record<string, number> => {
    if (code === 'copies') return { count: first.copies.count, left: first.copiesLeftOut.length };
    if (code === 'short-text') return { count: Number(list[0]!.about.params.length ?? 0) };
    return { count: list.length };
  };
  return (
    <div className="notice" role="status" data-testid="outline-check-notice">
      <div className="notice-body">
        <p>{t('outlineCheck.title', { title: first.title })}</p>
        <ul className="notice-warnings">
          {[...byCode].map(([code, list]) => (
            <li key={code} data-testid={`outline-check-${code}`}>
              {t(FINDING_KEYS[code], params(code, list))}
            </li>
          ))}
        </ul>
        <details className="notice-details">
          <summary>{t('outlineCheck.details', { count: findings.length })}</summary>
          <ul>
            {findings.slice(0, 100).map((finding, index) => (
              <li key={index}>{t(DETAIL_KEYS[finding.about.says], finding.about.params)}</li>
            ))}
          </ul>
        </details>
      </div>
      <button type="button" className="banner-dismiss" aria-label={t('error.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
