// One worksheet part, read for its values: every cell that holds one, by position. Cells are found by
// their r= reference or, without one, by order (the row's next column; a row without r= is the next
// row), as the specification allows and openpyxl reads them. Empty cells (a whole row formatted: tens
// of thousands of <c s="3"/>) cost one parser event each and are not kept; nothing but <sheetData>
// and <cols> is looked at. Deep nesting inside a cell is damage, not a blank.
import type { CellValue, PlainValue } from '../book.js';
import { StringItem } from './strings.js';
import { parsePart, SmlDamage } from './xml.js';

const MAX_COLS = 16_384;
const MAX_ROWS = 1_048_576;
/** Levels below a <c> (c > is > r > rPr > b is 4): more is not a cell any client writes. */
const MAX_CELL_DEPTH = 8;

/** What values need from the rest of the workbook. */
export interface SheetContext {
  /** The shared-string table, or undefined when the workbook has none. */
  strings(): string[] | undefined;
  /** Whether cell style `s` shows numbers as dates. */
  isDateStyle(s: number): boolean;
  date1904: boolean;
}

/** A cell that holds two values, or a column range outside the sheet: the part is damaged. */
export class SheetShapeDamage extends Error {
  constructor(readonly shape: { kind: 'two-values'; cell: string } | { kind: 'column-range'; min: number; max: number }) {
    super(shape.kind);
  }
}

export interface ParsedSheet {
  cells: Map<number, CellValue>;
  rowCount: number;
}

export const cellKey = (row: number, col: number): number => row * (MAX_COLS + 1) + col;

/** Column and row of an A1 reference (no $), or undefined. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS || col > MAX_COLS || ref.charCodeAt(i) === 48) return undefined;
  return { row, col };
}

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

interface OpenCell {
  row: number;
  col: number;
  t: string | undefined;
  s: number;
  depth: number;
  v: string | undefined;
  f: string | undefined;
  inline: StringItem | undefined;
  /** Which child's text is being collected. */
  into: 'v' | 'f' | 'is' | undefined;
}

export function parseSheet(part: string, xml: string, ctx: SheetContext): ParsedSheet {
  const cells = new Map<number, CellValue>();
  let row = 0;
  let col = 0;
  let rowCount = 0;
  let inData = false;
  let cur: OpenCell | undefined;
  parsePart(part, xml, {
    open(local, attrs, depth) {
      if (cur) return openInCell(cur, local, depth, part);
      if (local === 'sheetData') inData = true;
      else if (!inData) {
        if (local === 'col') checkCol(attrs);
      } else if (local === 'row') {
        const r = attrs.r !== undefined ? Number(attrs.r) : row + 1;
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS) throw new SmlDamage(part, 'xml', `row number ${attrs.r}`);
        row = r;
        col = 0;
      } else if (local === 'c') {
        const at = attrs.r !== undefined ? parseRef(attrs.r) : { row: Math.max(row, 1), col: col + 1 };
        if (!at) throw new SmlDamage(part, 'xml', `cell reference ${attrs.r}`);
        col = at.col;
        cur = { row: at.row, col: at.col, t: attrs.t, s: attrs.s !== undefined ? Number(attrs.s) : 0, depth, v: undefined, f: undefined, inline: undefined, into: undefined };
      }
    },
    close(local, depth) {
      if (!cur) {
        if (local === 'sheetData') inData = false;
        return;
      }
      if (depth === cur.depth) {
        const value = cellValue(cur, ctx);
        if (value !== null) {
          cells.set(cellKey(cur.row, cur.col), value);
          if (cur.row > rowCount) rowCount = cur.row;
        }
        cur = undefined;
      } else if (depth === cur.depth + 1) cur.into = undefined;
      else cur.inline?.close();
    },
    text(t) {
      if (!cur || cur.into === undefined) return;
      if (cur.into === 'v') cur.v += t;
      else if (cur.into === 'f') cur.f += t;
      else cur.inline!.add(t);
    },
  });
  return { cells, rowCount };
}

function openInCell(cur: OpenCell, local: string, depth: number, part: string): void {
  const below = depth - cur.depth;
  if (below > MAX_CELL_DEPTH) throw new SmlDamage(part, 'nesting', `cell ${colLetters(cur.col)}${cur.row} nested deeper than ${MAX_CELL_DEPTH} levels`);
  if (below > 1) {
    if (cur.into === 'is') cur.inline!.open(local);
    return;
  }
  if (local === 'v') {
    if (cur.v !== undefined) throw new SheetShapeDamage({ kind: 'two-values', cell: `${colLetters(cur.col)}${cur.row}` });
    cur.v = '';
    cur.into = 'v';
  } else if (local === 'f') {
    cur.f = '';
    cur.into = 'f';
  } else if (local === 'is') {
    cur.inline = new StringItem();
    cur.into = 'is';
  } else cur.into = undefined;
}

function checkCol(attrs: Record<string, string>): void {
  const min = Number(attrs.min ?? '0');
  const max = Number(attrs.max ?? '0');
  if (!Number.isFinite(min) || !Number.isFinite(max) || max > MAX_COLS || min > max + 1 || min < 0) throw new SheetShapeDamage({ kind: 'column-range', min, max });
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function cellValue(c: OpenCell, ctx: SheetContext): CellValue {
  const plain = plainValue(c, ctx);
  if (c.f === undefined) return plain;
  // A formula whose file holds no result (no <v>, or an empty one for a non-text result) has none.
  const noResult = c.v === undefined || (c.v === '' && c.t !== 'str');
  return { formula: c.f, result: noResult ? undefined : plain };
}

function plainValue(c: OpenCell, ctx: SheetContext): PlainValue {
  const v = c.v;
  switch (c.t) {
    case 'inlineStr':
      return c.inline ? c.inline.value() : v !== undefined ? v : null;
    case 's': {
      if (v === undefined || v === '') return null;
      const table = ctx.strings();
      const index = /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : -1;
      if (table === undefined || index < 0 || index >= table.length) return { damaged: 'shared-string', index, count: table ? table.length : null };
      return table[index]!;
    }
    case 'str':
      // An empty text result (=IF(A1="","",A1)) is no value, as openpyxl reads it.
      return v === undefined || v === '' ? null : v;
    case 'b':
      if (v === undefined || v === '') return null;
      if (v === '1' || v === 'true') return true;
      if (v === '0' || v === 'false') return false;
      return { damaged: 'boolean', text: v.slice(0, 60) };
    case 'e':
      return v === undefined || v === '' ? null : { error: v };
    case 'd':
      return v === undefined || v === '' ? null : { date: isoDate(v) };
    default: {
      if (v === undefined || v === '') return null;
      const text = v.trim();
      // Infinity and NaN are no numbers Excel writes, but a double's text for them: the count rules refuse them by name.
      if (!NUMBER.test(text)) return /^[+-]?Infinity$|^NaN$/.test(text) ? Number(text) : { damaged: 'number', text: v.slice(0, 60) };
      const n = Number(text);
      return ctx.isDateStyle(c.s) ? { date: serialDate(n, ctx.date1904) } : n;
    }
  }
}

/** The date part of an ISO 8601 date cell (t="d"), or null when it is none. */
function isoDate(v: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(v.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? null : d.toISOString().slice(0, 10);
}

/** A date serial as Excel shows it (1900 system with its leap-year bug, or 1904), YYYY-MM-DD; null outside 0..9999-12-31. */
export function serialDate(n: number, date1904: boolean): string | null {
  if (!Number.isFinite(n) || n < 0 || n > 2_958_465) return null;
  let days = Math.floor(n);
  // Serial 60 is Excel's 1900-02-29, a day that never was.
  if (!date1904 && days === 60) return null;
  if (!date1904 && days < 60) days += 1;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}
