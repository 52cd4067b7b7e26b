// A fast reader for the few cells iki needs, straight from the inflated XML parts, without exceljs.
//
// exceljs builds an object for every cell, style and part (~15-30 ms a workbook, plus 0.3-0.8 s to load
// the module). iki reads a handful of named cells on two sheets. This reader gives exactly what exceljs
// would give for those cells, or declines: `fastBook` returns undefined, and a cell it does not fully
// understand throws FastDecline when read, and the caller then reads the file with exceljs. It reads
// only what iki's own templates, Excel and LibreOffice write in the usual way (plain numbers, shared
// strings, no formulas/hyperlinks/inline strings/date formats in the cells read), and only when every
// XML part exceljs would parse is well formed by a check stricter than exceljs's own parser, so that a
// file exceljs would refuse is never read here. test/fast-reader.test.ts compares both readers on every
// fixture and on the fuzz corpus.
import { attr, decodeXml, type SheetEntry } from './xlsx.js';

/** Thrown when a cell is read that this reader does not handle exactly like exceljs. */
export class FastDecline extends Error {
  constructor(why: string) {
    super(`fast reader declines: ${why}`);
  }
}

export interface CellValueHolder {
  value: unknown;
}

/** The part of an exceljs Worksheet that readSubmission uses. */
export interface SheetLike {
  name: string;
  rowCount: number;
  getCell(ref: string | number, col?: number): CellValueHolder;
}

/** The part of an exceljs Workbook that readSubmission uses. */
export interface BookLike {
  getWorksheet(name: string): SheetLike | undefined;
}

// Parts exceljs parses as XML (xlsx.js load); anything it would parse that we do not check sends the file to exceljs.
const PARSED_OK = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|docProps\/app\.xml|docProps\/core\.xml)$/;
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET_RELS = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const THEME = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/;
const OTHER_PARSED = [/xl\/media\//, /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, /xl\/(comments\d+)[.]xml/, /xl\/tables\/(table\d+)[.]xml/, /xl\/drawings\/_rels\//, /xl\/drawings\/(vmlDrawing\d+)[.]vml/];

/** Built-in number formats that are not dates (exceljs would not turn the number into a Date). */
const NON_DATE_BUILTIN = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49]);

/**
 * A workbook view over the inflated parts, or undefined when the file is not one this reader handles
 * exactly like exceljs (the caller then uses exceljs).
 */
export function fastBook(files: Map<string, Buffer>, sheets: SheetEntry[]): BookLike | undefined {
  const xml = new Map<string, string>();
  for (const [name, data] of files) {
    if (name.endsWith('/')) continue;
    let kind: 'check' | 'skip' | 'decline';
    if (PARSED_OK.test(name) || WORKSHEET.test(name) || WORKSHEET_RELS.test(name)) kind = 'check';
    else if (name === 'xl/media' || THEME.test(name)) kind = 'skip';
    else if (OTHER_PARSED.some((re) => re.test(name))) kind = 'decline';
    else kind = 'skip';
    if (kind === 'decline') return undefined;
    if (kind === 'skip') continue;
    const text = data.toString('utf8');
    const pairs = new Set<string>();
    if (!wellFormed(text, pairs) || !shapeOk(name, pairs)) return undefined;
    xml.set(name, text);
  }
  const workbookXml = xml.get('xl/workbook.xml');
  if (workbookXml === undefined) return undefined;
  // date1904 changes only dates, and a number in a date format is always left to exceljs.

  // Worksheet parts: exactly the names exceljs keys them by; each referenced once from workbook.xml.
  const worksheetParts = new Set<string>();
  for (const name of xml.keys()) {
    if (WORKSHEET.test(name)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return undefined;
      worksheetParts.add(name);
    } else if (WORKSHEET_RELS.test(name)) {
      const rels = xml.get(name)!;
      // Hyperlinks, drawings and tables change what exceljs makes of a cell: leave those to it. Notes
      // (comments and their VML) never change a value; openpyxl writes them with absolute targets that
      // exceljs 4.4.0 cannot follow (it throws), so this reader takes such files itself.
      if (/<Relationship\b[^>]*Type\s*=\s*["'][^"']*\/(hyperlink|drawing|table)["']/.test(rels)) return undefined;
    }
  }
  const relsXml = xml.get('xl/_rels/workbook.xml.rels') ?? '';
  const rels = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1] ?? '', 'Id');
    const target = attr(m[1] ?? '', 'Target');
    if (id === undefined || target === undefined) return undefined;
    if (rels.has(id)) return undefined;
    rels.set(id, target);
  }
  const bySheetName = new Map<string, string>();
  const used = new Set<string>();
  const ids = new Set<string>();
  const sheetTags = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)];
  if (sheetTags.length !== sheets.length) return undefined;
  for (const [i, m] of sheetTags.entries()) {
    const a = m[1] ?? '';
    const name = attr(a, 'name');
    const rid = attr(a, 'r:id');
    if (name === undefined || rid === undefined || name !== sheets[i]!.name) return undefined;
    // exceljs's Worksheet name rules (it throws on these) and its sheetId slots (a repeated id overwrites).
    const sheetId = attr(a, 'sheetId');
    if (sheetId === undefined || !/^[1-9]\d{0,5}$/.test(sheetId) || ids.has(sheetId)) return undefined;
    ids.add(sheetId);
    if (name === '' || name === 'History' || name.length > 31 || /[*?:/\\[\]\t\n\r]|^'|'$/.test(name)) return undefined;
    if ([...bySheetName.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) return undefined;
    const target = rels.get(rid);
    if (target === undefined) return undefined;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!worksheetParts.has(part) || used.has(part)) return undefined;
    used.add(part);
    bySheetName.set(name, part);
  }
  if (used.size !== worksheetParts.size) return undefined;

  const strings = new LazyStrings(xml.get('xl/sharedStrings.xml'));
  const styles = new Styles(xml.get('xl/styles.xml'));
  if (!styles.ok) return undefined;
  // Every sheet, not only the ones read: exceljs parses them all, and an odd one must send the file to it.
  const parsed = new Map<string, FastSheet>();
  for (const [name, part] of bySheetName) {
    const s = FastSheet.parse(name, xml.get(part)!, strings, styles);
    if (s === null) return undefined;
    parsed.set(name, s);
  }
  return { getWorksheet: (name: string) => parsed.get(name) };
}

// ---------------------------------------------------------------- shapes exceljs accepts

// exceljs throws on any element it does not know in relationships, core properties and the shared
// string table (and makes no model at all when a part's root is not the one it expects). The element
// pairs (parent>child) allowed here are the ones those parsers know; anything else goes to exceljs.
const CORE_CHILDREN = ['dc:creator', 'dc:title', 'dc:subject', 'dc:description', 'dc:identifier', 'dc:language', 'cp:keywords', 'cp:category', 'cp:lastModifiedBy', 'cp:lastPrinted', 'cp:revision', 'cp:version', 'cp:contentStatus', 'cp:contentType', 'dcterms:created', 'dcterms:modified'];
const RPR = ['b', 'i', 'u', 'strike', 'sz', 'color', 'rFont', 'family', 'scheme', 'vertAlign', 'charset', 'outline', 'shadow', 'condense', 'extend'];
const STRICT: [RegExp, Set<string>][] = [
  [/^(_rels\/\.rels|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels)$/, new Set(['>Relationships', 'Relationships>Relationship'])],
  [/^docProps\/core\.xml$/, new Set(['>cp:coreProperties', '>coreProperties', ...CORE_CHILDREN.flatMap((c) => [`cp:coreProperties>${c}`, `coreProperties>${c}`])])],
  [/^xl\/sharedStrings\.xml$/, new Set(['>sst', 'sst>si', 'si>t', 'si>r', 'r>rPr', 'r>t', ...RPR.map((c) => `rPr>${c}`)])],
];
const ROOTS: [RegExp, string][] = [
  [/^docProps\/app\.xml$/, 'Properties'],
  [/^xl\/workbook\.xml$/, 'workbook'],
  [/^xl\/styles\.xml$/, 'styleSheet'],
  [/^xl\/worksheets\/sheet\d+\.xml$/, 'worksheet'],
];

const CELL_TREE = new Set(['sheetData', 'row', 'c', 'v', 'f', 'is']);
const SHEET_DATA_PAIRS = new Set(['worksheet>sheetData', 'sheetData>row', 'row>c', 'c>v', 'c>f', 'c>is', 'is>t', 'is>r', 'r>t', 'r>rPr', ...RPR.map((c) => `rPr>${c}`)]);

/** exceljs's list parsers stop at an element they do not expect, silently dropping what follows (the
 *  sheets after it, the styles after it): such a list sends the file to exceljs. */
const LIST_CHILD: Record<string, string> = {
  sheets: 'sheet',
  definedNames: 'definedName',
  bookViews: 'workbookView',
  numFmts: 'numFmt',
  cellXfs: 'xf',
  cellStyleXfs: 'xf',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  dxfs: 'dxf',
  cellStyles: 'cellStyle',
  cols: 'col',
  mergeCells: 'mergeCell',
};

function shapeOk(part: string, pairs: Set<string>): boolean {
  for (const p of pairs) {
    const [parent, child] = p.split('>') as [string, string];
    const want = LIST_CHILD[parent];
    if (want !== undefined && child !== want) return false;
  }
  for (const [re, allowed] of STRICT) {
    if (re.test(part)) {
      for (const p of pairs) if (!allowed.has(p)) return false;
      return true;
    }
  }
  for (const [re, root] of ROOTS) {
    if (re.test(part)) {
      if (!pairs.has(`>${root}`)) return false;
      for (const p of pairs) {
        // A worksheet's autoFilter has a strict parser too; leave any to exceljs.
        if (p.endsWith('>autoFilter')) return false;
        // An unknown element inside sheetData cuts exceljs's reading of the row short.
        const [parent, child] = p.split('>') as [string, string];
        if ((CELL_TREE.has(parent) || CELL_TREE.has(child)) && !SHEET_DATA_PAIRS.has(p)) return false;
      }
      return true;
    }
  }
  return true;
}

// ---------------------------------------------------------------- well-formedness

const NAME = /[A-Za-z_][\w.\-:]*/y;
const ATTRS = /((?:\s+[A-Za-z_][\w.\-:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ONE_ATTR = /([A-Za-z_][\w.\-:]*)\s*=/g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

/**
 * Strictly well formed, in the subset Excel and LibreOffice write: one root element, balanced tags,
 * quoted attributes without duplicates, only the predefined and numeric entities, no control
 * characters, no comments, CDATA, processing instructions (other than the declaration) or DOCTYPE.
 * Anything outside that subset answers false (the caller then lets exceljs decide), never "maybe".
 */
export function wellFormed(s: string, pairs?: Set<string>): boolean {
  let i = 0;
  if (s.charCodeAt(0) === 0xfeff) i = 1;
  if (s.startsWith('<?xml', i)) {
    const end = s.indexOf('?>', i);
    if (end < 0) return false;
    if (!/^<\?xml\s+version\s*=\s*["']1\.0["'](\s+encoding\s*=\s*["'][Uu][Tt][Ff]-8["'])?(\s+standalone\s*=\s*["'](yes|no)["'])?\s*\?>$/.test(s.slice(i, end + 2))) return false;
    i = end + 2;
  }
  const stack: string[] = [];
  let roots = 0;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    // Text: no control characters, '&' only in entities, no ']]>', and outside the root only whitespace.
    for (let k = i; k < textEnd; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
      if (c === 0xfffe || c === 0xffff) return false;
      if (c === 0x26) {
        ENTITY.lastIndex = k;
        if (!ENTITY.test(s) || !validCharRef(s, k)) return false;
      } else if (c === 0x3e && k >= i + 2 && s.charCodeAt(k - 1) === 0x5d && s.charCodeAt(k - 2) === 0x5d) return false;
      else if (stack.length === 0 && c !== 9 && c !== 10 && c !== 13 && c !== 32) return false;
    }
    if (lt < 0) break;
    i = lt + 1;
    if (s.charCodeAt(i) === 0x2f) {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(s);
      if (!m) return false;
      let j = NAME.lastIndex;
      while (j < n && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9 || s.charCodeAt(j) === 10 || s.charCodeAt(j) === 13)) j++;
      if (s.charCodeAt(j) !== 0x3e || stack.pop() !== m[0]) return false;
      i = j + 1;
      continue;
    }
    NAME.lastIndex = i;
    const m = NAME.exec(s);
    if (!m) return false;
    ATTRS.lastIndex = NAME.lastIndex;
    const a = ATTRS.exec(s);
    if (!a) return false;
    const attrs = a[1] ?? '';
    if (attrs) {
      // Duplicate attribute names (a few per tag: an array is cheaper than a set).
      if (attrs.indexOf('=') !== attrs.lastIndexOf('=')) {
        const seen: string[] = [];
        ONE_ATTR.lastIndex = 0;
        for (let am = ONE_ATTR.exec(attrs); am; am = ONE_ATTR.exec(attrs)) {
          if (seen.includes(am[1]!)) return false;
          seen.push(am[1]!);
        }
      }
      for (let k = 0; k < attrs.length; k++) {
        const c = attrs.charCodeAt(k);
        if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return false;
        if (c === 0xfffe || c === 0xffff) return false;
        if (c === 0x26) {
          ENTITY.lastIndex = k;
          if (!ENTITY.test(attrs) || !validCharRef(attrs, k)) return false;
        }
      }
    }
    if (stack.length === 0) {
      if (roots++ > 0) return false;
    }
    pairs?.add(`${stack.length ? stack[stack.length - 1] : ''}>${m[0]}`);
    if (a[2] !== '/') stack.push(m[0]);
    i = ATTRS.lastIndex;
  }
  return stack.length === 0 && roots === 1;
}

function validCharRef(s: string, at: number): boolean {
  if (s.charCodeAt(at + 1) !== 0x23) return true;
  const end = s.indexOf(';', at);
  const body = s.slice(at + 2, end);
  const cp = body[0] === 'x' ? parseInt(body.slice(1), 16) : parseInt(body, 10);
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Text content as exceljs sees it: entities decoded, line ends normalised as an XML parser does. */
function xmlText(raw: string): string {
  return decodeXml(raw.replace(/\r\n?/g, '\n'));
}

// ---------------------------------------------------------------- shared strings and styles

type StringValue = string | { richText: { text: string }[] } | null;

class LazyStrings {
  private items: string[] | undefined;
  private cache = new Map<number, StringValue>();
  constructor(private readonly xml: string | undefined) {}

  /** Whether a shared-string cell's content is one <v> with an index in the table. */
  has(inner: string): boolean {
    const m = /^<v>(\d{1,9})<\/v>$/.exec(inner);
    return m !== null && this.load().length > Number(m[1]);
  }

  private load(): string[] {
    this.get(0);
    return this.items!;
  }

  /** The exceljs value of shared string `i`, or null when this reader does not handle its shape. */
  get(i: number): StringValue | undefined {
    if (this.items === undefined) {
      this.items = [];
      if (this.xml !== undefined) {
        // Only <si> children of the root <sst>; exceljs reads nothing else.
        for (const m of this.xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) this.items.push(m[1] ?? '');
      }
    }
    if (i >= this.items.length) return undefined;
    let v = this.cache.get(i);
    if (v === undefined) {
      v = parseSi(this.items[i]!);
      this.cache.set(i, v);
    }
    return v;
  }
}

const T_ONLY = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$|^<t(?:\s[^>]*)?\/>$/;
const TEXT_ESC = /_x([0-9A-F]{4})_/g;
const unescapeText = (t: string) => t.replace(TEXT_ESC, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

function parseSi(inner: string): StringValue {
  const plain = T_ONLY.exec(inner);
  if (plain) return unescapeText(xmlText(plain[1] ?? ''));
  // Rich text: a run of <r>[<rPr>...</rPr>]<t>...</t></r>, nothing else.
  const runs: { text: string }[] = [];
  const re = /<r>(?:<rPr>(?:(?!<\/rPr>)[\s\S])*<\/rPr>)?(<t(?:\s[^>]*)?>([^<]*)<\/t>|<t(?:\s[^>]*)?\/>)<\/r>/y;
  let at = 0;
  while (at < inner.length) {
    re.lastIndex = at;
    const m = re.exec(inner);
    if (!m) return null;
    runs.push({ text: unescapeText(xmlText(m[2] ?? '')) });
    at = re.lastIndex;
  }
  return runs.length ? { richText: runs } : null;
}

class Styles {
  ok = true;
  /** cellXfs index -> true when exceljs would read a number in that style as a date; undefined when unknown. */
  private dateByXf: (boolean | undefined)[] = [];
  constructor(xml: string | undefined) {
    if (xml === undefined) return;
    const custom = new Map<number, string>();
    const fmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml);
    for (const m of (fmts?.[1] ?? '').matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
      const id = attr(m[1] ?? '', 'numFmtId');
      const code = attr(m[1] ?? '', 'formatCode');
      if (id === undefined || !/^\d+$/.test(id) || code === undefined) {
        this.ok = false;
        return;
      }
      custom.set(Number(id), code);
    }
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    for (const m of (xfs?.[1] ?? '').matchAll(/<xf\b([^>]*?)\/?>/g)) {
      const raw = attr(m[1] ?? '', 'numFmtId');
      if (raw !== undefined && !/^\d+$/.test(raw)) {
        this.dateByXf.push(undefined);
        continue;
      }
      const id = raw === undefined ? 0 : Number(raw);
      if (id === 0) this.dateByXf.push(false);
      else if (custom.has(id)) this.dateByXf.push(isDateFmt(custom.get(id)!));
      else this.dateByXf.push(NON_DATE_BUILTIN.has(id) ? false : undefined);
    }
  }
  /** Whether a number with style `s` is read as a date; undefined when this reader cannot tell. */
  isDate(s: number): boolean | undefined {
    if (s === 0) return false;
    if (s >= this.dateByXf.length) return undefined;
    return this.dateByXf[s];
  }
}

/** exceljs's utils.isDateFmt, the same text rule. */
function isDateFmt(fmt: string): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
}

// ---------------------------------------------------------------- sheets

interface RawCell {
  t: string | undefined;
  s: string | undefined;
  inner: string | undefined;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

class FastSheet implements SheetLike {
  private values = new Map<string, CellValueHolder>();
  private constructor(
    readonly name: string,
    readonly rowCount: number,
    private readonly cells: Map<string, RawCell>,
    private readonly strings: LazyStrings,
    private readonly styles: Styles,
    /** Cells with a hyperlink: exceljs makes their value {text, hyperlink}, so reading one declines. */
    private readonly linked: ReadonlySet<string> = new Set(),
  ) {}

  /** The cells of <sheetData>, or null when the sheet has shapes this reader leaves to exceljs. */
  static parse(name: string, xml: string, strings: LazyStrings, styles: Styles): FastSheet | null {
    // Single-cell hyperlinks (the Umpan Balik sheet's links to each cell) matter only if that cell is read.
    const linked = new Set<string>();
    for (const m of xml.matchAll(/<hyperlink\b([^>]*)>/g)) {
      const ref = attr(m[1] ?? '', 'ref');
      if (ref === undefined || !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(ref)) return null;
      linked.add(ref);
    }
    const open = xml.indexOf('<sheetData');
    if (open < 0) return new FastSheet(name, 0, new Map(), strings, styles, linked);
    if (xml.indexOf('<sheetData', open + 1) >= 0) return null;
    const selfClosed = /^<sheetData\b[^>]*\/>/.exec(xml.slice(open, open + 200));
    if (selfClosed) return new FastSheet(name, 0, new Map(), strings, styles);
    const close = xml.indexOf('</sheetData>', open);
    if (close < 0) return null;
    const data = xml.slice(open, close);
    const cells = new Map<string, RawCell>();
    let rowCount = 0;
    const rows = new Set<number>();
    const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
    for (const rm of data.matchAll(rowRe)) {
      const r = attr(rm[1] ?? '', 'r');
      if (r === undefined || !/^[1-9]\d{0,6}$/.test(r)) return null;
      const rn = Number(r);
      if (rows.has(rn)) return null;
      rows.add(rn);
      rowCount = Math.max(rowCount, rn);
      const body = rm[2] ?? '';
      const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
      let consumed = 0;
      for (const cm of body.matchAll(cellRe)) {
        const a = cm[1] ?? '';
        const ref = attr(a, 'r');
        if (ref === undefined) return null;
        const rm2 = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
        if (!rm2 || Number(rm2[2]) !== rn || cells.has(ref)) return null;
        const t = attr(a, 't');
        // exceljs resolves every shared string cell of every sheet, and throws on a bad index.
        if (t === 's' && cm[2] !== undefined && cm[2] !== '' && !strings.has(cm[2])) return null;
        cells.set(ref, { t, s: attr(a, 's'), inner: cm[2] });
        consumed++;
      }
      // A <c> we could not match (odd markup) would be a cell exceljs sees and we do not.
      if ((body.match(/<c[\s/>]/g) ?? []).length !== consumed) return null;
    }
    if ((data.match(/<row[\s/>]/g) ?? []).length !== rows.size) return null;
    return new FastSheet(name, rowCount, cells, strings, styles, linked);
  }

  getCell(ref: string | number, col?: number): CellValueHolder {
    const key = typeof ref === 'number' ? `${colLetters(col ?? 1)}${ref}` : ref.toUpperCase();
    let v = this.values.get(key);
    if (!v) {
      v = { value: this.valueOf(key) };
      this.values.set(key, v);
    }
    return v;
  }

  private valueOf(key: string): unknown {
    const c = this.cells.get(key);
    if (!c) return null;
    const decline = (why: string): never => {
      throw new FastDecline(`${this.name}!${key}: ${why}`);
    };
    if (this.linked.has(key)) decline('hyperlink');
    if (c.s !== undefined && !/^\d{1,6}$/.test(c.s)) decline('style');
    const style = c.s === undefined ? 0 : Number(c.s);
    const inner = c.inner ?? '';
    if (c.t === 'inlineStr') {
      // openpyxl writes every text so: one plain run is the text itself (exceljs gives the same string).
      const is = /^<is><t(?: xml:space="preserve")?>([^<]*)<\/t><\/is>$/.exec(inner);
      if (!is) decline('inline string');
      return xmlText(is![1]!);
    }
    if (!/^(<v>[^<]*<\/v>)?$/.test(inner)) decline('content');
    const v = /^<v>([^<]*)<\/v>$/.exec(inner);
    if (!v || v[1] === '') {
      // No value: exceljs's "null" cell needs a non-zero style; otherwise it makes a merge cell.
      if (inner !== '' || style === 0) decline('empty cell without a style');
      return null;
    }
    const text = xmlText(v[1]!);
    if (c.t === undefined || c.t === 'n') {
      if (!NUMBER.test(text)) decline('number text');
      const isDate = this.styles.isDate(style);
      if (isDate !== false) decline('number format');
      return parseFloat(text);
    }
    if (c.t === 's') {
      if (!/^\d{1,9}$/.test(text)) decline('shared string index');
      const sv = this.strings.get(Number(text));
      if (sv === undefined || sv === null) decline('shared string');
      return sv;
    }
    return decline(`cell type ${c.t}`);
  }
}

function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
