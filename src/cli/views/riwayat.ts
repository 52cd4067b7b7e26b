// What `iki riwayat init | check` and `iki renstra init | check` print.
import type { InitReport, RenstraCheckReport, RiwayatCheckReport } from '../../commands/riwayat.js';
import { countBySeverity, type Problem } from '../../model/problem.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines } from '../render.js';

function counts(ctx: CliContext, problems: readonly Problem[]): string {
  const t = ui(ctx.lang).common;
  const c = countBySeverity(problems);
  const e = t.errors(c.error);
  const w = t.warnings(c.warning);
  return `${c.error ? ctx.color.red(e) : e}, ${c.warning ? ctx.color.yellow(w) : w}`;
}

export function initView(r: InitReport, ctx: CliContext): View {
  const t = ui(ctx.lang).riwayat;
  if (!r.file) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const renstra = r.command === 'renstra init';
  return {
    out: [
      `${ctx.color.green('✓')} ${renstra ? t.wroteRenstra(r.file, r.indicators) : t.wroteRiwayat(r.file, r.indicators)}`,
      renstra ? t.thenCheckRenstra : t.thenCheckRiwayat(Number(/(\d{4})\.yaml$/.exec(r.file)?.[1] ?? 0)),
    ],
    err: renderProblemLines(ctx, r.problems),
  };
}

export function riwayatCheckView(r: RiwayatCheckReport, ctx: CliContext): View {
  const t = ui(ctx.lang).riwayat;
  if (!r.file) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const out = renderProblemLines(ctx, r.problems);
  out.push(r.valid ? `${ctx.color.green('ok')} ${t.riwayatOk(r.file, r.filled, r.indicators)}` : ctx.color.red(t.invalid(r.file)));
  out.push(`${r.file}: ${counts(ctx, r.problems)}`);
  return { out, err: [] };
}

export function renstraCheckView(r: RenstraCheckReport, ctx: CliContext): View {
  const t = ui(ctx.lang).riwayat;
  if (!r.file) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const out = renderProblemLines(ctx, r.problems);
  out.push(r.valid && r.periode ? `${ctx.color.green('ok')} ${t.renstraOk(r.file, r.periode.awal, r.periode.akhir, r.filled, r.indicators)}` : ctx.color.red(t.invalid(r.file)));
  out.push(`${r.file}: ${counts(ctx, r.problems)}`);
  return { out, err: [] };
}
