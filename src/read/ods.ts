// Reading a workbook saved as .ods (LibreOffice's "Use ODF Format!"): content.xml parsed with saxes
// into plain cells, named ranges from table:named-expressions, sheet visibility from the table styles.
// The same safety as an xlsx: the zip inflated within the same limits (zip.ts), no DOCTYPE/ENTITY,
// a bounded number of stored cells and names, repeated rows and columns never expanded beyond them.
//
// Output: OdsBook (plain values: number | string | boolean | null, a date as its ISO text, a formula
// with its text), and odsBookLike() as the thin adapter to the readers' BookLike (book.ts values:
// { date: 'yyyy-mm-dd' }, { formula, result }). Shapes that are not read reliably are refused with file.ods-unsupported.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { problem, type Problem } from '../model/problem.js';
import type { BookLike, CellValue, CellValueHolder, DefinedName, PlainValue, SheetEntry, SheetLike } from './book.js';
import type { XlsxLimits } from './xlsx.js';
import { unzipWithin, zipFlaw } from './zip.js';

export const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Cells with content an IKI workbook can hold (the templates have a few hundred). */
const MAX_CELLS = 200_000;
/** A non-empty cell repeated more than this is not something a person typed. */
const MAX_REPEAT = 1000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export type OdsValueType = 'float' | 'percentage' | 'currency' | 'string' | 'boolean' | 'date' | 'time';

export interface OdsCell {
  /** The value LibreOffice stored (office:value, office:boolean-value, office:date-value, the text). */
  value: number | string | boolean | null;
  type: OdsValueType | 'empty';
  /** The displayed text (text:p lines joined by newlines). */
  text: string;
  /** table:formula without its namespace prefix ("=[.G14]*2"). */
  formula?: string;
}

export interface OdsSheet {
  name: string;
  hidden: boolean;
  /** By A1 reference. */
  cells: Map<string, OdsCell>;
  rowCount: number;
}

export interface OdsBook {
  sheets: OdsSheet[];
  names: DefinedName[];
}

export type OdsRead = { ok: true; book: OdsBook; names: DefinedName[]; sheets: SheetEntry[]; files: Map<string, Buffer> } | { ok: false; problems: Problem[] };

/** Whether inflated zip parts are an OpenDocument spreadsheet. */
export function isOds(files: ReadonlyMap<string, Buffer>): boolean {
  return (files.get('mimetype')?.toString('latin1').trim() ?? '') === ODS_MIME;
}

/** Whether a file's bytes begin as an OpenDocument spreadsheet does (its first entry, stored: "mimetype"). */
export function looksLikeOds(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 128)).toString('latin1').includes(`mimetype${ODS_MIME}`);
}

/** Read an .ods safely. Never throws for bad input. */
export async function readOds(bytes: Buffer, file: string, limits: XlsxLimits): Promise<OdsRead> {
  const at = { file };
  const fail = (p: Problem): OdsRead => ({ ok: false, problems: [p] });
  if (bytes.length > limits.maxFileBytes) return fail(problem('file.too-large', { what: 'file', size: bytes.length, max: limits.maxFileBytes }, at));
  const flaw = zipFlaw(bytes, limits.maxEntries);
  if (flaw) return fail(problem('file.damaged', { damage: 'zip', ...flaw }, at));
  const entries = await unzipWithin(bytes, file, limits);
  if (!entries.ok) return entries;
  const files = entries.files;
  const content = files.get('content.xml');
  if (!isOds(files) || !content) return fail(problem('file.not-xlsx', { kind: 'ods' }, at));
  const xml = content.toString('utf8');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return fail(problem('file.xml-entities', { part: 'content.xml' }, at));
  let book: OdsBook;
  try {
    book = parseContent(xml);
  } catch (err) {
    if (err instanceof OdsRefusal) return fail(problem('file.ods-unsupported', { shape: err.shape }, at));
    return fail(problem('file.damaged', { damage: 'unreadable', detail: `content.xml: ${String((err as Error).message).slice(0, 200)}` }, at));
  }
  if (book.names.length > limits.maxNames) return fail(problem('file.too-many-names', { names: book.names.length, max: limits.maxNames }, at));
  const sheets: SheetEntry[] = book.sheets.map((s) => ({ name: s.name, state: s.hidden ? 'hidden' : 'visible' }));
  return { ok: true, book, names: book.names, sheets, files };
}

export type OdsShape = 'too-many-cells' | 'repeated-values' | 'too-large-sheet' | 'no-sheets';

class OdsRefusal extends Error {
  constructor(readonly shape: OdsShape) {
    super(`ods: ${shape}`);
  }
}

const num = (s: string | undefined, dflt = 1) => {
  const n = s === undefined ? dflt : Number(s);
  return Number.isInteger(n) && n >= 1 ? n : dflt;
};

/** What parseContent keeps between parser events. */
interface ParseState {
  hiddenStyles: Set<string>;
  sheets: OdsSheet[];
  names: DefinedName[];
  sheet?: OdsSheet;
  styleName?: string;
  row: number;
  col: number;
  rowRepeat: number;
  cell?: { attrs: Record<string, string>; repeat: number; lines: string[]; line: string; depth: number };
  stored: number;
  /** A comment (office:annotation) sits inside its cell; its text is not the cell's. */
  annotation: number;
}

/** content.xml -> sheets of plain cells and the named ranges. Throws OdsRefusal or a parse error. */
export function parseContent(xml: string): OdsBook {
  const st: ParseState = { hiddenStyles: new Set(), sheets: [], names: [], row: 0, col: 0, rowRepeat: 1, stored: 0, annotation: 0 };
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag: SaxesTagPlain) => openTag(st, tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (t) => {
    if (st.cell && st.cell.depth > 0) st.cell.line += t;
  });
  parser.on('closetag', (tag) => closeTag(st, tag.name));
  parser.write(xml).close();
  if (st.sheets.length === 0) throw new OdsRefusal('no-sheets');
  return { sheets: st.sheets, names: st.names };
}

function openTag(st: ParseState, name: string, a: Record<string, string>): void {
  const cell = st.cell;
  switch (name) {
    case 'style:style':
      st.styleName = a['style:family'] === 'table' ? a['style:name'] : undefined;
      return;
    case 'style:table-properties':
      if (st.styleName && a['table:display'] === 'false') st.hiddenStyles.add(st.styleName);
      return;
    case 'table:table':
      st.sheet = { name: a['table:name'] ?? '', hidden: st.hiddenStyles.has(a['table:style-name'] ?? ''), cells: new Map(), rowCount: 0 };
      st.sheets.push(st.sheet);
      st.row = 0;
      return;
    case 'table:table-row':
      st.rowRepeat = num(a['table:number-rows-repeated']);
      st.col = 0;
      return;
    case 'table:table-cell':
    case 'table:covered-table-cell':
      st.cell = { attrs: a, repeat: num(a['table:number-columns-repeated']), lines: [], line: '', depth: 0 };
      return;
    case 'office:annotation':
      st.annotation++;
      return;
    case 'text:p':
      if (cell && st.annotation === 0) cell.depth++;
      return;
    case 'text:s':
      if (cell && cell.depth > 0) cell.line += ' '.repeat(Math.min(num(a['text:c']), 1000));
      return;
    case 'text:tab':
      if (cell && cell.depth > 0) cell.line += '\t';
      return;
    case 'text:line-break':
      if (cell && cell.depth > 0) cell.line += '\n';
      return;
    case 'table:named-range':
    case 'table:named-expression':
      st.names.push(nameOf(a, st.sheet ? st.sheets.length - 1 : undefined));
      return;
  }
}

function closeTag(st: ParseState, name: string): void {
  switch (name) {
    case 'office:annotation':
      st.annotation--;
      return;
    case 'text:p':
      if (st.cell && st.annotation === 0) {
        st.cell.lines.push(st.cell.line);
        st.cell.line = '';
        st.cell.depth--;
      }
      return;
    case 'table:table-cell':
    case 'table:covered-table-cell': {
      const c = st.cell!;
      st.cell = undefined;
      const value = cellOf(c.attrs, c.lines.join('\n'));
      if (value && st.sheet) storeRepeated(st, st.sheet, value, c.repeat);
      st.col += c.repeat;
      return;
    }
    case 'table:table-row':
      st.row += st.rowRepeat;
      return;
    case 'table:table':
      st.sheet = undefined;
      return;
    case 'style:style':
      st.styleName = undefined;
      return;
  }
}

/** One cell's value over its row and column repeats, within the limits. */
function storeRepeated(st: ParseState, sheet: OdsSheet, value: OdsCell, repeat: number): void {
  if (repeat * st.rowRepeat > MAX_REPEAT) throw new OdsRefusal('repeated-values');
  for (let dr = 0; dr < st.rowRepeat; dr++) {
    for (let dc = 0; dc < repeat; dc++) {
      if (++st.stored > MAX_CELLS) throw new OdsRefusal('too-many-cells');
      if (st.row + dr >= MAX_ROWS || st.col + dc >= MAX_COLS) throw new OdsRefusal('too-large-sheet');
      sheet.cells.set(a1(st.row + dr + 1, st.col + dc + 1), value);
    }
  }
  sheet.rowCount = Math.max(sheet.rowCount, st.row + st.rowRepeat);
}

/** A cell's stored value by its office:value-type; undefined for an empty cell (nothing to keep). */
function cellOf(a: Record<string, string>, text: string): OdsCell | undefined {
  const type = a['office:value-type'] as OdsValueType | undefined;
  const formula = a['table:formula']?.replace(/^[a-z]+:/, '');
  const withFormula = (c: OdsCell): OdsCell => (formula !== undefined ? { ...c, formula } : c);
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(a['office:value']);
      return withFormula({ value: Number.isFinite(n) ? n : text, type, text });
    }
    case 'boolean':
      return withFormula({ value: a['office:boolean-value'] === 'true', type, text });
    case 'date':
      return withFormula({ value: a['office:date-value'] ?? text, type, text });
    case 'time':
      return withFormula({ value: a['office:time-value'] ?? text, type, text });
    case 'string':
      return withFormula({ value: a['office:string-value'] ?? text, type, text });
    default:
      // No value type: empty, or a formula whose result is an error (LibreOffice shows Err:502, #DIV/0!).
      if (formula !== undefined) return { value: null, type: 'empty', text, formula };
      return text !== '' ? { value: text, type: 'string', text } : undefined;
  }
}

/** A named range as the xlsx reader's DefinedName: "$Isian.$G$14" -> "Isian!$G$14". */
function nameOf(a: Record<string, string>, localSheetId: number | undefined): DefinedName {
  const range = a['table:cell-range-address'];
  const text = range !== undefined ? odsRangeToA1(range) : (a['table:expression'] ?? '').replace(/^[a-z]+:/, '');
  const n: DefinedName = { name: a['table:name'] ?? '', text };
  if (localSheetId !== undefined) n.localSheetId = localSheetId;
  return n;
}

/** "$Isian.$G$14" -> "Isian!$G$14"; "$'Lembar 1'.$A$1:.$B$2" -> "'Lembar 1'!$A$1:$B$2"; a deleted reference -> "#REF!". */
export function odsRangeToA1(range: string): string {
  const parts = range.split(':');
  let sheet: string | undefined;
  const out: string[] = [];
  for (const p of parts) {
    const m = /^(?:\$?('(?:[^']|'')+'|[^.']*))?\.(\$?[A-Z]+\$?\d+|\$?[A-Z]+|\$?\d+)$/.exec(p);
    if (!m) return '#REF!';
    if (m[1]) sheet = m[1];
    if (m[2]!.includes('#REF')) return '#REF!';
    out.push(m[2]!);
  }
  if (sheet === undefined || sheet.includes('#REF')) return '#REF!';
  const quoted = sheet.startsWith("'") ? sheet : /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${out.join(':')}`;
}

function a1(row: number, col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

// ---------------------------------------------------------------- the adapter

/** An OdsCell as the readers give a cell (book.ts CellValue): plain data, a date as its ISO day. */
export function cellValue(c: OdsCell | undefined): CellValue {
  if (!c) return null;
  const plain: PlainValue = c.type === 'empty' ? null : c.type === 'date' ? { date: isoDay(c.value) } : c.value;
  if (c.formula === undefined) return plain;
  // A formula that failed has no value type: its text is the error.
  if (c.type === 'empty') return c.text.startsWith('#') || c.text.startsWith('Err:') ? { error: c.text } : { formula: c.formula, result: undefined };
  return { formula: c.formula, result: plain };
}

function isoDay(v: unknown): string | null {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

const EMPTY: CellValueHolder = { value: null };

/** The readers' view of an OdsBook (the one place the ODS values meet book.ts's interface). */
export function odsBookLike(book: OdsBook): BookLike {
  const byName = new Map(book.sheets.map((s) => [s.name, s]));
  return {
    getWorksheet(name: string): SheetLike | undefined {
      const s = byName.get(name);
      if (!s) return undefined;
      return {
        name: s.name,
        rowCount: s.rowCount,
        getCell(ref: string | number, col?: number): CellValueHolder {
          const key = typeof ref === 'number' ? a1(ref, col ?? 1) : ref.replace(/\$/g, '').toUpperCase();
          const c = s.cells.get(key);
          return c ? { value: cellValue(c) } : EMPTY;
        },
      };
    },
  };
}
