// How each sheet of the consolidated workbook prints on A4: an explicit page scale, computed from the
// column widths, never below what keeps the smallest text on the sheet at 8 pt on paper. A sheet that
// fits one page wide at that scale is printed one page wide; a wider one (Data, Rekap Isian) runs over
// more pages across rather than shrinking its text. An explicit scale, not Excel's fit-to-width: the
// program does not decide how small the text gets, the workbook does, and a test can check it.
import type { Sheet } from '../xlsx-writer.js';

/** Smallest text on paper, in points (issue 12). */
export const MIN_PRINTED_PT = 8;
/** Text size of a cell without a font of its own: the report's default font (Arial 10, report.ts). */
export const DEFAULT_PT = 10;

const A4_INCHES = { portrait: 8.27, landscape: 11.69 } as const;
const PX_PER_INCH = 96;
/** Excel's column width unit: characters of the default font's widest digit (7 px for Arial 10), plus 5 px padding. */
const DIGIT_PX = 7;
const DEFAULT_WIDTH = 8.43;

/** The printed width of the sheet's used columns, in pixels at 100 %. */
export function sheetWidthPx(ws: Sheet): number {
  // rows is sparse: forEach skips the holes (a spread would give undefined, and Math.max NaN).
  let cols = ws.widths.length - 1;
  ws.rows.forEach((r) => (cols = Math.max(cols, r.length - 1)));
  let px = 0;
  for (let c = 1; c <= cols; c++) px += Math.trunc((ws.widths[c] || DEFAULT_WIDTH) * DIGIT_PX + 5);
  return px;
}

/** The printable width of the sheet's page, in pixels. */
export function printableWidthPx(ws: Sheet): number {
  const p = ws.print!;
  return (A4_INCHES[p.orientation] - p.margins.left - p.margins.right) * PX_PER_INCH;
}

/** The smallest font size used by any cell (a cell without a style: the default font). */
export function smallestFontPt(ws: Sheet): number {
  let min = Infinity;
  ws.rows.forEach((row, r) => {
    row?.forEach((cell) => {
      if (!cell || cell.value === null || cell.value === '') return;
      const size = (cell.style ?? ws.rowStyles[r])?.font?.size ?? DEFAULT_PT;
      min = Math.min(min, size);
    });
  });
  return Number.isFinite(min) ? min : DEFAULT_PT;
}

/** The lowest scale (percent) that keeps `pt` at MIN_PRINTED_PT on paper. */
export function minScaleFor(pt: number): number {
  // A little above 8: LibreOffice rounds 9 pt at 89 % to 7.997 pt.
  return Math.min(100, Math.ceil(((MIN_PRINTED_PT + 0.05) * 100) / pt));
}

/**
 * Sets the sheet's print scale: as large as fits one page wide, at most 100 %, at least what keeps its
 * smallest text at 8 pt. Call after the widths and the print setup are set.
 */
export function fitPrintScale(ws: Sheet): void {
  if (!ws.print) return;
  const fit = Math.floor((printableWidthPx(ws) / sheetWidthPx(ws)) * 100);
  const scale = Math.max(minScaleFor(smallestFontPt(ws)), Math.min(100, fit));
  const { fitToWidth: _w, fitToHeight: _h, ...rest } = ws.print;
  ws.print = { ...rest, scale };
}
