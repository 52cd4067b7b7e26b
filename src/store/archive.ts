// The archive of accepted submissions: one folder per period, each workbook byte for byte with its JSON
// record. The record is the commit point: readers (status, report) go by records only, and a record's
// `file` holds, at every instant, exactly the bytes whose sha256 the record names.
//
//   archive/2017-TW1/IKI_2017_TW1_<jabatan>.xlsx     the accepted workbook (the name people see)
//   archive/2017-TW1/IKI_2017_TW1_<jabatan>.json     its record
//   archive/2017-TW1/replaced/IKI_2017_TW1_<jabatan>.<taken_at>.<sha8>.xlsx (+ .json)  replaced ones
//
// Writing one submission (call with the workspace lock held; crash-safe at every step, recovery.ts
// finishes or undoes what a killed run left):
//   1. the new workbook and its record are written and fsynced under hidden temp names;
//   2. a replaced submission is kept under replaced/ (a hard link of its bytes, and its record);
//   3. its current record is re-pointed at that replaced/ copy (same bytes, same sha256), so that
//   4. the workbook's own name can take the new bytes without any record naming it meanwhile;
//   5. the new record is renamed into place: committed.
// Between 4 and 5 (and before 5 for a first submission) the workbook's name holds bytes no record
// names yet: readers never see it, and the next run completes or removes it.
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { templateFileName } from '../model/contract.js';
import { periodKey, QUARTERS, type Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import { PROBLEM_DEFS } from '../model/problems/codes.js';
import { tempPathFor, unlinkQuiet, writeFileSynced, writeFileSyncedAsync } from './atomic.js';
import type { WorkspaceLayout } from './workspace.js';

const ARCHIVE_RECORD_FORMAT = 'iki-archive-record/1';
export const REPLACED_DIR = 'replaced';

/** A problem as a record keeps it: data only, no text (rendered in the reader's language). */
export interface StoredProblem {
  code: string;
  severity: string;
  args: object;
  location: Location;
}

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
  /**
   * The archived workbook, relative to this record's folder: its own name; while a replacement is being
   * written, the replaced/ copy of the same bytes.
   */
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
  /** Element id -> the count accepted (records before issue 13 have none): the history the quality checks judge by. */
  values?: Record<string, number>;
  /** The warnings found at intake, as data (records written before issue 10 hold English messages instead). */
  warnings: StoredProblem[];
  /** sha256 of the submission this one replaced, if any. */
  replaces: string | null;
  /** Set when a later submission replaced this one. */
  replaced_at?: string;
  replaced_by?: string;
}

/** What the writer of a submission gives; the archive adds where it goes. */
export type NewRecord = Omit<ArchiveRecord, 'file' | 'replaces' | 'period' | 'format'>;

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

interface ArchivePaths {
  dir: string;
  xlsx: string;
  record: string;
  replacedDir: string;
}

/** A workbook is archived with the extension it came with: .xlsx, or .ods when saved in ODF format. */
export type WorkbookExt = '.xlsx' | '.ods';

function archivePaths(ws: WorkspaceLayout, year: number, quarter: Quarter, jabatanId: string, ext: WorkbookExt = '.xlsx'): ArchivePaths {
  const dir = periodDir(ws, year, quarter);
  const own = templateFileName(year, quarter, jabatanId);
  return { dir, xlsx: join(dir, own.replace(/\.xlsx$/, ext)), record: join(dir, own.replace(/\.xlsx$/, '.json')), replacedDir: join(dir, REPLACED_DIR) };
}

/** A record's `file` may name its own folder's workbooks or those under replaced/, nothing else. */
const RECORD_FILE = /^(replaced\/)?[^/\\]+\.(xlsx|ods)$/;

export function readRecord(path: string): ArchiveRecord | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as ArchiveRecord;
    if (v && v.format === ARCHIVE_RECORD_FORMAT && typeof v.jabatan_id === 'string' && typeof v.sha256 === 'string' && typeof v.file === 'string' && RECORD_FILE.test(v.file) && !v.file.includes('..')) {
      return v;
    }
  } catch {
    /* unreadable */
  }
  return undefined;
}

/** The warnings a record keeps, as problems; entries in an older shape (English messages, no args) are left out. */
export function recordWarnings(record: ArchiveRecord): Problem[] {
  const ok = (w: unknown): w is Problem => {
    const p = w as Partial<StoredProblem> | null;
    return typeof p?.code === 'string' && p.code in PROBLEM_DEFS && typeof p.args === 'object' && p.args !== null && typeof p.severity === 'string' && typeof p.location === 'object';
  };
  return (Array.isArray(record.warnings) ? record.warnings : []).filter(ok);
}

/** The current archived submission for one jabatan and period, if any. */
export function currentEntry(ws: WorkspaceLayout, year: number, quarter: Quarter, jabatanId: string): ArchiveEntry | undefined {
  const p = archivePaths(ws, year, quarter, jabatanId);
  const record = readRecord(p.record);
  return record ? { state: 'current', xlsx: join(p.dir, record.file), recordPath: p.record, record } : undefined;
}

/** Every archived submission of a year, from the JSON records only (never opens a workbook). */
export function listArchive(ws: WorkspaceLayout, year: number): ArchiveListing {
  const out: ArchiveListing = { year, current: [], replaced: [], problems: [] };
  for (const q of QUARTERS) {
    const dir = periodDir(ws, year, q);
    out.current.push(...scan(ws, dir, 'current', year, q, out.problems));
    out.replaced.push(...scan(ws, join(dir, REPLACED_DIR), 'replaced', year, q, out.problems));
  }
  const byKey = (a: ArchiveEntry, b: ArchiveEntry) =>
    a.record.quarter - b.record.quarter || a.record.jabatan_id.localeCompare(b.record.jabatan_id) || a.record.taken_at.localeCompare(b.record.taken_at);
  out.current.sort(byKey);
  out.replaced.sort(byKey);
  return out;
}

function scan(ws: WorkspaceLayout, dir: string, state: ArchiveEntry['state'], year: number, quarter: Quarter, problems: Problem[]): ArchiveEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: ArchiveEntry[] = [];
  const shown = (p: string) => p.slice(ws.root.length + 1).split('\\').join('/');
  for (const n of names) {
    if (!n.endsWith('.json') || n.startsWith('.')) continue;
    const recordPath = join(dir, n);
    const at = { file: shown(recordPath) };
    const record = readRecord(recordPath);
    if (!record || record.year !== year || record.quarter !== quarter) {
      problems.push(problem('ingest.archive-incomplete', { record: shown(recordPath), why: record ? 'other-period' : 'unreadable' }, at));
      continue;
    }
    const xlsx = join(dir, record.file);
    if (!existsSync(xlsx)) {
      problems.push(problem('ingest.archive-incomplete', { record: shown(recordPath), why: 'file-missing', file: record.file }, at));
      continue;
    }
    out.push({ state, xlsx, recordPath, record });
  }
  return out;
}

export type ArchiveAction =
  | { action: 'added'; entry: ArchiveEntry }
  | { action: 'replaced'; entry: ArchiveEntry; previous: ArchiveEntry }
  | { action: 'unchanged'; entry: ArchiveEntry }
  | { action: 'conflict'; existing: ArchiveEntry };

export interface ArchiveOptions {
  /** Replace a different earlier submission (kept under replaced/); else it is a conflict. */
  replace: boolean;
  /** Say what would happen; write nothing. */
  dryRun?: boolean;
  /** The workbook's own extension (default .xlsx). */
  ext?: WorkbookExt;
}

/**
 * Put one accepted workbook into the archive (call with the workspace lock held). The bytes are
 * exactly the ones validated; the original file is never touched. A different earlier submission
 * is moved to replaced/ with its record when `replace` is set, else reported as a conflict.
 */
export function archiveSubmission(ws: WorkspaceLayout, bytes: Uint8Array, record: NewRecord, opts: ArchiveOptions): ArchiveAction {
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
export async function archiveSubmissionAsync(ws: WorkspaceLayout, bytes: Uint8Array, record: NewRecord, opts: ArchiveOptions): Promise<ArchiveAction> {
  const plan = planArchive(ws, record, opts);
  if (!('commit' in plan)) return plan;
  try {
    await Promise.all([writeFileSyncedAsync(plan.tmp, bytes), writeFileSyncedAsync(plan.tmpRecord, plan.recordText)]);
  } catch (err) {
    plan.cleanup();
    throw err;
  }
  return plan.commit();
}

type ArchivePlan = ArchiveAction | { tmp: string; tmpRecord: string; recordText: string; commit(): ArchiveAction; cleanup(): void };

function planArchive(ws: WorkspaceLayout, record: NewRecord, opts: ArchiveOptions): ArchivePlan {
  const p = archivePaths(ws, record.year, record.quarter, record.jabatan_id, opts.ext);
  const existing = currentEntry(ws, record.year, record.quarter, record.jabatan_id);
  const full: ArchiveRecord = {
    format: ARCHIVE_RECORD_FORMAT,
    ...record,
    period: periodKey({ year: record.year, quarter: record.quarter }),
    file: basename(p.xlsx),
    replaces: existing && existing.record.sha256 !== record.sha256 ? existing.record.sha256 : null,
  };
  const entry: ArchiveEntry = { state: 'current', xlsx: p.xlsx, recordPath: p.record, record: full };
  if (existing && existing.record.sha256 === record.sha256 && existsSync(existing.xlsx)) return { action: 'unchanged', entry: existing };
  if (existing && !opts.replace) return { action: 'conflict', existing };
  if (opts.dryRun) return existing ? { action: 'replaced', entry, previous: existing } : { action: 'added', entry };

  mkdirSync(p.dir, { recursive: true });
  const tmp = tempPathFor(p.xlsx);
  const tmpRecord = tempPathFor(p.record);
  const cleanup = () => {
    unlinkQuiet(tmp);
    unlinkQuiet(tmpRecord);
  };
  const commit = (): ArchiveAction => {
    try {
      const previous = existing ? keepAsReplaced(p, existing, full) : undefined;
      renameSync(tmp, p.xlsx);
      renameSync(tmpRecord, p.record);
      // An .xlsx replaced by an .ods (or back): the old name's bytes are kept under replaced/; no record names it now.
      if (existing && existing.xlsx !== p.xlsx && existing.state === 'current' && basename(existing.xlsx) !== basename(p.xlsx)) unlinkQuiet(existing.xlsx);
      return previous ? { action: 'replaced', entry, previous } : { action: 'added', entry };
    } catch (err) {
      cleanup();
      throw err;
    }
  };
  return { tmp, tmpRecord, recordText: recordText(full), cleanup, commit };
}

function recordText(record: ArchiveRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Steps 2 and 3: the current submission kept under replaced/ (a second name for its bytes, and its
 * record marked replaced), then its current record re-pointed at that copy, so the workbook's own
 * name is free to take the new bytes.
 */
function keepAsReplaced(p: ArchivePaths, old: ArchiveEntry, by: ArchiveRecord): ArchiveEntry {
  mkdirSync(p.replacedDir, { recursive: true });
  const stamp = old.record.taken_at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const ext = extname(old.xlsx) || '.xlsx';
  let base = `${basename(p.record, '.json')}.${stamp}.${old.record.sha256.slice(0, 8)}`;
  for (let i = 2; existsSync(join(p.replacedDir, `${base}.json`)) || existsSync(join(p.replacedDir, `${base}${ext}`)); i++) base = `${base}-${i}`;
  const xlsx = join(p.replacedDir, `${base}${ext}`);
  const recordPath = join(p.replacedDir, `${base}.json`);
  const record: ArchiveRecord = { ...old.record, file: `${base}${ext}`, replaced_at: by.taken_at, replaced_by: by.sha256 };
  // Both made under hidden temp names and then renamed: the copy first, so its record never names a missing file.
  const tmpXlsx = tempPathFor(xlsx);
  const tmpRecord = tempPathFor(recordPath);
  try {
    const kept = existsSync(old.xlsx);
    if (kept) {
      linkOrCopy(old.xlsx, tmpXlsx);
      renameSync(tmpXlsx, xlsx);
    }
    writeFileSynced(tmpRecord, recordText(record));
    renameSync(tmpRecord, recordPath);
    if (kept) repoint(old, `${REPLACED_DIR}/${base}${ext}`);
  } finally {
    unlinkQuiet(tmpRecord);
    unlinkQuiet(tmpXlsx);
  }
  return { state: 'replaced', xlsx, recordPath, record };
}

/** Rewrite a record (atomically) to name another file holding the same bytes. */
export function repoint(entry: ArchiveEntry, file: string): void {
  const tmp = tempPathFor(entry.recordPath);
  try {
    writeFileSynced(tmp, recordText({ ...entry.record, file }));
    renameSync(tmp, entry.recordPath);
  } finally {
    unlinkQuiet(tmp);
  }
}

/** A second name for the same bytes; a synced copy on a file system without hard links (some shared folders). */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    writeFileSynced(to, readFileSync(from));
  }
}
