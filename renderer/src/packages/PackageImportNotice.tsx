import type { PackageImported } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messages';

const WARNING_KEYS: Record<string, MessageKey> = {
  'far-future': 'package.warning.far-future',
  'far-past': 'package.warning.far-past',
  'unknown-stance': 'package.warning.unknown-stance',
  'unknown-rich-text': 'package.warning.unknown-rich-text',
};

interface Warning {
  code: string;
  message: string;
}

/**
 * The shell hands warnings over as English sentences (main/packages/format/parse-package.ts);
 * the kinds it has are recognised by their wording and counted in the UI's language. A JSON
 * {code, message} is read too, should the shell send codes one day.
 */
const WARNING_PATTERNS: [RegExp, string][] = [
  [/ is in the future \(/, 'far-future'],
  [/ is implausibly old \(/, 'far-past'],
  [/^Stance .+ is used but not described in the package/, 'unknown-stance'],
  [/^Opinion .+ has rich text this Shenyi does not know/, 'unknown-rich-text'],
];

function parseWarning(text: string): Warning {
  if (text.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null) {
        const { code, message } = value as { code?: unknown; message?: unknown };
        if (typeof code === 'string' && typeof message === 'string') return { code, message };
      }
    } catch {
      // Not JSON after all: a sentence of its own.
    }
  }
  const kind = WARNING_PATTERNS.find(([pattern]) => pattern.test(text));
  return { code: kind?.[1] ?? '', message: text };
}

/**
 * What a package import did: how many opinions came in, were already here, were older copies
 * left alone, or differed and were kept beside as conflicts (tagged 冲突) — and its warnings,
 * counted by kind in the UI's language, with the shell's own words one click away.
 */
export function PackageImportNotice({ fileName, result, onDismiss }: { fileName: string; result: PackageImported; onDismiss: () => void }) {
  const { t } = useI18n();
  const warnings = result.warnings.map(parseWarning);
  const byCode = new Map<string, number>();
  for (const warning of warnings) if (WARNING_KEYS[warning.code]) byCode.set(warning.code, (byCode.get(warning.code) ?? 0) + 1);
  const other = warnings.filter((warning) => !WARNING_KEYS[warning.code]);
  const parts: { key: MessageKey; count: number; testId: string }[] = [
    { key: 'package.imported', count: result.imported, testId: 'package-imported' },
    { key: 'package.unchanged', count: result.unchanged, testId: 'package-unchanged' },
    { key: 'package.older', count: result.older, testId: 'package-older' },
    { key: result.conflicts > 0 ? 'package.conflicts' : 'package.noConflicts', count: result.conflicts, testId: 'package-conflicts' },
  ];
  return (
    <div
      className="notice"
      role="status"
      data-testid="package-import-result"
      data-imported={result.imported}
      data-unchanged={result.unchanged}
      data-older={result.older}
      data-conflicts={result.conflicts}
    >
      <div className="notice-body">
        <p>
          {t('package.result', { file: fileName, author: result.author })}
          {parts.map((part, index) => (
            <span key={part.testId} data-testid={part.testId} data-count={part.count}>
              {index > 0 && t('package.separator')}
              {t(part.key, { count: part.count })}
            </span>
          ))}
          {t('package.end')}
        </p>
        {warnings.length > 0 && (
          <>
            <ul className="notice-warnings" data-testid="package-import-warnings">
              {[...byCode].map(([code, count]) => (
                <li key={code}>{t(WARNING_KEYS[code] as MessageKey, { count })}</li>
              ))}
              {other.map((warning, index) => (
                <li key={`other-${index}`}>{warning.message}</li>
              ))}
            </ul>
            {byCode.size > 0 && (
              <details className="notice-details">
                <summary>{t('package.warningDetails', { count: warnings.length })}</summary>
                <ul>
                  {warnings.slice(0, 200).map((warning, index) => (
                    <li key={index}>{warning.message}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
      <button type="button" className="banner-dismiss" aria-label={t('error.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
