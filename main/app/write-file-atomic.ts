/**
 * Writing an export where the user asked: to a temporary file beside the target, flushed,
 * then renamed over it. A crash or a full disk leaves the old file (or nothing), never half
 * a file; a folder that cannot be written gives a clear error naming it.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../model/errors';

export function writeFileAtomic(path: string, bytes: Uint8Array | string): void {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(temporary, 'wx', 0o644);
    let written = 0;
    while (written < data.length) written += writeSync(descriptor, data, written, data.length - written);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = null;
    renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== null) closeSync(descriptor);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder cannot be written to'
        : code === 'ENOENT'
          ? 'the folder does not exist'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'EISDIR'
              ? 'a folder has that name'
              : (error as Error).message;
    throw new DomainError('store-failed', `${path}: ${reason}; nothing was written`);
  }
}
