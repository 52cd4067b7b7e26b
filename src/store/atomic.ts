// Writes that readers see whole or not at all: a hidden temporary name in the same folder, written and
// fsynced, then renamed. A process killed meanwhile leaves only a hidden temp file, removed later.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Write a file so that readers see the old content or the new, never half of it. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  writeFileSynced(tmp, data);
  try {
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
}

/** Which file of a writeFilesAtomic could not be written, and the system's error. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/**
 * Write several files that belong together (a report's workbook and its PDF): every one is written and
 * fsynced under its temp name first, so a full disk or a folder in the way changes none of them; only
 * then are they renamed into place. Throws WriteFailure naming the file.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const temps: string[] = [];
  const fail = (path: string, err: unknown): never => {
    temps.forEach(unlinkQuiet);
    throw new WriteFailure(path, err);
  };
  for (const f of files) {
    try {
      // A folder where the file should go would fail only at the rename, after the others were replaced.
      if (statSync(f.path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${f.path}`), { code: 'EISDIR' });
      mkdirSync(dirname(f.path), { recursive: true });
      removeStaleTemps(f.path);
      const tmp = tempPathFor(f.path);
      writeFileSynced(tmp, f.data);
      temps.push(tmp);
    } catch (err) {
      fail(f.path, err);
    }
  }
  files.forEach((f, i) => {
    try {
      renameSync(temps[i]!, f.path);
    } catch (err) {
      fail(f.path, err);
    }
  });
}

/** Create `path` (which must not exist), write it whole and fsync it; on failure nothing is left. */
export function writeFileSynced(path: string, data: string | Uint8Array): void {
  const tmp = path;
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
  closeSync(fd);
}

/** Temp files of `path` left by a process that was killed (their pid is gone): removed. */
export function removeStaleTemps(path: string): string[] {
  const prefix = `.${basename(path)}.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return removed;
  }
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(n.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || pidAlive(pid)) continue;
    try {
      unlinkSync(join(dirname(path), n));
      removed.push(n);
    } catch {
      /* gone already */
    }
  }
  return removed;
}

/** Whether a process of this computer is still running. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temporary name beside `path` (same folder, so the rename is atomic); hidden, never a real name. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** writeFileSynced on the thread pool: several at once while the main thread reads on. */
export async function writeFileSyncedAsync(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(path).catch(() => undefined);
    throw err;
  }
  await fh.close();
}

/** Remove a file if it is there. */
export function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}
