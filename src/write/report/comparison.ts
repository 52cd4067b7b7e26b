// Perbandingan: the LKjIP comparisons (PermenPANRB 53/2014 ch. III) of the Ringkasan indicators:
// realisasi and capaian of earlier years (archive or riwayat file), this year's realisasi, target and
// capaian, the change from the latest earlier year (points and %, up or down, better or worse by the
// indicator's polarity), and capaian against this year's Renstra target and its final target. The
// change and the Renstra capaian are live formulas over the cells of the row, cached with the values
// src/compute/comparison.ts computed. Numbers from the laporan model, as the PDF shows them.
import type { ValueKind } from '../laporan-model.js';
import { capaianFormula, DEFAULT_PENILAIAN } from '../../compute/target.js';
import { cellRef, merge, newSheet, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { COUNT_FMT, PERCENT_FMT, fitRowHeights, fitWidths, font, headerCell, numberCell, setupSheet, style, textCell, titleRows } from './layout.js';

const GOOD = 'FF375623';
const BAD = 'FFC00000';

export function comparisonSheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.comparison);
  const c = x.laporan.perbandingan;
  const p = x.t.perbandingan;
  const year = x.laporan.year;
  const sources = [
    ...c.rows[0]?.earlier.map((e, i) => `${c.years[i]}: ${e.source ? p.sumber[e.source] : '-'}`) ?? [],
    ...(c.renstra ? [`${p.renstra(c.renstra.awal, c.renstra.akhir)}: targets/renstra.yaml`] : []),
  ];
  const from = c.years[0];
  // Groups of columns: [heading over them, sub-headings].
  const groups: [string, string[]][] = [
    ...c.years.map((y): [string, string[]] => [x.t.model.periodeTahun(y), [x.t.kolom.realisasi, x.t.kolom.capaian]]),
    [x.laporan.periode, [x.t.kolom.realisasi, x.t.kolom.target, x.t.kolom.capaian]],
    ...(from !== undefined ? [[p.perubahan(from), [p.poin, p.persen, x.t.kolom.keterangan]] as [string, string[]]] : []),
    ...(c.renstra ? [[p.renstra(c.renstra.awal, c.renstra.akhir), [p.kondisiAwal, p.targetRenstra(year), p.capaianRenstra, p.targetAkhir, p.capaianAkhir]] as [string, string[]]] : []),
  ];
  const last = 3 + groups.reduce((a, g) => a + g[1].length, 0);
  const titles = titleRows(ws, [`${x.t.pdf.perbandingan} — ${x.laporan.periode}`, sources.join('; ') || x.t.pdf.tidakAdaPerbandingan], last);
  // Every text on this wide sheet is 10 pt, so it may print at 81 % and still be 8 pt on paper.
  ws.rows[2]![1]!.style = style({ font: font({ size: 10, color: 'FF595959' }), align: { vertical: 'center', wrap: true } });
  const top = titles + 2;
  [x.t.kolom.no, x.t.kolom.indikator, x.t.kolom.satuan].forEach((h, i) => {
    headerCell(ws, top, i + 1, h);
    headerCell(ws, top + 1, i + 1, null);
    merge(ws, top, i + 1, top + 1, i + 1);
  });
  let col = 4;
  for (const [head, subs] of groups) {
    subs.forEach((s, i) => {
      headerCell(ws, top, col + i, i === 0 ? head : null);
      headerCell(ws, top + 1, col + i, s);
    });
    merge(ws, top, col, top, col + subs.length - 1);
    col += subs.length;
  }
  ws.heights[top + 1] = 64;
  c.rows.forEach((r, i) => row(ws, x, top + 2 + i, r, from !== undefined));
  setupSheet(ws, x.lang, top + 1, 2, top - 1);
  const bounds: Record<number, [number, number]> = { 1: [4, 5], 2: [28, 30], 3: [8, 9] };
  for (let k = 4; k <= last; k++) bounds[k] = [9, 9];
  if (from !== undefined) bounds[4 + 2 * c.years.length + 3 + 2] = [11, 11];
  fitWidths(ws, bounds, top + 2);
  fitRowHeights(ws, top + 2);
  return ws;
}

function row(ws: Sheet, x: ReportCtx, r: number, row: ReportCtx['laporan']['perbandingan']['rows'][number], withGrowth: boolean): void {
  const fmtOf = (k: ValueKind) => (k === 'percent' ? PERCENT_FMT : COUNT_FMT);
  const vf = fmtOf(row.kind);
  const p = x.t.perbandingan;
  textCell(ws, r, 1, row.no, {}, { align: { horizontal: 'center', vertical: 'top' } });
  textCell(ws, r, 2, row.nama);
  textCell(ws, r, 3, row.satuan);
  let c = 4;
  for (const e of row.earlier) {
    numberCell(ws, r, c++, e.realisasi, vf);
    numberCell(ws, r, c++, e.capaian, PERCENT_FMT);
  }
  const before = cellRef(r, 4);
  const now = cellRef(r, c);
  numberCell(ws, r, c++, row.realisasi, vf, { bold: true });
  numberCell(ws, r, c++, row.target, vf);
  numberCell(ws, r, c++, row.capaian, PERCENT_FMT, { bold: true });
  if (withGrowth) {
    const g = row.growth;
    // The change is against the latest earlier year with a value; the formulas use the first (latest) year's cell.
    const fromLatest = g !== null && g.from === x.laporan.perbandingan.years[0];
    const colour = g?.membaik === true ? GOOD : g?.membaik === false ? BAD : undefined;
    const f = colour ? { color: colour } : {};
    numberCell(ws, r, c++, fromLatest ? { formula: `IF(COUNT(${now},${before})=2,${now}-${before},"")`, result: g.points } : (g?.points ?? null), vf, f);
    numberCell(ws, r, c++, fromLatest && g.percent !== null ? { formula: `IF(COUNT(${now},${before})=2,IFERROR((${now}-${before})*100/${before},""),"")`, result: g.percent } : (g?.percent ?? null), PERCENT_FMT, f);
    textCell(ws, r, c++, g ? `${p.arah[g.direction]}${g.membaik === null ? '' : `, ${g.membaik ? p.membaik : p.memburuk}`}` : '', f);
  }
  if (x.laporan.perbandingan.renstra) {
    const plan = row.renstra;
    const ind = x.index.indicators.get(row.indicatorId);
    const pen = x.judged?.targets.penilaian ?? DEFAULT_PENILAIAN;
    numberCell(ws, r, c++, plan?.kondisiAwal ?? null, vf);
    const judged = (value: number | null | undefined, targetCol: number) =>
      value === null || value === undefined || !ind ? (value ?? null) : { formula: capaianFormula(now, cellRef(r, targetCol), ind.polarity, pen), result: value };
    numberCell(ws, r, c, plan?.target ?? null, vf);
    numberCell(ws, r, c + 1, judged(plan?.capaian, c), PERCENT_FMT, { bold: true });
    numberCell(ws, r, c + 2, plan?.targetAkhir ?? null, vf);
    numberCell(ws, r, c + 3, judged(plan?.capaianAkhir, c + 2), PERCENT_FMT, { bold: true });
  }
}
