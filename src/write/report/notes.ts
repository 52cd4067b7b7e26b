// Catatan: kendala, tindak lanjut, data dukung, by jabatan and indicator. Text stays text (a note that
// reads "=HYPERLINK(…)" is a string, never a formula).
import { newSheet, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { fitRowHeights, headerCell, numberCell, setupSheet, textCell } from './layout.js';

const WIDTHS = [0, 5, 30, 36, 9, 20, 60, 36, 24, 30];

export function notesSheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.notes);
  x.t.notesHead.forEach((h, i) => headerCell(ws, 1, i + 1, h));
  const label = new Map(x.index.catalogue.notes.map((n) => [n.id, n.label]));
  x.result.notes.forEach((n, i) => {
    const r = i + 2;
    numberCell(ws, r, 1, i + 1, '0');
    textCell(ws, r, 2, x.names.jabatan(n.jabatanId));
    textCell(ws, r, 3, x.index.indicators.get(n.indicatorId)?.nama ?? n.indicatorId);
    textCell(ws, r, 4, x.f.tw(n.quarter));
    textCell(ws, r, 5, label.get(n.field) ?? n.field);
    textCell(ws, r, 6, n.text);
    textCell(ws, r, 7, `${n.source.file} ${x.f.ref(n.source.sheet, n.source.cell)}`, { size: 9 });
    textCell(ws, r, 8, n.jabatanId, { size: 9 });
    textCell(ws, r, 9, n.indicatorId, { size: 9 });
  });
  if (x.result.notes.length === 0) textCell(ws, 2, 2, x.t.noNotes);
  setupSheet(ws, x.lang, 1, 1);
  ws.widths = [...WIDTHS];
  fitRowHeights(ws, 2);
  return ws;
}
