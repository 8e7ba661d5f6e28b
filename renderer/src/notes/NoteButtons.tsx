import type { Section } from '../api/contract';
import { useAnnotationEnvironment, useSession } from '../annotations/AnnotationContext';
import { useI18n } from '../i18n/I18nContext';

/** The small "+" beside a heading: a note on the whole section. */
export function SectionNoteButton({ section }: { section: Section }) {
  const session = useSession();
  const { withProfile } = useAnnotationEnvironment();
  const { t } = useI18n();
  if (!session) return null;
  const label = t('note.addSection', { heading: section.heading || section.title });
  return (
    <button
      type="button"
      className="section-note-add"
      data-testid="section-note-add"
      data-section-id={section.id}
      aria-label={label}
      title={label}
      onClick={() => withProfile(() => void session.create({ kind: 'section-note', sectionId: section.id }))}
    >
      +
    </button>
  );
}

/** Under the report title: a note on the report as a whole. */
export function ReportNoteButton() {
  const session = useSession();
  const { withProfile } = useAnnotationEnvironment();
  const { t } = useI18n();
  if (!session) return null;
  return (
    <button
      type="button"
      className="report-note-add"
      data-testid="report-note-add"
      onClick={() => withProfile(() => void session.create({ kind: 'report-note' }))}
    >
      {t('note.addReport')}
    </button>
  );
}
