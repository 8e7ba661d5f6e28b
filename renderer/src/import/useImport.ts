import { useCallback, useRef, useState } from 'react';
import type { ApiError, DocumentChoice, ImportOutcome, ShenyiApi } from '../api/contract';
import { readFileBase64 } from './readFileBase64';

export type ImportedReports = Extract<ImportOutcome, { status: 'imported' }>['reports'];

export interface PendingChoice {
  fileName: string;
  documents: DocumentChoice[];
}

export interface ImportState {
  busy: boolean;
  choice: PendingChoice | null;
  /** A Word document that came with another extension (a .docx named .pdf): it can be read as one. */
  misnamedWord: string | null;
  readAsWord(): Promise<void>;
  importFile(file: File): Promise<void>;
  confirmChoice(indices: number[]): Promise<void>;
  cancelChoice(): void;
}

/**
 * One import at a time. A file holding several documents comes back as a choice; the chosen
 * indices are sent with the same bytes, kept here rather than read from disk a second time.
 */
export function useImport(
  api: ShenyiApi,
  onImported: (reports: ImportedReports) => void,
  onError: (error: ApiError) => void,
): ImportState {
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<PendingChoice | null>(null);
  const pending = useRef<{ fileName: string; dataBase64: string } | null>(null);
  const misnamed = useRef<{ fileName: string; dataBase64: string } | null>(null);
  const [misnamedWord, setMisnamedWord] = useState<string | null>(null);

  const send = useCallback(
    async (fileName: string, dataBase64: string, select?: number[]) => {
      setBusy(true);
      const result = await api.call('import.file', select ? { fileName, dataBase64, select } : { fileName, dataBase64 });
      setBusy(false);
      misnamed.current = null;
      setMisnamedWord(null);
      if (!result.ok) {
        pending.current = null;
        if (result.error.detail?.problem === 'docx-misnamed') {
          misnamed.current = { fileName, dataBase64 };
          setMisnamedWord(fileName);
        }
        onError(result.error);
        return;
      }
      const outcome = result.value;
      if (outcome.status === 'choose') {
        pending.current = { fileName, dataBase64 };
        setChoice({ fileName: outcome.fileName || fileName, documents: outcome.documents });
        return;
      }
      pending.current = null;
      onImported(outcome.reports);
    },
    [api, onError, onImported],
  );

  const importFile = useCallback(
    async (file: File) => {
      setChoice(null);
      setBusy(true);
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(file);
      } catch (error) {
        setBusy(false);
        onError({ code: 'import-failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      await send(file.name, dataBase64);
    },
    [onError, send],
  );

  const confirmChoice = useCallback(
    async (indices: number[]) => {
      const file = pending.current;
      setChoice(null);
      if (file && indices.length > 0) await send(file.fileName, file.dataBase64, indices);
    },
    [send],
  );

  const cancelChoice = useCallback(() => {
    pending.current = null;
    setChoice(null);
  }, []);

  const readAsWord = useCallback(async () => {
    const file = misnamed.current;
    if (!file) return;
    // The importer tells formats apart by content and extension: the same bytes, named as what they are.
    await send(`${file.fileName.replace(/\.[^.]*$/, '')}.docx`, file.dataBase64);
  }, [send]);

  return { busy, choice, misnamedWord, readAsWord, importFile, confirmChoice, cancelChoice };
}
