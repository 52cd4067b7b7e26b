// `iki ingest <file|folder>... [--replace] [--dry-run]`: validate filled workbooks and take the valid
// ones into the workspace archive, under the workspace lock. The originals are never touched.
//
// The rules: an invalid workbook is refused; the first of two workbooks for one jabatan and triwulan in
// a run wins (a different second one is refused, an identical copy skipped); a workbook the archive
// already holds is unchanged; a different one is refused unless --replace (the earlier one is kept
// under replaced/). The bytes archived are the bytes validated.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { MutuConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import { countBySeverity, problem, ProblemError, type Problem } from '../model/problem.js';
import { appendRefusals, REFUSAL_FORMAT, type RefusalRecord } from '../store/refusals.js';
import type { PathReadResult } from '../read/read-pool.js';
import { looksLikeOds } from '../read/ods.js';
import { sha256Hex, type Submission } from '../read/submission.js';
import { archiveSubmissionAsync, type ArchiveAction, type NewRecord, type StoredProblem } from '../store/archive.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { fsFailure } from '../store/fs-failure.js';
import { toolVersion } from '../store/version.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import { displayPath, reportOf, requireWorkspace, withWorkspaceLock } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';
import { feedbackFolder, writeFeedback } from './feedback-out.js';
import { addWarnings, archiveQuality, qualityRun, type ArchiveHistory } from './quality-check.js';
import { collectWorkbooks, duplicateChecker, fileResult, readWorkbooks, type FileResult } from './workbooks.js';

export interface IngestOptions {
  paths: string[];
  workspace?: string;
  /** Replace an earlier, different submission for the same jabatan and triwulan (the old one is kept). */
  replace?: boolean;
  /** Say what would happen; change nothing (and take no lock). */
  dryRun?: boolean;
  /** Write a feedback workbook for each refused workbook into this folder (not in a dry run). */
  feedback?: string;
}

export type Outcome = 'taken' | 'replaced' | 'unchanged' | 'duplicate' | 'refused';

export interface IngestFile extends FileResult {
  outcome: Outcome;
  /** Display path of the archived workbook (taken, replaced, unchanged). */
  archived?: string;
  /** Display path of the earlier submission, now under replaced/. */
  replaced?: string;
}

export interface IngestStats {
  workbooks: number;
  taken: number;
  replaced: number;
  unchanged: number;
  duplicate: number;
  refused: number;
  errors: number;
  warnings: number;
}

export interface IngestReport extends CommandReport {
  command: 'ingest';
  /** Display paths of the workspace and its archive ('' when the run stopped before finding them). */
  workspace: string;
  archive: string;
  dry_run: boolean;
  files: IngestFile[];
  stats: IngestStats;
}

const NO_STATS: IngestStats = { workbooks: 0, taken: 0, replaced: 0, unchanged: 0, duplicate: 0, refused: 0, errors: 0, warnings: 0 };
/** Archive writes in flight at once (two fsynced files each); the rest wait, holding no bytes. */
const MAX_WRITES = 8;

export function ingest(opts: IngestOptions, env: CoreEnv): Promise<IngestReport> {
  const dryRun = Boolean(opts.dryRun);
  return reportOf<IngestReport>({ command: 'ingest', workspace: '', archive: '', dry_run: dryRun, files: [], stats: NO_STATS }, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const paths = collectWorkbooks(opts.paths, env.cwd, [ws.archive, ws.templates, ws.reports]);
    const folder = opts.feedback !== undefined ? feedbackFolder(opts.feedback, paths, ws, env.cwd) : undefined;
    const run = async (notes: Problem[]): Promise<Omit<IngestReport, 'ok'>> => {
      const quality = await qualityRun(ws, index, env);
      const taken = await intake({ ws, index, env, replace: Boolean(opts.replace), dryRun, history: quality.history, mutu: quality.mutu }, paths);
      // Files come back in the order of paths; each refused one gets its feedback copy.
      const refused = taken.flatMap((f, i) => (f.outcome === 'refused' ? [{ path: paths[i]!, file: f.file, sha256: f.sha256, problems: f.problems }] : []));
      const written = folder && !dryRun ? await writeFeedback(folder, refused, index, env) : new Map<string, string>();
      const files = taken.map((f, i) => (written.has(paths[i]!) ? { ...f, feedback: written.get(paths[i]!)! } : f));
      const logNotes = dryRun ? [] : logRefusals(ws, files, env);
      return { command: 'ingest', workspace: displayPath(env.cwd, ws.root), archive: displayPath(env.cwd, ws.archive), dry_run: dryRun, files, stats: statsOf(files), problems: [...notes, ...quality.notes, ...logNotes] };
    };
    // A dry run changes nothing, so it neither waits for nor takes the lock.
    return dryRun ? run([]) : withWorkspaceLock(ws, 'ingest', env.cwd, run);
  });
}

interface Intake {
  ws: WorkspaceLayout;
  index: CatalogueIndex;
  env: CoreEnv;
  replace: boolean;
  dryRun: boolean;
  /** The archive as history for the quality checks; this run's valid workbooks join it in order. */
  history: ArchiveHistory;
  mutu: MutuConfig;
}

/**
 * Read every workbook and archive each valid one as soon as it and every earlier one are read (in the
 * order given, so the first of two for one jabatan wins), while the worker threads read the next files.
 * Archive writes run several at once: each for a different (triwulan, jabatan), since a second workbook
 * for the same one is a duplicate and never gets here.
 */
async function intake(c: Intake, paths: string[]): Promise<IngestFile[]> {
  const isDuplicate = duplicateChecker();
  const write = limited(MAX_WRITES);
  const rows: Promise<IngestFile>[] = [];
  await readWorkbooks(paths, c.index, c.ws.catalogue, c.env, (r, i) => {
    const duplicate = isDuplicate(r);
    if (!r.ok || !r.submission) rows[i] = Promise.resolve(row(r, 'refused'));
    else if (duplicate) rows[i] = Promise.resolve(row(r, 'duplicate'));
    else {
      const s = r.submission;
      // Judged against the history before it joins it (a later triwulan of the run is judged against this one).
      const warnings = archiveQuality(s, c.history, c.index, c.mutu);
      warnings.catch(() => undefined); // awaited below; this only keeps a failure from counting as unhandled meanwhile
      c.history.add(s);
      rows[i] = write(async () => {
        addWarnings(r, await warnings);
        return archiveOne(c, r, s);
      });
    }
  });
  return Promise.all(rows);
}

function row(r: PathReadResult, outcome: Outcome, paths: { archived?: string; replaced?: string } = {}): IngestFile {
  return { ...fileResult(r), outcome, ...paths };
}

/** One valid workbook into the archive: its outcome, with the problem that says why when it is not taken. */
async function archiveOne(c: Intake, r: PathReadResult, s: Submission): Promise<IngestFile> {
  const refuse = (p: Problem) => {
    r.problems.push(p);
    r.ok = false;
    return row(r, 'refused');
  };
  // The bytes archived are the bytes validated: read again (results keep no bytes, so memory does not
  // grow with the number of files) and compared by sha256.
  const bytes = rereadSame(r);
  if (!Buffer.isBuffer(bytes)) return refuse(bytes);
  let action: ArchiveAction;
  try {
    action = await archiveSubmissionAsync(c.ws, bytes, recordFor(s, bytes, r.path, c), { replace: c.replace, dryRun: c.dryRun, ext: looksLikeOds(bytes) ? '.ods' : '.xlsx' });
  } catch (err) {
    // The archive cannot be written (read-only, full, a file where a folder should be): this file is not
    // taken, and the archive keeps what it had (every write goes to a temp name first).
    const path = displayPath(c.env.cwd, c.ws.archive);
    return refuse(problem('usage.unwritable', { path, what: 'archive', ...fsFailure(err) }, { file: r.file }));
  }
  const shown = (p: string) => displayPath(c.env.cwd, p);
  switch (action.action) {
    case 'conflict': {
      const old = action.existing.record;
      const args = { jabatanId: old.jabatan_id, year: old.year, quarter: old.quarter, originalName: old.original_name, takenAt: old.taken_at };
      return refuse(problem('ingest.conflict', args, { file: r.file }));
    }
    case 'unchanged':
      r.problems.push(problem('ingest.unchanged', { takenAt: action.entry.record.taken_at }, { file: r.file }));
      return row(r, 'unchanged', { archived: shown(action.entry.xlsx) });
    case 'replaced':
      return row(r, 'replaced', { archived: shown(action.entry.xlsx), replaced: shown(action.previous.xlsx) });
    case 'added':
      return row(r, 'taken', { archived: shown(action.entry.xlsx) });
  }
}

/** The file's bytes again, if they are still the ones validated; else the problem saying what happened. */
function rereadSame(r: PathReadResult): Buffer | Problem {
  let bytes: Buffer;
  try {
    bytes = readFileSync(r.path);
  } catch (err) {
    return problem('file.unreadable', { ...fsFailure(err), stage: 'archive' }, { file: r.file });
  }
  return sha256Hex(bytes) === r.sha256 ? bytes : problem('file.changed', {}, { file: r.file });
}

/** The archive record of a submission: where it came from, what it holds, its warnings as data. */
function recordFor(s: Submission, bytes: Buffer, path: string, c: Intake): NewRecord {
  const warnings: StoredProblem[] = s.problems
    .filter((p) => p.severity === 'warning')
    // The location's file is where the workbook came in from; the record sits beside the archived copy.
    .map(({ code, severity, args, location: { file: _file, ...location } }) => ({ code, severity, args, location }));
  return {
    jabatan_id: s.meta.jabatanId,
    year: s.meta.year,
    quarter: s.meta.quarter as Quarter,
    sha256: s.sha256,
    size: bytes.length,
    taken_at: c.env.now().toISOString(),
    ...(s.saved?.modified ? { workbook_modified: s.saved.modified } : {}),
    ...(s.saved?.lastModifiedBy ? { workbook_modified_by: s.saved.lastModifiedBy } : {}),
    original_name: basename(path),
    original_path: path,
    catalogue_id: s.meta.catalogueId,
    catalogue_hash: s.meta.catalogueHash,
    generated_at: s.meta.generatedAt,
    checked_against: c.index.catalogue.hash,
    tool_version: toolVersion(),
    counts: {
      elements: s.readings.length,
      values: s.readings.filter((x) => x.status === 'value').length,
      blank: s.readings.filter((x) => x.status === 'blank').length,
      notes: s.notes.length,
      warnings: warnings.length,
    },
    missing: s.readings.filter((x) => x.status === 'blank').map((x) => x.elementId),
    values: Object.fromEntries(s.readings.flatMap((x) => (x.status === 'value' ? [[x.elementId, x.value]] : []))),
    warnings,
  };
}

/** Refusals that are not about the workbook's own content: the archive's or the run's business, not the sender's. */
const NOT_THE_SENDERS = new Set(['ingest.conflict', 'ingest.duplicate-in-run', 'usage.unwritable', 'file.changed', 'file.unreadable']);

/**
 * Each refused workbook whose jabatan and triwulan were read goes into its period's refusal log (for
 * `iki remind`: what to fix, cell by cell). A log that cannot be written is said (its error) after the
 * archive was written: the archive is as it should be either way.
 */
function logRefusals(ws: WorkspaceLayout, files: readonly IngestFile[], env: CoreEnv): Problem[] {
  const byPeriod = new Map<string, RefusalRecord[]>();
  const at = env.now().toISOString();
  for (const f of files) {
    if (f.outcome !== 'refused' || !f.jabatan_id || f.year === undefined || f.quarter === undefined) continue;
    const errors = f.problems.filter((p) => p.severity === 'error');
    if (errors.length === 0 || errors.some((p) => NOT_THE_SENDERS.has(p.code))) continue;
    const rec: RefusalRecord = {
      format: REFUSAL_FORMAT,
      jabatan_id: f.jabatan_id,
      year: f.year,
      quarter: f.quarter as Quarter,
      sha256: f.sha256,
      original_name: basename(f.file),
      at,
      problems: f.problems.filter((p) => p.severity !== 'info'),
    };
    const key = `${f.year}-${f.quarter}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), rec]);
  }
  const out: Problem[] = [];
  for (const records of byPeriod.values()) {
    try {
      appendRefusals(ws, records[0]!.year, records[0]!.quarter, records, env.cwd);
    } catch (err) {
      if (err instanceof ProblemError) out.push(...err.problems);
      else throw err;
    }
  }
  return out;
}

/** At most `n` jobs at once; the others start, in order, as earlier ones finish. */
function limited(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return (job) =>
    new Promise((resolve, reject) => {
      const start = () => {
        running++;
        job().then(resolve, reject).finally(next);
      };
      if (running < n) start();
      else waiting.push(start);
    });
}

function statsOf(files: IngestFile[]): IngestStats {
  const count = (o: Outcome) => files.filter((f) => f.outcome === o).length;
  const c = countBySeverity(files.flatMap((f) => f.problems));
  return {
    workbooks: files.length,
    taken: count('taken'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    duplicate: count('duplicate'),
    refused: count('refused'),
    errors: c.error,
    warnings: c.warning,
  };
}
