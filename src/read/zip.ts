// The safety checks on an untrusted zip, before anything is read from it. yauzl lists the entries but
// trusts the central directory, and a crafted file can make local and central headers disagree (a
// reader that follows the other one reads other bytes). So here: headers that disagree are refused
// (zipFlaw), and every entry read is inflated counting real bytes, never more than a limit in memory,
// checksums checked. (Writing zips is fflate's, in src/write/xlsx-writer.ts.)
// A zip without a proper end record is left to yauzl, whose messages say what is broken.
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { problem, type Location, type Problem } from '../model/problem.js';
import type { ZipFlaw } from '../model/problems/codes.js';

export interface ZipLimits {
  /** Number of entries in the zip. */
  maxEntries: number;
  /** Real inflated bytes of all entries together. */
  maxInflatedBytes: number;
  /** Real inflated bytes of the XML parts together (what the XML parser reads: the costly part). */
  maxXmlBytes: number;
}

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** The name as stored (bytes), for rewriting the zip. */
  rawName: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS time and date. */
  time: number;
  date: number;
  /** Where the entry's data starts (after its local header). */
  dataOffset: number;
}

export type Unzipped = { ok: true; files: Map<string, Buffer> } | { ok: false; problems: Problem[] };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Parts a spreadsheet reader parses as XML. */
export const XML_PART = /\.(xml|rels|vml)$/i;

/** Offset of the zip's end-of-central-directory record (its comment must end the file), or -1. */
function endRecord(b: Buffer): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b.readUInt32LE(i) === EOCD && i + 22 + b.readUInt16LE(i + 20) === b.length) return i;
  }
  return -1;
}

/** The central directory record at `p` (not checked: callers check bounds and signature first). */
function centralAt(b: Buffer, p: number) {
  const nameLength = b.readUInt16LE(p + 28);
  return {
    flags: b.readUInt16LE(p + 8),
    method: b.readUInt16LE(p + 10),
    time: b.readUInt16LE(p + 12),
    date: b.readUInt16LE(p + 14),
    crc: b.readUInt32LE(p + 16),
    compressedSize: b.readUInt32LE(p + 20),
    size: b.readUInt32LE(p + 24),
    nameLength,
    externalAttrs: b.readUInt32LE(p + 38),
    localOffset: b.readUInt32LE(p + 42),
    rawName: b.subarray(p + 46, p + 46 + nameLength),
    next: p + 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32),
  };
}

/**
 * The entries of a zip, in directory order. Throws when there is no end record or a directory entry is
 * damaged; on untrusted bytes, call only after zipFlaw() found nothing.
 */
export function zipEntries(b: Buffer): ZipEntry[] {
  const eocd = endRecord(b);
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const out: ZipEntry[] = [];
  let p = b.readUInt32LE(eocd + 16);
  for (let n = b.readUInt16LE(eocd + 10); n > 0; n--) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== CENTRAL) throw new Error('not a zip: bad central directory');
    const c = centralAt(b, p);
    const off = c.localOffset;
    out.push({
      name: c.rawName.toString('utf8'),
      rawName: c.rawName,
      method: c.method,
      crc: c.crc,
      compressedSize: c.compressedSize,
      size: c.size,
      time: c.time,
      date: c.date,
      dataOffset: off + 30 + b.readUInt16LE(off + 26) + b.readUInt16LE(off + 28),
    });
    p = c.next;
  }
  return out;
}

/** The number of entries the end record declares, or undefined without one. */
function declaredEntries(b: Buffer): number | undefined {
  const eocd = endRecord(b);
  return eocd < 0 ? undefined : b.readUInt16LE(eocd + 10);
}

/**
 * Headers that disagree with each other, which zip readers resolve differently: refused before any
 * reads, so every reader sees the same file. Only when the end record is found; a file without one is
 * left to yauzl's own message (usually a truncated download). Too many entries is for the caller to
 * refuse from the count alone, without walking them.
 */
export function zipFlaw(b: Buffer, maxEntries = Infinity): ZipFlaw | undefined {
  const eocd = endRecord(b);
  if (eocd < 0) return undefined;
  const total = b.readUInt16LE(eocd + 10);
  if (total > maxEntries) return undefined;
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (b.readUInt16LE(eocd + 4) !== 0 || b.readUInt16LE(eocd + 6) !== 0 || b.readUInt16LE(eocd + 8) !== total) return { flaw: 'multi-part' };
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { flaw: 'zip64' };
  if (cdOffset + cdSize !== eocd) return { flaw: 'directory-misplaced' };
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== CENTRAL) return { flaw: 'entry-damaged', entry: n + 1 };
    const c = centralAt(b, p);
    const flaw = entryFlaw(b, c, cdOffset, eocd);
    if (flaw) return { ...flaw, entry: n + 1 };
    p = c.next;
  }
  if (p !== eocd) return { flaw: 'extra-bytes' };
  return undefined;
}

function entryFlaw(b: Buffer, c: ReturnType<typeof centralAt>, cdOffset: number, eocd: number): Omit<ZipFlaw, 'entry'> | undefined {
  if (c.next > eocd) return { flaw: 'entry-overrun' };
  if (c.flags & 1) return { flaw: 'encrypted' };
  if (c.compressedSize === 0xffffffff || c.size === 0xffffffff) return { flaw: 'zip64' };
  const isDirName = c.rawName[c.nameLength - 1] === 0x2f;
  if (isDirName && (c.compressedSize > 2 || c.size !== 0)) return { flaw: 'folder-content' };
  // Readers decide "folder" from the name or from these attribute bits; both must agree.
  if (!isDirName && ((c.externalAttrs & 0x10) !== 0 || ((c.externalAttrs >>> 16) & 0o170000) === 0o040000)) return { flaw: 'folder-mark' };
  for (const ch of c.rawName) if (ch < 0x20 || ch > 0x7e) return { flaw: 'name-not-ascii' };
  if (c.method !== 0 && c.method !== 8) return { flaw: 'method', method: c.method };
  const off = c.localOffset;
  if (off + 30 > cdOffset || b.readUInt32LE(off) !== LOCAL) return { flaw: 'local-header-missing' };
  if (b.readUInt16LE(off + 8) !== c.method) return { flaw: 'two-methods' };
  const localNameLength = b.readUInt16LE(off + 26);
  if (localNameLength !== c.nameLength || !b.subarray(off + 30, off + 30 + c.nameLength).equals(c.rawName)) return { flaw: 'two-names' };
  if (off + 30 + localNameLength + b.readUInt16LE(off + 28) + c.compressedSize > cdOffset) return { flaw: 'entry-overrun' };
  return undefined;
}

/**
 * Every entry inflated, within the limits, or the problems that stopped it. Call after zipFlaw() found
 * nothing: consistent headers are inflated synchronously (several times faster than streaming each
 * part through the thread pool); a zip without an end record goes through yauzl for its messages.
 */
export async function unzipWithin(bytes: Buffer, file: string, limits: ZipLimits): Promise<Unzipped> {
  const total = declaredEntries(bytes);
  if (total === undefined) return unzipWithYauzl(bytes, file, limits);
  if (total > limits.maxEntries) return refuse(problem('file.too-many-entries', { entries: total, max: limits.maxEntries }, { file }));
  return unzipSync(bytes, file, limits);
}

const refuse = (p: Problem): Unzipped => ({ ok: false, problems: [p] });

/** Counts the real bytes inflated; says which limit a part crosses. */
class Budget {
  total = 0;
  xml = 0;
  constructor(
    readonly limits: ZipLimits,
    readonly at: Location,
    readonly fileSize: number,
  ) {}
  /** Before inflating: the declared size alone already crosses the limit. */
  declared(part: string, size: number): Problem | undefined {
    return this.total + size > this.limits.maxInflatedBytes ? this.bomb(part, size) : undefined;
  }
  add(part: string, bytes: number, partSoFar: number): Problem | undefined {
    this.total += bytes;
    if (XML_PART.test(part)) this.xml += bytes;
    if (this.total > this.limits.maxInflatedBytes) return this.bomb(part, partSoFar);
    if (this.xml > this.limits.maxXmlBytes) return problem('file.too-large', { what: 'xml', part, max: this.limits.maxXmlBytes }, this.at);
    return undefined;
  }
  bomb(part: string, size: number): Problem {
    return problem('file.zip-bomb', { part, size, max: this.limits.maxInflatedBytes, fileSize: this.fileSize }, this.at);
  }
}

function unzipSync(b: Buffer, file: string, limits: ZipLimits): Unzipped {
  const at = { file };
  const budget = new Budget(limits, at, b.length);
  const files = new Map<string, Buffer>();
  for (const e of zipEntries(b)) {
    if (e.name.endsWith('/')) continue;
    const over = budget.declared(e.name, e.size);
    if (over) return refuse(over);
    const raw = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let data: Buffer;
    if (e.method === 0) data = Buffer.from(raw);
    else {
      try {
        // One byte more than declared, so a part that inflates to more than its header says is caught.
        data = inflateRawSync(raw, { maxOutputLength: Math.min(e.size + 1, limits.maxInflatedBytes - budget.total + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return refuse(problem('file.zip-bomb', { part: e.name, overDeclared: true }, at));
        return refuse(problem('file.damaged', { damage: 'inflate', part: e.name, detail: oneLine((err as Error).message) }, at));
      }
    }
    if (data.length > e.size) return refuse(problem('file.zip-bomb', { part: e.name, overDeclared: true }, at));
    if (data.length < e.size) return refuse(problem('file.damaged', { damage: 'short-part', part: e.name }, at));
    if ((crc32(data) >>> 0) !== e.crc) return refuse(problem('file.damaged', { damage: 'checksum', part: e.name }, at));
    const crossed = budget.add(e.name, data.length, data.length);
    if (crossed) return refuse(crossed);
    files.set(e.name.replace(/^\/+/, ''), data);
  }
  return { ok: true, files };
}

/** The parts of a package by name, inflated when first asked for (a Map is one too). */
export interface PartSource {
  has(name: string): boolean;
  /** The part's bytes; a part that cannot be inflated within the limits throws PartDamage. */
  get(name: string): Buffer | undefined;
  keys(): Iterable<string>;
}

/** A part found damaged (or over a limit) when it was first inflated. */
export class PartDamage extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/**
 * The parts of a consistent zip (zipFlaw found nothing, an end record present), each inflated only
 * when asked for: a reader that needs five parts of thirty inflates five. The limits hold as for
 * unzipSync: the declared sizes of all parts together are checked first; a part inflates to at most its
 * declared size (one byte more is a bomb), must reach it, and its checksum must match.
 */
export type LazyUnzipped = { ok: true; parts: PartSource } | { ok: false; problems: Problem[] };

export async function lazyParts(b: Buffer, file: string, limits: ZipLimits): Promise<LazyUnzipped> {
  const total = declaredEntries(b);
  // Without an end record yauzl reads it (for its messages), all at once.
  if (total === undefined) {
    const all = await unzipWithYauzl(b, file, limits);
    return all.ok ? { ok: true, parts: all.files } : all;
  }
  const no = (p: Problem): LazyUnzipped => ({ ok: false, problems: [p] });
  if (total > limits.maxEntries) return no(problem('file.too-many-entries', { entries: total, max: limits.maxEntries }, { file }));
  const at = { file };
  const budget = new Budget(limits, at, b.length);
  const entries = new Map<string, ZipEntry>();
  for (const e of zipEntries(b)) {
    if (e.name.endsWith('/')) continue;
    const crossed = budget.add(e.name, e.size, e.size);
    if (crossed) return no(crossed);
    entries.set(e.name.replace(/^\/+/, ''), e);
  }
  const cache = new Map<string, Buffer>();
  const parts: PartSource = {
    has: (name) => entries.has(name),
    keys: () => entries.keys(),
    get(name) {
      let data = cache.get(name);
      if (data === undefined) {
        const e = entries.get(name);
        if (!e) return undefined;
        const r = inflateEntry(b, e, limits.maxInflatedBytes, at);
        if (!Buffer.isBuffer(r)) throw new PartDamage(r);
        cache.set(name, (data = r));
      }
      return data;
    },
  };
  return { ok: true, parts };
}

/** One entry inflated and checked against its header, or the problem. */
function inflateEntry(b: Buffer, e: ZipEntry, room: number, at: Location): Buffer | Problem {
  const raw = b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  let data: Buffer;
  if (e.method === 0) data = Buffer.from(raw);
  else {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(e.size + 1, room + 1)) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return problem('file.zip-bomb', { part: e.name, overDeclared: true }, at);
      return problem('file.damaged', { damage: 'inflate', part: e.name, detail: oneLine((err as Error).message) }, at);
    }
  }
  if (data.length > e.size) return problem('file.zip-bomb', { part: e.name, overDeclared: true }, at);
  if (data.length < e.size) return problem('file.damaged', { damage: 'short-part', part: e.name }, at);
  if ((crc32(data) >>> 0) !== e.crc) return problem('file.damaged', { damage: 'checksum', part: e.name }, at);
  return data;
}

/** yauzl's reading of a zip without a proper end record: what it says is wrong, as a problem. */
function yauzlProblem(err: Error, at: Location): Problem {
  const detail = oneLine(err.message);
  // yauzl's validateEntrySizes: an entry that inflates to more than its header says is a bomb's trick.
  if (/too many bytes in the stream/i.test(detail)) return problem('file.zip-bomb', { overDeclared: true }, at);
  const truncated = /end of central directory|unexpected EOF|not enough|out of range|truncated|invalid (central|local)|signature/i.test(detail);
  return truncated ? problem('file.truncated', { detail }, at) : problem('file.damaged', { damage: 'zip', detail }, at);
}

/** Inflate every entry through yauzl, counting the real bytes; stop at the first limit crossed. */
function unzipWithYauzl(bytes: Buffer, file: string, limits: ZipLimits): Promise<Unzipped> {
  const at = { file };
  const budget = new Budget(limits, at, bytes.length);
  return new Promise((resolveAll) => {
    let settled = false;
    const done = (r: Unzipped) => {
      if (!settled) {
        settled = true;
        resolveAll(r);
      }
    };
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return done(refuse(yauzlProblem(err ?? new Error('cannot open zip'), at)));
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return done(refuse(problem('file.too-many-entries', { entries: zip.entryCount, max: limits.maxEntries }, at)));
      }
      const files = new Map<string, Buffer>();
      const stop = (p: Problem) => {
        zip.close();
        done(refuse(p));
      };
      zip.on('error', (e: Error) => done(refuse(yauzlProblem(e, at))));
      zip.on('end', () => done({ ok: true, files }));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (settled) return;
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        // The declared size is a first, cheap check; the real bytes are counted below.
        const over = budget.declared(entry.fileName, entry.uncompressedSize);
        if (over) return stop(over);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return done(refuse(yauzlProblem(e ?? new Error('cannot read an entry'), at)));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            const crossed = budget.add(entry.fileName, c.length, size);
            if (crossed) {
              stream.destroy();
              return stop(crossed);
            }
            chunks.push(c);
          });
          stream.on('error', (se: Error) => done(refuse(yauzlProblem(se, at))));
          stream.on('end', () => {
            if (settled) return;
            const name = entry.fileName.replace(/^\/+/, '');
            const data = Buffer.concat(chunks, size);
            // yauzl does not check the CRC; a flipped bit that still inflates must not become a different count.
            if ((crc32(data) >>> 0) !== (entry.crc32 >>> 0)) return stop(problem('file.damaged', { damage: 'checksum', part: name }, at));
            files.set(name, data);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}
