/**
 * Writing an export where the user asked: to a temporary file beside the target, flushed,
 * then renamed over it. A crash or a full disk leaves the old file (or nothing), never half
 * a file; a folder that cannot be written gives a clear error naming it.
 *
 * The rename replaces whatever has the target's name, so the target is looked at first: only
 * a missing name or a regular file is replaced. A device (`-o /dev/full` run as root replaced
 * the device node), a folder, a socket or a pipe is refused, and so is a symbolic link: the
 * rename would put a file in place of the link rather than write where it points, and
 * following it silently could write anywhere. The user names the real file instead.
 */
import { closeSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DomainError } from '../model/errors';

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Refuses a target that exists and is not a regular file; a missing one is fine. */
function checkTarget(path: string): void {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch {
    return; // absent (or unreachable, which the write itself then reports)
  }
  if (stat.isSymbolicLink()) {
    let to = '';
    try {
      to = ` to ${readlinkSync(path)}`;
    } catch {
      // the link's target is only for the message
    }
    throw new DomainError('invalid-input', `${path}: this is a symbolic link${to}; nothing was written (name the file itself)`);
  }
  if (!stat.isFile()) throw new DomainError('invalid-input', `${path}: this is ${kindOf(stat)}, not a file; nothing was written`);
}

export function writeFileAtomic(path: string, bytes: Uint8Array | string): void {
  checkTarget(path);
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
