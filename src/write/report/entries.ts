// Rekap Isian: every element by triwulan, with who entered it and where.
import { colLetter, newSheet, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { reportNumFmt } from '../../model/value-format.js';
import { fitRowHeights, fitWidths, headerCell, numberCell, setupSheet, statusCell, textCell } from './layout.js';
import { reasonsText } from './words.js';

export function entriesSheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.entries);
  const { result, t, f } = x;
  const qs = result.periods;
  const agg = t.periodHead(result.aggregate, f);
  const h = t.entriesHead;
  const head = [h.no, h.by, 'jabatan_id', h.element, h.nama, h.satuan, h.aggregation, ...qs.map((p) => t.periodHead(p, f)), agg, t.statusOf(agg), ...qs.map((p) => t.sourceOf(t.periodHead(p, f))), t.keterangan];
  head.forEach((text, i) => headerCell(ws, 1, i + 1, text));
  result.elements.forEach((s, i) => {
    const r = i + 2;
    const el = x.index.elements.get(s.elementId)!;
    numberCell(ws, r, 1, i + 1, '0');
    [x.names.jabatan(s.jabatanId), s.jabatanId, s.elementId, el.nama, el.satuan, t.aggregation[el.aggregation]].forEach((v, ci) => textCell(ws, r, ci + 2, v));
    let c = 8;
    const numFmt = reportNumFmt(el);
    for (const p of qs) numberCell(ws, r, c++, s.values[p.key]!.value, numFmt);
    const total = s.values[result.aggregate.key]!;
    numberCell(ws, r, c++, total.value, numFmt, { bold: true });
    statusCell(ws, r, c++, total.status, x.lang);
    for (const p of qs) {
      const v = s.values[p.key]!;
      const src = v.sources[0] ? `${v.sources[0].file} ${f.ref(v.sources[0].sheet, v.sources[0].cell)}` : '';
      textCell(ws, r, c++, v.status === 'ok' ? src : `(${x.w.status[v.status]})${src ? ` ${src}` : ''}`, { size: 9 });
    }
    textCell(ws, r, c++, reasonsText([total], x.names, x.lang), { size: 9 });
  });
  setupSheet(ws, x.lang, 1, 4);
  const bounds: Record<number, [number, number]> = { 1: [4, 6], 2: [16, 34], 3: [12, 30], 4: [14, 36], 5: [24, 50], 6: [8, 12], 7: [9, 14] };
  for (let c = 8; c < 8 + qs.length + 1; c++) bounds[c] = [9, 12];
  bounds[8 + qs.length + 1] = [10, 15];
  for (let c = 8 + qs.length + 2; c < 8 + 2 * qs.length + 2; c++) bounds[c] = [20, 45];
  bounds[8 + 2 * qs.length + 2] = [20, 60];
  fitWidths(ws, bounds);
  fitRowHeights(ws, 2);
  ws.autoFilter = `A1:${colLetter(head.length)}1`;
  return ws;
}
