// A filled workbook as the core sees it: identity from _iki, element values and note texts read by
// their defined names, and the problems found.
//
// Interface used by ingest, validate and the report (stable):
//
//   readSubmission(bytes, file, index, { excel, expect?, pathHints? }): Promise<ReadResult>
//     bytes: the file's content (the caller reads the file; nothing here touches the disk);
//     file: the display path used in every problem's location and in CellSource.file;
//     index: the catalogue to check against; excel: the exceljs module (`(await import('exceljs')).default`);
//     expect: period/jabatan the caller knows (e.g. the archive folder): a mismatch is an error;
//     pathHints (default true): compare the file and folder names (IKI_2017_TW1_<jabatan>.xlsx, 2017-TW1/)
//       with _iki: a mismatch is a warning.
//     -> { file, sha256, submission?, problems, ok }: `submission` is present whenever the workbook opened
//        and its _iki identity was read (even with cell errors); `ok` is false when any problem is an error.
//
//   parseCountCell(value) / parseNoteCell(value, maxLength): the pure cell rules, on exceljs cell values.
import { createHash } from 'node:crypto';
import type { CatalogueIndex, Element, NoteField } from '../model/catalogue.js';
import { ELEMENT_NAME_PREFIX, INPUT_SHEET, META_SHEET, NOTE_NAME_PREFIX, TEMPLATE_FORMAT, elementName, noteName, type TemplateMeta } from '../model/contract.js';
import { isQuarter, type Quarter } from '../model/period.js';
import { legacyProblem, type Location, type Problem, type ProblemCode } from '../model/problem.js';
import { inspectXlsx, loadWithExcel, parseCellRef, type DefinedName, type ExcelModule, type SheetEntry } from './xlsx.js';
import { FastDecline, fastBook, type BookLike, type SheetLike } from './xlsx-fast.js';

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
  problems: Problem[];
  /** True when the template's catalogue_hash differs from the catalogue it was checked against. */
  catalogueChanged?: boolean;
}

export interface ReadResult {
  file: string;
  sha256: string;
  submission?: Submission;
  problems: Problem[];
  /** No problem is an error. */
  ok: boolean;
  /** Which reader read the cells (absent when the file was refused before any cell was read). */
  reader?: 'fast' | 'exceljs';
}

export interface ReadOptions {
  /** The exceljs module, or a function that loads it (called only when a file needs exceljs). */
  excel: ExcelModule | (() => Promise<ExcelModule>);
  /**
   * 'auto' (default): the fast reader (src/xlsx-fast.ts) when it handles the file exactly, else exceljs;
   * 'exceljs': always exceljs (the reference the fast reader is tested against).
   */
  reader?: 'auto' | 'exceljs';
  expect?: { year?: number; quarter?: number; jabatanId?: string };
  pathHints?: boolean;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// ---------------------------------------------------------------- pure cell rules

export type CountParse =
  | { kind: 'value'; value: number }
  | { kind: 'blank' }
  | { kind: 'invalid'; code: ProblemCode; message: string; hint?: string; raw: string };

/** Spaces people and Excel put around numbers: ordinary, no-break, thin, narrow no-break, ideographic. */
const SPACES = /^[\s\u00a0\u2007\u2009\u202f\u3000]+|[\s\u00a0\u2007\u2009\u202f\u3000]+$/g;
const ZERO_WORDS = /^(-+|–|—|nihil|nol|kosong|tidak ada|tdk ada|belum ada|none|nil)$/i;

/**
 * The rules for a count cell, on an exceljs cell value. Pure: no workbook, no disk.
 * Numbers, cached numeric formula results and text that is a plain whole number are values; blank is
 * "not reported"; everything else is invalid with a message saying what to type instead.
 */
export function parseCountCell(value: unknown): CountParse {
  return parseCountValue(value, false);
}

function parseCountValue(value: unknown, inFormula: boolean): CountParse {
  const from = inFormula ? 'The formula result' : 'The cell';
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return parseNumber(value, inFormula);
  if (typeof value === 'string') return parseCountText(value, inFormula);
  if (typeof value === 'boolean') {
    return { kind: 'invalid', code: 'cell.not-number', message: `${from} is ${value ? 'TRUE' : 'FALSE'}, not a count.`, raw: String(value).toUpperCase() };
  }
  if (value instanceof Date) {
    const d = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
    return { kind: 'invalid', code: 'cell.date', message: `${from} holds a date (${d}), not a count.`, raw: d };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) {
      const e = String(v.error);
      return { kind: 'invalid', code: 'cell.error-value', message: `${from} shows the error ${e}.`, raw: e };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const f = String(v.formula ?? v.sharedFormula ?? '');
      if (!('result' in v) || v.result === undefined) {
        return { kind: 'invalid', code: 'cell.formula-no-result', message: `The cell has a formula (=${f}) but no saved result, so its value is unknown.`, raw: `=${f}` };
      }
      if (v.result === '') return { kind: 'blank' };
      const r = parseCountValue(v.result, true);
      return r.kind === 'invalid' ? { ...r, raw: r.raw } : r;
    }
    if ('richText' in v && Array.isArray(v.richText)) {
      return parseCountText(v.richText.map((run: { text?: unknown }) => String(run?.text ?? '')).join(''), inFormula);
    }
    if ('text' in v && typeof v.text === 'string') return parseCountText(v.text, inFormula);
  }
  return { kind: 'invalid', code: 'cell.not-number', message: `${from} holds something that is not a number.`, raw: safeRaw(value) };
}

function parseNumber(n: number, inFormula: boolean): CountParse {
  const from = inFormula ? 'The formula result' : 'The number';
  if (!Number.isFinite(n)) return { kind: 'invalid', code: 'cell.not-finite', message: `${from} is ${String(n)}, not a count.`, raw: String(n) };
  if (n < 0) {
    return { kind: 'invalid', code: 'cell.negative', message: `${from} ${formatNumber(n)} is negative.`, raw: formatNumber(n) };
  }
  const r = Math.round(n);
  // Formula arithmetic leaves tiny binary fractions (10/3*3); those are whole numbers.
  if (Math.abs(n - r) > 1e-9 * Math.max(1, Math.abs(n))) {
    return {
      kind: 'invalid',
      code: 'cell.decimal',
      message: `${from} ${formatNumber(n)} has a fraction.`,
      hint: `A count is a whole number: type ${Math.floor(n)} or ${Math.ceil(n)}, whichever is right (check that no dot or comma slipped in).`,
      raw: formatNumber(n),
    };
  }
  return { kind: 'value', value: r === 0 ? 0 : r };
}

function parseCountText(input: string, inFormula: boolean): CountParse {
  const s = input.replace(SPACES, '');
  const from = inFormula ? 'The formula result' : 'The cell';
  const raw = s.length > 60 ? `${s.slice(0, 57)}...` : s;
  if (s === '') return { kind: 'blank' };
  if (/^\d+$/.test(s)) return parseNumber(Number(s), inFormula);
  const q = `"${raw}"`;
  // Negative: "-5", "−5" (unicode minus), "(5)".
  if (/^[-\u2212\u2013]\s*\d/.test(s) || /^\(\s*\d[\d.,\s]*\)$/.test(s)) {
    return { kind: 'invalid', code: 'cell.negative', message: `${from} has ${q}, a negative number.`, raw };
  }
  const sep = /^(\d{1,3}(?:([.,])\d{3})+)$|^(\d+)([.,])(\d+)$/.exec(s);
  if (sep) return separatorProblem(s, from, raw);
  if (/^\d{1,3}(?:[.,\s\u00a0]\d{3})+(?:[.,]\d+)?$/.test(s) || /^\d+(?:[.,]\d+)+$/.test(s)) return separatorProblem(s, from, raw);
  if (ZERO_WORDS.test(s)) {
    return {
      kind: 'invalid',
      code: 'cell.words',
      message: `${from} has ${q}, not a number.`,
      hint: 'If the count is zero, type 0; if it is not known yet, leave the cell empty.',
      raw,
    };
  }
  const digits = /\d+(?:[.,]\d+)*/.exec(s);
  if (digits) {
    const unit = s.replace(digits[0], '').replace(SPACES, '');
    const plain = digits[0].replace(/[.,]/g, '');
    return {
      kind: 'invalid',
      code: 'cell.text-with-unit',
      message: `${from} has ${q}: a number with text${unit ? ` ("${unit.slice(0, 30)}")` : ''}.`,
      hint: `Type only the number, e.g. ${/^\d+$/.test(digits[0]) ? digits[0] : plain}; the satuan is already shown next to the cell.`,
      raw,
    };
  }
  return {
    kind: 'invalid',
    code: 'cell.words',
    message: `${from} has ${q}, words instead of a number.`,
    hint: 'Type the count in digits, e.g. 12 (not "dua belas"); if it is zero, type 0.',
    raw,
  };
}

function separatorProblem(s: string, from: string, raw: string): CountParse {
  const plain = s.replace(/[.,\s\u00a0]/g, '');
  const groups = /^\d{1,3}(?:[.,]\d{3})+$/.test(s);
  const mark = s.includes('.') && s.includes(',') ? 'dots and commas' : s.includes('.') ? 'a dot' : 'a comma';
  let readings: string;
  let hint = `Type the whole number without dots or commas, e.g. ${plain}.`;
  if (groups && (s.match(/[.,]/g) ?? []).length === 1) {
    const asDecimal = s.replace(',', '.');
    readings = s.includes('.')
      ? `it could be ${plain} (dot as the thousands separator) or ${asDecimal} (dot as the decimal point)`
      : `it could be ${s} = ${asDecimal} (comma as the decimal point) or ${plain} (comma as the thousands separator)`;
  } else if (groups) {
    readings = `it probably means ${plain}, but iki does not guess`;
  } else if (/^\d+[.,]\d+$/.test(s)) {
    readings = `it could be ${s.replace(',', '.')} (a fraction, which a count cannot have) or ${plain} (a separator typed by mistake)`;
    hint = `A count is a whole number: type it in digits only (e.g. ${plain} if that is what was meant).`;
  } else {
    readings = 'it cannot be read as one whole number';
    hint = 'Type the count as a whole number in digits only, without dots or commas.';
  }
  return { kind: 'invalid', code: 'cell.ambiguous-separator', message: `${from} has "${raw}" with ${mark}: ${readings}.`, hint, raw };
}

export type NoteParse = { kind: 'text'; text: string; tooLong: boolean } | { kind: 'blank' };

/**
 * The rules for a note cell (kendala, tindak lanjut, data dukung): kept as text whatever it starts
 * with ("=HYPERLINK(...)", "+62..."), trimmed, rich text joined, control characters dropped.
 * A real formula is kept as its formula text; numbers and dates as typed-looking text.
 */
export function parseNoteCell(value: unknown, maxLength: number): NoteParse {
  const text = noteText(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, '');
  if (text === '') return { kind: 'blank' };
  return { kind: 'text', text, tooLong: [...text].length > maxLength };
}

function noteText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => String(r?.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return v.formula !== undefined ? `=${String(v.formula)}` : noteText(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) {
      const t = noteText(v.text);
      return typeof v.hyperlink === 'string' && v.hyperlink && !t.includes(v.hyperlink) ? `${t} (${v.hyperlink})` : t;
    }
  }
  return '';
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function safeRaw(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 60) ?? String(v);
  } catch {
    return String(v);
  }
}

// ---------------------------------------------------------------- file and folder names

export interface PathHint {
  year: number;
  quarter: number;
  jabatanId?: string;
  /** What said so: 'file name' or 'folder'. */
  from: 'file name' | 'folder';
}

/** Periods and jabatan that a path's last two segments imply: IKI_2017_TW1_<jabatan>[ (1)].xlsx, .../2017-TW1/... */
export function pathHints(path: string): PathHint[] {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const out: PathHint[] = [];
  const base = parts[parts.length - 1] ?? '';
  const f = /^IKI_(\d{4})_TW([1-4])_([a-z][a-z0-9_]*?)(?=[^a-z0-9_]|$)/i.exec(base);
  if (f) out.push({ year: Number(f[1]), quarter: Number(f[2]), jabatanId: f[3]!.toLowerCase(), from: 'file name' });
  const dir = parts[parts.length - 2] ?? '';
  const d = /^(\d{4})-TW([1-4])$/i.exec(dir);
  if (d) out.push({ year: Number(d[1]), quarter: Number(d[2]), from: 'folder' });
  return out;
}

// ---------------------------------------------------------------- reading a workbook

/** Read and check one workbook. Never throws for bad input; the caller reads the bytes. */
export async function readSubmission(bytes: Buffer, file: string, index: CatalogueIndex, opts: ReadOptions): Promise<ReadResult> {
  const sha256 = sha256Hex(bytes);
  const done = (problems: Problem[], submission?: Submission): ReadResult => {
    const r: ReadResult = { file, sha256, problems, ok: !problems.some((p) => p.severity === 'error') };
    if (submission) r.submission = submission;
    return r;
  };
  const inspected = await inspectXlsx(bytes, file);
  if (!inspected.ok) return done(inspected.problems);
  const { names, sheets } = inspected;
  if (opts.reader !== 'exceljs') {
    const book = fastBook(inspected.files, sheets);
    if (book) {
      try {
        // A deep copy: the strings read are slices of whole XML parts, which would otherwise stay in
        // memory as long as the result does (tens of KB per workbook, 10,000 workbooks in a report).
        return structuredClone({ ...readBook(book, names, sheets, file, sha256, index, opts), reader: 'fast' as const });
      } catch (err) {
        if (!(err instanceof FastDecline)) throw err;
      }
    }
  }
  const excel = typeof opts.excel === 'function' ? await opts.excel() : opts.excel;
  const opened = await loadWithExcel(bytes, file, excel, inspected);
  if (!opened.ok) return done(opened.problems);
  return structuredClone({ ...readBook(opened.workbook, names, sheets, file, sha256, index, opts), reader: 'exceljs' as const });
}

/** Everything after opening: identity, names, cells. Pure over the book; throws FastDecline from the fast reader only. */
function readBook(workbook: BookLike, names: DefinedName[], sheets: SheetEntry[], file: string, sha256: string, index: CatalogueIndex, opts: ReadOptions): ReadResult {
  const done = (problems: Problem[], submission?: Submission): ReadResult => {
    const r: ReadResult = { file, sha256, problems, ok: !problems.some((p) => p.severity === 'error') };
    if (submission) r.submission = submission;
    return r;
  };
  const problems: Problem[] = [];
  const meta = readMeta(workbook, sheets, file, problems);
  if (!meta) return done(problems);

  const jabatan = index.jabatan.get(meta.jabatanId);
  if (!jabatan) {
    problems.push(
      legacyProblem('identity.unknown-jabatan', `The workbook is for jabatan "${meta.jabatanId}", which is not in the catalogue ${index.catalogue.id}.`, { file, sheet: META_SHEET }),
    );
    return done(problems);
  }

  checkPeriod(meta, file, opts, problems);

  const catalogueChanged = meta.catalogueHash !== index.catalogue.hash;
  const resolved = resolveNames(names, sheets);
  const owned = index.elementsEnteredBy(jabatan.id);
  const ownedIds = new Set(owned.map((e) => e.id));
  const noteFields = new Map<string, { indicatorId: string; field: NoteField }>();
  for (const ind of index.indicatorsOf(jabatan.id)) {
    for (const f of index.catalogue.notes) noteFields.set(noteName(ind.id, f.id).toLowerCase(), { indicatorId: ind.id, field: f });
  }

  // Which iki names does the workbook carry, and do they fit this jabatan?
  const gone: string[] = [];
  const foreign: string[] = [];
  for (const [lower, n] of resolved) {
    if (lower.startsWith(NOTE_NAME_PREFIX)) {
      if (!noteFields.has(lower)) {
        problems.push(legacyProblem('identity.name-unknown', `The name ${n.name} is not a note field of this jabatan in the current catalogue; its text is not read.`, { file, name: n.name }));
      }
      continue;
    }
    const id = lower.slice(ELEMENT_NAME_PREFIX.length);
    const el = index.elements.get(id);
    if (!el) gone.push(n.name);
    else if (!ownedIds.has(id)) foreign.push(n.name);
  }
  if (gone.length) {
    problems.push(
      catalogueChanged
        ? legacyProblem(
            'identity.catalogue-incompatible',
            `The template was made from another version of the catalogue (${short(meta.catalogueHash)}, now ${short(index.catalogue.hash)}) and has cells for isian that no longer exist: ${gone.join(', ')}.`,
            { file },
          )
        : legacyProblem('identity.catalogue-incompatible', `The workbook has cells named for isian that the catalogue does not have: ${gone.join(', ')}.`, { file }),
    );
  }
  for (const name of foreign) {
    const el = index.elements.get(name.toLowerCase().slice(ELEMENT_NAME_PREFIX.length))!;
    const owner = index.jabatan.get(el.owner);
    const n = resolved.get(name.toLowerCase())!;
    problems.push(
      legacyProblem(
        'identity.foreign-element',
        `The cell ${n.name} ("${el.nama}") is an isian of ${owner?.nama ?? el.owner} (${el.owner}), not of ${jabatan.nama} (${jabatan.id})${catalogueChanged ? '; the catalogue moved it since this template was made' : ''}.`,
        loc(file, n),
      ),
    );
  }
  if (catalogueChanged && !gone.length && !foreign.length) {
    problems.push(
      legacyProblem(
        'identity.catalogue-changed',
        `The template was made from an older catalogue (${short(meta.catalogueHash)}, now ${short(index.catalogue.hash)}); every isian it carries still exists, so it is read as is.`,
        { file, sheet: META_SHEET },
        { hint: 'Use a fresh template (`iki generate`) next triwulan.' },
      ),
    );
  }

  // Whole-template damage: no names at all, or the input sheet deleted.
  const elementNames = owned.map((e) => resolved.get(elementName(e.id).toLowerCase()));
  const carried = elementNames.filter((n) => n !== undefined);
  if (!sheets.some((s) => s.name === INPUT_SHEET) && carried.every((n) => n.ref.kind !== 'cell' || !workbook.getWorksheet(n.ref.sheet ?? ''))) {
    problems.push(
      legacyProblem('identity.sheet-missing', `The input sheet "${INPUT_SHEET}" is missing (deleted or renamed) and the isian names point at no sheet, so no value can be read.`, { file, sheet: INPUT_SHEET }),
    );
    return done(problems);
  }
  const anyElementName = [...resolved.keys()].some((k) => !k.startsWith(NOTE_NAME_PREFIX));
  if (owned.length > 0 && carried.length === 0 && !anyElementName) {
    problems.push(
      legacyProblem('identity.name-missing', `The workbook has none of the named input cells (${elementName(owned[0]!.id)} ...): the names were deleted, or the sheet was copied into another file.`, { file }),
    );
    return done(problems);
  }

  const readings: ElementReading[] = [];
  for (const el of owned) {
    const n = resolved.get(elementName(el.id).toLowerCase());
    if (!n) {
      const source: CellSource = { file, sheet: '', cell: '', name: elementName(el.id) };
      if (catalogueChanged) {
        problems.push(
          legacyProblem('identity.element-added', `The template has no cell for "${el.nama}" (${elementName(el.id)}): it was added to this jabatan after the template was made; it counts as not reported.`, { file, name: elementName(el.id) }),
        );
        readings.push({ elementId: el.id, status: 'blank', source, notInTemplate: true });
      } else {
        problems.push(legacyProblem('identity.name-missing', `The named cell ${elementName(el.id)} for "${el.nama}" is missing from the workbook (deleted in Name Manager?).`, { file, name: elementName(el.id) }));
      }
      continue;
    }
    const cell = cellOf(workbook, n, file, problems, `"${el.nama}"`);
    if (!cell) continue;
    readings.push(readElement(el, cell.value, { file, sheet: cell.sheet, cell: cell.cell, name: n.name }, problems));
  }

  const notes: NoteReading[] = [];
  for (const [lower, info] of noteFields) {
    const n = resolved.get(lower);
    if (!n) continue; // notes are optional: an older template without them is fine
    const cell = cellOf(workbook, n, file, problems, `"${info.field.label}"`);
    if (!cell) continue;
    const parsed = parseNoteCell(cell.value, info.field.maxLength);
    if (parsed.kind === 'blank') continue;
    const source: CellSource = { file, sheet: cell.sheet, cell: cell.cell, name: n.name };
    if (parsed.tooLong) {
      problems.push(
        legacyProblem(
          'note.too-long',
          `"${info.field.label}" has ${[...parsed.text].length} characters; at most ${info.field.maxLength} fit in the report.`,
          loc(file, n, cell),
          { hint: 'Shorten it, or put the details in a separate document and name it under Data Dukung.' },
        ),
      );
    }
    notes.push({ indicatorId: info.indicatorId, field: info.field.id, text: parsed.text, source });
  }

  const submission: Submission = { file, sha256, meta, readings, notes, problems };
  if (catalogueChanged) submission.catalogueChanged = true;
  return done(problems, submission);
}

function short(hash: string): string {
  return hash ? hash.slice(0, 12) : '(none)';
}

function readElement(el: Element, value: unknown, source: CellSource, problems: Problem[]): ElementReading {
  const parsed = parseCountCell(value);
  const where: Location = { file: source.file, sheet: source.sheet, cell: source.cell, name: source.name };
  if (parsed.kind === 'value') return { elementId: el.id, status: 'value', value: parsed.value, source };
  if (parsed.kind === 'blank') {
    problems.push(legacyProblem('cell.blank', `"${el.nama}" is blank (not reported).`, where));
    return { elementId: el.id, status: 'blank', source };
  }
  const extra: { hint?: string } = {};
  if (parsed.hint) extra.hint = parsed.hint;
  problems.push(legacyProblem(parsed.code as Parameters<typeof legacyProblem>[0], `"${el.nama}" (${el.satuan}): ${parsed.message}`, where, extra));
  return { elementId: el.id, status: 'invalid', raw: parsed.raw, source };
}

interface ResolvedName {
  name: string;
  ref: ReturnType<typeof parseCellRef>;
}

/** iki_ names by lower-case name; a workbook-scoped name wins over a sheet-local copy. */
function resolveNames(names: DefinedName[], sheets: SheetEntry[]): Map<string, ResolvedName> {
  const out = new Map<string, ResolvedName & { local: boolean }>();
  for (const n of names) {
    const lower = n.name.toLowerCase();
    if (!lower.startsWith(ELEMENT_NAME_PREFIX)) continue;
    const local = n.localSheetId !== undefined;
    const prev = out.get(lower);
    if (prev && !prev.local) continue;
    let ref = parseCellRef(n.text);
    // A name without a sheet refers to its own sheet (local) — rare, but resolve it.
    if (ref.kind === 'cell' && ref.sheet === undefined && local) ref = { ...ref, sheet: sheets[n.localSheetId!]?.name };
    out.set(lower, { name: n.name, ref, local });
  }
  return out;
}

function loc(file: string, n: ResolvedName, cell?: { sheet: string; cell: string }): Location {
  const l: Location = { file, name: n.name };
  if (cell) {
    l.sheet = cell.sheet;
    l.cell = cell.cell;
  } else if (n.ref.kind === 'cell') {
    if (n.ref.sheet) l.sheet = n.ref.sheet;
    l.cell = n.ref.cell;
  }
  return l;
}

function cellOf(
  workbook: BookLike,
  n: ResolvedName,
  file: string,
  problems: Problem[],
  label: string,
): { sheet: string; cell: string; value: unknown } | undefined {
  const ref = n.ref;
  if (ref.kind === 'ref-error') {
    problems.push(legacyProblem('identity.name-broken', `The name ${n.name} for ${label} points at #REF!: its cell or sheet was deleted.`, { file, name: n.name }));
    return undefined;
  }
  if (ref.kind !== 'cell') {
    problems.push(legacyProblem('identity.name-broken', `The name ${n.name} for ${label} points at ${ref.text}, not at one cell.`, { file, name: n.name }));
    return undefined;
  }
  const ws: SheetLike | undefined = ref.sheet !== undefined ? workbook.getWorksheet(ref.sheet) : undefined;
  if (!ws) {
    problems.push(
      legacyProblem('identity.sheet-missing', `The name ${n.name} for ${label} points at sheet "${ref.sheet ?? '?'}", which is not in the workbook.`, { file, name: n.name, cell: ref.cell }),
    );
    return undefined;
  }
  return { sheet: ws.name, cell: ref.cell, value: ws.getCell(ref.cell).value };
}

// ---------------------------------------------------------------- identity

function readMeta(workbook: BookLike, sheets: SheetEntry[], file: string, problems: Problem[]): TemplateMeta | undefined {
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws) {
    problems.push(
      legacyProblem(
        'identity.no-meta',
        `The workbook has no "${META_SHEET}" sheet, so it is not an iki template (or the sheet was deleted); iki cannot tell which jabatan and triwulan it is for.`,
        { file },
      ),
    );
    return undefined;
  }
  const kv = new Map<string, string>();
  const rows = Math.min(ws.rowCount, 200);
  for (let r = 1; r <= rows; r++) {
    const k = cellText(ws.getCell(r, 1).value);
    if (k) kv.set(k, cellText(ws.getCell(r, 2).value));
  }
  const at: Location = { file, sheet: META_SHEET };
  const format = kv.get('format') ?? '';
  if (format !== TEMPLATE_FORMAT) {
    const newer = /^iki-template\/\d+$/.test(format);
    problems.push(
      legacyProblem(
        'identity.format',
        format
          ? `The template format is "${format}"; this iki reads "${TEMPLATE_FORMAT}".${newer ? ' It was made by another version of iki.' : ''}`
          : `The "${META_SHEET}" sheet has no format row; it was changed or is not from iki.`,
        at,
      ),
    );
    return undefined;
  }
  const year = Number(kv.get('year'));
  const quarter = Number(kv.get('quarter'));
  const jabatanId = kv.get('jabatan_id') ?? '';
  const bad: string[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) bad.push(`year "${kv.get('year') ?? ''}"`);
  if (!isQuarter(quarter)) bad.push(`quarter "${kv.get('quarter') ?? ''}"`);
  if (!/^[a-z][a-z0-9_]*$/.test(jabatanId)) bad.push(`jabatan_id "${jabatanId}"`);
  if (bad.length) {
    problems.push(legacyProblem('identity.format', `The "${META_SHEET}" sheet has an invalid ${bad.join(', ')}; it was edited.`, at));
    return undefined;
  }
  const state = sheets.find((s) => s.name === META_SHEET)?.state;
  if (state === 'visible') {
    problems.push(legacyProblem('identity.meta-visible', `The "${META_SHEET}" sheet is visible; it is normally hidden (harmless if unchanged).`, at));
  }
  return {
    format,
    catalogueId: kv.get('catalogue_id') ?? '',
    catalogueHash: kv.get('catalogue_hash') ?? '',
    jabatanId,
    year,
    quarter: quarter as Quarter,
    generatedAt: kv.get('generated_at') ?? '',
    toolVersion: kv.get('tool_version') ?? '',
  };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: unknown }) => String(r?.text ?? '')).join('').trim();
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return String(o.text).trim();
    return '';
  }
  return String(v).trim();
}

function checkPeriod(meta: TemplateMeta, file: string, opts: ReadOptions, problems: Problem[]): void {
  const at: Location = { file, sheet: META_SHEET };
  const said = `the workbook (${META_SHEET}) is for ${meta.jabatanId}, ${meta.year} TW ${meta.quarter}`;
  const e = opts.expect;
  if (e) {
    const diff: string[] = [];
    if (e.year !== undefined && e.year !== meta.year) diff.push(`year ${e.year}`);
    if (e.quarter !== undefined && e.quarter !== meta.quarter) diff.push(`TW ${e.quarter}`);
    if (e.jabatanId !== undefined && e.jabatanId !== meta.jabatanId) diff.push(`jabatan ${e.jabatanId}`);
    if (diff.length) {
      problems.push(legacyProblem('identity.period-mismatch', `Expected ${diff.join(', ')}, but ${said}.`, at, { severity: 'error', hint: 'Use the template made for this jabatan and triwulan.' }));
    }
  }
  if (opts.pathHints === false) return;
  for (const h of pathHints(file)) {
    const diff: string[] = [];
    if (h.year !== meta.year || h.quarter !== meta.quarter) diff.push(`${h.year} TW ${h.quarter}`);
    // "IKI_2017_TW1_<jabatan>_revisi.xlsx" is the same jabatan with a word added, not another one.
    if (h.jabatanId !== undefined && h.jabatanId !== meta.jabatanId && !h.jabatanId.startsWith(`${meta.jabatanId}_`)) diff.push(`jabatan ${h.jabatanId}`);
    if (diff.length) {
      problems.push(
        legacyProblem('identity.period-mismatch', `The ${h.from} says ${diff.join(', ')}, but ${said}; iki goes by ${META_SHEET}.`, at, {
          hint: 'Check that this is the right file; rename it if only the name is wrong.',
        }),
      );
    }
  }
}
