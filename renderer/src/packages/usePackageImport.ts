import { useCallback, useState } from 'react';
import type { ApiError, PackageImported, ShenyiApi } from '../api/contract';
import { readFileBase64 } from '../import/readFileBase64';

/** The file picker's filter: opinion packages are JSON (`….shenyi.json`). */
export const PACKAGE_ACCEPT = '.json,application/json';

export interface PackageOutcome {
  fileName: string;
  result: PackageImported;
}

/**
 * A clerk imports a delegate's opinion package (`package.import`): read as base64, merged by
 * the shell under its rules (nothing overwritten; a changed opinion kept beside its original, to settle).
 */
export function usePackageImport(
  api: ShenyiApi,
  onImported: (outcome: PackageOutcome) => void,
  onError: (error: ApiError) => void,
): { busy: boolean; importPackage: (file: File) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const importPackage = useCallback(
    async (file: File) => {
      setBusy(true);
      try {
        let dataBase64: string;
        try {
          dataBase64 = await readFileBase64(file);
        } catch (error) {
          onError({ code: 'import-failed', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
          return;
        }
        const result = await api.call('package.import', { fileName: file.name, dataBase64 });
        if (result.ok) onImported({ fileName: file.name, result: result.value });
        else onError(packageError(file.name, result.error));
      } finally {
        setBusy(false);
      }
    },
    [api, onError, onImported],
  );
  return { busy, importPackage };
}

/**
 * The shell says a package's failures in English only (no problem code): the two it has are
 * recognised here and given a code, so the banner says them in the UI's language. Anything
 * else keeps the shell's message.
 */
export function packageError(fileName: string, error: ApiError): ApiError {
  if (error.detail) return error;
  const message = error.message;
  if (error.code === 'import-failed') {
    const marker = 'not valid (';
    const at = message.indexOf(marker);
    const reason = at >= 0 && message.endsWith(')') ? message.slice(at + marker.length, -1) : message;
    return { ...error, detail: { problem: 'package-damaged', fileName, params: { reason } } };
  }
  if (error.code === 'not-found') {
    const named = /\((《[\s\S]*》[^)]*)\) is not in the library/.exec(message);
    if (named?.[1]) return { ...error, detail: { problem: 'package-report-missing', fileName, params: { title: named[1].trim() } } };
  }
  return error;
}
