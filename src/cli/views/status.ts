// What `iki status` shows: jabatan by triwulan (tepat waktu / terlambat n hari / belum masuk / lewat batas
// waktu, the verification state, blanks, warnings and replacements noted), then per triwulan the number
// received, the reporting rate, the on-time rate and the number verified.
import type { StatusCell, StatusReport } from '../../commands/status.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, table } from '../render.js';

export function view(r: StatusReport, ctx: CliContext): View {
  const err = renderProblemLines(ctx, r.problems);
  if (r.year === null) return { out: [], err };
  const t = ui(ctx.lang).status;
  // In the table 100 % and 0 % without decimals; in the lines one decimal.
  const rate = (v: number) => ctx.fmt.pct(v * 100, v === 1 || v === 0 ? 0 : 1);
  const rows: string[][] = r.jabatan.map((j) => [
    j.not_in_catalogue ? t.notInCatalogue(j.id) : `${'  '.repeat(j.depth)}${j.id}`,
    ...r.quarters.map((q) => cell(ctx, j.quarters[q.quarter])),
  ]);
  rows.push([t.receivedRow, ...r.quarters.map((q) => t.ofExpected(q.received, q.expected))]);
  rows.push([t.rateRow, ...r.quarters.map((q) => rate(q.rate))]);
  rows.push([t.onTimeRow, ...r.quarters.map((q) => rate(q.on_time_rate))]);
  rows.push([t.verifiedRow, ...r.quarters.map((q) => t.ofExpected(q.verified, q.received))]);
  const out = [table(ctx, [t.jabatan, ...r.quarters.map((q) => ctx.fmt.tw(q.quarter))], rows)];
  for (const q of r.quarters) {
    out.push(t.line(r.year, q.quarter, q.received, q.expected, ctx.fmt.pct(q.rate * 100, 1), q.replaced, q.with_warnings, ctx.fmt));
    out.push(t.timelinessLine(q.on_time, q.late, q.overdue, q.pending, ctx.fmt.pct(q.on_time_rate * 100, 1), q.verified, q.returned, q.received));
  }
  return { out, err };
}

function cell(ctx: CliContext, c: StatusCell | undefined): string {
  const t = ui(ctx.lang).status;
  if (!c) return ctx.color.dim(t.none);
  const when = t.timeliness[c.timeliness.state](c.timeliness.days ?? 0);
  if (c.status === 'missing') {
    const text = c.replaced ? `${when} (${t.missingReplaced(c.replaced)})` : when;
    return c.timeliness.state === 'overdue' ? ctx.color.red(text) : ctx.color.dim(text);
  }
  const verified = t.verification[c.verification.state];
  const notes = [c.blank ? t.blank(c.blank) : '', c.warnings > c.blank ? t.warnings(c.warnings - c.blank) : '', c.replaced ? t.replaced(c.replaced) : ''].filter(Boolean).join(', ');
  const text = `${[when, verified].filter(Boolean).join(', ')}${notes ? ` (${notes})` : ''}`;
  if (c.verification.state === 'dikembalikan') return ctx.color.red(text);
  return notes || c.timeliness.state === 'late' ? ctx.color.yellow(text) : ctx.color.green(text);
}
