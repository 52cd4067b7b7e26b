// The workspace lock: one `iki ingest` or `iki report` at a time in a workspace. A file created with
// O_EXCL holding who holds it (pid, time, command, host); a lock whose process is gone is taken over.
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { problem, type Problem } from '../model/problem.js';
import { pidAlive, removeStaleTemps, tempPathFor, unlinkQuiet, writeFileSynced } from './atomic.js';
import type { WorkspaceLayout } from './workspace.js';

export interface LockInfo {
  pid: number;
  started_at: string;
  command: string;
  host: string;
}

export interface WorkspaceLock {
  path: string;
  info: LockInfo;
  /** The stale lock that was taken over, if any. */
  tookOver?: LockInfo;
}

export type LockResult = { ok: true; lock: WorkspaceLock } | { ok: false; holder: LockInfo; problem: Problem };

/** A lock file whose content cannot be read yet may be one being written right now: give it this long. */
const FRESH_LOCK_MS = 10_000;

/**
 * Create the lock file with its content, or return false when it exists. The content is written to a
 * temp file first and hard-linked to the lock's name (which fails if the name exists), so a process
 * killed meanwhile never leaves an empty lock that would look busy to the next run. Where hard links
 * are not possible (some shared folders): an O_EXCL create, then the content.
 */
function createLockFile(path: string, text: string): boolean {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  try {
    writeFileSynced(tmp, text);
    linkSync(tmp, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
  } finally {
    unlinkQuiet(tmp);
  }
  try {
    const fd = openSync(path, 'wx', 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Take the workspace lock: a file created exclusively (createLockFile) holding pid, time, command and host.
 * A lock left by a process that is no longer alive (same host) is taken over; a live one is refused
 * with a usage.workspace-locked problem saying who holds it since when.
 */
export function acquireLock(ws: WorkspaceLayout, command: string, now: Date = new Date()): LockResult {
  const info: LockInfo = { pid: process.pid, started_at: now.toISOString(), command, host: hostname() };
  let tookOver: LockInfo | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createLockFile(ws.lock, `${JSON.stringify(info)}\n`)) {
      const lock: WorkspaceLock = { path: ws.lock, info };
      if (tookOver) lock.tookOver = tookOver;
      return { ok: true, lock };
    }
    const holder = readLock(ws.lock);
    if (holder === 'gone') continue;
    if (holder === 'unreadable' || isAlive(holder)) {
      const h: LockInfo = holder === 'unreadable' ? { pid: 0, started_at: '?', command: '?', host: '?' } : holder;
      return {
        ok: false,
        holder: h,
        problem: problem('usage.workspace-locked', { command: h.command, pid: h.pid, since: h.started_at, host: h.host, lockFile: ws.lock }, { file: ws.lock }),
      };
    }
    // Stale: its process is gone. Remove it only if it is still the same stale lock, then retry.
    tookOver = holder;
    try {
      const again = readLock(ws.lock);
      if (again !== 'gone' && again !== 'unreadable' && again.pid === holder.pid && again.started_at === holder.started_at) unlinkSync(ws.lock);
    } catch {
      /* someone else removed it first */
    }
  }
  const h = readLock(ws.lock);
  const holder: LockInfo = typeof h === 'object' ? h : { pid: 0, started_at: '?', command: '?', host: '?' };
  return {
    ok: false,
    holder,
    problem: problem('usage.lock-busy', { lockFile: ws.lock }, { file: ws.lock }),
  };
}

/** Remove the lock if it is still ours (safe to call twice, in finally). */
export function releaseLock(lock: WorkspaceLock): void {
  const cur = readLock(lock.path);
  if (typeof cur === 'object' && cur.pid === lock.info.pid && cur.started_at === lock.info.started_at) {
    try {
      unlinkSync(lock.path);
    } catch {
      /* already gone */
    }
  }
}

function readLock(path: string): LockInfo | 'gone' | 'unreadable' {
  let text: string;
  let age = 0;
  try {
    text = readFileSync(path, 'utf8');
    age = Date.now() - statSync(path).mtimeMs;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0) {
      return { pid: v.pid, started_at: String(v.started_at ?? '?'), command: String(v.command ?? '?'), host: String(v.host ?? '?') };
    }
  } catch {
    /* fall through */
  }
  // Empty or garbage: a lock being written right now, or debris from a crash long ago.
  return age < FRESH_LOCK_MS ? 'unreadable' : { pid: 0, started_at: '?', command: '?', host: hostname() };
}

function isAlive(info: LockInfo): boolean {
  if (info.pid <= 0) return false;
  // A lock from another computer (a shared folder) cannot be checked: treat it as alive.
  if (info.host !== '?' && info.host !== hostname()) return true;
  return pidAlive(info.pid);
}
