// `iki validate <file|folder>...`: check filled workbooks and change nothing.
// Also home of what validate and ingest share: finding the workbooks, reading each one safely,
// and rendering the problem table.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { CatalogueIndex } from '../../model/catalogue.js';
import { countBySeverity, legacyProblem, type Problem, problem, ProblemError } from '../../model/problem.js';
import type { ReadResult } from '../../read/submission.js';
import type { ExcelModule } from '../../read/xlsx.js';
import { readMany, readWorkbookPath, type PathReadResult } from '../../read/read-pool.js';
import { findWorkspace } from '../../store/workspace.js';
import { twLabel, type Quarter } from '../../model/period.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK } from '../exit.js';
import { catalogueFile as catalogueSourcePath, requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath } from '../../store/config-file.js';
import { progress, severityLabel, table, jsonText } from '../render.js';
import { renderProblem } from '../../model/problems/text.js';

function firstError(ctx: CliContext, r: ReadResult): string {
  const p = r.problems.find((x) => x.severity === 'error');
  return p ? renderProblem(p, ctx.lang).message : '';
}

interface Opts {
  workspace?: string;
  catalogue?: string;
  json?: boolean;
}

export async function run(ctx: CliContext, opts: Opts, paths: string[]): Promise<number> {
  const { index, file: catalogueFile } = await requireCatalogue(opts, ctx.cwd, ctx.env);
  const ws = findWorkspace(opts.workspace, ctx.env, ctx.cwd).layout;
  const files = collectWorkbooks(ctx, paths, ws ? [ws.archive, ws.templates, ws.reports] : []);
  const results: ReadResult[] = await readWorkbookFiles(ctx, files, index, catalogueSourcePath(opts, ctx.cwd, ctx.env).path);
  markDuplicates(results);

  const problems = results.flatMap((r) => r.problems);
  const invalid = results.filter((r) => !r.ok).length;
  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          catalogue: { file: catalogueFile, id: index.catalogue.id, hash: index.catalogue.hash },
          files: results.map(resultJson),
          summary: { workbooks: results.length, valid: results.length - invalid, invalid, ...countBySeverity(problems) },
        }
      ),
    );
    return invalid ? EXIT_DATA : EXIT_OK;
  }
  for (const r of results) ctx.out(fileLine(ctx, r));
  if (problems.length) ctx.out(problemTable(ctx, problems));
  const c = countBySeverity(problems);
  ctx.out(
    `${results.length} workbook${results.length === 1 ? '' : 's'} checked: ${results.length - invalid} valid, ${invalid ? ctx.color.red(`${invalid} invalid`) : '0 invalid'}; ` +
      `${c.error ? ctx.color.red(`${c.error} error${c.error === 1 ? '' : 's'}`) : '0 errors'}, ${c.warning ? ctx.color.yellow(`${c.warning} warning${c.warning === 1 ? '' : 's'}`) : '0 warnings'}` +
      ` (catalogue ${index.catalogue.id}). Nothing was changed.`,
  );
  return invalid ? EXIT_DATA : EXIT_OK;
}

// ---------------------------------------------------------------- shared with ingest

export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
  return mod.default ?? mod;
}

/** exceljs, loaded the first time a file needs it (most files are read without it; loading costs 0.3 s+). */
export function lazyExcel(): () => Promise<ExcelModule> {
  let p: Promise<ExcelModule> | undefined;
  return () => (p ??= loadExcel());
}

const WORKBOOK_EXT = /\.(xlsx|xlsm|xls|ods)$/i;
const MAX_DEPTH = 4;

/**
 * The workbooks named on the command line: files as given, folders searched (4 levels deep) for
 * .xlsx/.xlsm/.xls/.ods, skipping hidden files, Excel's ~$ owner files and, below the named folders,
 * the `skip` folders (the workspace's archive, templates and reports). A path that does not exist is
 * a usage error before anything is read.
 */
export function collectWorkbooks(ctx: CliContext, paths: string[], skip: string[] = []): string[] {
  const missing: Problem[] = [];
  const out = new Set<string>();
  const skipped = skip.map((s) => resolve(s));
  const inSkipped = (p: string) => skipped.some((s) => p === s || p.startsWith(s + sep));
  const walk = (dir: string, depth: number) => {
    // The skipped folders are left out when reached from a parent (`iki ingest .` in the workspace),
    // not when named themselves (`iki validate archive/2017-TW1` re-checks the archive).
    if (depth > MAX_DEPTH || (depth > 0 && inSkipped(dir))) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (n.startsWith('.') || n.startsWith('~$')) continue;
      const p = join(dir, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, depth + 1);
      else if (st.isFile() && WORKBOOK_EXT.test(n)) out.add(p);
    }
  };
  for (const given of paths) {
    const p = resolve(ctx.cwd, given);
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(problem('usage.not-found', { path: given }, { file: given }));
      continue;
    }
    if (st.isDirectory()) walk(p, 0);
    else out.add(p);
  }
  if (missing.length) throw new ProblemError(missing);
  if (out.size === 0) throw new ProblemError([problem('usage.no-workbooks', { paths })]);
  return [...out];
}

/** Read one file from disk (size checked before reading) and check it. Never throws for bad files. */
export async function readWorkbookFile(
  ctx: CliContext,
  path: string,
  index: CatalogueIndex,
  excel: ExcelModule | (() => Promise<ExcelModule>),
): Promise<ReadResult & { bytes?: Buffer; path: string }> {
  return readWorkbookPath({ path, shown: displayPath(ctx.cwd, path) }, index, excel);
}

/** Read every workbook (on worker threads when there are many), with a progress line. Results in order. */
export async function readWorkbookFiles(
  ctx: CliContext,
  files: string[],
  index: CatalogueIndex,
  catalogueFile: string,
  onResult?: (r: PathReadResult, i: number) => void,
): Promise<PathReadResult[]> {
  const bar = progress(ctx);
  const results = await readMany(
    files.map((path) => ({ path, shown: displayPath(ctx.cwd, path) })),
    { index, catalogueFile, excel: lazyExcel(), onProgress: (n, t) => bar.update(`checking ${n}/${files.length} ${basename(t.path)}`), ...(onResult ? { onResult } : {}) },
  );
  bar.done();
  return results;
}

/**
 * The same jabatan and triwulan twice in one run: the first valid workbook wins, a different later
 * one is refused (ingest.duplicate-in-run), an identical copy is noted and skipped.
 * Returns the results that are duplicates (to skip).
 */
export function markDuplicates(results: ReadResult[]): Set<ReadResult> {
  const check = duplicateChecker();
  const dup = new Set<ReadResult>();
  for (const r of results) if (check(r)) dup.add(r);
  return dup;
}

/** markDuplicates one result at a time, in order (for ingest, which archives while reading). True for a duplicate. */
export function duplicateChecker(): (r: ReadResult) => boolean {
  const first = new Map<string, ReadResult>();
  return (r: ReadResult): boolean => {
    if (!r.ok || !r.submission) return false;
    const m = r.submission.meta;
    const key = `${m.year}-TW${m.quarter}/${m.jabatanId}`;
    const won = first.get(key);
    if (!won) {
      first.set(key, r);
      return false;
    }
    if (won.sha256 === r.sha256) {
      r.problems.push(legacyProblem('ingest.unchanged', `The same file as ${won.file} (identical content); read once.`, { file: r.file }));
    } else {
      r.problems.push(
        legacyProblem(
          'ingest.duplicate-in-run',
          `${r.file} is also for ${m.jabatanId}, ${m.year} ${twLabel(m.quarter as Quarter)}, with different content; ${won.file} came first and is the one used.`,
          { file: r.file },
        ),
      );
      r.ok = false;
    }
    return true;
  };
}

export function resultJson(r: ReadResult) {
  const s = r.submission;
  return {
    file: r.file,
    sha256: r.sha256,
    valid: r.ok,
    ...(s
      ? {
          jabatan_id: s.meta.jabatanId,
          year: s.meta.year,
          quarter: s.meta.quarter,
          catalogue_hash: s.meta.catalogueHash,
          values: Object.fromEntries(s.readings.filter((x) => x.status === 'value').map((x) => [x.elementId, x.status === 'value' ? x.value : null])),
          missing: s.readings.filter((x) => x.status === 'blank').map((x) => x.elementId),
          invalid: s.readings.filter((x) => x.status === 'invalid').map((x) => x.elementId),
          notes: s.notes.map((n) => ({ indicator_id: n.indicatorId, field: n.field, text: n.text })),
        }
      : {}),
    problems: r.problems,
  };
}

/** "ok  file  jabatan 2017 TW I: 5 values, 1 blank" */
export function fileLine(ctx: CliContext, r: ReadResult, verdict?: string): string {
  const s = r.submission;
  const what = s
    ? `${s.meta.jabatanId}, ${s.meta.year} ${twLabel(s.meta.quarter as Quarter)}: ${s.readings.filter((x) => x.status === 'value').length} values, ${s.readings.filter((x) => x.status === 'blank').length} blank${
        s.readings.some((x) => x.status === 'invalid') ? `, ${s.readings.filter((x) => x.status === 'invalid').length} invalid` : ''
      }, ${s.notes.length} notes`
    : firstError(ctx, r);
  const label = verdict ?? (r.ok ? 'ok' : 'invalid');
  const colour = r.ok ? (r.problems.some((p) => p.severity === 'warning') ? ctx.color.yellow : ctx.color.green) : ctx.color.red;
  return `${colour(label.padEnd(9))} ${r.file}  ${ctx.color.dim(what)}`;
}

/** The problem table: file, sheet!cell, severity, code, message (with the field's Indonesian label). */
export function problemTable(ctx: CliContext, problems: readonly Problem[]): string {
  const rows = problems.map((p) => {
    const l = p.location;
    const cell = l.cell ? `${l.sheet ? `${/[^A-Za-z0-9_]/.test(l.sheet) ? `'${l.sheet}'` : l.sheet}!` : ''}${l.cell}` : (l.sheet ?? l.name ?? '');
    const t = renderProblem(p, ctx.lang);
    return [l.file ?? '', cell, severityLabel(ctx, p.severity), p.code, t.hint ? `${t.message} ${t.hint}` : t.message];
  });
  return table(ctx, ['file', 'cell', 'severity', 'code', 'message'], rows, { wrap: [0, 4] });
}
