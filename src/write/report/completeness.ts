// Kelengkapan: jabatan x triwulan, and the reporting rate as formulas over the counts.
import { reportingRate } from '../../compute/completeness.js';
import { cellRef, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { GREY, PERCENT_FMT, fitWidths, headerCell, numberCell, setupSheet, statusFont, style, textCell } from './layout.js';
import { percentFormula } from './indicator-table.js';

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
      setCell(ws, r, 4 + qi, t.receipt[receipt], style({ font: statusFont(receipt === 'received' ? 'ok' : 'missing'), box: GREY, align: { horizontal: 'center', vertical: 'top' } }));
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
  setupSheet(ws, x.lang, 1, 3);
  const bounds: Record<number, [number, number]> = { 1: [4, 6], 2: [30, 50], 3: [14, 30] };
  for (let c = 4; c <= 4 + qs.length; c++) bounds[c] = [11, 14];
  fitWidths(ws, bounds);
  return ws;
}
