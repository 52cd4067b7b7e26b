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

import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { templateFileName } from '../model/contract.js';
import { periodKey, QUARTERS, type Quarter } from '../model/period.js';
import { legacyProblem, problem, type Problem } from '../model/problem.js';

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
  /** Compiled configuration (src/store/cache.ts); safe to delete at any time. */
  cache: string;
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
    cache: join(r, '.iki', 'cache'),
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

/** Create `path` (which must not exist), write it whole and fsync it; on failure nothing is left. */
function writeFileSynced(path: string, data: string | Uint8Array): void {
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

function pidAlive(pid: number): boolean {
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
  /** When it was taken in, ISO 8601 UTC: the received time that timeliness is judged by. */
  taken_at: string;
  /** For information, from the workbook's docProps/core.xml (src/read/core-props.ts), when written there: its last-saved time (ISO UTC) and author. */
  workbook_modified?: string;
  workbook_modified_by?: string;
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
  warnings: { code: string; args?: object; sheet?: string; cell?: string; name?: string }[];
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
      problems.push(legacyProblem('ingest.archive-incomplete', `The archive record ${n} cannot be read or is for another period; it is ignored.`, { file: recordPath }));
      continue;
    }
    if (!files.has(record.file)) {
      problems.push(legacyProblem('ingest.archive-incomplete', `The archive record ${n} names ${record.file}, which is missing.`, { file: recordPath }, { hint: 'Ingest the workbook again.' }));
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
  const plan = planArchive(ws, record, opts);
  if (!('commit' in plan)) return plan;
  try {
    writeFileSynced(plan.tmp, bytes);
    writeFileSynced(plan.tmpRecord, plan.recordText);
  } catch (err) {
    plan.cleanup();
    throw err;
  }
  return plan.commit();
}

/**
 * The same as archiveSubmission, with the two temp files written and fsynced on the thread pool, so
 * ingest can have several in flight while it reads on (fsync dominates on slow disks). Call it for
 * different jabatan/triwulan at once only: each (triwulan, jabatan) must be archived one at a time.
 */
export async function archiveSubmissionAsync(
  ws: WorkspaceLayout,
  bytes: Uint8Array,
  record: Omit<ArchiveRecord, 'file' | 'replaces' | 'period' | 'format'>,
  opts: { replace: boolean; dryRun?: boolean },
): Promise<ArchiveAction> {
  const plan = planArchive(ws, record, opts);
  if (!('commit' in plan)) return plan;
  try {
    await Promise.all([writeFileSyncedAsync(plan.tmp, bytes), writeFileSyncedAsync(plan.tmpRecord, plan.recordText)]);
  } catch (err) {
    plan.cleanup();
    throw err;
  }
  return plan.commitAsync();
}

type ArchivePlan = ArchiveAction | { tmp: string; tmpRecord: string; recordText: string; commit(): ArchiveAction; commitAsync(): Promise<ArchiveAction>; cleanup(): void };

function planArchive(ws: WorkspaceLayout, record: Omit<ArchiveRecord, 'file' | 'replaces' | 'period' | 'format'>, opts: { replace: boolean; dryRun?: boolean }): ArchivePlan {
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
  // Crash-safe order (a process killed at any point leaves the archive as it was, or as it will be,
  // after recoverArchive): both new files go to hidden temp names first (written by the caller); a
  // replaced submission is hard-linked (not moved) into replaced/ with its record; then the workbook's
  // name and, last, the record's name are switched by rename. The record is the commit point.
  const tmp = tempPathFor(p.xlsx);
  const tmpRecord = tempPathFor(p.record);
  if (existing) full.replaces = existing.record.sha256;
  const cleanup = () => {
    for (const t of [tmp, tmpRecord]) {
      try {
        unlinkSync(t);
      } catch {
        /* renamed into place, or never made */
      }
    }
  };
  return {
    tmp,
    tmpRecord,
    recordText: `${JSON.stringify(full, null, 2)}\n`,
    cleanup,
    commit: () => {
      try {
        const previous = existing ? keepAsReplaced(p, existing, full) : undefined;
        renameSync(tmp, p.xlsx);
        renameSync(tmpRecord, p.record);
        return previous ? { action: 'replaced', entry, previous } : { action: 'added', entry };
      } catch (err) {
        cleanup();
        throw err;
      }
    },
    commitAsync: async () => {
      try {
        const previous = existing ? keepAsReplaced(p, existing, full) : undefined;
        await rename(tmp, p.xlsx);
        await rename(tmpRecord, p.record);
        return previous ? { action: 'replaced', entry, previous } : { action: 'added', entry };
      } catch (err) {
        cleanup();
        throw err;
      }
    },
  };
}

async function writeFileSyncedAsync(path: string, data: string | Uint8Array): Promise<void> {
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

function keepAsReplaced(p: ReturnType<typeof archivePaths>, old: ArchiveEntry, by: ArchiveRecord): ArchiveEntry {
  mkdirSync(p.replacedDir, { recursive: true });
  const stamp = old.record.taken_at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let base = `${basename(p.xlsx, '.xlsx')}.${stamp}.${old.record.sha256.slice(0, 8)}`;
  for (let i = 2; existsSync(join(p.replacedDir, `${base}.json`)) || existsSync(join(p.replacedDir, `${base}.xlsx`)); i++) base = `${base}-${i}`;
  const xlsx = join(p.replacedDir, `${base}.xlsx`);
  const recordPath = join(p.replacedDir, `${base}.json`);
  const record: ArchiveRecord = { ...old.record, file: `${base}.xlsx`, replaced_at: by.taken_at, replaced_by: by.sha256 };
  // A second name for the same bytes (the current name stays valid until the new workbook replaces it),
  // and its record, both made under hidden temp names and then renamed: visible only as a pair.
  const tmpRecord = tempPathFor(recordPath);
  const tmpXlsx = tempPathFor(xlsx);
  try {
    writeFileSynced(tmpRecord, `${JSON.stringify(record, null, 2)}\n`);
    if (existsSync(old.xlsx)) linkOrCopy(old.xlsx, tmpXlsx);
    if (existsSync(tmpXlsx)) renameSync(tmpXlsx, xlsx);
    renameSync(tmpRecord, recordPath);
  } finally {
    for (const t of [tmpRecord, tmpXlsx]) {
      try {
        unlinkSync(t);
      } catch {
        /* renamed into place */
      }
    }
  }
  return { state: 'replaced', xlsx, recordPath, record };
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    // A file system without hard links (some shared folders): a synced copy.
    writeFileSynced(to, readFileSync(from));
  }
}

// ---------------------------------------------------------------- recovery after a crash

export interface Recovery {
  /** Hidden temp files removed. */
  removed: string[];
  /** Records completed (the process died between its last two renames). */
  completed: string[];
  /** Half-done "replaced" copies and orphan workbooks (never committed) removed. */
  undone: string[];
}

/**
 * Put the archive back in a committed state after a process was killed mid-write (call with the
 * workspace lock held): a record whose workbook was already renamed in is completed; every other
 * temp file, any workbook without a record, and a replaced/ copy of a replacement that never
 * committed are removed. Never touches a committed submission.
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
    const names = safeList(dir);
    // Roll forward: a temp record whose workbook is already in place with the same content.
    for (const n of names) {
      const m = /^\.(IKI_.+\.json)\.tmp-\d+-[0-9a-f]+$/.exec(n);
      if (!m) continue;
      const rec = readRecord(join(dir, n));
      const target = join(dir, m[1]!);
      if (rec && existsSync(join(dir, rec.file)) && sha256File(join(dir, rec.file)) === rec.sha256) {
        renameSync(join(dir, n), target);
        out.completed.push(target);
      }
    }
    for (const d of [dir, join(dir, REPLACED_DIR)]) {
      const list = safeList(d);
      for (const n of list) {
        if (/^\..+\.tmp-\d+-[0-9a-f]+$/.test(n)) {
          unlinkQuiet(join(d, n));
          out.removed.push(join(d, n));
        }
      }
      const now = safeList(d);
      const recorded = new Set(now.filter((n) => n.endsWith('.json')).map((n) => readRecord(join(d, n))?.file).filter(Boolean));
      for (const n of now) {
        if (n.endsWith('.xlsx') && !n.startsWith('.') && !recorded.has(n)) {
          unlinkQuiet(join(d, n));
          out.undone.push(join(d, n));
        }
      }
    }
    // A replaced/ record for the submission that is still current: its replacement never committed.
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
  return out;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
