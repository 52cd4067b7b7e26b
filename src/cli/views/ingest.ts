// `iki ingest` on the terminal: one line per workbook with what happened to it, a table of the
// problems, a summary, and what to do next.
import { basename } from 'node:path';
import type { IngestReport } from '../../commands/ingest.js';
import type { Progress } from '../../commands/types.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines } from '../render.js';
import { fileLine, problemTable } from './validate.js';

export function view(r: IngestReport, ctx: CliContext): View {
  const t = ui(ctx.lang).ingest;
  // Notes on the run (an interrupted run tidied, a stale lock taken over) and usage errors go to stderr.
  const err = renderProblemLines(ctx, r.problems).map((l) => (r.ok ? ctx.color.dim(l) : l));
  if (!r.workspace) return { out: [], err };
  const out = r.files.map((f) => {
    const word = t.outcome[f.outcome];
    return fileLine(ctx, f, r.dry_run && (f.outcome === 'taken' || f.outcome === 'replaced') ? t.would(word) : word);
  });
  // "Already archived" is the line's verdict; the table is for what needs attention.
  const shown = r.files.flatMap((f) => f.problems).filter((p) => p.code !== 'ingest.unchanged');
  if (shown.length) out.push(problemTable(ctx, shown));
  const s = r.stats;
  out.push(t.summary(s, r.dry_run, ctx.fmt));
  if (s.refused && (s.taken || s.replaced)) out.push(t.someRefused(r.dry_run));
  if (r.dry_run) out.push(t.dryRun);
  else if (s.taken || s.replaced) out.push(t.archived(r.archive, `iki status --year ${yearsOf(r).join(', ')}`));
  if (r.files.some((f) => f.problems.some((p) => p.code === 'usage.unwritable'))) err.push(t.archiveFailed);
  return { out, err };
}

/** The progress line while reading: "membaca 3/30 IKI_2017_TW1_….xlsx". */
export function progressText(ctx: CliContext): (p: Progress) => string {
  return (p) => ui(ctx.lang).ingest.reading(p.done, p.total, basename(p.file ?? ''));
}

function yearsOf(r: IngestReport): number[] {
  return [...new Set(r.files.flatMap((f) => (f.year !== undefined && (f.outcome === 'taken' || f.outcome === 'replaced') ? [f.year] : [])))].sort();
}
