// The consolidated workbook, in the chosen language, built from a rollup result as a plain workbook
// model (one writer per sheet, in src/write/report/) and serialized by src/write/xlsx-writer.ts.
// No disk here and no exceljs: the command writes the bytes (temp file, then rename).
//
// Sheets: Ringkasan, one per unit, Rekap Isian, Kelengkapan, Catatan, Validasi, Tindak Lanjut Data (with
// the chase data: timeliness, verification, quality), Data.
// Percentages are live formulas over the numerator and denominator cells next to them, written with
// cached results equal to what the rollup computed; `Data` holds plain values only (the contract of
// DESIGN.md: one header row, one row per jabatan x indicator-or-element x period).
import type { CatalogueIndex } from '../model/catalogue.js';
import { fmt, type Lang } from '../model/format.js';
import { countBySeverity } from '../model/problem.js';
import { ui } from '../model/text/ui.js';
import type { Judged } from '../compute/target.js';
import type { RollupResult } from '../compute/rollup.js';
import type { LaporanConfig } from '../model/config.js';
import type { Comparison } from '../compute/comparison.js';
import { buildLaporan, type LaporanModel } from './laporan-model.js';
import { writeXlsx, type Sheet, type Workbook } from './xlsx-writer.js';
import { DEFAULT_PT, fitPrintScale } from './report/print.js';
import { completenessSheet } from './report/completeness.js';
import type { ReportCtx } from './report/context.js';
import { DATA_SHEET, dataSheet } from './report/data.js';
import { entriesSheet } from './report/entries.js';
import { notesSheet } from './report/notes.js';
import { summarySheet, unitSheet, unitSheetName } from './report/summary.js';
import { chartsSheet } from './report/charts.js';
import { comparisonSheet } from './report/comparison.js';
import { validationSheet } from './report/validation.js';
import { followUpSheet, type ReportChase } from './report/follow-up.js';
import { namesOf } from './report/words.js';

export { DATA_COLUMNS, DATA_SHEET, dataRows, type DataRow } from './report/data.js';
export { unitSheetName } from './report/summary.js';

export interface ReportInfo {
  generatedAt: Date;
  toolVersion: string;
  /** The language of every text in the workbook (the Data sheet's names and statuses stay English). */
  lang: Lang;
  /** The rollup judged against the year's targets: adds Target, Capaian and Predikat beside the year. */
  judged?: Judged;
  /** Timeliness and verification on Kelengkapan; the quality warnings on a Tindak Lanjut Data sheet. */
  chase?: ReportChase;
  /** The signature block (iki.yaml laporan:); blanks when absent. */
  config?: LaporanConfig;
  /** The LKjIP comparisons with earlier years and the Renstra. */
  comparisons?: readonly Comparison[];
  renstra?: { awal: number; akhir: number };
  /** The view model, when the caller built it already (the PDF is made from the same one). */
  laporan?: LaporanModel;
}

/** The laporan's view model for this report: what the workbook's Ringkasan and the PDF both show. */
export function laporanOf(index: CatalogueIndex, result: RollupResult, info: ReportInfo): LaporanModel {
  return buildLaporan({
    index,
    result,
    lang: info.lang,
    generatedAt: info.generatedAt,
    toolVersion: info.toolVersion,
    ...(info.judged ? { judged: info.judged } : {}),
    ...(info.config ? { config: info.config } : {}),
    ...(info.comparisons ? { comparisons: info.comparisons } : {}),
    ...(info.renstra ? { renstra: info.renstra } : {}),
  });
}

/** Arial 10: the size print.ts assumes for a cell without a font of its own. */
const DEFAULT_FONT = { name: 'Arial', size: DEFAULT_PT };

/** The workbook model, sheet by sheet (a caller may add to it, e.g. drawings, before writing). */
export function buildReport(index: CatalogueIndex, result: RollupResult, info: ReportInfo): Workbook {
  const x = reportContext(index, result, info);
  const followUpName = ui(info.lang).laporanChase.followUpSheet;
  const taken = new Set<string>([...Object.values(x.sheets), DATA_SHEET, ...(info.chase ? [followUpName] : [])].map((s) => s.toLowerCase()));
  const units = index.catalogue.units.flatMap((u) => {
    const name = index.jabatan.has(u.kepala) ? unitSheetName(u.nama, taken) : '';
    const ws = name ? unitSheet(x, u, name) : undefined;
    return ws ? [ws] : [];
  });
  const followUp = info.chase ? [followUpSheet(x, followUpName)] : [];
  const charts = chartsSheet(x);
  // Perbandingan when the caller gathered the comparisons (the report command always does).
  const comparison = info.comparisons ? [comparisonSheet(x)] : [];
  const sheets: Sheet[] = [summarySheet(x), ...comparison, ...(charts ? [charts] : []), ...units, entriesSheet(x), completenessSheet(x), notesSheet(x), validationSheet(x), ...followUp, dataSheet(x)];
  // Every sheet at a scale that fits its page width without printing any text below 8 pt.
  sheets.forEach(fitPrintScale);
  return { sheets, creator: `iki ${info.toolVersion}`, created: info.generatedAt, defaultFont: DEFAULT_FONT };
}

/** The consolidated workbook as xlsx bytes. */
export function reportBytes(index: CatalogueIndex, result: RollupResult, info: ReportInfo): Uint8Array {
  return writeXlsx(buildReport(index, result, info));
}

function reportContext(index: CatalogueIndex, result: RollupResult, info: ReportInfo): ReportCtx {
  const { lang } = info;
  const t = ui(lang).laporan;
  const counts = countBySeverity(result.problems);
  const stamp = t.stamp({
    at: info.generatedAt.toISOString().replace('T', ' ').slice(0, 16),
    version: info.toolVersion,
    catalogue: index.catalogue.id,
    ...result.completeness.total,
    errors: counts.error,
    warnings: counts.warning,
    sheet: t.sheets.validation,
  });
  return {
    index,
    result,
    periods: [...result.periods, result.aggregate],
    lang,
    f: fmt(lang),
    t,
    w: ui(lang).rollup,
    names: namesOf(index),
    stamp,
    sheets: t.sheets,
    laporan: info.laporan ?? laporanOf(index, result, info),
    ...(info.comparisons ? { comparisons: info.comparisons } : {}),
    ...(info.judged ? { judged: info.judged } : {}),
    ...(info.chase ? { chase: info.chase } : {}),
  };
}
