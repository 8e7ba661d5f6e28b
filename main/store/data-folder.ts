/**
 * The data folder the store lives in: made when missing, and when it cannot be used the reason
 * is said in words (a file where the folder should be, no permission, a read-only or full disk),
 * never as the system's EEXIST or EROFS.
 */
import { mkdirSync, statSync } from 'node:fs';
import { DomainError } from '../model/errors';

function folderProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file stands where the folder (or one of its parent folders) should be';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: this user may not create or write it';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return error.message;
  }
}

export function ensureDataDir(dataDir: string): void {
  const unusable = (reason: string) => new DomainError('store-failed', `${dataDir}: this data folder cannot be used: ${reason}`);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw unusable(folderProblem(error as NodeJS.ErrnoException));
  }
  if (!statSync(dataDir).isDirectory()) throw unusable(folderProblem({ code: 'ENOTDIR' } as NodeJS.ErrnoException));
}
