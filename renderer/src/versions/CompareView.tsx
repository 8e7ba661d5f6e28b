import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError, ComparedParagraph, ListedOpinion, Profile, ReportSummary, ReportVersion, Settings, VersionComparison } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { detectScript } from '../script/detectScript';
import { useDisplayScript } from '../script/useDisplayScript';
import { AdoptionPanel } from './AdoptionPanel';
import { RevisionNoteButtons } from './RevisionNoteButtons';
import { ComparedRow, type CompareLayout } from './ComparedRow';
import { useComparison, type ComparedPair } from './useComparison';
import { useAdoptionTrail } from './useAdoptionTrail';
import { useCompareOpinions, type CompareOpinions } from './useCompareOpinions';
import { useStore } from '../app/SnapshotStore';
import { useStores } from '../app/StoresContext';
import './compare.css';

interface Props {
  report: ReportSummary;
  profile: Profile | null;
  script: Settings['script'];
  onClose: () => void;
  onError: (error: ApiError) => void;
}

/** Unchanged paragraphs kept around each change when only the changes are shown. */
const CONTEXT = 1;

/** A blank line between paragraphs is aligned like one, but there is nothing in it to show. */
const blank = (paragraph: ComparedParagraph) => paragraph.pieces.every((piece) => piece.old.trim() === '' && piece.new.trim() === '');

/** Rows to show: every paragraph, or the changed ones with their neighbours and a gap marker between runs. */
function visibleRows(paragraphs: ComparedParagraph[], changesOnly: boolean): (number | { gap: number })[] {
  const shown = paragraphs.flatMap((paragraph, i) => (blank(paragraph) ? [] : [i]));
  if (!changesOnly) return shown;
  const keep = new Set<number>();
  shown.forEach((index, k) => {
    if (paragraphs[index]!.status === 'same') return;
    for (let near = Math.max(0, k - CONTEXT); near <= Math.min(shown.length - 1, k + CONTEXT); near++) keep.add(shown[near]!);
  });
  const rows: (number | { gap: number })[] = [];
  let skipped = 0;
  for (const index of shown) {
    if (keep.has(index)) {
      if (skipped > 0) rows.push({ gap: skipped });
      skipped = 0;
      rows.push(index);
    } else skipped++;
  }
  if (skipped > 0) rows.push({ gap: skipped });
  return rows;
}

const NO_NOTES: readonly ListedOpinion[] = [];

/** The opinions placed on each side of one compared row. */
function notesOf(placed: CompareOpinions, paragraph: ComparedParagraph) {
  return {
    old: (paragraph.oldParagraphId && placed.old.get(paragraph.oldParagraphId)) || NO_NOTES,
    new: (paragraph.newParagraphId && placed.new.get(paragraph.newParagraphId)) || NO_NOTES,
  };
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/**
 * 版本对照: two versions of a report, aligned paragraph by paragraph, side by side or inline,
 * with the change list in the wording of a 修改情况说明, a change count per part of the new
 * version, next/previous change from the keyboard, and what became of every opinion.
 */
export function CompareView({ report, profile, script, onClose, onError }: Props) {
  const { t } = useI18n();
  const [chosen, setPair] = useState<ComparedPair | null>(null);
  // Other reports of the library, by their latest version: last year's report against this one.
  const library = useStore(useStores().library).reports;
  const others = useMemo(() => library.filter((entry) => entry.id !== report.id), [library, report.id]);
  const [ignoreFormatting, setIgnoreFormatting] = useState(false);
  const [layout, setLayout] = useState<CompareLayout>('side');
  const [changesOnly, setChangesOnly] = useState(true);
  // The change stepped to, for the comparison it was chosen in: a new comparison starts at its first.
  const [position, setPosition] = useState<{ of: VersionComparison | null; index: number }>({ of: null, index: 0 });
  const [versions, setVersions] = useState<ReportVersion[]>([]);
  // Until the user picks, the latest version against the one before it, as a delegate reading the 修改稿 wants.
  // A report with one version can still be set against another report.
  const pair = useMemo(() => {
    if (chosen) return chosen;
    const latest = versions[versions.length - 1];
    if (versions.length >= 2) return { from: versions[versions.length - 2]!.id, to: latest!.id };
    const other = others[0];
    return latest && other ? { from: other.latestVersionId, to: latest.id, fromReport: other.id } : null;
  }, [chosen, versions, others]);
  const { comparison, adoption, loading } = useComparison(report.id, pair, ignoreFormatting, onError, setVersions);
  const crossReport = pair?.fromReport !== undefined;
  const partsOnly = pair?.fromPart !== undefined || pair?.toPart !== undefined;
  const trail = useAdoptionTrail(report.id, versions, onError);
  const placed = useCompareOpinions(report.id, pair, onError);
  const rowsRef = useRef<HTMLDivElement>(null);

  const sourceScript = useMemo(
    () => detectScript((comparison?.paragraphs ?? []).slice(0, 40).flatMap((p) => p.pieces.map((piece) => piece.new || piece.old))),
    [comparison],
  );
  const { convert } = useDisplayScript(script, sourceScript);
  const changes = useMemo(() => comparison?.changes ?? [], [comparison]);
  const rows = useMemo(() => visibleRows(comparison?.paragraphs ?? [], changesOnly), [comparison, changesOnly]);
  const perPart = useMemo(() => {
    const counts = new Map<string, number>();
    for (const change of changes) {
      const part = comparison!.paragraphs[change.paragraph]?.part ?? t('versions.opening');
      counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    return [...counts];
  }, [changes, comparison, t]);

  const current = position.of === comparison ? position.index : 0;
  const goTo = useCallback(
    (index: number) => {
      if (changes.length === 0) return;
      const next = (index + changes.length) % changes.length;
      setPosition({ of: comparison, index: next });
      const row = rowsRef.current?.querySelector(`[data-index="${changes[next]!.paragraph}"]`);
      row?.scrollIntoView({ block: 'center' });
    },
    [changes, comparison],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // An IME composing a character owns the keys; so does a form field.
      if (event.isComposing || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const forward = event.key === 'n' || event.key === 'j' || (event.altKey && event.key === 'ArrowDown');
      const back = event.key === 'p' || event.key === 'k' || (event.altKey && event.key === 'ArrowUp');
      if (event.key === 'Escape') onClose();
      else if (forward) goTo(current + 1);
      else if (back) goTo(current - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, goTo, onClose]);

  const currentParagraph = changes[current]?.paragraph ?? -1;
  const versionOptions = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {version.label} · {version.sourceFileName}
    </option>
  ));

  return (
    <section className="compare" data-testid="compare-view" aria-labelledby="compare-title">
      <header className="compare-head">
        <button type="button" className="compare-back" onClick={onClose}>
          {t('versions.back')}
        </button>
        <h1 id="compare-title">{t('versions.compareTitle', { title: convert(report.title) })}</h1>
        {pair && (
          <div className="compare-pick">
            <label>
              {t('versions.from')}
              <select
                data-testid="compare-from"
                value={pair.from}
                onChange={(event) => {
                  const other = others.find((entry) => entry.latestVersionId === event.target.value);
                  setPair(other ? { from: other.latestVersionId, to: pair.to, fromReport: other.id } : { from: event.target.value, to: pair.to });
                }}
              >
                <optgroup label={t('versions.thisReport')}>{versionOptions}</optgroup>
                {others.length > 0 && (
                  <optgroup label={t('versions.otherReports')}>
                    {others.map((entry) => (
                      <option key={entry.id} value={entry.latestVersionId} data-report-id={entry.id}>
                        {convert(entry.title)} · {entry.sourceFileName}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </label>
            <span aria-hidden="true">→</span>
            <label>
              {t('versions.to')}
              <select data-testid="compare-to" value={pair.to} onChange={(event) => setPair({ from: pair.from, to: event.target.value, ...(pair.fromReport ? { fromReport: pair.fromReport } : {}) })}>
                {versionOptions}
              </select>
            </label>
            {comparison && (
              <PartPicks
                parts={comparison.parts}
                chosen={{ from: pair.fromPart ?? null, to: pair.toPart ?? null }}
                onChange={(fromPart, toPart) =>
                  setPair({ from: pair.from, to: pair.to, ...(pair.fromReport ? { fromReport: pair.fromReport } : {}), ...(fromPart ? { fromPart } : {}), ...(toPart ? { toPart } : {}) })
                }
              />
            )}
          </div>
        )}
        <div className="compare-options">
          <label>
            <input type="checkbox" checked={ignoreFormatting} onChange={(event) => setIgnoreFormatting(event.target.checked)} />
            {t('versions.ignoreFormatting')}
          </label>
          <label>
            <input type="checkbox" data-testid="compare-changes-only" checked={changesOnly} onChange={(event) => setChangesOnly(event.target.checked)} />
            {t('versions.changesOnly')}
          </label>
          <span role="radiogroup" aria-label={t('versions.layout')} className="compare-layout">
            {(['side', 'inline'] as const).map((option) => (
              <button key={option} type="button" role="radio" aria-checked={layout === option} data-testid={`compare-layout-${option}`} onClick={() => setLayout(option)}>
                {t(option === 'side' ? 'versions.layoutSide' : 'versions.layoutInline')}
              </button>
            ))}
          </span>
          {pair && !crossReport && !partsOnly && <RevisionNoteButtons reportId={report.id} pair={pair} onError={onError} />}
        </div>
      </header>
      {versions.length === 1 && !crossReport && <p className="compare-empty">{t('versions.onlyOne')}</p>}
      {comparison && (
        <div className="compare-body">
          <nav className="compare-changes" aria-labelledby="compare-changes-title">
            <h2 id="compare-changes-title" data-testid="compare-totals">
              {comparison.totalsSentence}
            </h2>
            <div className="compare-step">
              <button type="button" data-testid="compare-previous" disabled={changes.length === 0} onClick={() => goTo(current - 1)} title={t('versions.previousTitle')}>
                {t('versions.previous')}
              </button>
              <span data-testid="compare-position" aria-live="polite">
                {changes.length > 0 ? t('versions.position', { n: current + 1, total: changes.length }) : t('versions.noChanges')}
              </span>
              <button type="button" data-testid="compare-next" disabled={changes.length === 0} onClick={() => goTo(current + 1)} title={t('versions.nextTitle')}>
                {t('versions.next')}
              </button>
            </div>
            {perPart.length > 0 && (
              <ul className="compare-parts" aria-label={t('versions.perPart')}>
                {perPart.map(([part, count]) => (
                  <li key={part}>
                    <span>{convert(part)}</span>
                    <span className="compare-count">{t('versions.count', { count })}</span>
                  </li>
                ))}
              </ul>
            )}
            <ol className="compare-change-list">
              {changes.map((change, i) => (
                <li key={i}>
                  <button type="button" data-testid="compare-change" aria-current={i === current ? 'true' : undefined} onClick={() => goTo(i)}>
                    {convert(change.sentence)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div className={`compare-rows${loading ? ' compare-loading' : ''}`} ref={rowsRef} data-testid="compare-rows" aria-busy={loading}>
            {layout === 'side' && (
              <div className="compared-row compared-columns" aria-hidden="true">
                {/* Two reports each begin at v1: their files tell them apart. */}
                <span>{crossReport ? comparison.from.sourceFileName : comparison.from.label}</span>
                <span>{crossReport ? comparison.to.sourceFileName : comparison.to.label}</span>
              </div>
            )}
            {rows.map((row, position) =>
              typeof row === 'number' ? (
                <ComparedRow
                  key={row}
                  paragraph={comparison.paragraphs[row]!}
                  index={row}
                  layout={layout}
                  convert={convert}
                  current={row === currentParagraph}
                  notes={notesOf(placed, comparison.paragraphs[row]!)}
                />
              ) : (
                <p key={`gap-${position}`} className="compared-gap">
                  {t('versions.unchangedRun', { count: row.gap })}
                </p>
              ),
            )}
          </div>
          {adoption && <AdoptionPanel key={`${adoption.fromVersionId}>${adoption.toVersionId}`} adoption={adoption} profile={profile} convert={convert} onError={onError} trail={trail} />}
        </div>
      )}
    </section>
  );
}

/**
 * Which part of each side to compare: the whole text, or one part against another (last year's
 * 工作安排 against this year's 工作回顾).
 */
function PartPicks({
  parts,
  chosen,
  onChange,
}: {
  parts: VersionComparison['parts'];
  /** What is asked for now, which the comparison on screen may not answer yet. */
  chosen: { from: string | null; to: string | null };
  onChange: (fromPart: string | null, toPart: string | null) => void;
}) {
  const { t } = useI18n();
  const options = (list: VersionComparison['parts']['from']) => [
    <option key="" value="">
      {t('versions.wholeText')}
    </option>,
    ...list.map((part) => (
      <option key={part.id} value={part.id}>
        {part.heading}
      </option>
    )),
  ];
  return (
    <span className="compare-parts-pick">
      <select data-testid="compare-from-part" aria-label={t('versions.fromPart')} value={chosen.from ?? ''} onChange={(event) => onChange(event.target.value || null, chosen.to)}>
        {options(parts.from)}
      </select>
      <span aria-hidden="true">→</span>
      <select data-testid="compare-to-part" aria-label={t('versions.toPart')} value={chosen.to ?? ''} onChange={(event) => onChange(chosen.from, event.target.value || null)}>
        {options(parts.to)}
      </select>
    </span>
  );
}
