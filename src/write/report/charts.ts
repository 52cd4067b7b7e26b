// Grafik: the laporan's two charts as native DrawingML charts (src/write/chart.ts) over tables on the
// same sheet, so Excel and LibreOffice draw them, users can edit them, and a copy into the LKjIP
// document stays a chart: capaian of each Kepala Dinas, Sekretaris and Kabid indicator against the
// 100 % line (bars coloured by predikat), and realisasi per triwulan of each percentage indicator.
// The charts' numbers are those of the laporan model, the same the PDF draws.
import { chartXml, placeChart, sheetCharts, type ChartData } from '../chart.js';
import { merge, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { PERCENT_FMT, fitRowHeights, font, headerCell, numberCell, setupSheet, style, textCell } from './layout.js';
import { PREDIKAT_FILL } from './indicator-table.js';

/** Rows each chart covers (15 pt each: about 11.5 cm), and the sheet's columns (portrait A4 at 100 %). */
const CHART_ROWS = 22;
const WIDTHS = [0, 5, 44, 10, 10, 12, 10];
const LAST_COL = WIDTHS.length - 1;

export function chartsSheet(x: ReportCtx): Sheet | undefined {
  const { capaian, triwulan, key } = x.laporan.charts;
  if (!capaian && !triwulan) return undefined;
  const ws = newSheet(x.sheets.charts);
  const name = ws.name;
  setCell(ws, 1, 1, `${x.t.pdf.grafik} — ${x.laporan.periode}`, style({ font: font({ bold: true, size: 12 }) }));
  merge(ws, 1, 1, 1, LAST_COL);
  setCell(ws, 2, 1, x.t.chartsNote, style({ font: font({ size: 9, color: 'FF404040' }), align: { vertical: 'top', wrap: true } }));
  merge(ws, 2, 1, 2, LAST_COL);
  ws.heights[2] = 26;
  const placed = [capaian, triwulan].filter((c): c is ChartData => c !== null);
  // The charts fill the first page; their tables follow on the next.
  const tableTop = 3 + placed.length * (CHART_ROWS + 1) + 1;
  let r = tableTop;
  const specs = placed.map((c, i) => {
    const top = r;
    ws.heights[top] = 26;
    const names = c === capaian ? [x.t.chart.capaianSeri, x.t.chart.garisTarget, x.t.kolom.predikat] : c.series.map((s) => s.name);
    [x.t.kolom.no, x.t.kolom.indikator, ...names].forEach((h, ci) => headerCell(ws, top, ci + 1, h));
    c.categories.forEach((no, k) => {
      const row = top + 1 + k;
      textCell(ws, row, 1, no, {}, { align: { horizontal: 'center', vertical: 'top' } });
      textCell(ws, row, 2, key.find((e) => e.no === no)?.nama ?? '');
      c.series.forEach((s, si) => numberCell(ws, row, 3 + si, s.values[k] ?? null, PERCENT_FMT));
      if (c === capaian) {
        const rowOf = x.laporan.ringkasan.flatMap((g) => g.rows)[Number(no) - 1];
        const fill = rowOf?.predikat ? PREDIKAT_FILL[rowOf.predikat] : undefined;
        textCell(ws, row, 3 + c.series.length, rowOf?.predikat ?? '', {}, fill ? { fill } : {});
      }
    });
    const last = top + c.categories.length;
    r = last + 2;
    const col = (n: number) => String.fromCharCode(64 + n);
    const from = { col: 0, row: 2 + i * (CHART_ROWS + 1) };
    return placeChart(c, {
      categoriesRef: { sheet: name, ref: `$A$${top + 1}:$A$${last}` },
      seriesRefs: c.series.map((_, si) => ({ sheet: name, ref: `$${col(3 + si)}$${top + 1}:$${col(3 + si)}$${last}` })),
      from,
      to: { col: LAST_COL, row: from.row + CHART_ROWS },
    });
  });
  const parts = sheetCharts(specs, { drawingNo: 1, firstChartNo: 1, sheetRelId: 'rId1' });
  const drawing = parts.parts.find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p.path))!;
  ws.drawing = { xml: drawing.data, charts: specs.map((s) => ({ xml: chartXml(s) })) };
  // No heading row to repeat or freeze: the first page is the charts.
  setupSheet(ws, x.lang, 0, 0, 0, 'portrait');
  ws.print = { ...ws.print!, rowBreaks: [tableTop - 1] };
  ws.widths = [...WIDTHS];
  fitRowHeights(ws, tableTop);
  return ws;
}
