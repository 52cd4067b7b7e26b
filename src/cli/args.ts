// Arguments several commands share: the workspace, the year and the triwulan. Bad values are usage
// errors (exit 2), worded once here.
import { parseQuarter, parseYear, type Quarter } from '../model/period.js';
import { legacyProblem } from '../model/problem.js';
import { WORKSPACE_MARKER, findWorkspace, recoverArchive, type WorkspaceLayout } from '../store/workspace.js';
import { displayPath } from '../store/catalogue-source.js';
import type { CliContext } from './context.js';
import { UsageError } from './exit.js';

const SOURCE_TEXT = { option: '--workspace', env: 'IKI_WORKSPACE', cwd: 'the current folder' } as const;

/** The workspace a command works in; `why` says what the command needs it for. */
export function requireWorkspace(ctx: CliContext, option: string | undefined, why: string): WorkspaceLayout {
  const found = findWorkspace(option, ctx.env, ctx.cwd);
  if (found.layout) return found.layout;
  throw new UsageError(`${displayPath(ctx, found.tried) || '.'} is not an iki workspace; ${why}.`, [
    legacyProblem('usage.no-workspace', `No ${WORKSPACE_MARKER} in ${found.tried} (from ${SOURCE_TEXT[found.source]}).`),
  ]);
}

/**
 * Finish or undo what a run killed mid-write (power cut, Ctrl+C, kill -9) left in the archive, under
 * the lock the caller holds. An archive that cannot be written is read as it is; say so, and go on:
 * the records are the commit point, so nothing half-written is ever read as a submission.
 */
export function recoverInterruptedRun(ctx: CliContext, ws: WorkspaceLayout): void {
  try {
    const rec = recoverArchive(ws);
    const n = rec.removed.length + rec.completed.length + rec.undone.length;
    if (n) ctx.err(ctx.color.dim(`iki: tidied the archive after an interrupted run (${rec.completed.length} completed, ${rec.removed.length + rec.undone.length} unfinished files removed).`));
  } catch (err) {
    ctx.err(ctx.color.dim(`iki: could not tidy the archive after an interrupted run (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); reading it as it is.`));
  }
}

export function yearArg(input: string | undefined): number {
  const year = parseYear(input);
  if (typeof year !== 'number') throw new UsageError('', [year]);
  return year;
}

export function quarterArg(input: string | undefined): Quarter {
  const q = parseQuarter(input);
  if (typeof q !== 'number') throw new UsageError('', [q]);
  return q;
}
