// What `iki generate` prints: the templates written (a table and a summary line) on stdout; notes and
// problems on stderr.
import { sep } from 'node:path';
import type { GenerateReport } from '../../commands/generate.js';
import type { Progress } from '../../commands/types.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, table } from '../render.js';

export function view(r: GenerateReport, ctx: CliContext): View {
  const t = ui(ctx.lang).generate;
  const err = renderProblemLines(ctx, r.problems);
  if (!r.ok || r.year === null || r.quarter === null || !r.catalogue) return { out: [], err: [...err, t.nothingWritten] };
  const rows = r.templates.map((w) => [w.jabatan_id, w.file, ctx.fmt.num(w.element_inputs), ctx.fmt.num(w.note_inputs)]);
  const summary = t.wrote(
    {
      templates: r.stats.templates,
      quarter: r.quarter,
      year: r.year,
      folder: `${r.folder}${sep}`,
      numbers: r.stats.element_inputs,
      texts: r.stats.note_inputs,
      catalogue: r.catalogue.id,
    },
    ctx.fmt,
  );
  return { out: [table(ctx, [...t.columns], rows), summary], err };
}

/** The progress line while templates are written. */
export function progressText(ctx: CliContext): (p: Progress) => string {
  return (p) => ui(ctx.lang).generate.progress({ done: p.done, total: p.total, file: p.file ?? '' }, ctx.fmt);
}
