import { useEffect, useState } from 'react';
import type { Settings } from '../api/contract';
import type { ChineseScript } from './detectScript';
import { identity, loadConverter, type TextConverter } from './converters';

export interface DisplayScript {
  /** Turns stored text into displayed text; its identity changes only when the output would. */
  convert: TextConverter;
  /** The script the reader sees, for `lang` and the font stack. */
  lang: ChineseScript;
  loading: boolean;
}

/**
 * Chooses the converter for the reader's script setting. While a dictionary loads the text stays
 * as written rather than blank, and conversion into the script the text already uses is skipped.
 */
export function useDisplayScript(setting: Settings['script'], sourceScript: ChineseScript): DisplayScript {
  const target: ChineseScript | null = setting === 'source' || setting === sourceScript ? null : setting;
  const [ready, setReady] = useState<{ target: ChineseScript; convert: TextConverter } | null>(null);
  const [failed, setFailed] = useState<ChineseScript | null>(null);

  useEffect(() => {
    if (!target) return;
    let current = true;
    loadConverter(target).then(
      (convert) => {
        if (current) setReady({ target, convert });
      },
      () => {
        if (current) setFailed(target);
      },
    );
    return () => {
      current = false;
    };
  }, [target]);

  if (!target) return { convert: identity, lang: sourceScript, loading: false };
  if (ready?.target === target) return { convert: ready.convert, lang: target, loading: false };
  return { convert: identity, lang: sourceScript, loading: failed !== target };
}
