// Data: the long table other programs read (the contract of DESIGN.md): one header row, one row per
// jabatan x indicator-or-element x period, plain values, no formulas. Column names and status values
// stay English in every language; keterangan is in the workbook's language.
import type { CatalogueIndex, Element } from '../../model/catalogue.js';
import { reportNumFmt } from '../../model/value-format.js';
import type { Lang } from '../../model/format.js';
import type { PeriodRef, Status } from '../../model/rollup.js';
import type { Comparison } from '../../compute/comparison.js';
import type { Judgement } from '../../compute/target.js';
import type { RollupResult } from '../../compute/rollup.js';
import { colLetter, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { COUNT_FMT, PERCENT_FMT, fitWidths, font, setupSheet, style } from './layout.js';
import { namesOf, reasonsText } from './words.js';

export const DATA_SHEET = 'Data';

/** Columns of the Data sheet, in order (the contract). */
export const DATA_COLUMNS = [
  'jabatan_id',
  'kind',
  'indicator_id',
  'period',
  'numerator',
  'denominator',
  'value',
  'status',
  'satuan',
  'nama',
  'keterangan',
  // Filled when the workspace has targets for the year (targets/<year>.yaml).
  'target',
  'capaian',
  'predikat',
  // The LKjIP comparisons (issue 12), indicators only. The previous year (year - 1) from the archive or
  // riwayat/<year>.yaml: the triwulan rows its triwulan realisasi, the year row its realisasi and capaian.
  'realisasi_tahun_lalu',
  'capaian_tahun_lalu',
  // targets/renstra.yaml, on the aggregate row: this year's Renstra target, the final one, capaian against each.
  'target_renstra',
  'capaian_renstra',
  'target_akhir_renstra',
  'capaian_akhir_renstra',
] as const;

export type DataRow = {
  jabatan_id: string;
  kind: 'element' | 'ratio' | 'count' | 'value';
  indicator_id: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  status: Status;
  satuan: string;
  nama: string;
  keterangan: string;
  target: number | null;
  capaian: number | null;
  predikat: string | null;
  realisasi_tahun_lalu: number | null;
  capaian_tahun_lalu: number | null;
  target_renstra: number | null;
  capaian_renstra: number | null;
  target_akhir_renstra: number | null;
  capaian_akhir_renstra: number | null;
};

const NO_COMPARISON = { realisasi_tahun_lalu: null, capaian_tahun_lalu: null, target_renstra: null, capaian_renstra: null, target_akhir_renstra: null, capaian_akhir_renstra: null };

/** The comparison columns of one indicator row. */
function comparedOf(c: Comparison | undefined, p: PeriodRef, year: number): Pick<DataRow, keyof typeof NO_COMPARISON> {
  if (!c) return NO_COMPARISON;
  const last = c.earlier.find((e) => e.year === year - 1);
  if (p.kind === 'quarter') return { ...NO_COMPARISON, realisasi_tahun_lalu: last?.triwulan[p.quarters[0]!] ?? null };
  const r = c.renstra;
  return {
    // A year to date has no like-for-like figure of last year.
    realisasi_tahun_lalu: p.kind === 'year' ? (last?.realisasi ?? null) : null,
    capaian_tahun_lalu: p.kind === 'year' ? (last?.capaian ?? null) : null,
    target_renstra: r?.target ?? null,
    capaian_renstra: r?.capaian ?? null,
    target_akhir_renstra: r?.targetAkhir ?? null,
    capaian_akhir_renstra: r?.capaianAkhir ?? null,
  };
}

/** The rows of the Data sheet: indicators in tree order, then elements in catalogue order; periods in order. */
export function dataRows(index: CatalogueIndex, result: RollupResult, lang: Lang, judged?: Map<string, Record<string, Judgement>>, comparisons?: readonly Comparison[]): DataRow[] {
  const periods = [...result.periods, result.aggregate];
  const compared = new Map((comparisons ?? []).map((c) => [c.indicatorId, c]));
  const names = namesOf(index);
  const rows: DataRow[] = [];
  for (const ind of result.indicators) {
    const def = index.indicators.get(ind.indicatorId)!;
    for (const p of periods) {
      const v = ind.values[p.key]!;
      const j = judged?.get(ind.indicatorId)?.[p.key];
      const ratio = ind.kind === 'ratio';
      rows.push({
        jabatan_id: ind.jabatanId,
        kind: ind.kind,
        indicator_id: ind.indicatorId,
        period: p.key,
        numerator: ratio ? v.numerator : null,
        denominator: ratio ? v.denominator : null,
        value: v.value,
        status: v.status,
        satuan: def.satuan,
        nama: def.nama,
        keterangan: reasonsText([v], names, lang),
        target: j?.target ?? null,
        capaian: j?.capaian ?? null,
        predikat: j?.predikat ?? null,
        ...comparedOf(compared.get(ind.indicatorId), p, result.year),
      });
    }
  }
  for (const s of result.elements) {
    const el = index.elements.get(s.elementId)!;
    for (const p of periods) {
      const v = s.values[p.key]!;
      rows.push({
        jabatan_id: s.jabatanId,
        kind: 'element',
        indicator_id: s.elementId,
        period: p.key,
        numerator: null,
        denominator: null,
        value: v.value,
        status: v.status,
        satuan: el.satuan,
        nama: el.nama,
        keterangan: reasonsText([v], names, lang),
        target: null,
        capaian: null,
        predikat: null,
        ...NO_COMPARISON,
      });
    }
  }
  return rows;
}

/** How each numeric column shows: as a count, as the row's value (a percentage or a count), as a percentage. */
const FORMAT: Partial<Record<(typeof DATA_COLUMNS)[number], 'count' | 'value' | 'percent'>> = {
  numerator: 'count',
  denominator: 'count',
  value: 'value',
  target: 'value',
  capaian: 'percent',
  realisasi_tahun_lalu: 'value',
  capaian_tahun_lalu: 'percent',
  target_renstra: 'value',
  capaian_renstra: 'percent',
  target_akhir_renstra: 'value',
  capaian_akhir_renstra: 'percent',
};

const COUNT = style({ numFmt: COUNT_FMT });
const PERCENT = style({ numFmt: PERCENT_FMT });

/** The value's look by its element's type (style() shares one object per format). */
function typedStyle(el: Element | undefined): ReturnType<typeof style> {
  return el ? style({ numFmt: reportNumFmt(el) }) : COUNT;
}

function elementOfIndicator(x: ReportCtx, id: string): Element | undefined {
  const ind = x.index.indicators.get(id);
  return ind && ind.kind !== 'ratio' ? x.index.elements.get(ind.element) : undefined;
}

export function dataSheet(x: ReportCtx): Sheet {
  const ws = newSheet(DATA_SHEET);
  const bold = style({ font: font({ bold: true }) });
  ws.rowStyles[1] = bold;
  DATA_COLUMNS.forEach((k, i) => setCell(ws, 1, i + 1, k, bold));
  dataRows(x.index, x.result, x.lang, x.judged?.byIndicator, x.comparisons).forEach((row, i) => {
    const r = i + 2;
    const value = row.kind === 'ratio' ? PERCENT : typedStyle(row.kind === 'element' ? x.index.elements.get(row.indicator_id) : elementOfIndicator(x, row.indicator_id));
    DATA_COLUMNS.forEach((k, ci) => {
      const f = FORMAT[k];
      const s = f === 'count' ? COUNT : f === 'value' ? value : f === 'percent' ? PERCENT : undefined;
      if (row[k] !== null || s) setCell(ws, r, ci + 1, row[k], s);
    });
  });
  setupSheet(ws, x.lang, 1, 0);
  fitWidths(ws, { 1: [12, 30], 2: [7, 9], 3: [14, 36], 4: [9, 14], 5: [11, 13], 6: [11, 13], 7: [10, 19], 8: [9, 15], 9: [8, 12], 10: [20, 40], 11: [20, 40] });
  ws.autoFilter = `A1:${colLetter(DATA_COLUMNS.length)}1`;
  return ws;
}
