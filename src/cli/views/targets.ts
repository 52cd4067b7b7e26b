// `iki targets init | check` on the terminal.
import type { TargetsCheckReport, TargetsInitReport } from '../../commands/targets.js';
import { isUsageError } from '../../model/problem.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, summaryLine } from '../render.js';

export function initView(r: TargetsInitReport, ctx: CliContext): View {
  if (!r.ok) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const t = ui(ctx.lang).targets;
  return { out: [t.written(r.file, r.indicators), t.then(`iki targets check --year ${r.year}`)], err: [] };
}

export function checkView(r: TargetsCheckReport, ctx: CliContext): View {
  if (r.problems.some(isUsageError)) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const out = renderProblemLines(ctx, r.problems);
  if (r.valid) out.push(`${ctx.color.green('ok')} ${ui(ctx.lang).targets.ok(r.file, r.counts.with_target, r.counts.indicators)}`);
  out.push(summaryLine(ctx, r.problems, r.file));
  return { out, err: [] };
}
