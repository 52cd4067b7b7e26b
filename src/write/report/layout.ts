// How the consolidated workbook looks: fonts, fills and borders, the cell kinds every sheet uses,
// print setup, and column widths and row heights fitted to the text (LibreOffice does not grow rows
// on load, so a long name would spill over the next row without a height).
import type { Lang } from '../../model/format.js';
import type { Status } from '../../model/rollup.js';
import { ui } from '../../model/text/ui.js';
import { merge, setCell, type CellValue, type Font, type Sheet, type Style } from '../xlsx-writer.js';

const FONT_NAME = 'Arial';
/** The thin grey border of every table cell. */
export const GREY = 'FFA6A6A6';
export const HEAD_FILL = 'FFD9E1F2';
const SECTION_FILL = 'FFEDEDED';
export const COUNT_FMT = '#,##0';
export const PERCENT_FMT = '0.00';
const RED = 'FFC00000';
const STATUS_COLOR: Record<Status, string> = { ok: 'FF375623', partial: 'FF9C5700', missing: RED, blank: RED, invalid: RED, 'no denominator': RED };

// One object per distinct style, so the writer finds it by identity.
const memo = new Map<string, Style>();
export function style(s: Style): Style {
  const key = JSON.stringify(s);
  let v = memo.get(key);
  if (!v) memo.set(key, (v = s));
  return v;
}

export function font(extra: Font = {}): Font {
  return { name: FONT_NAME, size: 10, ...extra };
}

export function statusFont(s: Status): Font {
  return { name: FONT_NAME, size: 9, color: STATUS_COLOR[s] };
}

/** A heading; null for the other cells of a merged heading, so its fill and border cover the whole. */
export function headerCell(ws: Sheet, r: number, c: number, text: string | null): void {
  setCell(ws, r, c, text, style({ font: font({ bold: true }), fill: HEAD_FILL, box: GREY, align: { horizontal: 'center', vertical: 'center', wrap: true } }));
}

export function textCell(ws: Sheet, r: number, c: number, text: string, f: Font = {}, extra: Omit<Style, 'font' | 'box'> = {}): void {
  setCell(ws, r, c, text, style({ font: font(f), box: GREY, align: { vertical: 'top', wrap: true }, ...extra }));
}

/** A number (or an empty cell for null), right-aligned in its format; a formula with its cached result. */
export function numberCell(ws: Sheet, r: number, c: number, v: CellValue, numFmt: string, f: Font = {}): void {
  setCell(ws, r, c, v, style({ font: font(f), box: GREY, align: { horizontal: 'right', vertical: 'top' }, numFmt }));
}

export function statusCell(ws: Sheet, r: number, c: number, s: Status, lang: Lang): void {
  setCell(ws, r, c, ui(lang).rollup.status[s], style({ font: statusFont(s), box: GREY, align: { vertical: 'top', wrap: true } }));
}

/** A band across the table: a jabatan's name over its indicators. */
export function sectionRow(ws: Sheet, r: number, text: string, last: number): void {
  const s = style({ font: font({ bold: true }), fill: SECTION_FILL, box: GREY });
  setCell(ws, r, 1, text, s);
  for (let c = 2; c <= last; c++) setCell(ws, r, c, null, s);
  merge(ws, r, 1, r, last);
}

/** Title lines over a table, each merged across it; returns how many. */
export function titleRows(ws: Sheet, lines: string[], lastCol: number): number {
  lines.forEach((l, i) => {
    setCell(ws, i + 1, 1, l, style({ font: font(i === 0 ? { bold: true, size: 12 } : { size: 9, color: 'FF595959' }), align: { vertical: 'center', wrap: true } }));
    merge(ws, i + 1, 1, i + 1, lastCol);
  });
  return lines.length;
}

/**
 * A4 in the given orientation, heading rows frozen and repeated on every page, "Halaman x dari y".
 * The scale is set once the widths are known (print.ts, fitPrintScale).
 */
export function setupSheet(ws: Sheet, lang: Lang, headerRows: number, xSplit: number, titleRowCount = 0, orientation: 'portrait' | 'landscape' = 'landscape'): void {
  ws.freeze = { columns: xSplit, rows: headerRows };
  ws.print = {
    orientation,
    paperSize: 9,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: ui(lang).laporan.footer,
    ...(headerRows > titleRowCount ? { titleRows: [titleRowCount + 1, headerRows] as [number, number] } : {}),
  };
}

/** Which cells a merge covers: the top-left one holds the value; the others are skipped when measuring. */
function mergedCells(ws: Sheet): Map<string, 'master' | 'covered'> {
  const out = new Map<string, 'master' | 'covered'>();
  for (const m of ws.merges) {
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) out.set(`${r}:${c}`, r === m.r1 && c === m.c1 ? 'master' : 'covered');
  }
  return out;
}

/** Row heights for wrapped text, estimated from the text length and the column width. */
export function fitRowHeights(ws: Sheet, fromRow = 1): void {
  const merged = mergedCells(ws);
  const visual = (l: string) => [...l].reduce((a, ch) => a + (ch >= 'A' && ch <= 'Z' ? 1.25 : 1), 0);
  ws.rows.forEach((row, r) => {
    if (!row || r < fromRow) return;
    let points = 0;
    row.forEach((cell, c) => {
      const m = merged.get(`${r}:${c}`);
      if (!cell?.style?.align?.wrap || typeof cell.value !== 'string' || m === 'covered') return;
      const width = m === 'master' ? 200 : (ws.widths[c] ?? 10);
      // Column width is in characters of the default font; capitals and bold run wider.
      const size = cell.style.font?.size ?? 10;
      const perLine = Math.max(1, width * (size <= 9 ? 1.2 : 1.0) * (cell.style.font?.bold ? 0.9 : 1) - 1);
      const n = cell.value.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil(visual(l) / perLine)), 0);
      points = Math.max(points, n * (size <= 9 ? 11.5 : 12.75) + 2);
    });
    if (points > 17) ws.heights[r] = Math.min(409, points);
  });
}

// One formatter for every cell: toLocaleString builds a new one per call, the report's hottest spot.
const NUMBER_TEXT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Column widths that fit the longest line of text in each column, within bounds (default 8–40). */
export function fitWidths(ws: Sheet, bounds: Record<number, [number, number]>, fromRow = 1): void {
  const merged = mergedCells(ws);
  const widths = new Map<number, number>();
  ws.rows.forEach((row, r) => {
    if (!row || r < fromRow) return;
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || merged.get(`${r}:${c}`) === 'covered') return;
      const v = cell.value;
      let text = '';
      if (typeof v === 'string') text = v;
      else if (typeof v === 'number') text = NUMBER_TEXT.format(v);
      else if (v && typeof v === 'object') text = typeof v.result === 'number' ? NUMBER_TEXT.format(v.result) : String(v.result ?? '');
      // A format's quoted literals ("Rp ", " %") show beside the digits.
      if (typeof v !== 'string' && cell.style?.numFmt) text += (cell.style.numFmt.match(/"[^"]*"/g) ?? []).map((q) => q.slice(1, -1)).join('');
      const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
      widths.set(c, Math.max(widths.get(c) ?? 0, longest + 2));
    });
  });
  for (const [c, w] of widths) {
    const [min, max] = bounds[c] ?? [8, 40];
    ws.widths[c] = Math.min(max, Math.max(min, w));
  }
}
