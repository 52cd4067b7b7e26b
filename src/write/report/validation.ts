// Validasi: every problem behind the numbers, rendered in the workbook's language.
import { formatLocation } from '../../model/problem.js';
import { renderProblem } from '../../model/problems/text.js';
import { ui } from '../../model/text/ui.js';
import { colLetter, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { GREY, fitRowHeights, fitWidths, font, headerCell, numberCell, setupSheet, statusFont, style, textCell } from './layout.js';

export function validationSheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.validation);
  const head = x.t.validationHead;
  head.forEach((h, i) => headerCell(ws, 1, i + 1, h));
  x.result.problems.forEach((p, i) => {
    const r = i + 2;
    const t = renderProblem(p, x.lang);
    numberCell(ws, r, 1, i + 1, '0');
    textCell(ws, r, 2, p.code, { size: 9 });
    const f = p.severity === 'error' ? statusFont('missing') : p.severity === 'warning' ? statusFont('partial') : font();
    setCell(ws, r, 3, ui(x.lang).common.severity[p.severity], style({ font: f, box: GREY, align: { vertical: 'top', wrap: true } }));
    textCell(ws, r, 4, t.title);
    textCell(ws, r, 5, t.message);
    textCell(ws, r, 6, formatLocation(p.location, x.lang), { size: 9 });
    textCell(ws, r, 7, t.hint ?? '', { size: 9 });
  });
  if (x.result.problems.length === 0) textCell(ws, 2, 5, x.t.noProblems);
  setupSheet(ws, x.lang, 1, 2);
  fitWidths(ws, { 1: [4, 6], 2: [20, 30], 3: [10, 12], 4: [20, 34], 5: [40, 80], 6: [20, 50], 7: [20, 60] });
  fitRowHeights(ws, 2);
  ws.autoFilter = `A1:${colLetter(head.length)}1`;
  return ws;
}
