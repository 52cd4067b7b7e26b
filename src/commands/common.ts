// What several commands share: the workspace, the year and the triwulan they were given, the workspace
// lock with recovery after an interrupted run, and turning a ProblemError into the command's report.
// Bad values are usage problems (exit 2), raised once here.
import { parseQuarter, parseYear, type Quarter } from '../model/period.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { displayPath } from '../store/config-file.js';
import { fsFailure } from '../store/fs-failure.js';
import { acquireLock, releaseLock } from '../store/lock.js';
import { recoverArchive } from '../store/recovery.js';
import { findWorkspace, type WorkspaceLayout } from '../store/workspace.js';
import { okOf, type CommandReport } from './types.js';

export { displayPath };

/** The workspace a command works in (--workspace, IKI_WORKSPACE, the current folder), or a usage error. */
export function requireWorkspace(option: string | undefined, cwd: string, env: NodeJS.ProcessEnv): WorkspaceLayout {
  const found = findWorkspace(option, env, cwd);
  if (found.layout) return found.layout;
  throw new ProblemError([problem('usage.no-workspace', { dir: displayPath(cwd, found.tried) || '.', from: found.source })]);
}

/** A workspace when there is one; one named with --workspace must be one. */
export function optionalWorkspace(option: string | undefined, cwd: string, env: NodeJS.ProcessEnv): WorkspaceLayout | undefined {
  return option ? requireWorkspace(option, cwd, env) : findWorkspace(undefined, env, cwd).layout;
}

export function yearOf(input: string | number | undefined): number {
  const year = parseYear(input);
  if (typeof year !== 'number') throw new ProblemError([year]);
  return year;
}

export function quarterOf(input: string | number | undefined): Quarter {
  const q = parseQuarter(input);
  if (typeof q !== 'number') throw new ProblemError([q]);
  return q;
}

/** Year and triwulan together, reporting both when both are bad. */
export function periodOf(year: string | number | undefined, quarter: string | number | undefined): { year: number; quarter: Quarter } {
  const y = parseYear(year);
  const q = parseQuarter(quarter);
  const bad = [y, q].filter((v): v is Problem => typeof v === 'object');
  if (bad.length) throw new ProblemError(bad);
  return { year: y as number, quarter: q as Quarter };
}

/**
 * Run `fn` under the workspace lock (one ingest or report at a time), after finishing or undoing what
 * an interrupted run left in the archive. The notes (recovery, a stale lock taken over) come back as
 * problems for the report; a busy or unwritable workspace is a ProblemError.
 */
export async function withWorkspaceLock<T>(ws: WorkspaceLayout, command: string, cwd: string, fn: (notes: Problem[]) => Promise<T>): Promise<T> {
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(ws, command);
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: displayPath(cwd, ws.lock), what: 'lock', ...fsFailure(err) }, { file: displayPath(cwd, ws.lock) })]);
  }
  if (!lock.ok) throw new ProblemError([lock.problem]);
  const notes: Problem[] = [];
  try {
    if (lock.lock.tookOver) {
      const t = lock.lock.tookOver;
      notes.push(problem('workspace.lock-taken-over', { pid: t.pid, command: t.command, since: t.started_at }));
    }
    notes.push(...recoveryNotes(ws));
    return await fn(notes);
  } finally {
    releaseLock(lock.lock);
  }
}

/**
 * Finish or undo what a run killed mid-write (power cut, Ctrl+C, kill -9) left in the archive, under
 * the lock the caller holds. An archive that cannot be written is read as it is: the records are the
 * commit point, so nothing half-written is ever read as a submission.
 */
function recoveryNotes(ws: WorkspaceLayout): Problem[] {
  try {
    const rec = recoverArchive(ws);
    const removed = rec.removed.length + rec.undone.length;
    return rec.completed.length + removed ? [problem('workspace.recovered', { completed: rec.completed.length, removed })] : [];
  } catch (err) {
    return [problem('workspace.recover-failed', fsFailure(err))];
  }
}

/**
 * The body of a command: its report, or, when the body raises a ProblemError (bad usage, a broken
 * catalogue), `empty` with those problems. Anything else thrown is a bug and goes up.
 */
export async function reportOf<R extends CommandReport>(empty: Omit<R, 'ok' | 'problems'>, body: () => Promise<Omit<R, 'ok'>>): Promise<R> {
  try {
    const { command, ...rest } = await body();
    return { command, ok: okOf({ command, ...rest }), ...rest } as unknown as R;
  } catch (err) {
    if (!(err instanceof ProblemError)) throw err;
    const { command, ...rest } = empty;
    return { command, ok: false, ...rest, problems: err.problems } as unknown as R;
  }
}
