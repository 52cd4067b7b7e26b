// The consolidated workbook, in Indonesian, built from a rollup result with the exceljs module the
// caller passes in. No disk here: the command writes the workbook (temp file, then rename).
//
// Sheets: Ringkasan, one per unit, Rekap Isian, Kelengkapan, Catatan, Validasi, Data.
// Percentages are live formulas over the numerator and denominator cells next to them, written with
// cached results equal to what the rollup computed; `Data` holds plain values only (the contract of
// DESIGN.md: one header row, one row per jabatan x indicator-or-element x period).
import type { Alignment, Borders, Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import type { CatalogueIndex, Indikator } from '../model/catalogue.js';
import { formatLocation, type Problem } from '../model/problem.js';
import { renderProblem } from '../model/problems/text.js';
import { romanQuarter, twLabel, type Quarter } from '../model/period.js';
import { capaianFormula, type Judged, type Judgement } from '../compute/target.js';
import { formatPercent, sourceText, uniqueReasons, type IndicatorValue, type PeriodRef, type Reason, type RollupResult, type Status, type Value } from '../compute/rollup.js';

export interface ExcelModule {
  Workbook: new () => Workbook;
}

export interface ReportInfo {
  generatedAt: Date;
  toolVersion: string;
  /** The rollup judged against the year's targets: adds Target, Capaian and Predikat beside the year. */
  judged?: Judged;
}

export const SHEETS = {
  summary: 'Ringkasan',
  entries: 'Rekap Isian',
  completeness: 'Kelengkapan',
  notes: 'Catatan',
  validation: 'Validasi',
  data: 'Data',
} as const;

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
] as const;

// ---------------------------------------------------------------- Indonesian wording

export const STATUS_LABEL: Record<Status, string> = {
  ok: 'ok',
  partial: 'sebagian',
  missing: 'belum masuk',
  blank: 'kosong',
  invalid: 'tidak valid',
  'no denominator': 'tanpa penyebut',
};

const SEVERITY_LABEL = { error: 'kesalahan', warning: 'peringatan', info: 'info' } as const;

export function periodLabel(p: PeriodRef): string {
  const year = p.key.slice(0, 4);
  if (p.kind === 'quarter') return twLabel(p.quarters[0]!);
  if (p.kind === 'year') return `Tahun ${year}`;
  return `s.d. TW ${romanQuarter(p.quarters[p.quarters.length - 1]!)} ${year}`;
}

/** A reason in Indonesian, for the Keterangan columns. */
export function reasonTextId(r: Reason, index: CatalogueIndex): string {
  const el = (id: string) => index.elements.get(id)?.nama ?? id;
  switch (r.kind) {
    case 'missing-workbook':
      return `${twLabel(r.quarter)}: lembar kerja ${index.jabatan.get(r.jabatanId)?.nama ?? r.jabatanId} belum masuk`;
    case 'blank':
      return `${el(r.elementId)} kosong di ${twLabel(r.quarter)} (${sourceText(r.source)})`;
    case 'invalid':
      return `${el(r.elementId)} tidak valid di ${twLabel(r.quarter)}: "${r.raw}" (${sourceText(r.source)})`;
    case 'not-in-workbook':
      return `${el(r.elementId)} tidak ada di ${r.file} (templat lama)`;
    case 'last-from-earlier':
      return `${el(r.elementId)}: nilai terakhir dari ${twLabel(r.from)}, ${twLabel(r.final)} belum ada`;
    case 'zero-denominator':
      return 'penyebut 0';
    case 'left-out':
      return `${twLabel(r.quarter)} tidak dihitung (pembilang dan penyebut)`;
  }
}

// ---------------------------------------------------------------- styles

const FONT_NAME = 'Arial';
const thin = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const SECTION_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const STATUS_FONT: Record<Status, Partial<Font>> = {
  ok: { name: FONT_NAME, size: 9, color: { argb: 'FF375623' } },
  partial: { name: FONT_NAME, size: 9, color: { argb: 'FF9C5700' } },
  missing: { name: FONT_NAME, size: 9, color: { argb: 'FFC00000' } },
  blank: { name: FONT_NAME, size: 9, color: { argb: 'FFC00000' } },
  invalid: { name: FONT_NAME, size: 9, color: { argb: 'FFC00000' } },
  'no denominator': { name: FONT_NAME, size: 9, color: { argb: 'FFC00000' } },
};
const COUNT_FMT = '#,##0';
const PERCENT_FMT = '0.00';
const wrapTop: Partial<Alignment> = { wrapText: true, vertical: 'top' };

function font(extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_NAME, size: 10, ...extra };
}

function setupSheet(ws: Worksheet, headerRows: number, xSplit: number, titleRows: number[] = []): void {
  ws.views = [{ state: 'frozen', xSplit, ySplit: headerRows, topLeftCell: `${colLetter(xSplit + 1)}${headerRows + 1}`, activeCell: 'A1' }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  if (headerRows > 0) {
    const first = titleRows.length ? Math.max(...titleRows) + 1 : 1;
    ws.pageSetup.printTitlesRow = `${first}:${headerRows}`;
  }
  ws.headerFooter = { oddFooter: '&L&A&RHalaman &P dari &N' };
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function headerCell(c: Cell, text: string): void {
  c.value = text;
  c.font = font({ bold: true });
  c.fill = HEAD_FILL;
  c.border = BOX;
  c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
}

/**
 * Row heights for wrapped text: exceljs writes none and LibreOffice does not grow rows on load, so a
 * long name would spill over the next row. Estimated from the text length and the column width.
 */
function fitRowHeights(ws: Worksheet, fromRow = 1): void {
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== 'string' || (cell.isMerged && cell.master !== cell)) return;
      const width = cell.isMerged ? 200 : (ws.getColumn(c).width ?? 10);
      // Column width is in characters of the default font; capitals and bold run wider.
      const size = cell.font?.size ?? 10;
      const perLine = Math.max(1, width * (size <= 9 ? 1.05 : 0.95) * (cell.font?.bold ? 0.9 : 1) - 1);
      const visual = (l: string) => [...l].reduce((a, ch) => a + (ch >= 'A' && ch <= 'Z' ? 1.25 : 1), 0);
      const n = cell.value.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil(visual(l) / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) row.height = Math.min(409, 12.75 * lines + 2);
  });
}

/** Width that fits the longest line of text in a column, within bounds. */
// One formatter for every cell: toLocaleString builds a new one per call, the report's hottest spot.
const NUMBER_TEXT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function fitWidths(ws: Worksheet, bounds: Record<number, [number, number]>, fromRow = 1): void {
  const widths = new Map<number, number>();
  ws.eachRow((row, r) => {
    if (r < fromRow) return;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      let text = '';
      if (typeof v === 'string') text = v;
      else if (typeof v === 'number') text = NUMBER_TEXT.format(v);
      else if (v && typeof v === 'object' && 'result' in v) text = String((v as { result?: unknown }).result ?? '');
      const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
      widths.set(c, Math.max(widths.get(c) ?? 0, longest + 2));
    });
  });
  for (const [c, w] of widths) {
    const [min, max] = bounds[c] ?? [8, 40];
    ws.getColumn(c).width = Math.min(max, Math.max(min, w));
  }
}

// ---------------------------------------------------------------- the indicator table (Ringkasan, unit sheets)

/** Fixed columns before the period groups. */
const FIXED = ['No', 'Uraian (indikator / isian)', 'Satuan', 'Diisi oleh'] as const;
const GROUP = ['Pembilang', 'Penyebut', 'Realisasi', 'Status'] as const;

interface TableCtx {
  ws: Worksheet;
  index: CatalogueIndex;
  result: RollupResult;
  periods: PeriodRef[];
  row: number;
  /** Present when the year has targets. */
  judged?: Judged;
}

function groupCol(pi: number, offset: number): number {
  return FIXED.length + pi * GROUP.length + offset + 1;
}

/** Target, capaian and predikat of the aggregate period, between the period groups and Keterangan. */
const PENILAIAN = ['Target', 'Capaian (%)', 'Predikat'] as const;

function judgeCol(periods: PeriodRef[], offset: number): number {
  return FIXED.length + periods.length * GROUP.length + offset + 1;
}

function notesCol(periods: PeriodRef[], judged = false): number {
  return FIXED.length + periods.length * GROUP.length + (judged ? PENILAIAN.length : 0) + 1;
}

/** Two header rows at `top`: period titles over Pembilang/Penyebut/Realisasi/Status. */
function tableHeader(ws: Worksheet, periods: PeriodRef[], top: number, judged = false): void {
  FIXED.forEach((h, i) => {
    headerCell(ws.getCell(top, i + 1), h);
    ws.mergeCells(top, i + 1, top + 1, i + 1);
  });
  periods.forEach((p, pi) => {
    headerCell(ws.getCell(top, groupCol(pi, 0)), periodLabel(p));
    ws.mergeCells(top, groupCol(pi, 0), top, groupCol(pi, GROUP.length - 1));
    GROUP.forEach((g, gi) => headerCell(ws.getCell(top + 1, groupCol(pi, gi)), g));
  });
  if (judged) {
    const agg = periods[periods.length - 1]!;
    headerCell(ws.getCell(top, judgeCol(periods, 0)), `Penilaian ${periodLabel(agg)}`);
    ws.mergeCells(top, judgeCol(periods, 0), top, judgeCol(periods, PENILAIAN.length - 1));
    PENILAIAN.forEach((h, i) => headerCell(ws.getCell(top + 1, judgeCol(periods, i)), h));
  }
  const nc = notesCol(periods, judged);
  headerCell(ws.getCell(top, nc), 'Keterangan');
  ws.mergeCells(top, nc, top + 1, nc);
  ws.getRow(top + 1).height = 15;
}

function sectionRow(t: TableCtx, text: string): void {
  const last = notesCol(t.periods, Boolean(t.judged));
  const c = t.ws.getCell(t.row, 1);
  c.value = text;
  c.font = font({ bold: true });
  for (let i = 1; i <= last; i++) {
    const x = t.ws.getCell(t.row, i);
    x.fill = SECTION_FILL;
    x.border = BOX;
  }
  t.ws.mergeCells(t.row, 1, t.row, last);
  t.row++;
}

function numberCell(c: Cell, v: number | null, fmt: string): void {
  if (v !== null) c.value = v;
  c.numFmt = fmt;
  c.font = font();
  c.border = BOX;
  c.alignment = { vertical: 'top', horizontal: 'right' };
}

/** The percentage: a live formula over the two cells to its left, cached with the rollup's value. */
export function percentFormula(numRef: string, denRef: string, factor: number): string {
  return `IF(COUNT(${numRef},${denRef})=2,IFERROR(${numRef}/${denRef}*${factor},""),"")`;
}

function statusCell(c: Cell, s: Status): void {
  c.value = STATUS_LABEL[s];
  c.font = STATUS_FONT[s];
  c.border = BOX;
  c.alignment = { vertical: 'top', wrapText: true };
}

function textCell(c: Cell, text: string, extra: Partial<Font> = {}): void {
  c.value = text;
  c.font = font(extra);
  c.border = BOX;
  c.alignment = wrapTop;
}

function reasonsText(values: Value[], index: CatalogueIndex): string {
  return uniqueReasons(values.flatMap((v) => v.reasons))
    .map((r) => reasonTextId(r, index))
    .join('; ');
}

function indicatorRow(t: TableCtx, ind: Indikator, no: string, withElements = true): void {
  const res = t.result.indicators.find((x) => x.indicatorId === ind.id);
  if (!res) return;
  const { ws } = t;
  textCell(ws.getCell(t.row, 1), no, { bold: true });
  textCell(ws.getCell(t.row, 2), ind.nama, { bold: true });
  textCell(ws.getCell(t.row, 3), ind.satuan);
  textCell(ws.getCell(t.row, 4), '');
  const values: IndicatorValue[] = [];
  t.periods.forEach((p, pi) => {
    const v = res.values[p.key]!;
    values.push(v);
    const nc = ws.getCell(t.row, groupCol(pi, 0));
    const dc = ws.getCell(t.row, groupCol(pi, 1));
    const rc = ws.getCell(t.row, groupCol(pi, 2));
    if (ind.kind === 'ratio') {
      numberCell(nc, v.numerator, COUNT_FMT);
      numberCell(dc, v.denominator, COUNT_FMT);
      numberCell(rc, null, PERCENT_FMT);
      rc.value = { formula: percentFormula(nc.address, dc.address, ind.factor), result: v.value ?? '' } as Cell['value'];
      rc.font = font({ bold: true });
    } else {
      numberCell(nc, null, COUNT_FMT);
      numberCell(dc, null, COUNT_FMT);
      numberCell(rc, v.value, COUNT_FMT);
      rc.font = font({ bold: true });
    }
    statusCell(ws.getCell(t.row, groupCol(pi, 3)), v.status);
  });
  // A numerator above its denominator stays a value (status ok) but the reader is told where.
  const over =
    ind.kind === 'ratio' && !ind.allowOver
      ? t.periods.filter((_, pi) => values[pi]!.numerator !== null && values[pi]!.denominator !== null && values[pi]!.numerator! > values[pi]!.denominator!)
      : [];
  const overText = over.length ? `pembilang melebihi penyebut: ${over.map(periodLabel).join(', ')}` : '';
  const judgement = judgementCells(t, ind);
  textCell(ws.getCell(t.row, notesCol(t.periods, Boolean(t.judged))), [reasonsText(values, t.index), overText, judgement].filter(Boolean).join('; '), { size: 9 });
  t.row++;
  if (ind.kind === 'ratio' && withElements) {
    for (const [side, ids] of [
      ['pembilang', ind.numerator],
      ['penyebut', ind.denominator],
    ] as const) {
      for (const id of ids) elementRow(t, id, side);
    }
  }
}

/** A count feeding a percentage, its value under Pembilang or Penyebut. */
function elementRow(t: TableCtx, elementId: string, side: 'pembilang' | 'penyebut'): void {
  const el = t.index.elements.get(elementId);
  const series = t.result.elements.find((s) => s.elementId === elementId);
  if (!el || !series) return;
  const { ws } = t;
  textCell(ws.getCell(t.row, 1), '');
  textCell(ws.getCell(t.row, 2), `   ${side}: ${el.nama}${el.aggregation === 'last' ? ' (nilai terakhir)' : ''}`, { italic: true, size: 9 });
  textCell(ws.getCell(t.row, 3), el.satuan, { size: 9 });
  textCell(ws.getCell(t.row, 4), t.index.jabatan.get(el.owner)?.nama ?? el.owner, { size: 9 });
  const values: Value[] = [];
  t.periods.forEach((p, pi) => {
    const v = series.values[p.key]!;
    values.push(v);
    const at = side === 'pembilang' ? 0 : 1;
    for (let g = 0; g < 3; g++) numberCell(ws.getCell(t.row, groupCol(pi, g)), g === at ? v.value : null, COUNT_FMT);
    ws.getCell(t.row, groupCol(pi, at)).font = font({ size: 9, italic: true });
    statusCell(ws.getCell(t.row, groupCol(pi, 3)), v.status);
  });
  if (t.judged) for (let i = 0; i < PENILAIAN.length; i++) textCell(ws.getCell(t.row, judgeCol(t.periods, i)), '');
  textCell(ws.getCell(t.row, notesCol(t.periods, Boolean(t.judged))), reasonsText(values, t.index), { size: 9 });
  t.row++;
}

/**
 * Target, capaian (a live formula over the realisasi and target cells, cached with the computed value)
 * and predikat of the aggregate period. Returns why there is no capaian, for Keterangan.
 */
function judgementCells(t: TableCtx, ind: Indikator): string {
  if (!t.judged) return '';
  const agg = t.periods[t.periods.length - 1]!;
  const j = t.judged.byIndicator.get(ind.id)?.[agg.key];
  const { ws } = t;
  const tc = ws.getCell(t.row, judgeCol(t.periods, 0));
  const cc = ws.getCell(t.row, judgeCol(t.periods, 1));
  const pc = ws.getCell(t.row, judgeCol(t.periods, 2));
  const fmt = ind.kind === 'ratio' ? PERCENT_FMT : COUNT_FMT;
  numberCell(tc, j?.target ?? null, fmt);
  numberCell(cc, null, PERCENT_FMT);
  const realisasi = ws.getCell(t.row, groupCol(t.periods.length - 1, 2)).address;
  cc.value = { formula: capaianFormula(realisasi, tc.address, ind.polarity, t.judged.targets.penilaian), result: j?.capaian ?? '' } as Cell['value'];
  cc.font = font({ bold: true });
  textCell(pc, j?.predikat ?? '');
  const fill = j?.predikat ? PREDIKAT_FILL[j.predikat] : undefined;
  if (fill) pc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (!j || j.target === null) return '';
  const parts = [j.reason ? `capaian: ${j.reason}` : '', j.capped ? `capaian dibatasi ${t.judged.targets.penilaian.cap} %` : ''];
  if (j.triwulan) parts.push(`target s.d. triwulan ini ${j.triwulan.target}, capaian ${j.triwulan.capaian === null ? '-' : formatPercent(j.triwulan.capaian)}`);
  return parts.filter(Boolean).join('; ');
}

/** Green to red, as LKjIP tables colour their predikat. */
const PREDIKAT_FILL: Record<string, string> = {
  'Sangat Baik': 'FF63BE7B',
  Baik: 'FFB1D580',
  Cukup: 'FFFFEB84',
  Kurang: 'FFFBAA77',
  'Sangat Kurang': 'FFF8696B',
};

/** A green-yellow-red scale over the capaian column, so the eye finds weak indicators. */
function capaianScale(ws: Worksheet, periods: PeriodRef[], fromRow: number, toRow: number): void {
  if (toRow < fromRow) return;
  const col = colLetter(judgeCol(periods, 1));
  ws.addConditionalFormatting({
    ref: `${col}${fromRow}:${col}${toRow}`,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 50 },
          { type: 'num', value: 75 },
          { type: 'num', value: 91 },
        ],
        color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
      },
    ],
  });
}

function indicatorTableWidths(ws: Worksheet, periods: PeriodRef[], judged = false): void {
  const bounds: Record<number, [number, number]> = { 1: [4, 5], 2: [30, 50], 3: [8, 10], 4: [14, 26] };
  periods.forEach((_, pi) => {
    bounds[groupCol(pi, 0)] = [10, 11];
    bounds[groupCol(pi, 1)] = [10, 11];
    bounds[groupCol(pi, 2)] = [10, 10];
    bounds[groupCol(pi, 3)] = [9, 10];
  });
  if (judged) {
    bounds[judgeCol(periods, 0)] = [10, 11];
    bounds[judgeCol(periods, 1)] = [10, 11];
    bounds[judgeCol(periods, 2)] = [12, 13];
  }
  bounds[notesCol(periods, judged)] = [20, 45];
  fitWidths(ws, bounds, 4);
}

function titleRows(ws: Worksheet, lines: string[], lastCol: number): number {
  lines.forEach((l, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = l;
    c.font = font(i === 0 ? { bold: true, size: 12 } : { size: 9, color: { argb: 'FF595959' } });
    ws.mergeCells(i + 1, 1, i + 1, lastCol);
  });
  return lines.length;
}

// ---------------------------------------------------------------- the workbook

export function unitSheetName(nama: string, taken: Set<string>): string {
  const clean = nama.replace(/[[\]:*?/\\]/g, ' ').trim();
  // Keep the whole name when it fits; otherwise "Bidang" is the word every unit shares, so drop it first.
  const words = (clean.length <= 31 ? clean : clean.replace(/^bidang\s+/i, '')).split(/\s+/).filter(Boolean);
  let name = '';
  for (const w of words) {
    if ((name ? `${name} ${w}` : w).length > 31) break;
    name = name ? `${name} ${w}` : w;
  }
  name = name.replace(/\s+(dan|Dan|DAN)$/, '') || 'Unit';
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name.slice(0, 28)} ${n}`;
  taken.add(out.toLowerCase());
  return out;
}

export function buildReport(ExcelJS: ExcelModule, index: CatalogueIndex, result: RollupResult, info: ReportInfo): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `iki ${info.toolVersion}`;
  wb.created = info.generatedAt;
  wb.modified = info.generatedAt;
  const cat = index.catalogue;
  const periods = [...result.periods, result.aggregate];
  const aggLabel = periodLabel(result.aggregate);
  const { received, expected } = result.completeness.total;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of result.problems) counts[p.severity]++;
  const stamp = `Dibuat ${info.generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC oleh iki ${info.toolVersion}; katalog ${cat.id}. Lembar kerja diterima: ${received} dari ${expected}. Validasi: ${counts.error} kesalahan, ${counts.warning} peringatan (lihat sheet ${SHEETS.validation}).`;
  const taken = new Set<string>(Object.values(SHEETS).map((s) => s.toLowerCase()));
  const { judged } = info;

  // Ringkasan: the top jabatan, then its direct children (Sekretaris, each Kabid).
  {
    const ws = wb.addWorksheet(SHEETS.summary, { properties: { tabColor: { argb: 'FF4472C4' } } });
    const last = notesCol(periods, Boolean(judged));
    const titles = titleRows(
      ws,
      [
        `Laporan Indikator Kinerja Individu ${cat.instansi} — ${aggLabel}`,
        `${cat.keputusan.judul ?? 'Keputusan'} Nomor ${cat.keputusan.nomor} tanggal ${cat.keputusan.tanggal}. Persentase = pembilang / penyebut × 100 dari jumlah (atau nilai terakhir) seluruh triwulan, bukan rata-rata persentase triwulan.`,
        stamp,
      ],
      last,
    );
    const top = titles + 2;
    tableHeader(ws, periods, top, Boolean(judged));
    const t: TableCtx = { ws, index, result, periods, row: top + 2, ...(judged ? { judged } : {}) };
    for (const j of [index.root, ...index.childrenOf(index.root.id)]) {
      const inds = index.indicatorsOf(j.id);
      if (inds.length === 0) continue;
      sectionRow(t, j.nama);
      // The summary keeps to the percentages; the unit sheets show the counts under them.
      inds.forEach((ind, i) => indicatorRow(t, ind, ind.huruf ?? String(i + 1), false));
    }
    setupSheet(ws, top + 1, 2, [1, 2, 3]);
    indicatorTableWidths(ws, periods, Boolean(judged));
    if (judged) capaianScale(ws, periods, top + 2, t.row - 1);
    fitRowHeights(ws, top + 2);
  }

  // One sheet per unit: the head's indicators with the counts under them, then everyone else's.
  for (const unit of cat.units) {
    const head = index.jabatan.get(unit.kepala);
    if (!head) continue;
    const ws = wb.addWorksheet(unitSheetName(unit.nama, taken));
    const last = notesCol(periods, Boolean(judged));
    const titles = titleRows(ws, [`${unit.nama} — ${aggLabel}`, `Kepala unit: ${head.nama} — ${stamp}`], last);
    const top = titles + 2;
    tableHeader(ws, periods, top, Boolean(judged));
    const t: TableCtx = { ws, index, result, periods, row: top + 2, ...(judged ? { judged } : {}) };
    for (const j of index.subtree(head.id)) {
      const inds = index.indicatorsOf(j.id);
      if (inds.length === 0) continue;
      sectionRow(t, j.id === head.id ? `${j.nama} (kepala unit)` : `${'  '.repeat(Math.max(0, index.depth(j.id) - index.depth(head.id) - 1))}${j.nama}`);
      inds.forEach((ind, i) => indicatorRow(t, ind, ind.huruf ?? String(i + 1)));
    }
    setupSheet(ws, top + 1, 2, [1, 2]);
    indicatorTableWidths(ws, periods, Boolean(judged));
    if (judged) capaianScale(ws, periods, top + 2, t.row - 1);
    fitRowHeights(ws, top + 2);
  }

  // Rekap Isian: every element by triwulan, with who entered it and where.
  {
    const ws = wb.addWorksheet(SHEETS.entries);
    const qs = result.periods;
    const head = [
      'No',
      'Diisi oleh',
      'jabatan_id',
      'Isian (element_id)',
      'Uraian isian',
      'Satuan',
      'Agregasi',
      ...qs.map((p) => periodLabel(p)),
      aggLabel,
      `Status ${aggLabel}`,
      ...qs.map((p) => `Sumber ${periodLabel(p)}`),
      'Keterangan',
    ];
    head.forEach((h, i) => headerCell(ws.getCell(1, i + 1), h));
    let r = 2;
    result.elements.forEach((s, i) => {
      const el = index.elements.get(s.elementId)!;
      const row = [i + 1, index.jabatan.get(s.jabatanId)?.nama ?? s.jabatanId, s.jabatanId, s.elementId, el.nama, el.satuan, el.aggregation === 'sum' ? 'jumlah' : 'nilai terakhir'];
      row.forEach((v, ci) => (typeof v === 'number' ? numberCell(ws.getCell(r, ci + 1), v, '0') : textCell(ws.getCell(r, ci + 1), v)));
      let c = row.length + 1;
      for (const p of qs) numberCell(ws.getCell(r, c++), s.values[p.key]!.value, COUNT_FMT);
      const agg = s.values[result.aggregate.key]!;
      numberCell(ws.getCell(r, c++), agg.value, COUNT_FMT);
      ws.getCell(r, c - 1).font = font({ bold: true });
      statusCell(ws.getCell(r, c++), agg.status);
      for (const p of qs) {
        const v = s.values[p.key]!;
        const src = v.sources[0] ? sourceText(v.sources[0]) : '';
        const label = v.status === 'ok' ? src : `(${STATUS_LABEL[v.status]})${src ? ` ${src}` : ''}`;
        textCell(ws.getCell(r, c++), label, { size: 9 });
      }
      textCell(ws.getCell(r, c++), reasonsText([agg], index), { size: 9 });
      r++;
    });
    setupSheet(ws, 1, 4);
    const bounds: Record<number, [number, number]> = { 1: [4, 6], 2: [16, 34], 3: [12, 30], 4: [14, 36], 5: [24, 50], 6: [8, 12], 7: [9, 14] };
    for (let c = 8; c < 8 + qs.length + 1; c++) bounds[c] = [9, 12];
    bounds[8 + qs.length + 1] = [10, 15];
    for (let c = 8 + qs.length + 2; c < 8 + 2 * qs.length + 2; c++) bounds[c] = [20, 45];
    bounds[8 + 2 * qs.length + 2] = [20, 60];
    fitWidths(ws, bounds);
    fitRowHeights(ws, 2);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  }

  // Kelengkapan: jabatan x triwulan, and the reporting rate as formulas over the counts.
  {
    const ws = wb.addWorksheet(SHEETS.completeness);
    const qs = result.periods;
    const head = ['No', 'Jabatan', 'jabatan_id', ...qs.map((p) => periodLabel(p)), 'Diterima'];
    head.forEach((h, i) => headerCell(ws.getCell(1, i + 1), h));
    let r = 2;
    result.completeness.jabatan.forEach((row, i) => {
      const j = index.jabatan.get(row.jabatanId)!;
      numberCell(ws.getCell(r, 1), i + 1, '0');
      textCell(ws.getCell(r, 2), `${'  '.repeat(index.depth(j.id))}${j.nama}`);
      textCell(ws.getCell(r, 3), j.id);
      let got = 0;
      qs.forEach((p, qi) => {
        const rec = row.quarters[p.quarters[0]!];
        const c = ws.getCell(r, 4 + qi);
        if (rec?.status === 'received') got++;
        const text = rec?.status === 'received' ? 'diterima' : rec?.status === 'missing' ? 'belum masuk' : '-';
        textCell(c, text);
        c.font = rec?.status === 'received' ? STATUS_FONT.ok : rec?.status === 'missing' ? STATUS_FONT.missing : font();
        c.alignment = { horizontal: 'center', vertical: 'top' };
      });
      numberCell(ws.getCell(r, 4 + qs.length), got, '0');
      r++;
    });
    r++;
    const recRow = r;
    const expRow = r + 1;
    const rateRow = r + 2;
    textCell(ws.getCell(recRow, 2), 'Lembar kerja diterima', { bold: true });
    textCell(ws.getCell(expRow, 2), 'Lembar kerja diharapkan', { bold: true });
    textCell(ws.getCell(rateRow, 2), 'Tingkat pelaporan (%)', { bold: true });
    const totals = [...result.completeness.byQuarter.map((b) => ({ received: b.received, expected: b.expected })), result.completeness.total];
    totals.forEach((tot, i) => {
      const col = 4 + i;
      numberCell(ws.getCell(recRow, col), tot.received, '0');
      numberCell(ws.getCell(expRow, col), tot.expected, '0');
      const rc = ws.getCell(rateRow, col);
      numberCell(rc, null, PERCENT_FMT);
      const rate = tot.expected > 0 ? (tot.received / tot.expected) * 100 : null;
      rc.value = { formula: percentFormula(ws.getCell(recRow, col).address, ws.getCell(expRow, col).address, 100), result: rate ?? '' } as Cell['value'];
      rc.font = font({ bold: true });
    });
    setupSheet(ws, 1, 3);
    const bounds: Record<number, [number, number]> = { 1: [4, 6], 2: [30, 70], 3: [14, 36] };
    for (let c = 4; c <= 4 + qs.length; c++) bounds[c] = [11, 14];
    fitWidths(ws, bounds);
  }

  // Catatan: kendala, tindak lanjut, data dukung, by jabatan and indicator. Text stays text.
  {
    const ws = wb.addWorksheet(SHEETS.notes);
    const head = ['No', 'Jabatan', 'Indikator', 'Triwulan', 'Isian', 'Teks', 'Sumber', 'jabatan_id', 'indicator_id'];
    head.forEach((h, i) => headerCell(ws.getCell(1, i + 1), h));
    const label = new Map(cat.notes.map((n) => [n.id, n.label]));
    result.notes.forEach((n, i) => {
      const r = i + 2;
      numberCell(ws.getCell(r, 1), i + 1, '0');
      textCell(ws.getCell(r, 2), index.jabatan.get(n.jabatanId)?.nama ?? n.jabatanId);
      textCell(ws.getCell(r, 3), index.indicators.get(n.indicatorId)?.nama ?? n.indicatorId);
      textCell(ws.getCell(r, 4), twLabel(n.quarter as Quarter));
      textCell(ws.getCell(r, 5), label.get(n.field) ?? n.field);
      textCell(ws.getCell(r, 6), n.text);
      textCell(ws.getCell(r, 7), sourceText(n.source), { size: 9 });
      textCell(ws.getCell(r, 8), n.jabatanId, { size: 9 });
      textCell(ws.getCell(r, 9), n.indicatorId, { size: 9 });
    });
    if (result.notes.length === 0) textCell(ws.getCell(2, 2), 'Tidak ada catatan.');
    setupSheet(ws, 1, 1);
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 36;
    ws.getColumn(4).width = 9;
    ws.getColumn(5).width = 20;
    ws.getColumn(6).width = 60;
    ws.getColumn(7).width = 36;
    ws.getColumn(8).width = 24;
    ws.getColumn(9).width = 30;
    fitRowHeights(ws, 2);
  }

  // Validasi: every problem behind the numbers.
  {
    const ws = wb.addWorksheet(SHEETS.validation);
    const head = ['No', 'Kode', 'Tingkat', 'Judul', 'Pesan', 'Lokasi', 'Saran'];
    head.forEach((h, i) => headerCell(ws.getCell(1, i + 1), h));
    result.problems.forEach((p: Problem, i) => {
      const r = i + 2;
      numberCell(ws.getCell(r, 1), i + 1, '0');
      textCell(ws.getCell(r, 2), p.code, { size: 9 });
      textCell(ws.getCell(r, 3), SEVERITY_LABEL[p.severity]);
      ws.getCell(r, 3).font = p.severity === 'error' ? STATUS_FONT.missing : p.severity === 'warning' ? STATUS_FONT.partial : font();
      const t = renderProblem(p, 'id');
      textCell(ws.getCell(r, 4), t.title);
      textCell(ws.getCell(r, 5), t.message);
      textCell(ws.getCell(r, 6), formatLocation(p.location, 'id'), { size: 9 });
      textCell(ws.getCell(r, 7), t.hint ?? '', { size: 9 });
    });
    if (result.problems.length === 0) textCell(ws.getCell(2, 5), 'Tidak ada peringatan.');
    setupSheet(ws, 1, 2);
    fitWidths(ws, { 1: [4, 6], 2: [20, 30], 3: [10, 12], 4: [20, 34], 5: [40, 80], 6: [20, 50], 7: [20, 60] });
    fitRowHeights(ws, 2);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  }

  // Data: the long table (contract). Plain values, no formulas, one header row.
  {
    const ws = wb.addWorksheet(SHEETS.data);
    ws.addRow([...DATA_COLUMNS]);
    ws.getRow(1).font = font({ bold: true });
    for (const row of dataRows(index, result, judged?.byIndicator)) {
      const added = ws.addRow(DATA_COLUMNS.map((k) => row[k] ?? null));
      const fmt = row.kind === 'ratio' ? PERCENT_FMT : COUNT_FMT;
      added.getCell(7).numFmt = fmt;
      added.getCell(5).numFmt = COUNT_FMT;
      added.getCell(6).numFmt = COUNT_FMT;
      added.getCell(12).numFmt = fmt;
      added.getCell(13).numFmt = PERCENT_FMT;
    }
    setupSheet(ws, 1, 0);
    fitWidths(ws, { 1: [12, 36], 2: [7, 9], 3: [14, 44], 4: [9, 14], 5: [11, 13], 6: [11, 13], 7: [10, 14], 8: [9, 15], 9: [8, 12], 10: [20, 60], 11: [20, 60] });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DATA_COLUMNS.length } };
  }

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}

export type DataRow = {
  jabatan_id: string;
  kind: 'element' | 'ratio' | 'count';
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
};

/** The rows of the Data sheet: indicators in tree order, then elements in catalogue order; periods in order. */
export function dataRows(index: CatalogueIndex, result: RollupResult, judged?: Map<string, Record<string, Judgement>>): DataRow[] {
  const periods = [...result.periods, result.aggregate];
  const rows: DataRow[] = [];
  for (const ind of result.indicators) {
    const def = index.indicators.get(ind.indicatorId)!;
    for (const p of periods) {
      const v = ind.values[p.key]!;
      const j = judged?.get(ind.indicatorId)?.[p.key];
      rows.push({
        jabatan_id: ind.jabatanId,
        kind: ind.kind,
        indicator_id: ind.indicatorId,
        period: p.key,
        numerator: ind.kind === 'ratio' ? v.numerator : null,
        denominator: ind.kind === 'ratio' ? v.denominator : null,
        value: v.value,
        status: v.status,
        satuan: def.satuan,
        nama: def.nama,
        keterangan: reasonsText([v], index),
        target: j?.target ?? null,
        capaian: j?.capaian ?? null,
        predikat: j?.predikat ?? null,
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
        keterangan: reasonsText([v], index),
        target: null,
        capaian: null,
        predikat: null,
      });
    }
  }
  return rows;
}
