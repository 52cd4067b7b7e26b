// Putting the archive back in a committed state after a run was killed mid-write (power cut, Ctrl+C,
// kill -9), for each step of the write protocol in archive.ts. Call with the workspace lock held.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { tempPathFor, unlinkQuiet } from './atomic.js';
import { linkOrCopy, readRecord, repoint, REPLACED_DIR } from './archive.js';
import type { WorkspaceLayout } from './workspace.js';

export interface Recovery {
  /** Hidden temp files removed. */
  removed: string[];
  /** Records completed (the process died between its last two renames). */
  completed: string[];
  /** Half-done "replaced" copies, interrupted replacements and orphan workbooks (never committed) undone. */
  undone: string[];
}

const TEMP = /^\..+\.tmp-\d+-[0-9a-f]+$/;

/**
 * Finish or undo, in each period folder: a new record whose workbook is already in place is completed
 * (roll forward); a replacement that had not renamed its workbook in is undone (the current record
 * named the replaced/ copy: the workbook's name gets those bytes back); every other temp file, any
 * workbook no record names, and the replaced/ copy of a replacement that never committed are removed.
 * Never touches a committed submission.
 */
export function recoverArchive(ws: WorkspaceLayout): Recovery {
  const out: Recovery = { removed: [], completed: [], undone: [] };
  let periods: string[];
  try {
    periods = readdirSync(ws.archive).filter((d) => /^\d{4}-TW[1-4]$/.test(d));
  } catch {
    return out;
  }
  for (const period of periods) {
    const dir = join(ws.archive, period);
    rollForward(dir, out);
    rollBackReplacements(dir, out);
    for (const d of [dir, join(dir, REPLACED_DIR)]) removeDebris(d, out);
    undoUncommittedReplaced(dir, out);
  }
  return out;
}

/** A temp record whose workbook is already in place with the same content: rename it in. */
function rollForward(dir: string, out: Recovery): void {
  for (const n of safeList(dir)) {
    const m = /^\.(IKI_.+\.json)\.tmp-\d+-[0-9a-f]+$/.exec(n);
    if (!m) continue;
    const rec = readRecord(join(dir, n));
    const target = join(dir, m[1]!);
    if (rec && !rec.file.includes('/') && existsSync(join(dir, rec.file)) && sha256File(join(dir, rec.file)) === rec.sha256) {
      renameSync(join(dir, n), target);
      out.completed.push(target);
    }
  }
}

/** A current record naming its replaced/ copy: the replacement stopped before its workbook was renamed in. */
function rollBackReplacements(dir: string, out: Recovery): void {
  for (const n of safeList(dir)) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const recordPath = join(dir, n);
    const record = readRecord(recordPath);
    if (!record || !record.file.startsWith(`${REPLACED_DIR}/`)) continue;
    const own = n.replace(/\.json$/, extname(record.file) || '.xlsx');
    const copy = join(dir, record.file);
    if (!existsSync(copy)) continue;
    // The old bytes back under the workbook's own name (the record still names the copy meanwhile), then the record.
    const tmp = tempPathFor(join(dir, own));
    try {
      linkOrCopy(copy, tmp);
      renameSync(tmp, join(dir, own));
    } finally {
      unlinkQuiet(tmp);
    }
    repoint({ state: 'current', xlsx: copy, recordPath, record }, own);
    out.undone.push(recordPath);
  }
}

/** Hidden temp files, and workbooks no record names (renamed in, never committed). */
function removeDebris(d: string, out: Recovery): void {
  for (const n of safeList(d)) {
    if (TEMP.test(n)) {
      unlinkQuiet(join(d, n));
      out.removed.push(join(d, n));
    }
  }
  const now = safeList(d);
  const recorded = new Set(now.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => readRecord(join(d, n))?.file).filter((f): f is string => f !== undefined).map((f) => basename(f)));
  for (const n of now) {
    if (/\.(xlsx|ods)$/.test(n) && !n.startsWith('.') && !recorded.has(n)) {
      unlinkQuiet(join(d, n));
      out.undone.push(join(d, n));
    }
  }
}

/** A replaced/ record for the submission that is still current: its replacement never committed. */
function undoUncommittedReplaced(dir: string, out: Recovery): void {
  const current = new Map<string, string>();
  for (const n of safeList(dir)) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const rec = readRecord(join(dir, n));
    if (rec) current.set(rec.jabatan_id, rec.sha256);
  }
  const rdir = join(dir, REPLACED_DIR);
  for (const n of safeList(rdir)) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const rec = readRecord(join(rdir, n));
    if (rec && rec.replaced_by && current.get(rec.jabatan_id) === rec.sha256) {
      unlinkQuiet(join(rdir, rec.file));
      unlinkQuiet(join(rdir, n));
      out.undone.push(join(rdir, n));
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
