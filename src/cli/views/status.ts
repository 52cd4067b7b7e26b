// What `iki status` shows: jabatan by triwulan (received, with blanks, warnings and replacements noted;
// "-" when not in), then the number received and the reporting rate per triwulan.
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
  const out = [table(ctx, [t.jabatan, ...r.quarters.map((q) => ctx.fmt.tw(q.quarter))], rows)];
  for (const q of r.quarters) out.push(t.line(r.year, q.quarter, q.received, q.expected, ctx.fmt.pct(q.rate * 100, 1), q.replaced, q.with_warnings, ctx.fmt));
  return { out, err };
}

function cell(ctx: CliContext, c: StatusCell | undefined): string {
  const t = ui(ctx.lang).status;
  if (!c || c.status === 'missing') return c?.replaced ? ctx.color.red(t.missingReplaced(c.replaced)) : ctx.color.dim(t.none);
  const notes = [c.blank ? t.blank(c.blank) : '', c.warnings > c.blank ? t.warnings(c.warnings - c.blank) : '', c.replaced ? t.replaced(c.replaced) : ''].filter(Boolean).join(', ');
  return notes ? ctx.color.yellow(`${t.received} (${notes})`) : ctx.color.green(t.received);
}
