// What `iki remind` prints: every message, grouped by atasan as in the file, then where they were written.
import type { RemindReport } from '../../commands/remind.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines } from '../render.js';

export function view(r: RemindReport, ctx: CliContext): View {
  const t = ui(ctx.lang).remind;
  const out: string[] = [];
  if (r.year && r.quarter && r.file) {
    const n = r.groups.reduce((s, g) => s + g.messages.length, 0);
    if (n === 0) out.push(t.none(`${ctx.fmt.tw(r.quarter)} ${r.year}`));
    for (const g of r.groups) {
      out.push(ctx.color.bold(t.groupHead(g.atasan_id ? `${g.atasan_nama ?? g.atasan_id} (${g.atasan_id})` : null, g.messages.length)), '');
      for (const m of g.messages) out.push(ctx.color.dim(`[${m.jabatan_id}: ${t.kinds[m.kind]}]`), m.text, '');
    }
    out.push(t.written(n, r.file, t.counts(r.counts)));
  }
  return { out, err: renderProblemLines(ctx, r.problems) };
}
