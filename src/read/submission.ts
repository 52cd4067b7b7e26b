// A filled workbook as the core sees it: identity from _iki, element values and note texts read by
// their defined names, and the problems found.
//
// Interface used by ingest, validate and the report (stable):
//
//   readSubmission(bytes, file, index, { expect?, pathHints? }): Promise<ReadResult>
//     bytes: the file's content (the caller reads the file; nothing here touches the disk);
//     file: the display path used in every problem's location and in CellSource.file;
//     index: the catalogue to check against;
//     expect: period/jabatan the caller knows (e.g. the archive folder): a mismatch is an error
//       (identity.period-mismatch);
//     pathHints (default true): compare the file and folder names (IKI_2017_TW1_<jabatan>.xlsx, 2017-TW1/)
//       with _iki: a mismatch is a warning (identity.file-name-mismatch).
//     -> { file, sha256, submission?, problems, ok }: `submission` is present whenever the workbook opened
//        and its _iki identity was read (even with cell errors); `ok` is false when any problem is an error.
//
// The steps: safe opening (xlsx.ts, zip.ts), the SpreadsheetML reader (sml/book.ts, over the interface
// in book.ts), identity (identity.ts), names (names.ts), the cell rules (cells.ts). exceljs is not on
// this path.
//
// readBookParts(opened, file, sha256, index, opts) is the same reading over any OpenedBook (book.ts):
// the ODS reader hands its book to it.
import { createHash } from 'node:crypto';
import type { CatalogueIndex, Element } from '../model/catalogue.js';
import { INPUT_SHEET, META_SHEET, NOTE_NAME_PREFIX, elementName, type TemplateMeta } from '../model/contract.js';
import { problem, type Location, type Problem, type ProblemCode } from '../model/problem.js';
import type { PeriodOf } from '../model/problems/codes.js';
import { parseElementCell, parseNoteCell } from './cells.js';
import { corePropsOf, type CoreProps } from './core-props.js';
import { BookDamage, type BookLike, type OpenedBook, type SheetEntry } from './book.js';
import { checkPeriod, readMeta } from './identity.js';
import { cellOf, checkNames, nameLocation, noteFieldsOf, resolveNames, sharedCells, type ResolvedName } from './names.js';
import { smlBook } from './sml/book.js';
import { odsBookLike, readOds } from './ods.js';
import { PartDamage, type PartSource } from './zip.js';
import { DEFAULT_LIMITS, inspectXlsx } from './xlsx.js';

/** Where a value came from: enough for a person to open the file and find the cell. */
export interface CellSource {
  file: string;
  sheet: string;
  cell: string;
  /** The defined name, e.g. iki_peserta_pelatihan */
  name: string;
}

export type ElementReading =
  | { elementId: string; status: 'value'; value: number; source: CellSource }
  /**
   * Blank means "not reported", never 0. `notInTemplate` is set when the workbook has no cell for the
   * element at all (a template from an older catalogue); then source.sheet and source.cell are ''.
   */
  | { elementId: string; status: 'blank'; source: CellSource; notInTemplate?: boolean }
  /** Present but unusable (text, negative, decimal, error...); the problem says why. */
  | { elementId: string; status: 'invalid'; raw: string; source: CellSource };

export interface NoteReading {
  indicatorId: string;
  field: string;
  text: string;
  source: CellSource;
}

export interface Submission {
  /** Display path of the workbook. */
  file: string;
  /** sha256 of the file bytes, hex. */
  sha256: string;
  meta: TemplateMeta;
  readings: ElementReading[];
  notes: NoteReading[];
  /** Note cells the workbook has but left blank (quality.explanation-missing points at a blank kendala). */
  blankNotes?: Omit<NoteReading, 'text'>[];
  problems: Problem[];
  /** True when the template's catalogue_hash differs from the catalogue it was checked against. */
  catalogueChanged?: boolean;
  /** When the workbook says it was last saved, and by whom (docProps/core.xml), when it says so: for information. */
  saved?: CoreProps;
}

export interface ReadResult {
  file: string;
  sha256: string;
  submission?: Submission;
  problems: Problem[];
  /** No problem is an error. */
  ok: boolean;
}

export interface ReadOptions {
  expect?: PeriodOf;
  pathHints?: boolean;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// ---------------------------------------------------------------- reading a workbook

/** Read and check one workbook. Never throws for bad input; the caller reads the bytes. */
export async function readSubmission(bytes: Buffer, file: string, index: CatalogueIndex, opts: ReadOptions = {}): Promise<ReadResult> {
  const sha256 = sha256Hex(bytes);
  const inspected = await inspectXlsx(bytes, file, DEFAULT_LIMITS, { lazy: true });
  if (!inspected.ok) return isOdsRefusal(inspected.problems) ? readOdsSubmission(bytes, file, sha256, index, opts) : { file, sha256, problems: inspected.problems, ok: false };
  // A deep copy: strings the parser cut from a part can keep the whole part's text in memory as long as
  // the result lives (tens of KB per workbook, 10,000 workbooks in a report).
  let opened: OpenedBook;
  try {
    opened = smlBook(inspected.files, file, inspected.workbook);
  } catch (err) {
    if (!(err instanceof BookDamage)) throw err;
    return { file, sha256, problems: [err.problem], ok: false };
  }
  const r = structuredClone(readBookParts(opened, file, sha256, index, opts));
  const saved = savedProps(inspected.files);
  if (r.submission && (saved.modified || saved.lastModifiedBy)) r.submission.saved = saved;
  return r;
}

/** The document properties, for information only: a damaged properties part just gives none. */
function savedProps(files: PartSource): CoreProps {
  try {
    return corePropsOf(files);
  } catch (err) {
    if (err instanceof PartDamage) return {};
    throw err;
  }
}

/** Saved with LibreOffice's "Use ODF Format!": read as .ods (ods.ts), with the same limits. */
async function readOdsSubmission(bytes: Buffer, file: string, sha256: string, index: CatalogueIndex, opts: ReadOptions): Promise<ReadResult> {
  const ods = await readOds(bytes, file, DEFAULT_LIMITS);
  if (!ods.ok) return { file, sha256, problems: ods.problems, ok: false };
  return structuredClone(readBookParts({ book: odsBookLike(ods.book), names: ods.names, sheets: ods.sheets }, file, sha256, index, opts));
}

function isOdsRefusal(problems: Problem[]): boolean {
  const p = problems[0];
  return problems.length === 1 && p!.code === 'file.not-xlsx' && (p!.args as { kind?: string }).kind === 'ods';
}

/** Everything after opening, over any reader's book: identity, names, cells. A damaged part found on the way is the only problem. */
export function readBookParts(opened: OpenedBook, file: string, sha256: string, index: CatalogueIndex, opts: ReadOptions = {}): ReadResult {
  try {
    return readBook(opened, file, sha256, index, opts);
  } catch (err) {
    if (!(err instanceof BookDamage)) throw err;
    return { file, sha256, problems: [err.problem], ok: false };
  }
}

/** Identity, names, cells; throws BookDamage when a part read on the way is damaged. */
function readBook(opened: OpenedBook, file: string, sha256: string, index: CatalogueIndex, opts: ReadOptions): ReadResult {
  const { book: workbook, names, sheets } = opened;
  const problems: Problem[] = [];
  const done = (submission?: Submission): ReadResult => {
    const r: ReadResult = { file, sha256, problems, ok: !problems.some((p) => p.severity === 'error') };
    if (submission) r.submission = submission;
    return r;
  };
  const meta = readMeta(workbook, sheets, file, problems);
  if (!meta) return done();
  const jabatan = index.jabatan.get(meta.jabatanId);
  if (!jabatan) {
    problems.push(problem('identity.unknown-jabatan', { jabatanId: meta.jabatanId, catalogueId: index.catalogue.id }, { file, sheet: META_SHEET }));
    return done();
  }
  checkPeriod(meta, file, opts, problems);
  const owned = index.elementsEnteredBy(jabatan.id);
  const book: Book = { workbook, file, resolved: resolveNames(names, sheets), catalogueChanged: meta.catalogueHash !== index.catalogue.hash };
  const noteFields = noteFieldsOf(index, jabatan.id);
  checkNames({ file, index, jabatan, meta, resolved: book.resolved, noteFields, ownedIds: new Set(owned.map((e) => e.id)), catalogueChanged: book.catalogueChanged }, problems);
  problems.push(...sharedCells(book.resolved, file));
  const damage = templateDamage(book, sheets, owned);
  if (damage) {
    problems.push(damage);
    return done();
  }
  const readings = owned.flatMap((el) => readElement(book, el, problems) ?? []);
  const notes: NoteReading[] = [];
  const blankNotes: Omit<NoteReading, 'text'>[] = [];
  for (const [lower, info] of noteFields) {
    const n = book.resolved.get(lower);
    // Notes are optional: an older template without them is fine.
    const note = n && readNote(book, n, info, problems);
    if (note && note.text !== '') notes.push(note);
    else if (note) blankNotes.push({ indicatorId: note.indicatorId, field: note.field, source: note.source });
  }
  const submission: Submission = { file, sha256, meta, readings, notes, problems };
  if (blankNotes.length) submission.blankNotes = blankNotes;
  if (book.catalogueChanged) submission.catalogueChanged = true;
  return done(submission);
}

/** An opened workbook with its iki names resolved. */
interface Book {
  workbook: BookLike;
  file: string;
  resolved: Map<string, ResolvedName>;
  catalogueChanged: boolean;
}

/** Whole-template damage, after which no value can be read: the input sheet deleted, or no names at all. */
function templateDamage(book: Book, sheets: SheetEntry[], owned: Element[]): Problem | undefined {
  const carried = owned.map((e) => book.resolved.get(elementName(e.id).toLowerCase())).filter((n) => n !== undefined);
  if (!sheets.some((s) => s.name === INPUT_SHEET) && carried.every((n) => n.ref.kind !== 'cell' || !book.workbook.getWorksheet(n.ref.sheet ?? ''))) {
    return problem('identity.sheet-missing', { sheet: INPUT_SHEET }, { file: book.file, sheet: INPUT_SHEET });
  }
  const anyElementName = [...book.resolved.keys()].some((k) => !k.startsWith(NOTE_NAME_PREFIX));
  if (owned.length > 0 && carried.length === 0 && !anyElementName) return problem('identity.name-missing', { name: elementName(owned[0]!.id), all: true }, { file: book.file });
  return undefined;
}

/** One isian: its value, blank, or why not; undefined when its cell cannot be found (the problem says why). */
function readElement(book: Book, el: Element, problems: Problem[]): ElementReading | undefined {
  const { file } = book;
  const name = elementName(el.id);
  const n = book.resolved.get(name.toLowerCase());
  if (!n) {
    if (!book.catalogueChanged) {
      problems.push(problem('identity.name-missing', { name, nama: el.nama }, { file, name }));
      return undefined;
    }
    // Added to this jabatan after the template was made: not reported, and said so.
    problems.push(problem('identity.element-added', { name, nama: el.nama }, { file, name }));
    return { elementId: el.id, status: 'blank', source: { file, sheet: '', cell: '', name }, notInTemplate: true };
  }
  const cell = cellOf(book.workbook, n, file, el.nama, problems);
  if (!cell) return undefined;
  const source: CellSource = { file, sheet: cell.sheet, cell: cell.cell, name: n.name };
  const where: Location = { file, sheet: cell.sheet, cell: cell.cell, name: n.name };
  const parsed = parseElementCell(cell.value, el);
  if (parsed.kind === 'value') return { elementId: el.id, status: 'value', value: parsed.value, source };
  const isian = { nama: el.nama, satuan: el.satuan };
  if (parsed.kind === 'blank') {
    problems.push(problem('cell.blank', isian, where));
    return { elementId: el.id, status: 'blank', source };
  }
  // The refusal's code and args go together (cells.ts); TypeScript cannot follow the pair through the spread.
  problems.push(problem(parsed.code as ProblemCode, { ...parsed.args, ...isian } as never, where) as Problem);
  return { elementId: el.id, status: 'invalid', raw: parsed.raw, source };
}

/** One note field's text, if any; a text over its length limit is kept, with a warning. */
function readNote(book: Book, n: ResolvedName, info: { indicatorId: string; field: { id: string; label: string; maxLength: number } }, problems: Problem[]): NoteReading | undefined {
  const cell = cellOf(book.workbook, n, book.file, info.field.label, problems);
  if (!cell) return undefined;
  const parsed = parseNoteCell(cell.value, info.field.maxLength);
  const source = { file: book.file, sheet: cell.sheet, cell: cell.cell, name: n.name };
  // Blank: the cell is kept (text '') so that a missing explanation can point at it.
  if (parsed.kind === 'blank') return { indicatorId: info.indicatorId, field: info.field.id, text: '', source };
  if (parsed.tooLong) {
    problems.push(problem('note.too-long', { label: info.field.label, length: [...parsed.text].length, max: info.field.maxLength }, nameLocation(book.file, n, cell)));
  }
  return { indicatorId: info.indicatorId, field: info.field.id, text: parsed.text, source };
}
