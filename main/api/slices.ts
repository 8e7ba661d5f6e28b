/**
 * What every capability's slice of the handler map is given, and how slices become one map:
 * each method is answered by exactly one capability, so two slices naming the same method is a
 * wiring mistake caught when the app is composed, never a silent override.
 */
import type { Handlers, Method } from './contract';
import type { Store } from '../store/store';
import type { ReadingTexts } from '../anchoring/reading-texts';
import type { PdfPrinter } from '../export/pdf-printer';

export interface HandlerContext {
  store: Store;
  shell: 'electron' | 'browser';
  version: string;
  dataDir: string;
  /** Prints the opinion sheet's HTML to PDF (Electron's printToPDF, or a local Chromium). */
  printer: PdfPrinter;
  now: () => Date;
  /** Each version's reading text, shared: restoring debris or correcting a heading changes it. */
  readings: ReadingTexts;
}

/** The methods the store's capabilities answer; the rest belong to the store session (main/app/guarded-handlers.ts). */
export type StoreHandlers = Omit<Handlers, 'store.status' | 'store.openReadOnly' | 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restoreOpinion'>;

export type Slice = Partial<Record<Method, unknown>>;

export function composeSlices(slices: Record<string, Slice>): Partial<Record<Method, unknown>> {
  const composed: Partial<Record<Method, unknown>> = {};
  const owner = new Map<string, string>();
  for (const [name, slice] of Object.entries(slices)) {
    for (const method of Object.keys(slice) as Method[]) {
      const first = owner.get(method);
      if (first !== undefined) throw new Error(`API method ${method} is answered by two slices: ${first} and ${name}`);
      owner.set(method, name);
      composed[method] = slice[method];
    }
  }
  return composed;
}
