// `iki report`: re-read the archive for a year, roll it up (src/rollup.ts), build the consolidated
// workbook (src/report.ts) and write it atomically. This file owns the edges only: flags, the workspace
// and its lock, reading archived files, writing the output, and what the terminal shows.
import { fsFailure } from '../../store/fs-failure.js';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { CatalogueIndex } from '../../model/catalogue.js';
import { QUARTERS, twLabel, type Quarter } from '../../model/period.js';
import { hasErrors, legacyProblem, type Problem, problem, ProblemError } from '../../model/problem.js';
import { buildReport, dataRows, type ExcelModule } from '../../write/report.js';
import { judgeRollup, type Judged, type Judgement } from '../../compute/target.js';
import { readTargets } from '../../store/targets-source.js';
import { formatPercent, reasonText, rollup, type RollupResult, type Status } from '../../compute/rollup.js';
import { readMany } from '../../read/read-pool.js';
import type { Submission } from '../../read/submission.js';
import { toolVersion } from '../../store/version.js';
import { listArchive } from '../../store/archive.js';
import { writeFileAtomic } from '../../store/atomic.js';
import { acquireLock, releaseLock } from '../../store/lock.js';
import type { WorkspaceLayout } from '../../store/workspace.js';
import { requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath } from '../../store/config-file.js';
import { quarterArg, recoverInterruptedRun, requireWorkspace, yearArg } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK } from '../exit.js';
import { progress, renderProblemLines, summaryLine, table, jsonText } from '../render.js';

interface Opts {
  year?: string;
  quarter?: string;
  out?: string;
  workspace?: string;
  json?: boolean;
}

export async function run(ctx: CliContext, opts: Opts): Promise<number> {
  const year = yearArg(opts.year);
  const through: Quarter = opts.quarter === undefined ? 4 : quarterArg(opts.quarter);
  const ws = requireWorkspace(ctx, opts.workspace, "the report reads a workspace's archive");
  const { index } = await requireCatalogue({ workspace: ws.root }, ctx.cwd, ctx.env);
  const targets = await readTargets(ws, index, year, ctx.cwd);
  const out = outputPath(ctx, ws, year, through, opts.out);
  const shownOut = displayPath(ctx.cwd, out);

  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(ws, 'report');
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: displayPath(ctx.cwd, ws.lock), what: 'lock', ...fsFailure(err) }, { file: displayPath(ctx.cwd, ws.lock) })]);
  }
  if (!lock.ok) throw new ProblemError([lock.problem]);
  try {
    recoverInterruptedRun(ctx, ws);
    const { result, readProblems } = await readAndRollUp(ctx, ws, index, year, through);
    const problems = [...readProblems, ...result.problems];
    if (hasErrors(problems)) return fail(ctx, opts, result, problems, out);

    const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
    const excel: ExcelModule = mod.default ?? mod;
    const full: RollupResult = { ...result, problems };
    const judged = targets ? judgeRollup(index, full, targets) : undefined;
    const wb = buildReport(excel, index, full, { generatedAt: generationTime(ctx.env), toolVersion: toolVersion(), ...(judged ? { judged } : {}) });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    try {
      // Temp file beside the output, fsync, rename: an existing report is replaced only by a complete one.
      writeFileAtomic(out, bytes);
    } catch (err) {
      throw new ProblemError([problem('usage.unwritable', { path: shownOut, what: 'report', ...fsFailure(err) }, { file: shownOut })]);
    }

    if (opts.json) {
      ctx.out(jsonText(ctx, toJson(index, full, shownOut, true, judged?.byIndicator)));
      return EXIT_OK;
    }
    printProblems(ctx, problems, shownOut);
    ctx.out(summaryTable(ctx, index, full, judged));
    const { received, expected } = full.completeness.total;
    const rate = expected ? formatPercent((received / expected) * 100) : '-';
    ctx.out(`Workbooks: ${received} of ${expected} received (${rate} %).`);
    // A full-year report asked for before the year is over: say how to get the year to date instead.
    const empty = full.completeness.byQuarter.filter((b) => b.received === 0).map((b) => b.quarter);
    const lastWithData = Math.max(0, ...full.completeness.byQuarter.filter((b) => b.received > 0).map((b) => b.quarter));
    if (empty.length > 0 && lastWithData > 0 && empty.every((q) => q > lastWithData)) {
      ctx.out(ctx.color.yellow(`No workbook at all yet for ${empty.map(twLabel).join(', ')}: for the year to date run \`iki report --year ${year} --quarter ${lastWithData}\`.`));
    }
    ctx.out(`${ctx.color.green('Wrote')} ${shownOut}`);
    ctx.out(summaryLine(ctx, problems, 'Report'));
    return EXIT_OK;
  } finally {
    releaseLock(lock.lock);
  }
}

/** Errors all; warnings up to a screenful (the Validasi sheet and --json have every one). */
const MAX_WARNINGS_SHOWN = 20;
function printProblems(ctx: CliContext, problems: Problem[], shownOut: string, written = true): void {
  const errors = problems.filter((p) => p.severity === 'error');
  const others = problems.filter((p) => p.severity !== 'error');
  for (const line of renderProblemLines(ctx, [...errors, ...others.slice(0, MAX_WARNINGS_SHOWN)])) ctx.err(line);
  if (others.length > MAX_WARNINGS_SHOWN) {
    ctx.err(ctx.color.dim(`… and ${others.length - MAX_WARNINGS_SHOWN} more${written ? `: every one is in the Validasi sheet of ${shownOut}` : ''} (--json lists them all).`));
  }
}

function fail(ctx: CliContext, opts: Opts, result: RollupResult, problems: Problem[], out: string): number {
  const shown = displayPath(ctx.cwd, out);
  if (opts.json) {
    ctx.out(jsonText(ctx, toJson(undefined, { ...result, problems }, shown, false)));
    return EXIT_DATA;
  }
  printProblems(ctx, problems, shown, false);
  ctx.err(summaryLine(ctx, problems, 'Report'));
  ctx.err(`${ctx.color.red('iki:')} the archive cannot support a report; nothing was written${existsSync(out) ? ` (${shown} is unchanged)` : ''}.`);
  return EXIT_DATA;
}

// ---------------------------------------------------------------- input

/** Re-validate every archived submission of the period (on both cores when there are many), then roll up. */
async function readAndRollUp(
  ctx: CliContext,
  ws: WorkspaceLayout,
  index: CatalogueIndex,
  year: number,
  through: Quarter,
): Promise<{ result: RollupResult; readProblems: Problem[] }> {
  const listing = listArchive(ws, year);
  const readProblems: Problem[] = listing.problems.map((p) => relocate(p, ws));
  const entries = listing.current.filter((e) => e.record.quarter <= through);
  const bar = progress(ctx);
  // exceljs is loaded only if a workbook needs it (the fast reader declines it).
  let excel: Promise<ExcelModule> | undefined;
  const loadExcel = () =>
    (excel ??= import('exceljs').then((m) => {
      const mod = m as unknown as { default?: ExcelModule } & ExcelModule;
      return mod.default ?? mod;
    }));
  const results = await readMany(
    entries.map((e) => ({
      path: e.xlsx,
      // Shown relative to the workspace, so a location reads the same on every computer.
      shown: relative(ws.root, e.xlsx).split(sep).join('/'),
      expect: { year, quarter: e.record.quarter, jabatanId: e.record.jabatan_id },
      pathHints: false,
    })),
    { index, catalogueFile: ws.catalogue, excel: loadExcel, onProgress: (n, t) => bar.update(`Reading ${n}/${entries.length} ${basename(t.path)}`) },
  );
  bar.done();
  const submissions: Submission[] = [];
  results.forEach((read, i) => {
    const e = entries[i]!;
    if (!read.ok || !read.submission) {
      readProblems.push(...read.problems);
      readProblems.push(legacyProblem('rollup.archive-unreadable', 'The archived workbook cannot be read or no longer passes validation (see the problems above).', { file: read.file }));
      return;
    }
    if (read.sha256 !== e.record.sha256) {
      readProblems.push(
        legacyProblem('rollup.archive-unreadable', `The archived workbook changed after it was accepted on ${e.record.taken_at} (its sha256 differs from ${basename(e.recordPath)}).`, { file: read.file }),
      );
      return;
    }
    submissions.push(read.submission);
  });
  // Every jabatan is expected every triwulan of the period: each has its own workbook.
  const have = new Set(submissions.map((s) => `${s.meta.jabatanId}#${s.meta.quarter}`));
  const missing: { jabatanId: string; quarter: Quarter }[] = [];
  for (const q of QUARTERS.filter((x) => x <= through)) {
    for (const j of index.subtree(index.root.id)) {
      if (!have.has(`${j.id}#${q}`)) missing.push({ jabatanId: j.id, quarter: q });
    }
  }
  const result = rollup({ index, year, through, submissions, missing });
  return { result, readProblems };
}

function relocate(p: Problem, ws: WorkspaceLayout): Problem {
  if (!p.location.file || !p.location.file.startsWith(ws.root)) return p;
  return { ...p, location: { ...p.location, file: relative(ws.root, p.location.file).split(sep).join('/') } };
}

/** --out FILE, else the workspace's reports/IKI_<year>[_TW<q>]_laporan.xlsx. */
function outputPath(ctx: CliContext, ws: WorkspaceLayout, year: number, through: Quarter, out: string | undefined): string {
  const path = out ? resolve(ctx.cwd, out) : join(ws.reports, through === 4 ? `IKI_${year}_laporan.xlsx` : `IKI_${year}_TW${through}_laporan.xlsx`);
  const shown = displayPath(ctx.cwd, path);
  if (!/\.xlsx$/i.test(path)) {
    throw new ProblemError([problem('usage.out-extension', { path: shown, ext: '.xlsx' }, { file: shown })]);
  }
  const archive = resolve(ws.archive) + sep;
  if ((path + sep).startsWith(archive) || resolve(path) === resolve(ws.archive)) {
    throw new ProblemError([problem('usage.archive-target', { path: shown, what: 'report' }, { file: shown })]);
  }
  if (existsSync(path) && !statSync(path).isFile()) {
    throw new ProblemError([problem('usage.folder-in-the-way', { path: shown }, { file: shown })]);
  }
  // The default reports/ folder is created; a folder named with --out must exist (a typo is not a folder).
  if (out && !existsSync(dirname(path))) {
    throw new ProblemError([problem('usage.out-folder-missing', { folder: displayPath(ctx.cwd, dirname(path)) }, { file: displayPath(ctx.cwd, dirname(path)) })]);
  }
  return path;
}

function generationTime(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

// ---------------------------------------------------------------- output

const STATUS_COLOUR: Record<Status, 'green' | 'yellow' | 'red'> = {
  ok: 'green',
  partial: 'yellow',
  missing: 'red',
  blank: 'red',
  invalid: 'red',
  'no denominator': 'red',
};

/** The percentages of the top jabatan and its direct children, per triwulan and for the period. */
function summaryTable(ctx: CliContext, index: CatalogueIndex, r: RollupResult, judged?: Judged): string {
  const periods = [...r.periods, r.aggregate];
  const head = ['jabatan', 'indikator', ...r.periods.map((p) => twLabel(p.quarters[0]!)), r.aggregate.kind === 'year' ? String(r.year) : `${r.year} to ${twLabel(r.through)}`];
  if (judged) head.push('target', 'capaian', 'predikat');
  const rows: string[][] = [];
  for (const j of [index.root, ...index.childrenOf(index.root.id)]) {
    for (const ind of index.indicatorsOf(j.id)) {
      if (ind.kind !== 'ratio') continue;
      const res = r.indicators.find((x) => x.indicatorId === ind.id)!;
      rows.push([
        j.id,
        ind.nama,
        ...periods.map((p) => {
          const v = res.values[p.key]!;
          const text = `${v.value === null ? '-' : formatPercent(v.value)} ${v.status}`;
          return ctx.color[STATUS_COLOUR[v.status]](text);
        }),
        ...(judged ? judgementColumns(ctx, judged.byIndicator.get(ind.id)?.[r.aggregate.key]) : []),
      ]);
    }
  }
  return table(ctx, head, rows, { wrap: [1] });
}

const PREDIKAT_COLOUR: Record<string, 'green' | 'yellow' | 'red'> = {
  'Sangat Baik': 'green',
  Baik: 'green',
  Cukup: 'yellow',
  Kurang: 'red',
  'Sangat Kurang': 'red',
};

function judgementColumns(ctx: CliContext, j: Judgement | undefined): string[] {
  if (!j || j.target === null) return ['-', '-', '-'];
  if (j.capaian === null) return [formatPercent(j.target), '-', ctx.color.dim('no capaian')];
  const colour = PREDIKAT_COLOUR[j.predikat ?? ''] ?? 'yellow';
  return [formatPercent(j.target), `${formatPercent(j.capaian)}${j.capped ? ' (cap)' : ''}`, ctx.color[colour](j.predikat ?? '')];
}

/** The same as data: every indicator and element, with statuses and reasons (English). */
function toJson(index: CatalogueIndex | undefined, r: RollupResult, output: string, written: boolean, judged?: Map<string, Record<string, Judgement>>) {
  const periods = [...r.periods, r.aggregate];
  const values = (vals: Record<string, { value: number | null; status: Status; reasons: Parameters<typeof reasonText>[0][]; numerator?: number | null; denominator?: number | null }>) =>
    periods.map((p) => {
      const v = vals[p.key]!;
      return {
        period: p.key,
        ...('numerator' in v ? { numerator: v.numerator ?? null, denominator: v.denominator ?? null } : {}),
        value: v.value,
        display: v.value === null ? '' : formatPercentOrCount(v.value, 'numerator' in v),
        status: v.status,
        reasons: v.reasons.map(reasonText),
      };
    });
  return {
    year: r.year,
    through: r.through,
    period: r.aggregate.key,
    periods: periods.map((p) => p.key),
    output,
    written,
    completeness: {
      ...r.completeness.total,
      by_quarter: r.completeness.byQuarter,
      missing: r.completeness.jabatan.flatMap((j) =>
        Object.entries(j.quarters)
          .filter(([, rec]) => rec?.status === 'missing')
          .map(([q]) => ({ jabatan_id: j.jabatanId, quarter: Number(q) })),
      ),
    },
    indicators: r.indicators.map((i) => ({
      indicator_id: i.indicatorId,
      jabatan_id: i.jabatanId,
      kind: i.kind,
      ...(index ? { nama: index.indicators.get(i.indicatorId)?.nama } : {}),
      values: values(i.kind === 'ratio' ? i.values : stripRatio(i.values)),
      ...(judged ? { penilaian: judged.get(i.indicatorId) ?? {} } : {}),
    })),
    elements: r.elements.map((e) => ({ element_id: e.elementId, jabatan_id: e.jabatanId, aggregation: e.aggregation, values: values(e.values) })),
    ...(index ? { data_rows: dataRows(index, r).length } : {}),
    problems: r.problems,
  };
}

function stripRatio<T extends { numerator?: unknown; denominator?: unknown }>(vals: Record<string, T>): Record<string, Omit<T, 'numerator' | 'denominator'>> {
  const out: Record<string, Omit<T, 'numerator' | 'denominator'>> = {};
  for (const [k, v] of Object.entries(vals)) {
    const { numerator: _n, denominator: _d, ...rest } = v;
    out[k] = rest;
  }
  return out;
}

function formatPercentOrCount(v: number, ratio: boolean): string {
  return ratio ? formatPercent(v) : String(v);
}
