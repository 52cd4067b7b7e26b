// A workspace is a folder the Subbag Program works in: its catalogue, generated templates,
// incoming files, the archive of accepted submissions, and reports.
//
// Interface used by ingest, status and the report (stable):
//
//   listArchive(layout, year): ArchiveListing
//     -> { year, current: ArchiveEntry[], replaced: ArchiveEntry[], problems }
//     current: the accepted submission per (quarter, jabatan), sorted by quarter then jabatan id;
//     replaced: earlier submissions kept under archive/<year>-TW<q>/replaced/, oldest first.
//     ArchiveEntry = { state: 'current' | 'replaced', xlsx: absolute path of the archived workbook,
//                      recordPath: absolute path of its JSON record, record: ArchiveRecord }
//     Reads only the JSON records (fast); never opens a workbook.
//   acquireLock(layout, command) / releaseLock(lock): the workspace lock (`iki ingest`, `iki report`).
//   writeFileAtomic(path, data): temp file in the same folder, fsync, rename.
//
// Archive layout (one folder per period; names sort by period and read well when forwarded):
//   archive/2017-TW1/IKI_2017_TW1_<jabatan>.xlsx     the accepted workbook, byte for byte
//   archive/2017-TW1/IKI_2017_TW1_<jabatan>.json     its record (the commit point: written last)
//   archive/2017-TW1/replaced/IKI_2017_TW1_<jabatan>.<taken_at>.<sha8>.xlsx (+ .json)  replaced ones

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { templateFileName } from './contract.js';
import { periodKey, QUARTERS, type Quarter } from './period.js';
import { problem, type Problem } from './problem.js';

export const WORKSPACE_MARKER = 'iki-workspace.json';
export const WORKSPACE_FORMAT = 'iki-workspace/1';

export interface WorkspaceLayout {
  root: string;
  marker: string;
  catalogue: string;
  templates: string;
  incoming: string;
  archive: string;
  reports: string;
  lock: string;
}

export function layout(root: string): WorkspaceLayout {
  const r = resolve(root);
  return {
    root: r,
    marker: join(r, WORKSPACE_MARKER),
    catalogue: join(r, 'catalogue.yaml'),
    templates: join(r, 'templates'),
    incoming: join(r, 'incoming'),
    archive: join(r, 'archive'),
    reports: join(r, 'reports'),
    lock: join(r, '.iki.lock'),
  };
}

export function isWorkspace(dir: string): boolean {
  const m = join(resolve(dir), WORKSPACE_MARKER);
  return existsSync(m) && statSync(m).isFile();
}

export type WorkspaceSource = 'option' | 'env' | 'cwd';

/**
 * Where the workspace is: --workspace DIR, then IKI_WORKSPACE, then the current folder.
 * Returns undefined when the chosen folder is not a workspace (the caller says how to make one).
 */
export function findWorkspace(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): { layout?: WorkspaceLayout; tried: string; source: WorkspaceSource } {
  const [dir, source]: [string, WorkspaceSource] = option
    ? [option, 'option']
    : env.IKI_WORKSPACE
      ? [env.IKI_WORKSPACE, 'env']
      : [cwd, 'cwd'];
  const tried = resolve(cwd, dir);
  return isWorkspace(tried) ? { layout: layout(tried), tried, source } : { tried, source };
}

// ---------------------------------------------------------------- atomic writes

/** Write a file so that readers see the old content or the new, never half of it. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
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

/** A temporary name beside `path` (same folder, so the rename is atomic); hidden, never a real name. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

// ---------------------------------------------------------------- the workspace lock

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
 * Take the workspace lock: a file created with O_EXCL ('wx') holding pid, time, command and host.
 * A lock left by a process that is no longer alive (same host) is taken over; a live one is refused
 * with a usage.workspace-locked problem saying who holds it since when.
 */
export function acquireLock(ws: WorkspaceLayout, command: string, now: Date = new Date()): LockResult {
  const info: LockInfo = { pid: process.pid, started_at: now.toISOString(), command, host: hostname() };
  let tookOver: LockInfo | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(ws.lock, 'wx', 0o644);
      try {
        writeSync(fd, `${JSON.stringify(info)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      const lock: WorkspaceLock = { path: ws.lock, info };
      if (tookOver) lock.tookOver = tookOver;
      return { ok: true, lock };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(ws.lock);
    if (holder === 'gone') continue;
    if (holder === 'unreadable' || isAlive(holder)) {
      const h: LockInfo = holder === 'unreadable' ? { pid: 0, started_at: '?', command: '?', host: '?' } : holder;
      return {
        ok: false,
        holder: h,
        problem: problem(
          'usage.workspace-locked',
          `Another iki ${h.command === '?' ? 'command' : h.command} (pid ${h.pid || '?'}) is running in this workspace since ${h.started_at}; wait for it to finish, or, if no iki is running (the computer was restarted), delete ${ws.lock}.`,
          { file: ws.lock },
        ),
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
    problem: problem('usage.workspace-locked', `Could not take the workspace lock ${ws.lock}; another iki is starting. Try again.`, { file: ws.lock }),
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
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------- the archive

export const ARCHIVE_RECORD_FORMAT = 'iki-archive-record/1';
export const REPLACED_DIR = 'replaced';

export interface ArchiveRecord {
  format: typeof ARCHIVE_RECORD_FORMAT;
  jabatan_id: string;
  year: number;
  quarter: Quarter;
  /** "2017-TW1" */
  period: string;
  /** sha256 of the archived bytes, hex. */
  sha256: string;
  size: number;
  /** When it was taken in, ISO 8601 UTC. */
  taken_at: string;
  /** The file name it came in under, and where it was. */
  original_name: string;
  original_path: string;
  /** The archived workbook's file name, in the same folder as this record. */
  file: string;
  /** From the workbook's _iki sheet. */
  catalogue_id: string;
  catalogue_hash: string;
  generated_at: string;
  /** The workspace catalogue it was checked against. */
  checked_against: string;
  tool_version: string;
  counts: { elements: number; values: number; blank: number; notes: number; warnings: number };
  /** Element ids not reported (blank or not in the template). */
  missing: string[];
  /** The warnings found at intake (codes, messages, cells). */
  warnings: { code: string; message: string; sheet?: string; cell?: string; name?: string }[];
  /** sha256 of the submission this one replaced, if any. */
  replaces: string | null;
  /** Set when a later submission replaced this one. */
  replaced_at?: string;
  replaced_by?: string;
}

export interface ArchiveEntry {
  state: 'current' | 'replaced';
  xlsx: string;
  recordPath: string;
  record: ArchiveRecord;
}

export interface ArchiveListing {
  year: number;
  current: ArchiveEntry[];
  replaced: ArchiveEntry[];
  problems: Problem[];
}

export function periodDir(ws: WorkspaceLayout, year: number, quarter: Quarter): string {
  return join(ws.archive, periodKey({ year, quarter }));
}

export function archivePaths(ws: WorkspaceLayout, year: number, quarter: Quarter, jabatanId: string): { dir: string; xlsx: string; record: string; replacedDir: string } {
  const dir = periodDir(ws, year, quarter);
  const xlsx = join(dir, templateFileName(year, quarter, jabatanId));
  return { dir, xlsx, record: xlsx.replace(/\.xlsx$/, '.json'), replacedDir: join(dir, REPLACED_DIR) };
}

/** The current archived submission for one jabatan and period, if any. */
export function currentEntry(ws: WorkspaceLayout, year: number, quarter: Quarter, jabatanId: string): ArchiveEntry | undefined {
  const p = archivePaths(ws, year, quarter, jabatanId);
  const record = readRecord(p.record);
  return record ? { state: 'current', xlsx: join(p.dir, record.file), recordPath: p.record, record } : undefined;
}

/** Every archived submission of a year, from the JSON records only. */
export function listArchive(ws: WorkspaceLayout, year: number): ArchiveListing {
  const out: ArchiveListing = { year, current: [], replaced: [], problems: [] };
  for (const q of QUARTERS) {
    const dir = periodDir(ws, year, q);
    out.current.push(...scan(dir, 'current', year, q, out.problems));
    out.replaced.push(...scan(join(dir, REPLACED_DIR), 'replaced', year, q, out.problems));
  }
  const byKey = (a: ArchiveEntry, b: ArchiveEntry) =>
    a.record.quarter - b.record.quarter || a.record.jabatan_id.localeCompare(b.record.jabatan_id) || a.record.taken_at.localeCompare(b.record.taken_at);
  out.current.sort(byKey);
  out.replaced.sort(byKey);
  return out;
}

function scan(dir: string, state: ArchiveEntry['state'], year: number, quarter: Quarter, problems: Problem[]): ArchiveEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: ArchiveEntry[] = [];
  const files = new Set(names);
  for (const n of names) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const recordPath = join(dir, n);
    const record = readRecord(recordPath);
    if (!record || record.year !== year || record.quarter !== quarter) {
      problems.push(problem('ingest.archive-incomplete', `The archive record ${n} cannot be read or is for another period; it is ignored.`, { file: recordPath }));
      continue;
    }
    if (!files.has(record.file)) {
      problems.push(problem('ingest.archive-incomplete', `The archive record ${n} names ${record.file}, which is missing.`, { file: recordPath }, { hint: 'Ingest the workbook again.' }));
      continue;
    }
    out.push({ state, xlsx: join(dir, record.file), recordPath, record });
  }
  return out;
}

export function readRecord(path: string): ArchiveRecord | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as ArchiveRecord;
    if (v && v.format === ARCHIVE_RECORD_FORMAT && typeof v.jabatan_id === 'string' && typeof v.sha256 === 'string' && typeof v.file === 'string') return v;
  } catch {
    /* unreadable */
  }
  return undefined;
}

export type ArchiveAction =
  | { action: 'added'; entry: ArchiveEntry }
  | { action: 'replaced'; entry: ArchiveEntry; previous: ArchiveEntry }
  | { action: 'unchanged'; entry: ArchiveEntry }
  | { action: 'conflict'; existing: ArchiveEntry };

/**
 * Put one accepted workbook into the archive (call with the workspace lock held). The bytes are
 * exactly the ones validated; the original file is never touched. A different earlier submission
 * is moved to replaced/ with its record when `replace` is set, else reported as a conflict.
 */
export function archiveSubmission(
  ws: WorkspaceLayout,
  bytes: Uint8Array,
  record: Omit<ArchiveRecord, 'file' | 'replaces' | 'period' | 'format'>,
  opts: { replace: boolean; dryRun?: boolean },
): ArchiveAction {
  const p = archivePaths(ws, record.year, record.quarter, record.jabatan_id);
  const existing = currentEntry(ws, record.year, record.quarter, record.jabatan_id);
  const full: ArchiveRecord = {
    format: ARCHIVE_RECORD_FORMAT,
    ...record,
    period: periodKey({ year: record.year, quarter: record.quarter }),
    file: basename(p.xlsx),
    replaces: null,
  };
  const entry: ArchiveEntry = { state: 'current', xlsx: p.xlsx, recordPath: p.record, record: full };
  if (existing && existing.record.sha256 === record.sha256 && existsSync(existing.xlsx)) return { action: 'unchanged', entry: existing };
  if (existing && !opts.replace) return { action: 'conflict', existing };
  if (opts.dryRun) return existing ? { action: 'replaced', entry, previous: existing } : { action: 'added', entry };

  mkdirSync(p.dir, { recursive: true });
  // The new bytes go to disk first (temp name), so a failure leaves the old submission in place.
  const tmp = tempPathFor(p.xlsx);
  writeFileAtomic(tmp, bytes);
  try {
    let previous: ArchiveEntry | undefined;
    if (existing) {
      full.replaces = existing.record.sha256;
      previous = moveToReplaced(p, existing, full);
    }
    renameSync(tmp, p.xlsx);
    writeFileAtomic(p.record, `${JSON.stringify(full, null, 2)}\n`);
    return previous ? { action: 'replaced', entry, previous } : { action: 'added', entry };
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* renamed into place */
    }
  }
}

function moveToReplaced(p: ReturnType<typeof archivePaths>, old: ArchiveEntry, by: ArchiveRecord): ArchiveEntry {
  mkdirSync(p.replacedDir, { recursive: true });
  const stamp = old.record.taken_at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let base = `${basename(p.xlsx, '.xlsx')}.${stamp}.${old.record.sha256.slice(0, 8)}`;
  for (let i = 2; existsSync(join(p.replacedDir, `${base}.json`)); i++) base = `${base}-${i}`;
  const xlsx = join(p.replacedDir, `${base}.xlsx`);
  const recordPath = join(p.replacedDir, `${base}.json`);
  const record: ArchiveRecord = { ...old.record, file: `${base}.xlsx`, replaced_at: by.taken_at, replaced_by: by.sha256 };
  if (existsSync(old.xlsx)) renameSync(old.xlsx, xlsx);
  writeFileAtomic(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  unlinkSync(old.recordPath);
  return { state: 'replaced', xlsx, recordPath, record };
}
