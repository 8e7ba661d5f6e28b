import { useEffect, useState } from 'react';
import type { Settings } from '../api/contract';
import { useAnnotationEnvironment } from '../annotations/AnnotationContext';
import { identity, loadConverter, type TextConverter } from './converters';

/**
 * A converter for what lies outside the report column — the words quoted in cards, the trash,
 * the library's titles, an export's file name — into `script`, the reader's 原文/简/繁 choice
 * when absent, so they follow it as the report text does (useDisplayScript). What delegates
 * wrote themselves is left as written. Text stays as written for 原文 and while a dictionary loads.
 */
export function useScriptConverter(script?: Settings['script']): TextConverter {
  const chosen = useAnnotationEnvironment().script;
  const target = script ?? chosen;
  const [ready, setReady] = useState<{ target: Settings['script']; convert: TextConverter } | null>(null);
  useEffect(() => {
    if (target === 'source') return;
    let current = true;
    loadConverter(target).then(
      (convert) => {
        if (current) setReady({ target, convert });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [target]);
  return target !== 'source' && ready?.target === target ? ready.convert : identity;
}
