/**
 * The text that leaves Shenyi in a document: converted to the script the delegate chose and
 * stripped of the characters XML 1.0 cannot hold (a stray control character in a pasted
 * report would otherwise make Word refuse the whole file). Only output is converted — the
 * stored report and opinions, and the opinion package, keep their own characters.
 */
import { Converter as toSimplified } from 'opencc-js/t2cn';
import { Converter as toTraditional } from 'opencc-js/cn2t';
import type { ExportScript } from './export-input';
import { xmlSafe } from './office/xml-escape';

export type OutputText = (text: string) => string;

// Building a converter loads its dictionaries: once per process is enough.
let simplified: ((text: string) => string) | null = null;
let traditional: ((text: string) => string) | null = null;

function converterFor(script: ExportScript): (text: string) => string {
  if (script === 'hans') return (simplified ??= toSimplified({ from: 't', to: 'cn' }));
  if (script === 'hant') return (traditional ??= toTraditional({ from: 'cn', to: 't' }));
  return (text) => text;
}

export function outputText(script: ExportScript): OutputText {
  // The source script needs no conversion, and a cache would only hash every opinion's words.
  if (script === 'source') return xmlSafe;
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
