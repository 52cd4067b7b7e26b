// What `iki report` shows: the problems on stderr (every error, warnings up to a screenful), then the
// summary percentages per triwulan and for the period with their status, the reporting rate and the
// workbook written; or why nothing was written.
import type { IndicatorOut, ReportReport, ValueOut } from '../../commands/report.js';
import type { Judgement } from '../../compute/target.js';
import { countBySeverity, type Problem } from '../../model/problem.js';
import type { Status } from '../../model/rollup.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, table } from '../render.js';

/** Errors all; warnings up to a screenful (the Validasi sheet and --json have every one). */
const MAX_WARNINGS_SHOWN = 20;

const STATUS_COLOUR: Record<Status, 'green' | 'yellow' | 'red'> = { ok: 'green', partial: 'yellow', missing: 'red', blank: 'red', invalid: 'red', 'no denominator': 'red' };
const PREDIKAT_COLOUR: Record<string, 'green' | 'yellow' | 'red'> = { 'Sangat Baik': 'green', Baik: 'green', Cukup: 'yellow', Kurang: 'red', 'Sangat Kurang': 'red' };

export function view(r: ReportReport, ctx: CliContext): View {
  const t = ui(ctx.lang).report;
  const err = problemLines(ctx, r.problems, r.written ? r.output : null);
  if (!r.written) {
    // A data failure (the archive cannot support a report) says so; a usage error has said enough.
    if (r.completeness) err.push(summaryLine(ctx, r.problems), `${ctx.color.red('iki:')} ${t.notWritten(r.unchanged ? r.output : null)}`);
    return { out: [], err };
  }
  const out = [summaryTable(ctx, r)];
  const c = r.completeness!;
  out.push(t.workbooks(c.received, c.expected, c.rate === null ? '-' : ctx.fmt.pct(c.rate)));
  if (r.year_to_date) out.push(ctx.color.yellow(t.nothingYet(ctx.fmt.list(r.year_to_date.empty.map(ctx.fmt.tw)), r.year!, r.year_to_date.through)));
  out.push(`${ctx.color.green(t.wrote)} ${r.output}`);
  if (r.pdf) out.push(`${ctx.color.green(t.wrotePdf)} ${r.pdf}`);
  out.push(summaryLine(ctx, r.problems));
  return { out, err };
}

function problemLines(ctx: CliContext, problems: readonly Problem[], output: string | null): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const others = problems.filter((p) => p.severity !== 'error');
  const lines = renderProblemLines(ctx, [...errors, ...others.slice(0, MAX_WARNINGS_SHOWN)]);
  if (others.length > MAX_WARNINGS_SHOWN) lines.push(ctx.color.dim(ui(ctx.lang).report.more(others.length - MAX_WARNINGS_SHOWN, output)));
  return lines;
}

function summaryLine(ctx: CliContext, problems: readonly Problem[]): string {
  const common = ui(ctx.lang).common;
  const n = countBySeverity(problems);
  const errors = common.errors(n.error);
  const warnings = common.warnings(n.warning);
  return `${ui(ctx.lang).report.summary}: ${n.error ? ctx.color.red(errors) : errors}, ${n.warning ? ctx.color.yellow(warnings) : warnings}`;
}

/** The summary's percentages per triwulan and for the period, each with its status; with targets, the period's capaian. */
function summaryTable(ctx: CliContext, r: ReportReport): string {
  const t = ui(ctx.lang);
  const judged = r.indicators.some((i) => i.penilaian);
  const quarters = r.periods.slice(0, -1).map((_, i) => ctx.fmt.tw(i + 1));
  const head = [t.report.head.jabatan, t.report.head.indikator, ...quarters, t.rollup.period(r.aggregate!, ctx.fmt)];
  if (judged) head.push(t.report.head.target, t.report.head.capaian, t.report.head.predikat);
  const byId = new Map(r.indicators.map((i) => [i.indicator_id, i]));
  const rows = r.summary.map((id) => {
    const ind = byId.get(id)!;
    return [ind.jabatan_id, ind.nama, ...ind.values.map((v) => valueCell(ctx, v, ind)), ...(judged ? judgementCells(ctx, ind, r.period!) : [])];
  });
  return table(ctx, head, rows, { wrap: [1] });
}

/** A value as its type reads: Rp 1.234.567; 82,75 (the element's places); counts and ratios with two places as before. */
export function typedValue(ctx: CliContext, value: number, t: Pick<IndicatorOut, 'type' | 'decimals'>): string {
  if (t.type === 'rupiah') return `Rp ${ctx.fmt.fixed(value, 0)}`;
  return t.type === 'decimal' || t.type === 'percent' ? ctx.fmt.fixed(value, t.decimals) : ctx.fmt.fixed(value);
}

function valueCell(ctx: CliContext, v: ValueOut, ind: Pick<IndicatorOut, 'type' | 'decimals'>): string {
  return ctx.color[STATUS_COLOUR[v.status]](`${v.value === null ? '-' : typedValue(ctx, v.value, ind)} ${ui(ctx.lang).rollup.status[v.status]}`);
}

function judgementCells(ctx: CliContext, ind: IndicatorOut, period: string): string[] {
  const j: Judgement | undefined = ind.penilaian?.[period];
  const t = ui(ctx.lang).report;
  if (!j || j.target === null) return ['-', '-', '-'];
  const target = ctx.fmt.fixed(j.target);
  if (j.capaian === null) return [target, '-', ctx.color.dim(t.noCapaian)];
  return [target, `${ctx.fmt.fixed(j.capaian)}${j.capped ? ` ${t.capped}` : ''}`, ctx.color[PREDIKAT_COLOUR[j.predikat ?? ''] ?? 'yellow'](j.predikat ?? '')];
}
