import { useCallback, useMemo, useState } from 'react';
import type { ApiError, ReportDocument, Section } from '../api/contract';
import { useApi } from '../api/ApiContext';
import type { TextConverter } from '../script/converters';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  doc: ReportDocument;
  currentId: string | null;
  convert: TextConverter;
  onDocument: (doc: ReportDocument) => void;
  onError: (error: ApiError) => void;
}

interface Item {
  key: string;
  start: number;
  text: string;
  /** What the button makes of the line: a heading, body text, or the detector's reading again (null). */
  action: boolean | null;
  note: 'unsureLine' | 'unsureHeading' | 'corrected' | 'current';
}

const shorten = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);

function sectionsById(root: Section): Map<string, Section> {
  const byId = new Map<string, Section>();
  const visit = (section: Section) => {
    byId.set(section.id, section);
    section.children.forEach(visit);
  };
  visit(root);
  return byId;
}

function paragraphText(root: Section, id: string): string | null {
  const stack = [root];
  while (stack.length > 0) {
    const section = stack.pop()!;
    const found = section.paragraphs.find((paragraph) => paragraph.id === id);
    if (found) return found.text;
    stack.push(...section.children);
  }
  return null;
}

/**
 * Where the outline is unsure, and the user's word on it: a line that looks like a heading but
 * broke the numbering can be made a heading, a doubtful heading (or the current one) made body
 * text, and each correction taken back. Corrections are kept with the report version.
 */
export function OutlineCorrections({ doc, currentId, convert, onDocument, onError }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [pending, setPending] = useState<number | null>(null);
  const items = useMemo(() => {
    const byId = sectionsById(doc.root);
    const corrected = new Set(doc.outline.corrections.map((c) => c.start));
    const list: Item[] = doc.outline.corrections.map((c) => ({ key: `c${c.start}`, start: c.start, text: c.text, action: null, note: 'corrected' }));
    for (const finding of doc.outline.findings) {
      if (finding.start === null || corrected.has(finding.start)) continue;
      if (finding.paragraphId !== null) {
        const text = paragraphText(doc.root, finding.paragraphId);
        if (text !== null) list.push({ key: `p${finding.start}`, start: finding.start, text, action: true, note: 'unsureLine' });
      } else if (finding.sectionId !== null && finding.code !== 'attachment-before-body') {
        const section = byId.get(finding.sectionId);
        if (section) list.push({ key: `s${finding.start}`, start: finding.start, text: section.heading, action: false, note: 'unsureHeading' });
      }
    }
    const current = currentId ? byId.get(currentId) : undefined;
    const currentStart = current?.headingSpans[0]?.start;
    if (current && currentStart !== undefined && !list.some((item) => item.start === currentStart)) {
      list.push({ key: `now${currentStart}`, start: currentStart, text: current.heading, action: false, note: 'current' });
    }
    return list;
  }, [doc, currentId]);

  const correct = useCallback(
    async (start: number, asHeading: boolean | null) => {
      setPending(start);
      const result = await api.call('outline.correctHeading', { versionId: doc.version.id, start, asHeading });
      setPending(null);
      if (result.ok) onDocument(result.value);
      else onError(result.error);
    },
    [api, doc.version.id, onDocument, onError],
  );

  if (items.length === 0) return null;
  return (
    <section className="outline-corrections" data-testid="outline-corrections" aria-label={t('outlineFix.title')}>
      <h3 className="outline-corrections-title">{t('outlineFix.title')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key} className={`outline-correction is-${item.note}`} data-testid="outline-correction" data-note={item.note}>
            <span className="outline-correction-text" title={convert(item.text)}>
              {t(`outlineFix.${item.note}`, { text: convert(shorten(item.text)) })}
            </span>
            <button type="button" disabled={pending !== null} onClick={() => void correct(item.start, item.action)} data-testid={`outline-fix-${item.action === null ? 'undo' : item.action ? 'promote' : 'demote'}`}>
              {t(item.action === null ? 'outlineFix.undo' : item.action ? 'outlineFix.promote' : 'outlineFix.demote')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
