// Kelengkapan: jabatan x triwulan, and the reporting rate as formulas over the counts; with the chase
// data each cell says tepat waktu / terlambat n hari / belum masuk / lewat batas waktu and the
// verification state, and the on-time rate and the number verified follow the reporting rate.
import { reportingRate } from '../../compute/completeness.js';
import type { Quarter } from '../../model/period.js';
import { cellRef, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { GREY, PERCENT_FMT, fitRowHeights, fitWidths, headerCell, numberCell, setupSheet, statusFont, style, textCell } from './layout.js';
import { percentFormula } from './indicator-table.js';
import { chaseCellText, chaseKey } from './follow-up.js';
import { ui } from '../../model/text/ui.js';

export function completenessSheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.completeness);
  const { result, t, f } = x;
  const qs = result.periods;
  const h = t.completenessHead;
  [h.no, h.jabatan, 'jabatan_id', ...qs.map((p) => t.periodHead(p, f)), h.received].forEach((text, i) => headerCell(ws, 1, i + 1, text));
  let r = 2;
  result.completeness.jabatan.forEach((row, i) => {
    const j = x.index.jabatan.get(row.jabatanId)!;
    numberCell(ws, r, 1, i + 1, '0');
    textCell(ws, r, 2, `${'  '.repeat(x.index.depth(j.id))}${j.nama}`);
    textCell(ws, r, 3, j.id);
    let got = 0;
    qs.forEach((p, qi) => {
      const rec = row.quarters[p.quarters[0]!];
      if (rec?.status === 'received') got++;
      const receipt = rec?.status ?? 'missing';
      // With the chase data: tepat waktu / terlambat n hari / belum masuk / lewat batas waktu, and the verification.
      const q = p.quarters[0]!;
      const text = chaseCellText(x, q, j.id) ?? t.receipt[receipt];
      const late = x.chase?.timeliness.get(chaseKey(q, j.id))?.state === 'late';
      const tone = receipt !== 'received' ? 'missing' : late || x.chase?.verification.get(chaseKey(q, j.id)) === 'dikembalikan' ? 'partial' : 'ok';
      setCell(ws, r, 4 + qi, text, style({ font: statusFont(tone), box: GREY, align: { horizontal: 'center', vertical: 'top', wrap: true } }));
    });
    numberCell(ws, r, 4 + qs.length, got, '0');
    r++;
  });
  const recRow = r + 1;
  const expRow = r + 2;
  const rateRow = r + 3;
  textCell(ws, recRow, 2, t.receivedRow, { bold: true });
  textCell(ws, expRow, 2, t.expectedRow, { bold: true });
  textCell(ws, rateRow, 2, t.rateRow, { bold: true });
  const totals = [...result.completeness.byQuarter, result.completeness.total];
  totals.forEach((tot, i) => {
    const col = 4 + i;
    numberCell(ws, recRow, col, tot.received, '0');
    numberCell(ws, expRow, col, tot.expected, '0');
    const formula = percentFormula(cellRef(recRow, col), cellRef(expRow, col), 100);
    numberCell(ws, rateRow, col, { formula, result: reportingRate(tot) ?? '' }, PERCENT_FMT, { bold: true });
  });
  if (x.chase) chaseRows(x, ws, rateRow + 1, expRow);
  setupSheet(ws, x.lang, 1, 3);
  const bounds: Record<number, [number, number]> = { 1: [4, 6], 2: [30, 50], 3: [14, 30] };
  for (let c = 4; c <= 4 + qs.length; c++) bounds[c] = x.chase ? [14, 20] : [11, 14];
  fitWidths(ws, bounds);
  // Two lines per cell (timeliness, verification) need their height.
  if (x.chase) fitRowHeights(ws, 2);
  return ws;
}

/** On time (count), the on-time rate as a formula over it and the expected row, and the number verified. */
function chaseRows(x: ReportCtx, ws: Sheet, from: number, expRow: number): void {
  const w = ui(x.lang).laporanChase;
  const chase = x.chase!;
  const qs = x.result.periods.map((p) => p.quarters[0]!);
  const ids = x.result.completeness.jabatan.map((j) => j.jabatanId);
  const count = (q: Quarter, f: (key: string) => boolean) => ids.filter((id) => f(chaseKey(q, id))).length;
  const onTime = qs.map((q) => count(q, (k) => chase.timeliness.get(k)?.state === 'on-time'));
  const verified = qs.map((q) => count(q, (k) => chase.verification.get(k) === 'diverifikasi'));
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  textCell(ws, from, 2, w.onTimeRow, { bold: true });
  textCell(ws, from + 1, 2, w.onTimeRateRow, { bold: true });
  textCell(ws, from + 2, 2, w.verifiedRow, { bold: true });
  const totals = [...x.result.completeness.byQuarter, x.result.completeness.total];
  [...onTime, sum(onTime)].forEach((n, i) => {
    const col = 4 + i;
    numberCell(ws, from, col, n, '0');
    const expected = totals[i]!.expected;
    const formula = percentFormula(cellRef(from, col), cellRef(expRow, col), 100);
    numberCell(ws, from + 1, col, { formula, result: expected ? (n * 100) / expected : '' }, PERCENT_FMT, { bold: true });
  });
  [...verified, sum(verified)].forEach((n, i) => numberCell(ws, from + 2, 4 + i, n, '0'));
}
