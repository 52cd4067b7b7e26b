// The one way a command's report reaches the person: as JSON (--json: the report itself, each problem
// with its message in the chosen language) or through the command's view, then the exit code from
// exitCode(report). Views render; they never decide the exit code.
import type { CommandReport, CoreEnv, Progress } from '../commands/types.js';
import { nowFrom } from '../commands/types.js';
import type { CliContext } from './context.js';
import { exitCode } from './exit.js';
import { jsonText, progress } from './render.js';

/** What a view prints: lines for stdout and for stderr. */
export interface View {
  out: string[];
  err: string[];
}

export type ViewFn<R extends CommandReport> = (report: R, ctx: CliContext) => View;

export function present<R extends CommandReport>(ctx: CliContext, report: R, json: boolean | undefined, view: ViewFn<R>): 0 | 1 | 2 {
  if (json) ctx.out(jsonText(ctx, report));
  else {
    const v = view(report, ctx);
    for (const line of v.out) ctx.out(line);
    for (const line of v.err) ctx.err(line);
  }
  return exitCode(report);
}

/** The environment a command runs in, from the CLI's; progress goes to a self-erasing line on a terminal. */
export function coreEnv(ctx: CliContext, progressText?: (p: Progress) => string): CoreEnv {
  const bar = progress(ctx);
  const env: CoreEnv = { cwd: ctx.cwd, env: ctx.env, lang: ctx.lang, now: () => nowFrom(ctx.env) };
  if (progressText && ctx.interactive) {
    env.onProgress = (p) => (p.done >= p.total ? bar.done() : bar.update(progressText(p)));
  }
  return env;
}
