import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiError, ExportFormat, Profile, ReportDocument, Settings } from '../api/contract';
import { useAllOpinions, useNotesFilter, useTicked } from '../annotations/AnnotationContext';
import type { AnnotationSession } from '../annotations/AnnotationSession';
import { useI18n } from '../i18n/I18nContext';
import { errorText } from '../i18n/errorText';
import type { MessageKey } from '../i18n/messages';
import { FORMATS, finalFileName, formatInfo, suggestFileName, withExtension } from './exportFormats';
import { saveFile } from './saveFile';
import { useScriptConverter } from '../script/useScriptConverter';
import { useStore } from '../app/SnapshotStore';
import { useStores } from '../app/StoresContext';
import { useReportVersions } from '../versions/useReportVersions';

export type ExportScope = 'all' | 'filtered' | 'selected';

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  order: 'report' | 'stance';
  includeOrphans: boolean;
  /** Say what became of each opinion since the version before the one exported (采纳情况). */
  includeAdoption?: boolean;
  script: Settings['script'];
}

/** The formats that can carry 采纳情况: a column, a line under each opinion, or a field of the package. */
const ADOPTION_FORMATS: ReadonlySet<ExportFormat> = new Set(['docx', 'xlsx', 'csv', 'md', 'json']);

export interface ExportDone {
  fileName: string;
  opinionCount: number;
}

interface Props {
  session: AnnotationSession;
  doc: ReportDocument;
  profile: Profile | null;
}

type Phase = { kind: 'idle' } | { kind: 'running'; startedAt: number } | { kind: 'failed'; error: ApiError | 'profile' };

const SCRIPTS: { value: Settings['script']; label: MessageKey }[] = [
  { value: 'source', label: 'topbar.script.source' },
  { value: 'hans', label: 'topbar.script.hans' },
  { value: 'hant', label: 'topbar.script.hant' },
];

/**
 * 导出: which format, which opinions (all, the notes list's filter, the ticked ones), in which
 * order and script, under which name. The file is built by the shell (off this thread) while the
 * dialog shows how long it has taken; cancelling closes the dialog and drops the result.
 */
export function ExportDialog({ session, doc, profile }: Props) {
  const { t } = useI18n();
  const { exports, router } = useStores();
  // The dialog opens only once the store holds its choices (ExportStore.openDialog).
  const options = useStore(exports).options as ExportOptions;
  const { setOptions: onOptions, finished: onDone, close: onClose } = exports;
  const onOpenProfile = router.exportAfterProfile;
  const dialog = useRef<HTMLDialogElement>(null);
  const request = useRef(0);
  const all = useAllOpinions(session);
  const filter = useNotesFilter(session);
  const ticked = useTicked(session);
  const [phase, setPhase] = useState<Phase>(profile ? { kind: 'idle' } : { kind: 'failed', error: 'profile' });
  // Named in the script the file's words are written in (or, for 原文, as the screen shows them).
  const convertName = useScriptConverter(options.script === 'source' ? undefined : options.script);
  const [typedName, setTypedName] = useState<string | null>(null);
  const elapsed = useElapsed(phase.kind === 'running' ? phase.startedAt : null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      // Whatever is still being built is not wanted any more.
      request.current += 1;
    };
  }, []);

  const filtering = session.list.isFiltering(filter);
  const counts = useMemo(() => {
    const filtered = filtering ? session.list.apply(all, filter) : all;
    const selected = ticked.size === 0 ? [] : all.filter((view) => ticked.has(view.id));
    return { all, filtered, selected };
  }, [all, filter, filtering, ticked, session]);
  const inScope = counts[options.scope];
  // Named for whose opinions they are, as the sheet's header says (main/export/sheet-people.ts):
  // a clerk exporting one delegate's opinions files them under the delegate's name.
  const authors = new Set(inScope.map((view) => view.author.id));
  const only = authors.size === 1 ? inScope[0]!.author : null;
  const whose = authors.size > 1 ? '多人汇总' : only && only.id !== profile?.id ? only.name : (profile?.name ?? '');
  const suggested = convertName(suggestFileName(doc.title, whose, new Date(), options.format));
  const fileName = typedName ?? suggested;
  const unplaced = inScope.reduce((n, view) => n + (session.store.placeOf(view.id) === 'unplaced' ? 1 : 0), 0);
  const exported = options.includeOrphans ? inScope.length : inScope.length - unplaced;
  const running = phase.kind === 'running';
  const earlier = useEarlierVersion(doc);
  const offersAdoption = earlier !== null && ADOPTION_FORMATS.has(options.format);

  const set = (patch: Partial<ExportOptions>) => {
    if (patch.format && patch.format !== options.format && typedName !== null) setTypedName(withExtension(typedName, options.format, patch.format));
    onOptions({ ...options, ...patch });
  };

  const confirm = async () => {
    if (!profile) {
      setPhase({ kind: 'failed', error: 'profile' });
      return;
    }
    const ids = options.scope === 'selected' ? counts.selected.map((view) => view.id) : options.scope === 'filtered' && filtering ? counts.filtered.map((view) => view.id) : null;
    const name = finalFileName(fileName, options.format, suggested);
    const mine = ++request.current;
    setPhase({ kind: 'running', startedAt: performance.now() });
    const result = await exports.build({
      reportId: session.reportId,
      versionId: session.versionId,
      format: options.format,
      ...(ids ? { opinionIds: ids } : {}),
      order: options.order,
      includeOrphans: options.includeOrphans,
      ...(offersAdoption && options.includeAdoption ? { includeAdoption: true } : {}),
      script: options.script,
      // Times in the file are written in the zone the cards show them in, and say so.
      utcOffsetMinutes: -new Date().getTimezoneOffset(),
    });
    if (mine !== request.current) return;
    if (!result.ok) {
      setPhase({ kind: 'failed', error: isProfileError(result.error) ? 'profile' : result.error });
      return;
    }
    try {
      saveFile(name, result.value.mime, result.value.dataBase64);
    } catch (error) {
      setPhase({ kind: 'failed', error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
      return;
    }
    setPhase({ kind: 'idle' });
    onDone({ fileName: name, opinionCount: result.value.opinionCount });
  };

  const radio = <T extends string>(group: string, value: T, checked: boolean, onPick: (value: T) => void, label: ReactNode, extra?: { disabled?: boolean; hint?: string }) => (
    <label className={`export-choice${extra?.disabled ? ' is-disabled' : ''}`}>
      <input
        type="radio"
        name={`export-${group}`}
        value={value}
        data-testid={`export-${group}-${value}`}
        checked={checked}
        disabled={extra?.disabled}
        onChange={() => onPick(value)}
      />
      <span className="export-choice-text">
        <span className="export-choice-label">{label}</span>
        {extra?.hint && <span className="export-choice-hint">{extra.hint}</span>}
      </span>
    </label>
  );

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      data-testid="export-dialog"
      aria-labelledby="export-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!running) void confirm();
        }}
      >
        <h2 id="export-title">{t('export.title')}</h2>
        <p className="export-report">{t('export.report', { title: doc.title, version: doc.version.label })}</p>
        <fieldset className="export-formats" disabled={running}>
          <legend>{t('export.format')}</legend>
          <div className="export-format-grid" role="radiogroup" aria-label={t('export.format')}>
            {FORMATS.map((info) =>
              radio('format', info.format, options.format === info.format, (format) => set({ format }), t(info.label), { hint: t(info.hint) }),
            )}
          </div>
        </fieldset>
        <div className="export-columns">
          <fieldset disabled={running}>
            <legend>{t('export.scope')}</legend>
            {radio('scope', 'all', options.scope === 'all', (scope) => set({ scope }), t('export.scopeAll', { count: counts.all.length }))}
            {radio('scope', 'filtered', options.scope === 'filtered', (scope) => set({ scope }), t('export.scopeFiltered', { count: counts.filtered.length }), {
              hint: filtering ? t('export.scopeFilteredHint') : t('export.scopeNoFilter'),
            })}
            {radio('scope', 'selected', options.scope === 'selected', (scope) => set({ scope }), t('export.scopeSelected', { count: counts.selected.length }), {
              disabled: counts.selected.length === 0 && options.scope !== 'selected',
              hint: counts.selected.length === 0 ? t('export.scopeSelectedHint') : undefined,
            })}
          </fieldset>
          <fieldset disabled={running}>
            <legend>{t('export.order')}</legend>
            {radio('order', 'report', options.order === 'report', (order) => set({ order }), t('export.orderReport'))}
            {radio('order', 'stance', options.order === 'stance', (order) => set({ order }), t('export.orderStance'))}
            <label className="export-choice export-check">
              <input type="checkbox" data-testid="export-orphans" checked={options.includeOrphans} onChange={(event) => set({ includeOrphans: event.target.checked })} />
              <span className="export-choice-text">
                <span className="export-choice-label">{t('export.orphans', { count: unplaced })}</span>
                <span className="export-choice-hint">{t('export.orphansHint')}</span>
              </span>
            </label>
            {offersAdoption && (
              <label className="export-choice export-check">
                <input type="checkbox" data-testid="export-adoption" checked={options.includeAdoption ?? false} onChange={(event) => set({ includeAdoption: event.target.checked })} />
                <span className="export-choice-text">
                  <span className="export-choice-label">{t('export.adoption', { from: earlier, to: doc.version.label })}</span>
                  <span className="export-choice-hint">{t('export.adoptionHint')}</span>
                </span>
              </label>
            )}
          </fieldset>
          <fieldset disabled={running}>
            <legend>{t('export.script')}</legend>
            <div className="export-scripts">
              {SCRIPTS.map((script) => radio('script', script.value, options.script === script.value, (value) => set({ script: value }), t(script.label)))}
            </div>
            <p className="export-choice-hint">{t('export.scriptHint')}</p>
          </fieldset>
        </div>
        <label className="export-name">
          <span>{t('export.fileName')}</span>
          <input
            data-testid="export-file-name"
            value={fileName}
            maxLength={200}
            disabled={running}
            spellCheck={false}
            onChange={(event) => setTypedName(event.target.value)}
          />
        </label>
        <p className="export-summary" data-testid="export-summary">
          {exported === 0 ? (
            <span className="export-empty" data-testid="export-empty">
              {t('export.empty')}
            </span>
          ) : (
            t('export.summary', { count: exported, format: t(formatInfo(options.format).label) })
          )}
        </p>
        {phase.kind === 'failed' && (
          <div className="export-error" role="alert" data-testid="export-error">
            {phase.error === 'profile' ? (
              <>
                <span>{t('export.profileMissing')}</span>
                <button type="button" data-testid="export-open-profile" onClick={onOpenProfile}>
                  {t('export.openProfile')}
                </button>
              </>
            ) : (
              <span>{errorText(t, phase.error)}</span>
            )}
          </div>
        )}
        {running && (
          <div className="export-progress" role="status" data-testid="export-progress">
            <span className="export-bar" aria-hidden="true">
              <span />
            </span>
            <span>{t('export.progress', { seconds: elapsed })}</span>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" data-testid="export-cancel" onClick={onClose}>
            {t('export.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export-confirm" disabled={running}>
            {t('export.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The shell refuses to export without a profile (the documents carry the author's name). */
function isProfileError(error: ApiError): boolean {
  return error.code === 'invalid-input' && /profile/i.test(error.message);
}

/** Whole seconds since `startedAt` (a performance.now() time), ticking while it is set. */
function useElapsed(startedAt: number | null): number {
  const subscribe = useMemo(
    () => (listener: () => void) => {
      if (startedAt === null) return () => {};
      const timer = setInterval(listener, 250);
      return () => clearInterval(timer);
    },
    [startedAt],
  );
  return useSyncExternalStore(subscribe, () => (startedAt === null ? 0 : Math.floor((performance.now() - startedAt) / 1000)));
}

/** The label of the version before the one exported, when there is one: its opinions' adoption can be said. */
function useEarlierVersion(doc: ReportDocument): string | null {
  const versions = useReportVersions(doc);
  const at = versions.findIndex((version) => version.id === doc.version.id);
  return at > 0 ? versions[at - 1]!.label : null;
}
