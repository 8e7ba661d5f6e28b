/**
 * What is on disk where the store should be, read before SQLite touches it. SQLite takes a
 * zero-length file for a new, empty database and would happily create tables in it: that is
 * how a truncated shenyi.db once became a silent first launch (sample re-imported, every opinion
 * gone). A new store is therefore only ever created where no file exists (store.ts builds it
 * under another name and renames it into place), and anything else found here that is not a
 * whole SQLite file is reported, never initialised.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreProblem } from '../model/store-status';

export type StoreFinding =
  | { kind: 'absent'; folderWritable: boolean }
  | { kind: 'present'; writable: boolean; size: number }
  | { kind: 'problem'; problem: StoreProblem; detail: string };

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function inspectStoreFile(path: string): StoreFinding {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { kind: 'problem', problem: 'unreadable', detail: 'it is not a regular file' };
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent', folderWritable: writable(dirname(path)) };
    return { kind: 'problem', problem: 'unreadable', detail: `it cannot be read (${code ?? 'error'})` };
  }
  if (size === 0) return { kind: 'problem', problem: 'empty', detail: 'the file is empty (0 bytes)' };
  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { kind: 'problem', problem: 'unreadable', detail: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (read < 100 || !header.subarray(0, 16).equals(HEADER)) {
    return { kind: 'problem', problem: 'not-a-database', detail: `the file (${size} bytes) is not an SQLite database` };
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The page count in the header is valid only when its change counter matches (file format §1.3.9).
  const pageCount = header.readUInt32BE(24) === header.readUInt32BE(92) ? header.readUInt32BE(28) : 0;
  if (size % pageSize !== 0 || size < pageCount * pageSize) {
    return {
      kind: 'problem',
      problem: 'truncated',
      detail: `the file is cut short (${size} bytes, its header says ${pageCount * pageSize})`,
    };
  }
  return { kind: 'present', writable: writable(path) && writable(dirname(path)), size };
}
