/**
 * Display-only conversion between Simplified and Traditional characters with OpenCC. The
 * dictionaries are loaded on first use: the Simplified→Traditional one is about 1 MB and most
 * readers never switch, so it stays out of the startup bundle.
 */
import type { ChineseScript } from './detectScript';

export type TextConverter = (text: string) => string;

export const identity: TextConverter = (text) => text;

const loaded = new Map<ChineseScript, Promise<TextConverter>>();

export function loadConverter(target: ChineseScript): Promise<TextConverter> {
  let converter = loaded.get(target);
  if (!converter) {
    converter = (target === 'hans' ? loadToHans() : loadToHant()).then(memoize);
    // A failed load (say, a chunk missing after an update) may be retried on the next toggle.
    converter.catch(() => loaded.delete(target));
    loaded.set(target, converter);
  }
  return converter;
}

async function loadToHans(): Promise<TextConverter> {
  const { Converter } = await import('opencc-js/t2cn');
  // Generic Traditional, not 'tw' or 'hk': those also swap regional vocabulary (軟體→软件),
  // which would change the wording of the report, not just its script.
  return Converter({ from: 't', to: 'cn' });
}

async function loadToHant(): Promise<TextConverter> {
  const { Converter } = await import('opencc-js/cn2t');
  // 'tw' converts characters with Taiwan's standard glyphs and no vocabulary substitution.
  return Converter({ from: 'cn', to: 'tw' });
}

/** Holds a few thousand paragraphs per direction, so toggling back and forth is instant. */
const CACHE_LIMIT = 20_000;

function memoize(convert: TextConverter): TextConverter {
  const cache = new Map<string, string>();
  return (text) => {
    let converted = cache.get(text);
    if (converted === undefined) {
      converted = convert(text);
      // Dropping everything is crude but keeps memory bounded across many opened reports.
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, converted);
    }
    return converted;
  };
}
