import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/messages';

/** A chord (keys held together) or, with `sequence`, keys pressed one after the other. */
interface Combo {
  keys: string[];
  sequence?: boolean;
}

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

const SHORTCUTS: { combos: Combo[]; label: MessageKey }[] = [
  { combos: [{ keys: ['J'] }, { keys: ['Alt', '↓'] }], label: 'help.nextSection' },
  { combos: [{ keys: ['K'] }, { keys: ['Alt', '↑'] }], label: 'help.prevSection' },
  { combos: [{ keys: [']'] }, { keys: ['['] }], label: 'help.selectSentence' },
  { combos: [{ keys: ['Shift', ']'] }], label: 'help.extendSentence' },
  { combos: [{ keys: ['1–5'] }], label: 'help.markStance' },
  { combos: [{ keys: ['C'] }], label: 'help.markComment' },
  { combos: [{ keys: ['S'] }], label: 'help.markSuggestion' },
  { combos: [{ keys: ['Enter'] }], label: 'help.placeHere' },
  { combos: [{ keys: ['N'] }, { keys: ['Alt', '→'] }], label: 'help.nextNote' },
  { combos: [{ keys: ['P'] }, { keys: ['Alt', '←'] }], label: 'help.prevNote' },
  { combos: [{ keys: ['O'] }], label: 'help.notesList' },
  { combos: [{ keys: [MOD, 'F'] }, { keys: ['/'] }], label: 'help.search' },
  { combos: [{ keys: [MOD, 'Z'] }], label: 'help.undo' },
  { combos: [{ keys: [MOD, 'Shift', 'Z'] }, { keys: [MOD, 'Y'] }], label: 'help.redo' },
  { combos: [{ keys: ['Esc'] }], label: 'help.dismiss' },
  { combos: [{ keys: [MOD, 'O'] }], label: 'help.import' },
  { combos: [{ keys: [MOD, 'E'] }], label: 'help.export' },
  { combos: [{ keys: [MOD, '='] }], label: 'help.fontBigger' },
  { combos: [{ keys: [MOD, '-'] }], label: 'help.fontSmaller' },
  { combos: [{ keys: ['G', 'L'], sequence: true }, { keys: [MOD, 'L'] }], label: 'help.library' },
  { combos: [{ keys: ['?'] }], label: 'help.toggle' },
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element;
      // The help button toggles the panel itself; closing here too would reopen it on click.
      if (panel.current && !panel.current.contains(target) && !target.closest?.('.help-button')) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);

  return (
    <div ref={panel} className="shortcut-help" role="dialog" aria-labelledby="help-title" data-testid="shortcut-help" tabIndex={-1}>
      <div className="shortcut-help-head">
        <h2 id="help-title">{t('help.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('help.close')}>
          ×
        </button>
      </div>
      <dl>
        {SHORTCUTS.map(({ combos, label }) => (
          <div key={label} className="shortcut">
            <dt>
              {combos.map((combo, index) => (
                <span key={index}>
                  {index > 0 && <span className="shortcut-or"> {t('help.or')} </span>}
                  {combo.keys.map((key, keyIndex) => (
                    <span key={keyIndex}>
                      {keyIndex > 0 && (combo.sequence ? ` ${t('help.then')} ` : '+')}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </span>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcut-note">{t('help.note')}</p>
    </div>
  );
}
