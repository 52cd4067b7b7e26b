// Opening an untrusted .xlsx safely: bytes -> either a loaded exceljs Workbook or problems.
//
// exceljs trusts its input: it inflates every zip entry without limit, expands every cell of a
// defined name's range and of a data validation, and creates one object per column of a <col>
// range. A 6 KB file can therefore exhaust the heap, which no try/catch survives. So before exceljs
// sees the bytes we: sniff the format (xls, pdf, csv, empty); refuse zip headers that contradict each
// other and inflate every entry counting real bytes against fixed limits (zip.ts); refuse XML with
// <!DOCTYPE / <!ENTITY; read xl/workbook.xml's defined names ourselves and refuse huge ranges; check
// <col> ranges. Then exceljs loads with dataValidations and mergeCells ignored and with no defined
// names at all (we resolve names from our own parse; exceljs would expand them, and a Print_Area it
// cannot decode makes it throw). The caller loads exceljs (excel.ts) and passes it in.
import type { Workbook } from 'exceljs';
import { problem, type Problem } from '../model/problem.js';
import type { ExcelModule } from './excel.js';
import { unzipWithin, XML_PART, zipFlaw, type ZipLimits } from './zip.js';

export interface XlsxLimits extends ZipLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Cells an explicit defined-name range may cover. */
  maxNameCells: number;
  /** Number of defined names. */
  maxNames: number;
}

export const DEFAULT_LIMITS: XlsxLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxXmlBytes: 24 * 1024 * 1024,
  maxNameCells: 100_000,
  maxNames: 5000,
};

const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLS = 16_384;

/** A defined name as written in xl/workbook.xml. */
export interface DefinedName {
  name: string;
  /** Index into the workbook's sheets when the name is local to a sheet. */
  localSheetId?: number;
  /** The formula text, XML entities decoded, e.g. Isian!$G$12 or #REF! */
  text: string;
}

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export type OpenResult =
  | { ok: true; workbook: Workbook; names: DefinedName[]; sheets: SheetEntry[] }
  | { ok: false; problems: Problem[] };

export type Inspected = { ok: true; files: Map<string, Buffer>; names: DefinedName[]; sheets: SheetEntry[] } | { ok: false; problems: Problem[] };

export type Sniffed = 'zip' | 'xls' | 'pdf' | 'empty' | 'text' | 'unknown';

/** What the first bytes say the file is. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7) && (b(3) === 4 || b(3) === 6 || b(3) === 8)) return 'zip';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'xls';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  // Text (CSV, HTML saved as .xls, ...): mostly printable bytes in the first KB, no NULs.
  const head = bytes.subarray(0, 1024);
  let printable = 0;
  for (const c of head) {
    if (c === 0) return 'unknown';
    if (c === 9 || c === 10 || c === 13 || c >= 32) printable++;
  }
  return printable / head.length > 0.95 ? 'text' : 'unknown';
}

/** The problem for a file that is not a zip at all, from its first bytes; undefined for a zip. */
function notAZip(bytes: Buffer, file: string): Problem | undefined {
  const at = { file };
  switch (sniff(bytes)) {
    case 'empty':
      return problem('file.empty', {}, at);
    case 'xls':
      return problem('file.xls', {}, at);
    case 'pdf':
      return problem('file.not-xlsx', { kind: 'pdf' }, at);
    case 'text':
      return problem('file.not-xlsx', { kind: 'text' }, at);
    case 'unknown':
      return problem('file.not-xlsx', { kind: 'unknown' }, at);
    case 'zip':
      return undefined;
  }
}

/** What a zip that is not an .xlsx workbook holds instead, from its parts. */
function otherZip(files: Map<string, Buffer>): 'ods' | 'docx' | 'zip' {
  const mime = files.get('mimetype')?.toString('latin1') ?? '';
  if (mime.includes('opendocument.spreadsheet')) return 'ods';
  return files.has('word/document.xml') ? 'docx' : 'zip';
}

/** The safety checks on a workbook's bytes, without exceljs: every part inflated (within limits), names and sheets parsed. */
export async function inspectXlsx(bytes: Buffer, file: string, limits: XlsxLimits = DEFAULT_LIMITS): Promise<Inspected> {
  const at = { file };
  const fail = (p: Problem): Inspected => ({ ok: false, problems: [p] });
  if (bytes.length > limits.maxFileBytes) return fail(problem('file.too-large', { what: 'file', size: bytes.length, max: limits.maxFileBytes }, at));
  const notZip = notAZip(bytes, file);
  if (notZip) return fail(notZip);
  const flaw = zipFlaw(bytes, limits.maxEntries);
  if (flaw) return fail(problem('file.damaged', { damage: 'zip', ...flaw }, at));
  const entries = await unzipWithin(bytes, file, limits);
  if (!entries.ok) return entries;
  const files = entries.files;
  if (!files.has('xl/workbook.xml') || !files.has('[Content_Types].xml')) return fail(problem('file.not-xlsx', { kind: otherZip(files) }, at));
  for (const [name, data] of files) {
    if (XML_PART.test(name) && hasDoctype(data)) return fail(problem('file.xml-entities', { part: name }, at));
  }
  const workbookXml = files.get('xl/workbook.xml')!.toString('utf8');
  const names = parseDefinedNames(workbookXml);
  if (names.length > limits.maxNames) return fail(problem('file.too-many-names', { names: names.length, max: limits.maxNames }, at));
  const problems = [...nameRangeProblems(names, file, limits), ...sheetPartProblems(files, file)];
  if (problems.length) return { ok: false, problems };
  return { ok: true, files, names, sheets: parseSheets(workbookXml) };
}

/** Defined names whose explicit ranges cover more cells than an IKI workbook ever names. */
function nameRangeProblems(names: DefinedName[], file: string, limits: XlsxLimits): Problem[] {
  const out: Problem[] = [];
  for (const n of names) {
    const cells = explicitCells(n.text);
    if (cells > limits.maxNameCells) out.push(problem('file.name-range', { name: n.name, range: n.text, cells, max: limits.maxNameCells }, { file, name: n.name }));
  }
  return out;
}

/** Column ranges exceljs would expand, and cells holding two values, in every worksheet part. */
function sheetPartProblems(files: Map<string, Buffer>, file: string): Problem[] {
  const out: Problem[] = [];
  for (const [name, data] of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = data.toString('utf8');
    const bad = badColumnRange(xml);
    if (bad) out.push(problem('file.column-range', { part: name, ...bad }, { file }));
    const twice = cellWithTwoValues(xml);
    if (twice) out.push(problem('file.damaged', { damage: 'two-values', part: name, cell: twice }, { file }));
  }
  return out;
}

/** Open a workbook's bytes safely. Never throws for bad input; `file` is the display path for problems. */
export async function openXlsx(bytes: Buffer, file: string, excel: ExcelModule, limits: XlsxLimits = DEFAULT_LIMITS): Promise<OpenResult> {
  const inspected = await inspectXlsx(bytes, file, limits);
  if (!inspected.ok) return inspected;
  return loadWithExcel(bytes, file, excel, inspected);
}

/** Load already inspected bytes with exceljs (no defined names, no data validations, no merges). */
export async function loadWithExcel(bytes: Buffer, file: string, excel: ExcelModule, inspected: { names: DefinedName[]; sheets: SheetEntry[] }): Promise<OpenResult> {
  const at = { file };
  const fail = (p: Problem): OpenResult => ({ ok: false, problems: [p] });
  const { names, sheets } = inspected;
  const workbook = new excel.Workbook();
  // Our own hook, on this one reader instance: exceljs gets no defined names (see the header).
  const xlsx = workbook.xlsx as unknown as { parseWorkbook?: (stream: unknown) => Promise<{ definedNames?: unknown[] }> };
  // exceljs is pinned (4.4.0); if its reader ever loses this method, fail loudly rather than read unsafely.
  if (typeof xlsx.parseWorkbook !== 'function') throw new Error('this exceljs version has no XLSX.parseWorkbook; iki cannot read workbooks safely with it');
  const parseWorkbook = xlsx.parseWorkbook.bind(xlsx);
  xlsx.parseWorkbook = async (stream) => {
    const model = await parseWorkbook(stream);
    model.definedNames = [];
    return model;
  };
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0], { ignoreNodes: ['dataValidations', 'mergeCells'] });
  } catch (err) {
    return fail(problem('file.damaged', { damage: 'unreadable', detail: oneLine((err as Error)?.message ?? String(err)) }, at));
  }
  return { ok: true, workbook, names, sheets };
}

function hasDoctype(data: Buffer): boolean {
  // Latin-1 keeps byte offsets and is enough to find ASCII markup; UTF-16 XML is refused by exceljs anyway.
  const s = data.toString('latin1');
  return /<!\s*(DOCTYPE|ENTITY)/i.test(s);
}

// ---------------------------------------------------------------- workbook.xml

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return XML_ENTITIES[e.toLowerCase()] ?? '';
  });
}

const ATTR_RE = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** Defined names from xl/workbook.xml (tolerates a namespace prefix on the tags). */
export function parseDefinedNames(xml: string): DefinedName[] {
  const out: DefinedName[] = [];
  const re = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName\s*>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[1] ?? '';
    const name = attr(attrs, 'name');
    if (name === undefined) continue;
    const d: DefinedName = { name, text: decodeXml(m[2] ?? '').trim() };
    const local = attr(attrs, 'localSheetId');
    if (local !== undefined && /^\d+$/.test(local)) d.localSheetId = Number(local);
    out.push(d);
  }
  return out;
}

/** Sheets in workbook order, with their visibility. */
export function parseSheets(xml: string): SheetEntry[] {
  const out: SheetEntry[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = attr(m[1] ?? '', 'name');
    if (name === undefined) continue;
    const st = attr(m[1] ?? '', 'state');
    out.push({ name, state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible' });
  }
  return out;
}

// ---------------------------------------------------------------- references

function colToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The number of cells the explicit cell ranges in a name's text cover (A1:B2 forms, with or without $).
 * Whole-row or whole-column forms ($1:$3, $A:$A) are not counted: exceljs does not expand them.
 */
export function explicitCells(text: string): number {
  let total = 0;
  const re = /\$?([A-Za-z]{1,4})\$?(\d{1,9})\s*:\s*\$?([A-Za-z]{1,4})\$?(\d{1,9})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c1 = colToNumber(m[1]!);
    const c2 = colToNumber(m[3]!);
    const r1 = Number(m[2]);
    const r2 = Number(m[4]);
    total += (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
  }
  return total;
}

export type RefResult =
  | { kind: 'cell'; sheet: string | undefined; cell: string; row: number; col: number }
  | { kind: 'ref-error' }
  | { kind: 'range'; sheet: string | undefined; text: string }
  | { kind: 'other'; text: string };

/** Resolve a defined name's text to one cell: Isian!$G$12, 'Isian (2)'!G12, $G$12; #REF! and ranges reported. */
export function parseCellRef(text: string): RefResult {
  const t = text.trim().replace(/^=/, '');
  if (/#REF!/i.test(t)) return { kind: 'ref-error' };
  const bang = t.lastIndexOf('!');
  let sheet: string | undefined;
  let ref = t;
  if (bang >= 0) {
    const raw = t.slice(0, bang);
    sheet = /^'.*'$/s.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = t.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (m) {
    const col = colToNumber(m[1]!);
    const row = Number(m[2]);
    if (col >= 1 && col <= EXCEL_MAX_COLS && row >= 1 && row <= EXCEL_MAX_ROWS) {
      return { kind: 'cell', sheet, cell: `${m[1]!.toUpperCase()}${row}`, row, col };
    }
  }
  if (ref.includes(':')) return { kind: 'range', sheet, text: t };
  return { kind: 'other', text: t };
}

/** The first column range in a sheet's <cols> outside 1..16384 (exceljs makes one object per column), if any. */
function badColumnRange(xml: string): { min: number; max: number } | undefined {
  const cols = /<(?:\w+:)?cols\b[\s\S]*?<\/(?:\w+:)?cols>/.exec(xml);
  if (!cols) return undefined;
  const re = /<(?:\w+:)?col\b([^>]*)>/g;
  for (let m = re.exec(cols[0]); m; m = re.exec(cols[0])) {
    const min = Number(attr(m[1] ?? '', 'min') ?? '0');
    const max = Number(attr(m[1] ?? '', 'max') ?? '0');
    if (!Number.isFinite(min) || !Number.isFinite(max) || max > EXCEL_MAX_COLS || min > max + 1 || min < 0) return { min, max };
  }
  return undefined;
}

/** The first cell with more than one <v> (Excel writes one; a reader that joins them reads 1150 1150 as 11501150). */
function cellWithTwoValues(xml: string): string | undefined {
  const re = /<c\b([^>]*?)>([\s\S]*?)<\/c>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const inner = m[2]!;
    const first = inner.indexOf('<v');
    if (first >= 0 && inner.indexOf('<v', first + 2) >= 0) return attr(m[1] ?? '', 'r') ?? '?';
  }
  return undefined;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}
