// Transitional adapters for commands not yet returning reports: the core versions are in
// src/commands/common.ts.
import { quarterOf, requireWorkspace as workspaceOf, yearOf } from '../commands/common.js';
import type { Quarter } from '../model/period.js';
import { recoverArchive } from '../store/recovery.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import type { CliContext } from './context.js';

export function requireWorkspace(ctx: CliContext, option: string | undefined, _why: string): WorkspaceLayout {
  return workspaceOf(option, ctx.cwd, ctx.env);
}

export function recoverInterruptedRun(ctx: CliContext, ws: WorkspaceLayout): void {
  try {
    const rec = recoverArchive(ws);
    const n = rec.removed.length + rec.completed.length + rec.undone.length;
    if (n) ctx.err(ctx.color.dim(`iki: tidied the archive after an interrupted run (${rec.completed.length} completed, ${rec.removed.length + rec.undone.length} unfinished files removed).`));
  } catch (err) {
    ctx.err(ctx.color.dim(`iki: could not tidy the archive after an interrupted run (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); reading it as it is.`));
  }
}

export const yearArg = (input: string | undefined): number => yearOf(input);
export const quarterArg = (input: string | undefined): Quarter => quarterOf(input);
