// `iki validate` on the terminal: one line per workbook, a table of the problems, a summary. Also the
// file line and problem table that `iki ingest` shows the same way.
import { basename } from 'node:path';
import type { FileResult } from '../../commands/workbooks.js';
import type { Progress } from '../../commands/types.js';
import type { ValidateReport } from '../../commands/validate.js';
import { sheetRef } from '../../model/format.js';
import type { Problem } from '../../model/problem.js';
import { renderProblem } from '../../model/problems/text.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, severityLabel, table } from '../render.js';

export function view(r: ValidateReport, ctx: CliContext): View {
  if (!r.catalogue) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const t = ui(ctx.lang).validate;
  const out = r.files.map((f) => fileLine(ctx, f, t.verdict[f.valid ? 'valid' : 'invalid']));
  const problems = r.files.flatMap((f) => f.problems);
  if (problems.length) out.push(problemTable(ctx, problems));
  out.push(t.summary(r.stats, r.catalogue.id, ctx.fmt, r.files.filter((x) => x.feedback).length));
  return { out, err: renderProblemLines(ctx, r.problems) };
}

/** The progress line while reading: "memeriksa 3/30 IKI_2017_TW1_….xlsx". */
export function progressText(ctx: CliContext): (p: Progress) => string {
  return (p) => ui(ctx.lang).validate.checking(p.done, p.total, basename(p.file ?? ''));
}

/** "sah       masuk/IKI_….xlsx  kasi_a, 2017 TW I: 5 nilai, 1 kosong, 0 catatan" (or the first error). */
export function fileLine(ctx: CliContext, f: FileResult, verdict: string): string {
  const what =
    f.jabatan_id !== undefined
      ? `${f.jabatan_id}, ${f.year} ${ctx.fmt.tw(f.quarter ?? 0)}: ${ui(ctx.lang).validate.contents(
          { values: Object.keys(f.values ?? {}).length, blank: f.missing?.length ?? 0, invalid: f.invalid?.length ?? 0, notes: f.notes?.length ?? 0 },
          ctx.fmt,
        )}`
      : firstError(ctx, f.problems);
  const colour = !f.valid ? ctx.color.red : f.problems.some((p) => p.severity === 'warning') ? ctx.color.yellow : ctx.color.green;
  return `${colour(verdict.padEnd(9))} ${f.file}  ${ctx.color.dim(what)}`;
}

function firstError(ctx: CliContext, problems: readonly Problem[]): string {
  const p = problems.find((x) => x.severity === 'error');
  return p ? renderProblem(p, ctx.lang).message : '';
}

/** The problem table: file, sheet!cell (or the defined name), severity, code, message and what to do. */
export function problemTable(ctx: CliContext, problems: readonly Problem[]): string {
  const rows = problems.map((p) => {
    const l = p.location;
    const cell = l.cell ? sheetRef(l.sheet, l.cell) : (l.sheet ?? l.name ?? '');
    const t = renderProblem(p, ctx.lang);
    return [l.file ?? '', cell, severityLabel(ctx, p.severity), p.code, t.hint ? `${t.message} ${t.hint}` : t.message];
  });
  return table(ctx, [...ui(ctx.lang).validate.head], rows, { wrap: [0, 4] });
}
