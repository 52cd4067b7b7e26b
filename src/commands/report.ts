// `iki report`: re-read the archive for a year (or the year to date), roll it up, judge it against the
// year's targets, and write the consolidated workbook atomically (temp file, fsync, rename: an existing
// report is replaced only by a complete one). Returns the report object; never prints.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { decimalsOf, type CatalogueIndex, type ElementType } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import { hasErrors, problem, ProblemError } from '../model/problem.js';
import type { Completeness, PeriodRef, Reason, Status } from '../model/rollup.js';
import { missingWorkbooks, reportingRate } from '../compute/completeness.js';
import { rollup, type RollupResult } from '../compute/rollup.js';
import { judgeRollup, type Judged, type Judgement } from '../compute/target.js';
import { targetsPath } from '../store/targets-source.js';
import { laporanOf, reportBytes, type ReportInfo } from '../write/report.js';
import { gatherComparisons } from './report-comparisons.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { fsFailure } from '../store/fs-failure.js';
import { readTargets } from '../store/targets-source.js';
import { toolVersion } from '../store/version.js';
import { WriteFailure, writeFilesAtomic } from '../store/atomic.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import { readArchived } from './archive-read.js';
import { reportChase, type ChaseOut } from './report-chase.js';
import { readWorkspaceConfig } from '../store/config-source.js';
import { CONFIG_FILE } from '../model/config.js';
import { displayPath, periodOf, requireWorkspace, withWorkspaceLock, yearOf, reportOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface ReportOptions {
  year?: string | number;
  /** Year to date: TW I up to this triwulan (default: the whole year). */
  quarter?: string | number;
  /** The workbook to write (default: the workspace's reports/IKI_<year>[_TW<q>]_laporan.xlsx). */
  out?: string;
  workspace?: string;
  /** Also write the laporan as a PDF beside the workbook (IKI_<year>_laporan.pdf). */
  pdf?: boolean;
}

export interface ValueOut {
  period: string;
  /** Ratio indicators only. */
  numerator?: number | null;
  denominator?: number | null;
  value: number | null;
  status: Status;
  reasons: Reason[];
  /** Jabatan whose workbook for this period's triwulan the value rests on and which is not verified (diverifikasi). */
  unverified?: string[];
}

export interface IndicatorOut {
  indicator_id: string;
  jabatan_id: string;
  kind: 'count' | 'value' | 'ratio';
  nama: string;
  satuan: string;
  /** The value's type: its element's for count and value, 'percent' for a ratio; decimals shown. */
  type: ElementType;
  decimals: number;
  values: ValueOut[];
  /** With targets: target, capaian and predikat by period key. */
  penilaian?: Record<string, Judgement>;
}

export interface ElementOut {
  element_id: string;
  jabatan_id: string;
  aggregation: 'sum' | 'last' | 'average';
  type: ElementType;
  decimals: number;
  values: ValueOut[];
}

export interface CompletenessOut {
  received: number;
  expected: number;
  /** received / expected × 100; null when nothing is expected. */
  rate: number | null;
  by_quarter: { quarter: Quarter; received: number; expected: number }[];
  missing: { jabatan_id: string; quarter: Quarter; file: string }[];
}

export interface ReportReport extends CommandReport {
  command: 'report';
  year: number | null;
  /** The last triwulan of the period: 4 for the year. */
  through: Quarter | null;
  /** The aggregate period's key: "2017", or "2017-YTD-TW2" for the year to date. */
  period: string | null;
  /** Every period key, the triwulan first. */
  periods: string[];
  /** The aggregate period itself (for its label). */
  aggregate: PeriodRef | null;
  /** The workbook, as a display path. */
  output: string | null;
  /** The PDF (with --pdf), as a display path; null when not asked for or not written. */
  pdf: string | null;
  /** What the LKjIP comparisons used: the earlier years (most recent first) and their source, and the Renstra's period. */
  perbandingan: { years: { year: number; source: 'arsip' | 'riwayat' }[]; renstra: { awal: number; akhir: number } | null } | null;
  written: boolean;
  /** Not written, and a workbook already at `output` was left as it was. */
  unchanged: boolean;
  /** The targets file the capaian were judged against (display path), if the year has one. */
  targets: string | null;
  completeness: CompletenessOut | null;
  /** The indicators of the summary (the top jabatan's and its direct children's percentages), in order. */
  summary: string[];
  indicators: IndicatorOut[];
  elements: ElementOut[];
  /** Rows of the Data sheet. */
  data_rows: number;
  /** A full-year report asked for before the year is over: the triwulan without any workbook, and the year to date to ask for. */
  year_to_date: { empty: Quarter[]; through: Quarter } | null;
  /** Timeliness, verification and quality follow-up (Kelengkapan, Validasi, Tindak Lanjut Data). */
  chase: ChaseOut | null;
}

const EMPTY: Omit<ReportReport, 'ok' | 'problems'> = {
  command: 'report',
  year: null,
  through: null,
  period: null,
  periods: [],
  aggregate: null,
  output: null,
  pdf: null,
  perbandingan: null,
  written: false,
  unchanged: false,
  targets: null,
  completeness: null,
  summary: [],
  indicators: [],
  elements: [],
  data_rows: 0,
  year_to_date: null,
  chase: null,
};

export async function report(opts: ReportOptions, env: CoreEnv): Promise<ReportReport> {
  return reportOf<ReportReport>(EMPTY, async () => {
    const period = opts.quarter === undefined ? { year: yearOf(opts.year), quarter: 4 as Quarter } : periodOf(opts.year, opts.quarter);
    const { year, quarter: through } = period;
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const targets = await readTargets(ws, index, year, env.cwd);
    const { config, file: configFile, problems: configNotes } = await readWorkspaceConfig(ws, env.cwd, index);
    const out = reportOutputPath(ws, year, through, opts.out, env.cwd);
    const shown = displayPath(env.cwd, out);
    return withWorkspaceLock(ws, 'report', env.cwd, async (notes) => {
      const read = await readArchived(ws, index, year, through, env);
      const rolled = rollup({ index, year, through, submissions: read.submissions });
      const chase = await reportChase(ws, index, config, configFile ?? CONFIG_FILE, through, read, env);
      // The refusal under laporan.wajib_verifikasi comes first: it is why nothing was written.
      const required = chase.problems.filter((p) => p.code === 'report.verification-required');
      const others = chase.problems.filter((p) => p.code !== 'report.verification-required');
      const result: RollupResult = { ...rolled, problems: [...required, ...configNotes, ...read.problems, ...rolled.problems, ...others] };
      const judged = targets ? judgeRollup(index, result, targets) : undefined;
      const written = !hasErrors(result.problems);
      let pdf: string | null = null;
      let perbandingan: ReportReport['perbandingan'] = null;
      if (written) {
        const cmp = await gatherComparisons(ws, index, result, targets?.penilaian, env);
        perbandingan = { years: cmp.years, renstra: cmp.renstra ?? null };
        const info: ReportInfo = {
          generatedAt: env.now(),
          toolVersion: toolVersion(),
          lang: env.lang,
          config: config.laporan,
          chase: chase.chase,
          comparisons: cmp.comparisons,
          ...(cmp.renstra ? { renstra: cmp.renstra } : {}),
          ...(judged ? { judged } : {}),
        };
        const laporan = laporanOf(index, result, info);
        const files = [{ path: out, data: reportBytes(index, result, { ...info, laporan }) }];
        if (opts.pdf) {
          const path = out.replace(/\.xlsx$/i, '.pdf');
          // pdfkit and the fonts load only here: a report without --pdf never pays for them.
          const { renderPdf } = await import('../write/pdf/index.js');
          files.push({ path, data: await renderPdf(laporan, { createdAt: info.generatedAt, toolVersion: info.toolVersion }) });
          pdf = displayPath(env.cwd, path);
        }
        // The workbook and its PDF together or neither: a PDF that cannot be written leaves the old report.
        writeOrRefuse(files, env.cwd);
      }
      return {
        command: 'report' as const,
        ...reportData(index, result, judged, chase.unverified),
        chase: chase.out,
        output: shown,
        pdf,
        perbandingan,
        written,
        unchanged: !written && existsSync(out),
        targets: targets ? displayPath(env.cwd, targetsPath(ws.root, year)) : null,
        // The workspace's own notes (a tidied archive, a lock taken over) first; they are not behind the numbers.
        problems: [...notes, ...result.problems],
      };
    });
  });
}

/** iki.yaml's laporan section (the signature block); yaml and zod load only when the file exists. */
/** Write the report's files atomically, together; a failure is the usage.unwritable problem (exit 2). */
function writeOrRefuse(files: readonly { path: string; data: Uint8Array }[], cwd: string): void {
  try {
    writeFilesAtomic(files);
  } catch (err) {
    if (!(err instanceof WriteFailure)) throw err;
    const shown = displayPath(cwd, err.path);
    throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'report', ...fsFailure(err.cause) }, { file: shown })]);
  }
}

/** --out FILE, else the workspace's reports/IKI_<year>[_TW<q>]_laporan.xlsx; refused before anything is read. */
function reportOutputPath(ws: WorkspaceLayout, year: number, through: Quarter, out: string | undefined, cwd: string): string {
  const path = out ? resolve(cwd, out) : join(ws.reports, through === 4 ? `IKI_${year}_laporan.xlsx` : `IKI_${year}_TW${through}_laporan.xlsx`);
  const shown = displayPath(cwd, path);
  const refuse = (p: ConstructorParameters<typeof ProblemError>[0][number]) => new ProblemError([p]);
  if (!/\.xlsx$/i.test(path)) throw refuse(problem('usage.out-extension', { path: shown, ext: '.xlsx' }, { file: shown }));
  const archive = resolve(ws.archive);
  if ((path + sep).startsWith(archive + sep)) throw refuse(problem('usage.archive-target', { path: shown, what: 'report' }, { file: shown }));
  if (existsSync(path) && !statSync(path).isFile()) throw refuse(problem('usage.folder-in-the-way', { path: shown }, { file: shown }));
  // The default reports/ folder is created; a folder named with --out must exist (a typo is not a folder).
  if (out && !existsSync(dirname(path))) {
    const folder = displayPath(cwd, dirname(path));
    throw refuse(problem('usage.out-folder-missing', { folder }, { file: folder }));
  }
  return path;
}

/** The rollup as the report object carries it: every indicator and element, by period, with statuses and reasons. */
function reportData(index: CatalogueIndex, r: RollupResult, judged: Judged | undefined, unverifiedKeys: ReadonlySet<string>) {
  const periods = [...r.periods, r.aggregate];
  // The jabatan (owners of the elements) whose workbook of one of the period's triwulan is not verified.
  const unverified = (elementIds: readonly string[], p: PeriodRef): string[] => {
    const owners = [...new Set(elementIds.map((id) => index.elements.get(id)?.owner ?? ''))];
    return owners.filter((j) => p.quarters.some((q) => unverifiedKeys.has(`${q}/${j}`)));
  };
  const values = (vals: Record<string, { value: number | null; status: Status; reasons: Reason[]; numerator?: number | null; denominator?: number | null }>, ratio: boolean, elementIds: readonly string[]): ValueOut[] =>
    periods.map((p) => {
      const v = vals[p.key]!;
      const u = v.value === null ? [] : unverified(elementIds, p);
      return { period: p.key, ...(ratio ? { numerator: v.numerator ?? null, denominator: v.denominator ?? null } : {}), value: v.value, status: v.status, reasons: v.reasons, ...(u.length ? { unverified: u } : {}) };
    });
  const summaryOf = [index.root, ...index.childrenOf(index.root.id)].flatMap((j) => index.indicatorsOf(j.id).filter((i) => i.kind === 'ratio' || i.kind === 'value').map((i) => i.id));
  return {
    year: r.year,
    through: r.through,
    period: r.aggregate.key,
    periods: periods.map((p) => p.key),
    aggregate: r.aggregate,
    completeness: completenessOut(r.completeness),
    summary: summaryOf,
    indicators: r.indicators.map((i): IndicatorOut => {
      const def = index.indicators.get(i.indicatorId)!;
      const penilaian = judged?.byIndicator.get(i.indicatorId);
      const el = def.kind !== 'ratio' ? index.elements.get(def.element) : undefined;
      const typed = el ? { type: el.type, decimals: decimalsOf(el) } : { type: 'percent' as const, decimals: 2 };
      const ids = def.kind === 'ratio' ? [...def.numerator, ...def.denominator] : [def.element];
      return { indicator_id: i.indicatorId, jabatan_id: i.jabatanId, kind: i.kind, nama: def.nama, satuan: def.satuan, ...typed, values: values(i.values, i.kind === 'ratio', ids), ...(judged ? { penilaian: penilaian ?? {} } : {}) };
    }),
    elements: r.elements.map((e): ElementOut => {
      const el = index.elements.get(e.elementId)!;
      return { element_id: e.elementId, jabatan_id: e.jabatanId, aggregation: e.aggregation, type: el.type, decimals: decimalsOf(el), values: values(e.values, false, [e.elementId]) };
    }),
    data_rows: (r.indicators.length + r.elements.length) * periods.length,
    year_to_date: yearToDate(r.completeness),
  };
}

function completenessOut(c: Completeness): CompletenessOut {
  return {
    ...c.total,
    rate: reportingRate(c.total),
    by_quarter: c.byQuarter,
    missing: missingWorkbooks(c).map((m) => ({ jabatan_id: m.jabatanId, quarter: m.quarter, file: m.file })),
  };
}

/** Triwulan with no workbook at all, all after the last one with some: the year is not over yet. */
function yearToDate(c: Completeness): ReportReport['year_to_date'] {
  const empty = c.byQuarter.filter((b) => b.received === 0).map((b) => b.quarter);
  const withData = c.byQuarter.filter((b) => b.received > 0).map((b) => b.quarter);
  const last = withData.length ? withData[withData.length - 1]! : undefined;
  return last !== undefined && empty.length > 0 && empty.every((q) => q > last) ? { empty, through: last } : null;
}
