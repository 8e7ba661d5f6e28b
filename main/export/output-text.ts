/**
 * The text that leaves Shenyi in a document: converted to the script the delegate chose and
 * stripped of the characters XML 1.0 cannot hold (a stray control character in a pasted
 * report would otherwise make Word refuse the whole file). Only output is converted — the
 * stored report and opinions, and the opinion package, keep their own characters.
 */
import { Converter as toSimplified } from 'opencc-js/t2cn';
import { Converter as toTraditional } from 'opencc-js/cn2t';
import type { ExportScript } from './export-input';

export type OutputText = (text: string) => string;

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

// Building a converter loads its dictionaries: once per process is enough.
let simplified: ((text: string) => string) | null = null;
let traditional: ((text: string) => string) | null = null;

function converterFor(script: ExportScript): (text: string) => string {
  if (script === 'hans') return (simplified ??= toSimplified({ from: 't', to: 'cn' }));
  if (script === 'hant') return (traditional ??= toTraditional({ from: 'cn', to: 't' }));
  return (text) => text;
}

export function outputText(script: ExportScript): OutputText {
  const convert = converterFor(script);
  const cache = new Map<string, string>();
  return (text) => {
    if (text === '') return text;
    // Labels, stance names and headings repeat thousands of times in a large export.
    if (text.length <= 64) {
      const cached = cache.get(text);
      if (cached !== undefined) return cached;
      const converted = xmlSafe(convert(text));
      if (cache.size < 10_000) cache.set(text, converted);
      return converted;
    }
    return xmlSafe(convert(text));
  };
}
