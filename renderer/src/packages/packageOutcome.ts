/**
 * What the package import (PackageStore.ts) says back: the file picker's filter, the outcome, and
 * the shell's English failures given a problem code the banner can translate.
 */
import type { ApiError, PackageImported } from '../api/contract';

/** The file picker's filter: opinion packages are JSON (`….shenyi.json`). */
export const PACKAGE_ACCEPT = '.json,application/json';

export interface PackageOutcome {
  fileName: string;
  result: PackageImported;
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
