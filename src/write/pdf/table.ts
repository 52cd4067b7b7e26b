// Tables in the PDF: fixed column widths, a header (optionally with a group row above it) repeated on
// every page the table runs onto, wrapped text, section rows spanning the table, and cell fills.
import { lineHeight, textAt, wrap } from './metrics.js';
import { bottom, COLOURS, contentWidth, MARGIN, newPage, SIZE, type Doc, type Orientation } from './page.js';

export interface Column {
  head: string;
  /** A share of the page's content width (the shares are scaled to fill it). */
  share: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  bold?: boolean;
  colour?: string;
  fill?: string;
  align?: 'left' | 'right' | 'center';
  /** Left indent in points (element rows under their indicator). */
  indent?: number;
}

export type Row = { cells: (Cell | string)[] } | { section: string };

export interface TableSpec {
  columns: Column[];
  /** A row above the header: labels spanning columns [from, to] (inclusive, 0-based). */
  groups?: { label: string; from: number; to: number }[];
  rows: Row[];
  layout: Orientation;
  size?: number;
}

const PAD = 2.5;

export function drawTable(doc: Doc, spec: TableSpec): void {
  const size = spec.size ?? SIZE.table;
  const total = spec.columns.reduce((a, c) => a + c.share, 0);
  const widths = spec.columns.map((c) => (c.share / total) * contentWidth(doc));
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, w) => a + w, 0));
  const header = () => drawHeader(doc, spec, widths, xs, size);
  header();
  for (const row of spec.rows) {
    const cells = 'section' in row ? [{ text: row.section, bold: true, fill: COLOURS.section }] : row.cells.map((c) => (typeof c === 'string' ? { text: c } : c));
    const spans = 'section' in row ? [contentWidth(doc)] : widths;
    const h = rowHeight(doc, cells, spans, size);
    if (doc.y + h > bottom(doc)) {
      newPage(doc, spec.layout);
      doc.y = MARGIN.top;
      header();
    }
    drawRow(doc, cells, spans, 'section' in row ? [MARGIN.left] : xs, h, size, spec.columns);
  }
  doc.y += 8;
}

function drawHeader(doc: Doc, spec: TableSpec, widths: number[], xs: number[], size: number): void {
  const heads = spec.columns.map((c) => ({ text: c.head, bold: true, fill: COLOURS.head, align: 'center' as const }));
  if (spec.groups?.length) {
    // The group row: spanning labels over their columns, blank cells above the others.
    const cells: Cell[] = [];
    const spans: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < spec.columns.length; ) {
      const g = spec.groups.find((x) => x.from === i);
      const to = g ? g.to : i;
      cells.push({ text: g?.label ?? '', bold: true, fill: COLOURS.head, align: 'center' });
      spans.push(widths.slice(i, to + 1).reduce((a, w) => a + w, 0));
      at.push(xs[i]!);
      i = to + 1;
    }
    drawRow(doc, cells, spans, at, rowHeight(doc, cells, spans, size), size, []);
  }
  drawRow(doc, heads, widths, xs, rowHeight(doc, heads, widths, size), size, []);
}

function rowHeight(doc: Doc, cells: Cell[], widths: number[], size: number): number {
  let lines = 1;
  cells.forEach((c, i) => {
    lines = Math.max(lines, wrap(doc, c.text, innerWidth(widths[i]!, c), size, c.bold).length);
  });
  return lines * lineHeight(doc, size) + 2 * PAD;
}

const innerWidth = (w: number, c: Cell) => Math.max(4, w - 2 * PAD - (c.indent ?? 0));

function drawRow(doc: Doc, cells: Cell[], widths: number[], xs: number[], h: number, size: number, columns: Column[]): void {
  const y = doc.y;
  const lh = lineHeight(doc, size);
  cells.forEach((c, i) => {
    if (c.fill) doc.rect(xs[i]!, y, widths[i]!, h).fill(`#${c.fill}`);
  });
  // The row's rules in one path: the outer box and a line between cells.
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]! + widths[widths.length - 1]!;
  doc.lineWidth(0.4).rect(x0, y, x1 - x0, h);
  for (const x of xs.slice(1)) doc.moveTo(x, y).lineTo(x, y + h);
  doc.stroke(`#${COLOURS.rule}`);
  cells.forEach((c, i) => {
    const align = c.align ?? columns[i]?.align ?? 'left';
    const inner = innerWidth(widths[i]!, c);
    const lines = wrap(doc, c.text, inner, size, c.bold);
    const x = xs[i]! + PAD + (c.indent ?? 0);
    const style = { size, ...(c.bold ? { bold: true } : {}), ...(c.colour ? { colour: c.colour } : {}) };
    lines.forEach((line, n) => textAt(doc, line, x, y + PAD + n * lh, { ...style, width: inner, align }));
  });
  doc.y = y + h;
}
