/**
 * Reading an import file from disk. Only a regular file is read: a device (/dev/zero), a pipe
 * or a socket never ends, so it is refused from its fstat before a byte is read. The file is
 * opened non-blocking because opening a FIFO for reading otherwise waits for a writer.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ImportError } from '../model/errors';
import { checkFileSize } from './read-file';

function openProblem(error: NodeJS.ErrnoException, path: string): ImportError {
  if (error.code === 'ENOENT') return new ImportError(path, 'not-found');
  if (error.code === 'EISDIR') return new ImportError(path, 'is-folder');
  return new ImportError(path, 'reader-failed', { detail: error.code ?? error.message });
}

export function readImportFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openProblem(error as NodeJS.ErrnoException, path);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ImportError(path, 'is-folder');
    if (!stats.isFile()) throw new ImportError(path, 'not-regular-file');
    checkFileSize(stats.size, path);
    // Read exactly the size fstat gave: a file that grows meanwhile is read as it was.
    const bytes = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === bytes.length ? bytes : bytes.subarray(0, offset);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw openProblem(error as NodeJS.ErrnoException, path);
  } finally {
    closeSync(fd);
  }
}
