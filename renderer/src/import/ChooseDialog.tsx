import { useState } from 'react';
import { ModalForm } from '../feedback/ModalForm';
import type { PendingChoice } from '../library/LibraryStore';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  choice: PendingChoice;
  onConfirm: (indices: number[]) => void;
  onCancel: () => void;
}

/** Asks which documents of a multi-document file to import; repeats of an earlier one start unticked. */
export function ChooseDialog({ choice, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<number>>(
    () => new Set(choice.documents.filter((document) => document.duplicateOf === null).map((document) => document.index)),
  );

  const toggle = (index: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <ModalForm
      className="choose-dialog"
      testId="choose-dialog"
      labelledBy="choose-title"
      onCancel={onCancel}
      onSubmit={() => onConfirm(choice.documents.map((document) => document.index).filter((index) => selected.has(index)))}
    >
        <h2 id="choose-title">{t('choose.title')}</h2>
        <p>{t('choose.intro', { file: choice.fileName })}</p>
        <ul className="choose-list">
          {choice.documents.map((document) => (
            <li key={document.index} data-testid="choose-item" data-index={document.index}>
              <label>
                <input
                  type="checkbox"
                  data-testid="choose-checkbox"
                  checked={selected.has(document.index)}
                  onChange={() => toggle(document.index)}
                />
                <span className="choose-doc-number">{document.index + 1}.</span>
                <span className="choose-doc-title">{document.title || t('choose.untitled')}</span>
                <span className="choose-doc-meta">
                  {t('choose.counts', { paragraphs: document.paragraphCount, sections: document.sectionCount })}
                </span>
                {document.duplicateOf !== null && (
                  <span className="choose-duplicate" data-testid="choose-duplicate">
                    {t('choose.duplicate', { n: document.duplicateOf + 1 })}
                  </span>
                )}
              </label>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" data-testid="choose-cancel" onClick={onCancel}>
            {t('choose.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="choose-confirm" disabled={selected.size === 0}>
            {t('choose.confirm')}
          </button>
        </div>
    </ModalForm>
  );
}
