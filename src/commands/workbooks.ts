// What validate and ingest share: finding the workbooks named on the command line, reading them (on
// worker threads when there are many), the same jabatan and triwulan twice in one run, and each file's
// result as the reports show it.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { readMany, workerCount, type PathReadResult } from '../read/read-pool.js';
import type { ReadResult } from '../read/submission.js';
import { displayPath } from '../store/config-file.js';
import type { CoreEnv } from './types.js';

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls|ods)$/i;
const MAX_DEPTH = 4;

/**
 * The workbooks named: files as given, folders searched (4 levels deep) for .xlsx/.xlsm/.xls/.ods,
 * skipping hidden files, Excel's ~$ owner files and, below the named folders, the `skip` folders (the
 * workspace's archive, templates and reports). A path that does not exist, or no workbook at all, is a
 * usage error before anything is read.
 */
export function collectWorkbooks(paths: readonly string[], cwd: string, skip: readonly string[] = []): string[] {
  const missing: Problem[] = [];
  const out = new Set<string>();
  const skipped = skip.map((s) => resolve(s));
  const inSkipped = (p: string) => skipped.some((s) => p === s || p.startsWith(s + sep));
  const walk = (dir: string, depth: number) => {
    // The skipped folders are left out when reached from a parent (`iki ingest .` in the workspace),
    // not when named themselves (`iki validate archive/2017-TW1` re-checks the archive).
    if (depth > MAX_DEPTH || (depth > 0 && inSkipped(dir))) return;
    for (const n of listSorted(dir)) {
      if (n.startsWith('.') || n.startsWith('~$')) continue;
      const p = join(dir, n);
      const st = statOf(p);
      if (st?.isDirectory()) walk(p, depth + 1);
      else if (st?.isFile() && WORKBOOK_EXT.test(n)) out.add(p);
    }
  };
  for (const given of paths) {
    const p = resolve(cwd, given);
    const st = statOf(p);
    if (!st) missing.push(problem('usage.not-found', { path: given }, { file: given }));
    else if (st.isDirectory()) walk(p, 0);
    else out.add(p);
  }
  if (missing.length) throw new ProblemError(missing);
  if (out.size === 0) throw new ProblemError([problem('usage.no-workbooks', { paths: [...paths] })]);
  return [...out];
}

function listSorted(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function statOf(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Read every workbook, with progress through env.onProgress; results in the order given. `onResult`
 * sees each one in that order as soon as it and every earlier one are in (ingest archives meanwhile).
 */
export function readWorkbooks(files: string[], index: CatalogueIndex, catalogueFile: string, env: CoreEnv, onResult?: (r: PathReadResult, i: number) => void): Promise<PathReadResult[]> {
  const tasks = files.map((path) => ({ path, shown: displayPath(env.cwd, path) }));
  return readMany(tasks, {
    index,
    catalogueFile,
    workers: workerCount(tasks.length, env.env),
    onProgress: (done, t) => env.onProgress?.({ phase: 'read', done, total: tasks.length, file: t.shown }),
    ...(onResult ? { onResult } : {}),
  });
}

/**
 * The same jabatan and triwulan twice in one run, one result at a time in the order given: the first
 * valid workbook wins; a different later one is refused (ingest.duplicate-in-run), an identical copy is
 * noted (ingest.copy-in-run). The checker returns true for a duplicate (to skip).
 */
export function duplicateChecker(): (r: ReadResult) => boolean {
  const first = new Map<string, ReadResult>();
  return (r: ReadResult): boolean => {
    if (!r.ok || !r.submission) return false;
    const m = r.submission.meta;
    const key = `${m.year}-TW${m.quarter}/${m.jabatanId}`;
    const won = first.get(key);
    if (!won) {
      first.set(key, r);
      return false;
    }
    if (won.sha256 === r.sha256) r.problems.push(problem('ingest.copy-in-run', { first: won.file }, { file: r.file }));
    else {
      r.problems.push(problem('ingest.duplicate-in-run', { first: won.file, jabatanId: m.jabatanId, year: m.year, quarter: m.quarter }, { file: r.file }));
      r.ok = false;
    }
    return true;
  };
}

/** One workbook as a report shows it (the JSON keys are stable: programs read them). */
export interface FileResult {
  /** Display path. */
  file: string;
  sha256: string;
  valid: boolean;
  /** From _iki, when the workbook opened and its identity was read. */
  jabatan_id?: string;
  year?: number;
  quarter?: number;
  catalogue_hash?: string;
  /** Element id -> the count read. */
  values?: Record<string, number>;
  /** Element ids left blank (not reported). */
  missing?: string[];
  /** Element ids whose cell holds something that is not a count. */
  invalid?: string[];
  notes?: { indicator_id: string; field: string; text: string }[];
  problems: Problem[];
  /** Display path of the feedback workbook written for it (--feedback). */
  feedback?: string;
}

export function fileResult(r: ReadResult): FileResult {
  const s = r.submission;
  const out: FileResult = { file: r.file, sha256: r.sha256, valid: r.ok, problems: r.problems };
  if (!s) return out;
  return {
    file: r.file,
    sha256: r.sha256,
    valid: r.ok,
    jabatan_id: s.meta.jabatanId,
    year: s.meta.year,
    quarter: s.meta.quarter,
    catalogue_hash: s.meta.catalogueHash,
    values: Object.fromEntries(s.readings.flatMap((x) => (x.status === 'value' ? [[x.elementId, x.value]] : []))),
    missing: s.readings.filter((x) => x.status === 'blank').map((x) => x.elementId),
    invalid: s.readings.filter((x) => x.status === 'invalid').map((x) => x.elementId),
    notes: s.notes.map((n) => ({ indicator_id: n.indicatorId, field: n.field, text: n.text })),
    problems: r.problems,
  };
}
