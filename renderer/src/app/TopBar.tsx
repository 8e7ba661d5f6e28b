/**
 * The top bar: the workspaces (文库), import and export, the reading tools of the report on
 * screen, script, font size, theme, language, who is writing, and help. It reads the feature
 * stores and acts on them; it takes no props.
 */
import type { Locale, Settings } from '../api/contract';
import { useAllOpinions, useHistory, useSession } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { LOCALES, LOCALE_NAMES } from '../i18n/messages';
import type { MessageKey } from '../i18n/messages';
import type { ReaderStore } from '../reader/ReaderStore';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from '../settings/fontSize';
import { useStore } from './SnapshotStore';
import { useStores } from './StoresContext';
import { skipTo } from './skipTo';

const SCRIPTS: { value: Settings['script']; testId: string; label: MessageKey; title: MessageKey }[] = [
  { value: 'source', testId: 'script-source', label: 'topbar.script.source', title: 'topbar.script.sourceTitle' },
  { value: 'hans', testId: 'script-hans', label: 'topbar.script.hans', title: 'topbar.script.hansTitle' },
  { value: 'hant', testId: 'script-hant', label: 'topbar.script.hant', title: 'topbar.script.hantTitle' },
];

export function TopBar() {
  const stores = useStores();
  const settings = useStore(stores.settings);
  const { workspace, helpOpen } = useStore(stores.router);
  const { importing } = useStore(stores.library);
  const { profile, prompt } = useStore(stores.profile);
  const session = useSession();
  const view = workspace.kind;
  const profileOpen = prompt !== null && !prompt.firstRun;
  const { t } = useI18n();
  return (
    <header className="topbar" id="top-bar">
      {/* First in the Tab order: past the toolbar, straight to the report (where ] and [ select sentences). */}
      <a className="skip-link" href="#report-column" data-testid="skip-to-report" onClick={skipTo('.report-scroll')}>
        {t('skip.toReport')}
      </a>
      <div className="brand" aria-label="审议 Shenyi">
        <span className="brand-zh">{t('app.name')}</span>
        <span className="brand-en">Shenyi</span>
      </div>
      <div className="topbar-group">
        <button
          type="button"
          data-testid="library-button"
          aria-pressed={view === 'library'}
          onClick={stores.router.showLibrary}
        >
          {t('topbar.library')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="import-button"
          title={t('topbar.importTitle')}
          disabled={importing}
          onClick={stores.library.requestPick}
        >
          {t('topbar.import')}
        </button>
        {view === 'reader' && session && (
          <button type="button" data-testid="export-button" title={t('topbar.exportTitle')} onClick={stores.router.openExport}>
            {t('topbar.export')}
          </button>
        )}
        {session && (
          <button type="button" data-testid="desk-button" aria-pressed={view === 'desk'} title={t('topbar.deskTitle')} onClick={view === 'desk' ? stores.router.showReader : stores.router.showDesk}>
            {t('topbar.desk')}
          </button>
        )}
      </div>
      {view === 'reader' && session && (
        <AnnotationTools session={session} reader={stores.reader} />
      )}
      <div className="topbar-group segmented" role="group" aria-label={t('topbar.script')}>
        {SCRIPTS.map((script) => (
          <button
            key={script.value}
            type="button"
            data-testid={script.testId}
            title={t(script.title)}
            aria-pressed={settings.script === script.value}
            onClick={() => stores.settings.update({ script: script.value })}
          >
            {t(script.label)}
          </button>
        ))}
      </div>
      <div className="topbar-group font-size" role="group" aria-label={t('topbar.fontSize', { size: settings.fontSize })}>
        <button
          type="button"
          data-testid="font-smaller"
          // The name starts with what the button shows, so speech input ("click A minus") finds it.
          aria-label={`A− ${t('topbar.fontSmaller')}`}
          title={t('topbar.fontSmaller')}
          disabled={settings.fontSize <= MIN_FONT_SIZE}
          onClick={() => stores.settings.stepFont(-1)}
        >
          A−
        </button>
        <span className="font-size-value" data-testid="font-size" aria-hidden="true">
          {settings.fontSize}
        </span>
        <button
          type="button"
          data-testid="font-bigger"
          aria-label={`A+ ${t('topbar.fontBigger')}`}
          title={t('topbar.fontBigger')}
          disabled={settings.fontSize >= MAX_FONT_SIZE}
          onClick={() => stores.settings.stepFont(1)}
        >
          A+
        </button>
      </div>
      <div className="topbar-group">
        <button
          type="button"
          data-testid="theme-toggle"
          data-theme-setting={settings.theme}
          onClick={stores.settings.nextTheme}
        >
          {t('topbar.theme', { theme: t(`theme.${settings.theme}`) })}
        </button>
        <select
          data-testid="locale-select"
          aria-label={t('topbar.language')}
          value={settings.locale}
          onChange={(event) => stores.settings.update({ locale: event.target.value as Locale })}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="profile-button"
          data-testid="profile-button"
          aria-expanded={profileOpen}
          title={profile ? t('topbar.profileTitle', { name: profile.name }) : t('topbar.profileNone')}
          onClick={stores.profile.toggle}
        >
          <span className="profile-initial" aria-hidden="true">
            {profile ? Array.from(profile.name)[0] : '?'}
          </span>
          <span className="profile-name-label">{profile ? profile.name : t('topbar.profileNone')}</span>
        </button>
        <button
          type="button"
          className="help-button"
          data-testid="help-button"
          aria-label={t('topbar.help')}
          title={t('topbar.help')}
          aria-expanded={helpOpen}
          onClick={stores.router.toggleHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}

/** Search, the notes list, the trash, undo/redo, and — when the margin is folded — the notes panel. */
function AnnotationTools({ session, reader }: { session: AnnotationSession; reader: ReaderStore }) {
  const { t } = useI18n();
  const { panel, narrow, drawerOpen } = useStore(reader);
  const all = useAllOpinions(session);
  const { canUndo, canRedo } = useHistory(session);
  // The folded margin holds the placed notes; unplaced ones stay in the 未定位 panel in the text.
  const inMargin = all.filter((view) => session.store.placeOf(view.id) !== 'unplaced').length;
  const undoLabel = session.commands.peekUndo()?.label;
  const redoLabel = session.commands.peekRedo()?.label;
  return (
    <div className="topbar-group annotation-tools">
      <button type="button" data-testid="search-toggle" aria-pressed={panel === 'search'} title={t('topbar.searchTitle')} onClick={reader.toggleSearch}>
        {t('topbar.search')}
      </button>
      <button type="button" data-testid="notes-list-toggle" aria-pressed={panel === 'notes'} title={t('topbar.notesTitle')} onClick={() => reader.togglePanel('notes')}>
        {t('topbar.notes')}
        <span className="count-badge" data-testid="notes-count">
          {all.length}
        </span>
      </button>
      {narrow && (
        <button type="button" data-testid="notes-panel-toggle" aria-pressed={drawerOpen} title={t('topbar.marginTitle')} onClick={reader.toggleDrawer}>
          {t('topbar.margin')}
          <span className="count-badge">{inMargin}</span>
        </button>
      )}
      <button type="button" data-testid="trash-toggle" aria-pressed={panel === 'trash'} title={t('topbar.trashTitle')} onClick={() => reader.togglePanel('trash')}>
        {t('topbar.trash')}
      </button>
      <span className="segmented">
        <button
          type="button"
          data-testid="undo-button"
          aria-label={t('topbar.undo')}
          title={undoLabel ? t('topbar.undoWhat', { what: t(undoLabel) }) : t('topbar.undo')}
          disabled={!canUndo}
          onClick={() => void session.commands.undo()}
        >
          ↶
        </button>
        <button
          type="button"
          data-testid="redo-button"
          aria-label={t('topbar.redo')}
          title={redoLabel ? t('topbar.redoWhat', { what: t(redoLabel) }) : t('topbar.redo')}
          disabled={!canRedo}
          onClick={() => void session.commands.redo()}
        >
          ↷
        </button>
      </span>
    </div>
  );
}
