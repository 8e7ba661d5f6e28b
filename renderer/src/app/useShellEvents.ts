import { useEffect, useState } from 'react';
import type { EventPayloads, ShenyiApi } from '../api/contract';
import type { OpinionSaver } from '../annotations/OpinionSaver';

export type SaveOutcome = EventPayloads['export.saved'];

/**
 * What the desktop shell pushes that is not about a report: the window closing (every pending
 * edit is saved first, then the shell is told it may close), 导出 from the menu, and how the save
 * dialog of an export ended. The browser shell pushes none of these; the hooks are then idle.
 */
export function useShellEvents(api: ShenyiApi, saver: OpinionSaver, onExportMenu: () => void): { saveOutcome: SaveOutcome | null; clearSaveOutcome(): void } {
  const [saveOutcome, setSaveOutcome] = useState<SaveOutcome | null>(null);

  useEffect(() => {
    const offFlush = api.on('window.flush-requested', ({ requestId }) => {
      // flushAll resolves once nothing is pending or in flight, including an edit queued behind
      // a save still under way; a failed save keeps its text, and the shell's wait is bounded.
      void saver.flushAll().finally(() => void api.call('window.flushed', { requestId }));
    });
    const offExport = api.on('menu.export', () => onExportMenu());
    const offSaved = api.on('export.saved', (outcome) => setSaveOutcome(outcome));
    return () => {
      offFlush();
      offExport();
      offSaved();
    };
  }, [api, saver, onExportMenu]);

  useEffect(() => {
    if (!saveOutcome) return;
    const timer = setTimeout(() => setSaveOutcome(null), 12_000);
    return () => clearTimeout(timer);
  }, [saveOutcome]);

  return { saveOutcome, clearSaveOutcome: () => setSaveOutcome(null) };
}
