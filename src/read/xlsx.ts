// Opening an untrusted .xlsx safely: bytes -> either a loaded exceljs Workbook or problems.
//
// exceljs trusts its input: it inflates every zip entry without limit, expands every cell of a
// defined name's range and of a data validation, and creates one object per column of a <col>
// range. A 6 KB file can therefore exhaust the heap, which no try/catch survives. So before exceljs
// sees the bytes we: sniff the format (xls, pdf, csv, empty); open the zip with yauzl and
// stream-inflate every entry, counting real bytes (validateEntrySizes) against fixed limits; refuse
// XML with <!DOCTYPE / <!ENTITY; read xl/workbook.xml's defined names ourselves and refuse huge
// ranges; check <col> ranges. Then exceljs loads with dataValidations and mergeCells ignored and
// with no defined names at all (we resolve names from our own parse; exceljs would expand them, and
// a Print_Area it cannot decode makes it throw). The caller loads exceljs and passes it in.
import type { Workbook } from 'exceljs';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { legacyProblem, type Problem } from '../model/problem.js';

/** The part of the exceljs module we need (pass the imported module itself). */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

export interface XlsxLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Number of entries in the zip. */
  maxEntries: number;
  /** Real inflated bytes of all entries together. */
  maxInflatedBytes: number;
  /** Real inflated bytes of the XML parts together (what exceljs parses into objects: the costly part). */
  maxXmlBytes: number;
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

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

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

/** The safety checks on a workbook's bytes, without exceljs: every part inflated (within limits), names and sheets parsed. */
export async function inspectXlsx(bytes: Buffer, file: string, limits: XlsxLimits = DEFAULT_LIMITS): Promise<Inspected> {
  const at = { file };
  const fail = (p: Problem): Inspected => ({ ok: false, problems: [p] });
  if (bytes.length > limits.maxFileBytes) {
    return fail(legacyProblem('file.too-large', `The file is ${mb(bytes.length)}; an IKI workbook may be at most ${mb(limits.maxFileBytes)}.`, at));
  }
  switch (sniff(bytes)) {
    case 'empty':
      return fail(legacyProblem('file.empty', 'The file is empty (0 bytes).', at));
    case 'xls':
      return fail(legacyProblem('file.xls', 'This is an old Excel 97-2003 (.xls) file or a password-protected workbook, not an .xlsx workbook.', at));
    case 'pdf':
      return fail(legacyProblem('file.not-xlsx', 'This is a PDF document renamed to .xlsx, not an Excel workbook.', at, { hint: 'Send the filled Excel template itself, not a PDF or a scan of it.' }));
    case 'text':
      return fail(legacyProblem('file.not-xlsx', 'This is a text file (CSV or similar), not an Excel workbook.', at, { hint: 'Fill the Excel template itself and send it as .xlsx; a CSV loses the names iki reads values by.' }));
    case 'unknown':
      return fail(legacyProblem('file.not-xlsx', 'This file is not an Excel workbook (it does not start like an .xlsx file).', at));
    case 'zip':
      break;
  }

  const inconsistent = zipInconsistency(bytes, limits.maxEntries);
  if (inconsistent) {
    return fail(legacyProblem('file.damaged', `The file's zip structure is damaged (${inconsistent}); it was changed or cut in transit.`, at));
  }
  // Consistent headers (checked above): inflate synchronously, which is several times faster than
  // streaming each part through the thread pool. yauzl reads the rest, for its messages on what is broken.
  const entries = inflateSyncAll(bytes, file, limits) ?? (await inflateAll(bytes, file, limits));
  if (!entries.ok) return { ok: false, problems: entries.problems };
  const files = entries.files;

  if (!files.has('xl/workbook.xml') || !files.has('[Content_Types].xml')) {
    const mime = files.get('mimetype')?.toString('latin1') ?? '';
    const what = mime.includes('opendocument.spreadsheet')
      ? 'an OpenDocument spreadsheet (.ods)'
      : files.has('word/document.xml')
        ? 'a Word document'
        : 'a zip file';
    return fail(legacyProblem('file.not-xlsx', `This is ${what}, not an Excel .xlsx workbook.`, at));
  }

  for (const [name, data] of files) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    if (hasDoctype(data)) {
      return fail(legacyProblem('file.xml-entities', `The part ${name} declares a DOCTYPE or ENTITY; Excel never writes these.`, at));
    }
  }

  const workbookXml = files.get('xl/workbook.xml')!.toString('utf8');
  const names = parseDefinedNames(workbookXml);
  if (names.length > limits.maxNames) {
    return fail(legacyProblem('file.name-range', `The workbook has ${names.length} defined names; at most ${limits.maxNames} are allowed.`, at));
  }
  const problems: Problem[] = [];
  for (const n of names) {
    const cells = explicitCells(n.text);
    if (cells > limits.maxNameCells) {
      problems.push(
        legacyProblem('file.name-range', `The defined name "${n.name}" covers ${cells.toLocaleString('en')} cells (${n.text}); at most ${limits.maxNameCells.toLocaleString('en')} are allowed.`, { file, name: n.name }),
      );
    }
  }
  for (const [name, data] of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = data.toString('utf8');
    const bad = badColumnRange(xml);
    if (bad) problems.push(legacyProblem('file.column-range', `The part ${name} has a column range ${bad}; Excel has columns 1 to ${EXCEL_MAX_COLS}.`, at));
    const twice = cellWithTwoValues(xml);
    if (twice) problems.push(legacyProblem('file.damaged', `The part ${name} has a cell (${twice}) holding two values; exceljs would join their digits into another number.`, at));
  }
  if (problems.length) return { ok: false, problems };

  return { ok: true, files, names, sheets: parseSheets(workbookXml) };
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
    return fail(legacyProblem('file.damaged', `The workbook could not be read: ${oneLine((err as Error)?.message ?? String(err))}.`, at));
  }
  return { ok: true, workbook, names, sheets };
}

// ---------------------------------------------------------------- zip

/** Offset of the zip's end-of-central-directory record (its comment must end the file), or -1. */
function endRecord(b: Buffer): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b.readUInt32LE(i) === 0x06054b50 && i + 22 + b.readUInt16LE(i + 20) === b.length) return i;
  }
  return -1;
}

/**
 * Headers that disagree with each other, which zip readers resolve differently (yauzl trusts the
 * central directory; exceljs's JSZip re-reads local headers): refused before either reads, so every
 * reader sees the same file. Only when the end record is found; a file without one is left to yauzl's
 * own message (usually a truncated download).
 */
export function zipInconsistency(b: Buffer, maxEntries = Infinity): string | undefined {
  const eocd = endRecord(b);
  if (eocd < 0) return undefined;
  const total = b.readUInt16LE(eocd + 10);
  // Too many entries is refused by the caller from this count alone, without walking them.
  if (total > maxEntries) return undefined;
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (b.readUInt16LE(eocd + 4) !== 0 || b.readUInt16LE(eocd + 6) !== 0 || b.readUInt16LE(eocd + 8) !== total) return 'a multi-part zip';
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return 'a zip64 archive';
  if (cdOffset + cdSize !== eocd) return 'the central directory is not where the end record says';
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== 0x02014b50) return `central directory entry ${n + 1} is damaged`;
    const flags = b.readUInt16LE(p + 8);
    const method = b.readUInt16LE(p + 10);
    const csize = b.readUInt32LE(p + 20);
    const nlen = b.readUInt16LE(p + 28);
    const next = p + 46 + nlen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    const off = b.readUInt32LE(p + 42);
    if (next > eocd) return `central directory entry ${n + 1} runs past its end`;
    if (flags & 1) return 'an encrypted part';
    if (csize === 0xffffffff || b.readUInt32LE(p + 24) === 0xffffffff) return `entry ${n + 1} uses zip64 sizes`;
    if (b[p + 46 + nlen - 1] === 0x2f && (csize > 2 || b.readUInt32LE(p + 24) !== 0)) return `folder entry ${n + 1} has content`;
    // Readers decide "folder" from the name or from these attribute bits; both must agree.
    const ext = b.readUInt32LE(p + 38);
    const isDirName = b[p + 46 + nlen - 1] === 0x2f;
    if (!isDirName && ((ext & 0x10) !== 0 || ((ext >>> 16) & 0o170000) === 0o040000)) return `entry ${n + 1} is marked as a folder`;
    for (let k = p + 46; k < p + 46 + nlen; k++) if (b[k]! < 0x20 || b[k]! > 0x7e) return `entry ${n + 1} has a name that is not plain ASCII`;
    if (method !== 0 && method !== 8) return `a part compressed with method ${method}`;
    if (off + 30 > cdOffset || b.readUInt32LE(off) !== 0x04034b50) return `the local header of entry ${n + 1} is missing`;
    if (b.readUInt16LE(off + 8) !== method) return `entry ${n + 1} has two compression methods`;
    const lnlen = b.readUInt16LE(off + 26);
    if (lnlen !== nlen || !b.subarray(off + 30, off + 30 + nlen).equals(b.subarray(p + 46, p + 46 + nlen))) return `entry ${n + 1} has two names`;
    if (off + 30 + lnlen + b.readUInt16LE(off + 28) + csize > cdOffset) return `entry ${n + 1} runs past its end`;
    p = next;
  }
  if (p !== eocd) return 'the central directory has extra bytes';
  return undefined;
}

type Inflated = { ok: true; files: Map<string, Buffer> } | { ok: false; problems: Problem[] };

/**
 * Every entry inflated in one go, within the same limits as inflateAll (never more than the limit in
 * memory: inflateRawSync stops at maxOutputLength). Undefined when the zip has no end record (the
 * caller then lets yauzl say what is wrong). Call after zipInconsistency() found nothing.
 */
function inflateSyncAll(b: Buffer, file: string, limits: XlsxLimits): Inflated | undefined {
  const at = { file };
  const eocd = endRecord(b);
  if (eocd < 0) return undefined;
  const total = b.readUInt16LE(eocd + 10);
  if (total > limits.maxEntries) {
    return { ok: false, problems: [legacyProblem('file.too-many-entries', `The file holds ${total} parts; an .xlsx workbook has a few dozen (at most ${limits.maxEntries} allowed).`, at)] };
  }
  const files = new Map<string, Buffer>();
  let inflated = 0;
  let xml = 0;
  let p = b.readUInt32LE(eocd + 16);
  for (let n = 0; n < total; n++) {
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const csize = b.readUInt32LE(p + 20);
    const usize = b.readUInt32LE(p + 24);
    const nlen = b.readUInt16LE(p + 28);
    const off = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nlen).toString('utf8');
    p += 46 + nlen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    if (name.endsWith('/')) continue;
    const bomb = (size: number) => ({
      ok: false as const,
      problems: [legacyProblem('file.zip-bomb', `The file expands to more than ${mb(limits.maxInflatedBytes)} (part ${name}: ${mb(size)} or more) from ${mb(b.length)}.`, at)],
    });
    if (inflated + usize > limits.maxInflatedBytes) return bomb(usize);
    const start = off + 30 + b.readUInt16LE(off + 26) + b.readUInt16LE(off + 28);
    const raw = b.subarray(start, start + csize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else {
      try {
        // One byte more than declared, so a part that inflates to more than its header says is caught.
        data = inflateRawSync(raw, { maxOutputLength: Math.min(usize + 1, limits.maxInflatedBytes - inflated + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          return { ok: false, problems: [legacyProblem('file.zip-bomb', `A part of the file (${name}) expands to more than its header declares; it was not read further.`, at)] };
        }
        return { ok: false, problems: [legacyProblem('file.damaged', `The file is not a readable .xlsx: part ${name} cannot be decompressed (${oneLine((err as Error).message)}).`, at)] };
      }
    }
    if (data.length > usize) return { ok: false, problems: [legacyProblem('file.zip-bomb', `A part of the file (${name}) expands to more than its header declares; it was not read further.`, at)] };
    if (data.length < usize) return { ok: false, problems: [legacyProblem('file.damaged', `The part ${name} is shorter than its header says; the file was changed or cut in transit.`, at)] };
    if ((crc32(data) >>> 0) !== crc) {
      return { ok: false, problems: [legacyProblem('file.damaged', `The part ${name} is damaged (its checksum does not match); the file was changed or cut in transit.`, at)] };
    }
    inflated += data.length;
    if (/\.(xml|rels|vml)$/i.test(name)) xml += data.length;
    if (xml > limits.maxXmlBytes) {
      return {
        ok: false,
        problems: [
          legacyProblem('file.too-large', `The workbook's sheets hold more than ${mb(limits.maxXmlBytes)} of data (part ${name}); an IKI workbook holds far less.`, at, {
            hint: 'Delete the extra sheets or rows pasted into it, or fill a fresh template.',
          }),
        ],
      };
    }
    files.set(name.replace(/^\/+/, ''), data);
  }
  return { ok: true, files };
}

/** Inflate every entry, counting the real bytes; stop at the first limit crossed. */
function inflateAll(bytes: Buffer, file: string, limits: XlsxLimits): Promise<Inflated> {
  const at = { file };
  return new Promise((resolveAll) => {
    let settled = false;
    const done = (r: Inflated) => {
      if (!settled) {
        settled = true;
        resolveAll(r);
      }
    };
    const damaged = (err: Error) => {
      const msg = oneLine(err.message);
      // yauzl's validateEntrySizes: an entry that inflates to more than its header says is a bomb's trick.
      if (/too many bytes in the stream/i.test(msg)) {
        return done({ ok: false, problems: [legacyProblem('file.zip-bomb', `A part of the file expands to more than its header declares (${msg}); it was not read further.`, at)] });
      }
      const truncated = /end of central directory|unexpected EOF|not enough|out of range|truncated|invalid (central|local)|signature/i.test(msg);
      done({
        ok: false,
        problems: [legacyProblem(truncated ? 'file.truncated' : 'file.damaged', `The file is not a readable .xlsx: ${msg}.`, at)],
      });
    };
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return damaged(err ?? new Error('cannot open zip'));
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return done({ ok: false, problems: [legacyProblem('file.too-many-entries', `The file holds ${zip.entryCount} parts; an .xlsx workbook has a few dozen (at most ${limits.maxEntries} allowed).`, at)] });
      }
      const files = new Map<string, Buffer>();
      let total = 0;
      let xml = 0;
      const bomb = (name: string, size: number) => {
        zip.close();
        done({
          ok: false,
          problems: [legacyProblem('file.zip-bomb', `The file expands to more than ${mb(limits.maxInflatedBytes)} (part ${name}: ${mb(size)} or more) from ${mb(bytes.length)}.`, at)],
        });
      };
      zip.on('error', (e: Error) => damaged(e));
      zip.on('end', () => done({ ok: true, files }));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (settled) return;
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        // The declared size is a first, cheap check; the real bytes are counted below.
        if (total + entry.uncompressedSize > limits.maxInflatedBytes) return bomb(entry.fileName, entry.uncompressedSize);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return damaged(e ?? new Error('cannot read an entry'));
          const chunks: Buffer[] = [];
          let size = 0;
          const isXml = /\.(xml|rels|vml)$/i.test(entry.fileName);
          stream.on('data', (c: Buffer) => {
            size += c.length;
            total += c.length;
            if (isXml) xml += c.length;
            if (total > limits.maxInflatedBytes) {
              stream.destroy();
              return bomb(entry.fileName, size);
            }
            if (xml > limits.maxXmlBytes) {
              stream.destroy();
              zip.close();
              return done({
                ok: false,
                problems: [
                  legacyProblem('file.too-large', `The workbook's sheets hold more than ${mb(limits.maxXmlBytes)} of data (part ${entry.fileName}); an IKI workbook holds far less.`, at, {
                    hint: 'Delete the extra sheets or rows pasted into it, or fill a fresh template.',
                  }),
                ],
              });
            }
            chunks.push(c);
          });
          stream.on('error', (se: Error) => damaged(se));
          stream.on('end', () => {
            if (settled) return;
            const name = entry.fileName.replace(/^\/+/, '');
            const data = Buffer.concat(chunks, size);
            // yauzl does not check the CRC; a flipped bit that still inflates must not become a different count.
            if ((crc32(data) >>> 0) !== (entry.crc32 >>> 0)) {
              zip.close();
              return done({ ok: false, problems: [legacyProblem('file.damaged', `The part ${name} is damaged (its checksum does not match); the file was changed or cut in transit.`, at)] });
            }
            files.set(name, data);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
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

export function colToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function numberToCol(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
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
function badColumnRange(xml: string): string | undefined {
  const cols = /<(?:\w+:)?cols\b[\s\S]*?<\/(?:\w+:)?cols>/.exec(xml);
  if (!cols) return undefined;
  const re = /<(?:\w+:)?col\b([^>]*)>/g;
  for (let m = re.exec(cols[0]); m; m = re.exec(cols[0])) {
    const min = Number(attr(m[1] ?? '', 'min') ?? '0');
    const max = Number(attr(m[1] ?? '', 'max') ?? '0');
    if (!Number.isFinite(min) || !Number.isFinite(max) || max > EXCEL_MAX_COLS || min > max + 1 || min < 0) return `min=${min} max=${max}`;
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

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}
