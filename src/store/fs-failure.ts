// A file system error as data a person can act on (FsFailure), never an errno with a stack trace.
import type { FsFailure } from '../model/problems/codes.js';

const BY_CODE: Record<string, FsFailure['reason']> = {
  ENOENT: 'not-found',
  EACCES: 'permission',
  EPERM: 'permission',
  EISDIR: 'is-folder',
  ENOTDIR: 'not-a-folder',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EEXIST: 'exists',
};

export function fsFailure(err: unknown): FsFailure {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? BY_CODE[code] : undefined;
  if (reason) return { reason };
  return { reason: 'other', detail: code ?? ((err as Error | undefined)?.message ?? String(err)) };
}
