// Opening an untrusted .xlsx safely: bytes -> the inflated parts and the workbook's sheets and defined
// names, or problems. Before any part is read: sniff the format (xls, pdf, csv, empty); refuse zip
// headers that contradict each other and inflate every entry counting real bytes against fixed limits
// (zip.ts); refuse XML with <!DOCTYPE / <!ENTITY; parse xl/workbook.xml (sml/workbook.ts, saxes) and
// refuse more names, or larger name ranges, than an IKI workbook ever has. The cells are read after
// this by the SpreadsheetML reader (sml/book.ts).
import { problem, type Problem } from '../model/problem.js';
import type { DefinedName, SheetEntry } from './book.js';
import { damageProblem, WORKBOOK_PART } from './sml/book.js';
import { parseWorkbook, type WorkbookInfo } from './sml/workbook.js';
import { unzipWithin, XML_PART, zipFlaw, type ZipLimits } from './zip.js';

export type { DefinedName, SheetEntry } from './book.js';

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

export type Inspected = { ok: true; files: Map<string, Buffer>; names: DefinedName[]; sheets: SheetEntry[]; workbook: WorkbookInfo } | { ok: false; problems: Problem[] };

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

/** The safety checks on a workbook's bytes: every part inflated (within limits), names and sheets parsed. */
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
  let workbook: WorkbookInfo;
  try {
    workbook = parseWorkbook(files.get(WORKBOOK_PART)!.toString('utf8'), WORKBOOK_PART);
  } catch (err) {
    const p = damageProblem(err, file);
    if (!p) throw err;
    return fail(p);
  }
  const { names } = workbook;
  if (names.length > limits.maxNames) return fail(problem('file.too-many-names', { names: names.length, max: limits.maxNames }, at));
  const problems = nameRangeProblems(names, file, limits);
  if (problems.length) return { ok: false, problems };
  return { ok: true, files, names, sheets: workbook.sheets.map(({ name, state }) => ({ name, state })), workbook };
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

function hasDoctype(data: Buffer): boolean {
  // Latin-1 is enough to find ASCII markup (UTF-16 parts are not well formed to the UTF-8 parser anyway).
  const s = data.toString('latin1');
  return /<!\s*(DOCTYPE|ENTITY)/i.test(s);
}

// ---------------------------------------------------------------- references

function colToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The number of cells the explicit cell ranges in a name's text cover (A1:B2 forms, with or without $).
 * Whole-row or whole-column forms ($1:$3, $A:$A) are not counted: nothing expands them.
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
