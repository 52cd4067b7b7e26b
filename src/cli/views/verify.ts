// What `iki verify` prints: who marked which workbooks, each one's state before and now, where it is recorded.
import type { VerifyReport } from '../../commands/verify.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, table } from '../render.js';

export function view(r: VerifyReport, ctx: CliContext): View {
  const t = ui(ctx.lang).verify;
  const out: string[] = [];
  if (r.state && r.year && r.quarter && r.at) {
    const recorded = r.results.filter((x) => x.recorded).length;
    out.push(t.heading(r.state, `${ctx.fmt.tw(r.quarter)} ${r.year}`, r.results.length, r.oleh, ctx.fmt.date(r.at)));
    const c = t.columns;
    const rows = r.results.map((x) => [x.jabatan_id, x.file, t.states[x.previous], `${t.states[x.state]}${x.recorded ? '' : ` ${t.already}`}`]);
    out.push(table(ctx, [c.jabatan, c.file, c.previous, c.now], rows, { wrap: [1] }));
    if (r.alasan) out.push(t.reason(r.alasan));
    out.push(recorded && r.log ? t.logged(r.log) : t.nothing);
  }
  return { out, err: renderProblemLines(ctx, r.problems) };
}
