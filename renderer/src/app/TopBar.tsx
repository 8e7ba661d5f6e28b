import type { Locale, Settings } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { LOCALES, LOCALE_NAMES } from '../i18n/messages';
import type { MessageKey } from '../i18n/messages';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from '../settings/fontSize';

interface Props {
  settings: Settings;
  view: 'library' | 'reader';
  importing: boolean;
  helpOpen: boolean;
  onLibrary: () => void;
  onImport: () => void;
  onScript: (script: Settings['script']) => void;
  onFontStep: (direction: 1 | -1) => void;
  onTheme: () => void;
  onLocale: (locale: Locale) => void;
  onHelp: () => void;
}

const SCRIPTS: { value: Settings['script']; testId: string; label: MessageKey; title: MessageKey }[] = [
  { value: 'source', testId: 'script-source', label: 'topbar.script.source', title: 'topbar.script.sourceTitle' },
  { value: 'hans', testId: 'script-hans', label: 'topbar.script.hans', title: 'topbar.script.hansTitle' },
  { value: 'hant', testId: 'script-hant', label: 'topbar.script.hant', title: 'topbar.script.hantTitle' },
];

export function TopBar(props: Props) {
  const { settings, view, importing, helpOpen } = props;
  const { t } = useI18n();
  return (
    <header className="topbar">
      <div className="brand" aria-label="审议 Shenyi">
        <span className="brand-zh">{t('app.name')}</span>
        <span className="brand-en">Shenyi</span>
      </div>
      <div className="topbar-group">
        <button
          type="button"
          data-testid="library-button"
          aria-pressed={view === 'library'}
          onClick={props.onLibrary}
        >
          {t('topbar.library')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="import-button"
          title={t('topbar.importTitle')}
          disabled={importing}
          onClick={props.onImport}
        >
          {t('topbar.import')}
        </button>
      </div>
      <div className="topbar-group segmented" role="group" aria-label={t('topbar.script')}>
        {SCRIPTS.map((script) => (
          <button
            key={script.value}
            type="button"
            data-testid={script.testId}
            title={t(script.title)}
            aria-pressed={settings.script === script.value}
            onClick={() => props.onScript(script.value)}
          >
            {t(script.label)}
          </button>
        ))}
      </div>
      <div className="topbar-group font-size" role="group" aria-label={t('topbar.fontSize', { size: settings.fontSize })}>
        <button
          type="button"
          data-testid="font-smaller"
          aria-label={t('topbar.fontSmaller')}
          title={t('topbar.fontSmaller')}
          disabled={settings.fontSize <= MIN_FONT_SIZE}
          onClick={() => props.onFontStep(-1)}
        >
          A−
        </button>
        <span className="font-size-value" data-testid="font-size" aria-hidden="true">
          {settings.fontSize}
        </span>
        <button
          type="button"
          data-testid="font-bigger"
          aria-label={t('topbar.fontBigger')}
          title={t('topbar.fontBigger')}
          disabled={settings.fontSize >= MAX_FONT_SIZE}
          onClick={() => props.onFontStep(1)}
        >
          A+
        </button>
      </div>
      <div className="topbar-group">
        <button
          type="button"
          data-testid="theme-toggle"
          data-theme-setting={settings.theme}
          onClick={props.onTheme}
        >
          {t('topbar.theme', { theme: t(`theme.${settings.theme}`) })}
        </button>
        <select
          data-testid="locale-select"
          aria-label={t('topbar.language')}
          value={settings.locale}
          onChange={(event) => props.onLocale(event.target.value as Locale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="help-button"
          data-testid="help-button"
          aria-label={t('topbar.help')}
          title={t('topbar.help')}
          aria-expanded={helpOpen}
          onClick={props.onHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}
