/** Reading a file named on the command line, with the importer's size limit checked first. */
import { readFileSync, statSync } from 'node:fs';
import { checkFileSize } from '../import/read-file';
import { DomainError } from '../model/errors';

export function readInput(path: string): Buffer {
  try {
    const { size } = statSync(path);
    if (size > 0) checkFileSize(size, path);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : (error as Error).message;
    throw new DomainError('import-failed', `${path}: ${reason}`);
  }
}
