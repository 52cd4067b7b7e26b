// A small SpreadsheetML (xlsx) writer, without exceljs: a plain workbook model (sheets of cells with
// values or formulas with cached results, style objects, merges, widths, heights, frozen panes, print
// setup, autofilter, colour scales) serialized part by part into a zip (fflate). Nothing here
// knows about iki: src/write/report.ts builds the model.
//
// Charts (issue 12) attach per sheet through `sheet.drawing`: the caller gives the drawing's XML and
// its charts' XML; this module numbers the parts and writes their relationships and content types.
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

// ---------------------------------------------------------------- the model

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** ARGB, e.g. FFC00000 */
  color?: string;
}

export interface Style {
  font?: Font;
  /** A solid fill, ARGB. */
  fill?: string;
  /** A thin border on all four sides, ARGB. */
  box?: string;
  align?: { horizontal?: 'left' | 'center' | 'right'; vertical?: 'top' | 'center' | 'bottom'; wrap?: boolean };
  /** An Excel number format code, e.g. '#,##0' or '0.00'. */
  numFmt?: string;
}

/** A formula (without "=") with the value it computes cached: readers that do not calculate show `result`. */
export interface Formula {
  formula: string;
  /** null or '' for an empty result. */
  result: number | string | null;
}

export type CellValue = string | number | boolean | null | Formula;

export interface Cell {
  value: CellValue;
  style?: Style;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** 9 = A4 */
  paperSize: number;
  /** Fit to this many pages wide (0: as many as needed); with fitToHeight. */
  fitToWidth?: number;
  fitToHeight?: number;
  /** Page scale in percent when not fitting. */
  scale?: number;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, 1-based, inclusive. */
  titleRows?: [number, number];
  /** Header/footer codes: &L &C &R sections, &P page, &N pages, &A sheet name. */
  header?: string;
  footer?: string;
  /** Manual page breaks after these rows (1-based). */
  rowBreaks?: number[];
}

/** A three-colour scale over a range (Excel's conditional formatting): at each threshold, a colour. */
export interface ColorScale {
  ref: string;
  thresholds: [number, number, number];
  colors: [string, string, string];
}

/** DrawingML parts for one sheet (issue 12). `xml` is xl/drawings/drawingN.xml; its chart references use r:id="rIdK" for charts[K-1]. */
export interface Drawing {
  xml: string;
  charts: { xml: string }[];
}

export interface Sheet {
  name: string;
  /** rows[r][c], 1-based (index 0 unused), sparse. */
  rows: (Cell | undefined)[][];
  /** Column widths in characters, 1-based. */
  widths: number[];
  /** Row heights in points, 1-based. */
  heights: number[];
  /** Rows whose cells have no style of their own take this one (e.g. a bold header row). */
  rowStyles: (Style | undefined)[];
  merges: { r1: number; c1: number; r2: number; c2: number }[];
  /** Frozen panes: columns left of and rows above the split stay in view. */
  freeze?: { columns: number; rows: number };
  tabColor?: string;
  print?: PrintSetup;
  /** A filter on the heading row, e.g. A1:N1. */
  autoFilter?: string;
  colorScales: ColorScale[];
  drawing?: Drawing;
}

export interface Workbook {
  sheets: Sheet[];
  creator: string;
  /** Core properties and the zip entries' times. */
  created: Date;
  /**
   * The workbook's default font (Calibri 11 when absent). Column widths are counted in its digits, so
   * a font every program has (Arial: Liberation Sans in LibreOffice) makes widths print alike everywhere.
   */
  defaultFont?: { name: string; size: number };
}

export function newSheet(name: string): Sheet {
  return { name, rows: [], widths: [], heights: [], rowStyles: [], merges: [], colorScales: [] };
}

export function setCell(sheet: Sheet, row: number, col: number, value: CellValue, style?: Style): void {
  const r = (sheet.rows[row] ??= []);
  r[col] = style ? { value, style } : { value };
}

export function merge(sheet: Sheet, r1: number, c1: number, r2: number, c2: number): void {
  sheet.merges.push({ r1, c1, r2, c2 });
}

export function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function cellRef(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

// ---------------------------------------------------------------- writing

/** The workbook as xlsx bytes. */
export function writeXlsx(wb: Workbook): Uint8Array {
  const out = new ZipOut(wb.created);
  const styles = new StyleTable(wb.defaultFont);
  const strings = new SharedStrings();
  const parts: Part[] = [];
  let drawings = 0;
  let charts = 0;
  wb.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const rels: Rel[] = [];
    if (sheet.drawing) {
      const d = ++drawings;
      rels.push({ id: 'rId1', type: REL.drawing, target: `../drawings/drawing${d}.xml` });
      const chartRels: Rel[] = sheet.drawing.charts.map((c, k) => {
        const cn = ++charts;
        out.part(`xl/charts/chart${cn}.xml`, [c.xml]);
        parts.push({ path: `/xl/charts/chart${cn}.xml`, type: CT.chart });
        return { id: `rId${k + 1}`, type: REL.chart, target: `../charts/chart${cn}.xml` };
      });
      out.part(`xl/drawings/drawing${d}.xml`, [sheet.drawing.xml]);
      out.part(`xl/drawings/_rels/drawing${d}.xml.rels`, [relsXml(chartRels)]);
      parts.push({ path: `/xl/drawings/drawing${d}.xml`, type: CT.drawing });
    }
    out.part(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, styles, strings));
    if (rels.length) out.part(`xl/worksheets/_rels/sheet${n}.xml.rels`, [relsXml(rels)]);
    parts.push({ path: `/xl/worksheets/sheet${n}.xml`, type: CT.sheet });
  });
  out.part('xl/sharedStrings.xml', strings.xml());
  out.part('xl/styles.xml', [styles.xml()]);
  out.part('xl/workbook.xml', [workbookXml(wb)]);
  out.part('xl/_rels/workbook.xml.rels', [
    relsXml([
      ...wb.sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL.sheet, target: `worksheets/sheet${i + 1}.xml` })),
      { id: `rId${wb.sheets.length + 1}`, type: REL.styles, target: 'styles.xml' },
      { id: `rId${wb.sheets.length + 2}`, type: REL.strings, target: 'sharedStrings.xml' },
    ]),
  ]);
  out.part('docProps/core.xml', [coreXml(wb)]);
  out.part('docProps/app.xml', [appXml(wb)]);
  out.part('_rels/.rels', [
    relsXml([
      { id: 'rId1', type: REL.document, target: 'xl/workbook.xml' },
      { id: 'rId2', type: REL.core, target: 'docProps/core.xml' },
      { id: 'rId3', type: REL.app, target: 'docProps/app.xml' },
    ]),
  ]);
  out.part('[Content_Types].xml', [contentTypesXml(parts)]);
  return out.end();
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = {
  document: `${R_NS}/officeDocument`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: `${R_NS}/extended-properties`,
  sheet: `${R_NS}/worksheet`,
  styles: `${R_NS}/styles`,
  strings: `${R_NS}/sharedStrings`,
  drawing: `${R_NS}/drawing`,
  chart: `${R_NS}/chart`,
};
const CT = {
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Rel {
  id: string;
  type: string;
  target: string;
}
interface Part {
  path: string;
  type: string;
}

/**
 * The zip: fflate writes the container (headers, data descriptors, central directory); each part's
 * text is encoded in chunks as it is generated, then deflated by Node's zlib, which is several times
 * faster than a JavaScript deflate (fflate's own: 80 ms against 10 ms for the bundled example's report).
 * The templates (xlsx-bytes.ts) pack exceljs's parts with it too: one zip writer in iki.
 */
export class ZipOut {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  private readonly mtime: Date;

  constructor(time: Date) {
    // Zip (DOS) times start in 1980; SOURCE_DATE_EPOCH=0 must not break the write.
    this.mtime = new Date(Math.max(time.getTime(), Date.UTC(1980, 0, 2)));
    this.zip = new Zip((err, data) => {
      if (err) throw err;
      this.chunks.push(data);
    });
  }

  part(name: string, pieces: Iterable<string>): void {
    const encoded: Uint8Array[] = [];
    let buf = '';
    for (const piece of pieces) {
      buf += piece;
      if (buf.length >= 1 << 16) {
        encoded.push(this.encoder.encode(buf));
        buf = '';
      }
    }
    encoded.push(this.encoder.encode(buf));
    this.bytes(name, Buffer.concat(encoded));
  }

  /** A part given as bytes (a part copied unchanged from another package: media, binary parts). */
  bytes(name: string, raw: Uint8Array): void {
    const file: ZipInputFile = { filename: name, size: raw.length, crc: crc32(raw), compression: 8, mtime: this.mtime };
    this.zip.add(file);
    file.ondata!(null, deflateRawSync(raw, { level: 6 }), true);
  }

  end(): Uint8Array {
    this.zip.end();
    const size = this.chunks.reduce((a, c) => a + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

// ---------------------------------------------------------------- text

// Characters XML 1.0 cannot hold are written as SpreadsheetML's _xHHHH_ escapes (as Excel does), and a
// literal "_xHHHH_" in the text is escaped itself, so every reader gets the text back unchanged.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

function escapeText(s: string): string {
  return s
    .replace(NOT_XML, (c) => `_x${hex4(c)}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Plain XML escaping for markup text (formulas, names), without the _xHHHH_ convention of cell text. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  *xml(): Iterable<string> {
    yield `${DECL}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.list.length}">`;
    for (const s of this.list) {
      const keep = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
      yield `<si><t${keep}>${escapeText(s)}</t></si>`;
    }
    yield '</sst>';
  }
}

// ---------------------------------------------------------------- styles

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** Styles interned to cellXfs indexes; the same Style object is looked up by identity first. */
class StyleTable {
  private readonly byObject = new Map<Style, number>();
  private readonly byKey = new Map<string, number>();
  private readonly fonts: string[];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly formats = new Map<string, number>();
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, number>([[this.xfs[0]!, 0]]);

  constructor(base: { name: string; size: number } = { name: 'Calibri', size: 11 }) {
    this.fonts = [`<font><sz val="${base.size}"/><name val="${escapeXml(base.name)}"/><family val="2"/></font>`];
  }

  id(style: Style | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = JSON.stringify(style);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.add(style);
      this.byKey.set(key, id);
    }
    this.byObject.set(style, id);
    return id;
  }

  private add(s: Style): number {
    const fontId = s.font ? intern(this.fonts, fontXml(s.font)) : 0;
    const fillId = s.fill ? intern(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const side = (n: string) => (s.box ? `<${n} style="thin"><color rgb="${s.box}"/></${n}>` : `<${n}/>`);
    const borderId = s.box ? intern(this.borders, `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`) : 0;
    const numFmtId = s.numFmt ? this.format(s.numFmt) : 0;
    const a = s.align;
    const align = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${align ? `>${align}</xf>` : '/>'}`;
    let id = this.xfIndex.get(xf);
    if (id === undefined) {
      id = this.xfs.push(xf) - 1;
      this.xfIndex.set(xf, id);
    }
    return id;
  }

  private format(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const fmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `${DECL}<styleSheet xmlns="${NS}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

function intern(list: string[], xml: string): number {
  const i = list.indexOf(xml);
  return i >= 0 ? i : list.push(xml) - 1;
}

function fontXml(f: Font): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size ?? 11}"/>${f.color ? `<color rgb="${f.color}"/>` : ''}<name val="${escapeXml(f.name ?? 'Calibri')}"/><family val="2"/></font>`;
}

// ---------------------------------------------------------------- parts

function* sheetXml(sheet: Sheet, styles: StyleTable, strings: SharedStrings): Iterable<string> {
  const maxCol = Math.max(1, ...sheet.rows.map((r) => (r ? r.length - 1 : 0)), sheet.widths.length - 1);
  const maxRow = Math.max(1, sheet.rows.length - 1);
  const pr = `${sheet.tabColor ? `<tabColor rgb="${sheet.tabColor}"/>` : ''}${sheet.print?.fitToWidth !== undefined ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
  yield `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R_NS}">`;
  if (pr) yield `<sheetPr>${pr}</sheetPr>`;
  yield `<dimension ref="A1:${cellRef(maxRow, maxCol)}"/>`;
  yield `<sheetViews>${viewXml(sheet)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
  const cols = sheet.widths.flatMap((w, c) => (w ? [`<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`] : []));
  if (cols.length) yield `<cols>${cols.join('')}</cols>`;
  yield '<sheetData>';
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const height = sheet.heights[r];
    const rowStyle = sheet.rowStyles[r];
    if (!row && height === undefined) continue;
    const attrs = `${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}${rowStyle ? ` s="${styles.id(rowStyle)}" customFormat="1"` : ''}`;
    let xml = `<row r="${r}"${attrs}>`;
    for (let c = 1; row && c < row.length; c++) {
      const cell = row[c];
      if (cell) xml += cellXml(cellRef(r, c), cell, styles.id(cell.style ?? rowStyle), strings);
    }
    yield `${xml}</row>`;
  }
  yield '</sheetData>';
  if (sheet.autoFilter) yield `<autoFilter ref="${sheet.autoFilter}"/>`;
  if (sheet.merges.length) {
    yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${cellRef(m.r1, m.c1)}:${cellRef(m.r2, m.c2)}"/>`).join('')}</mergeCells>`;
  }
  let priority = 1;
  for (const cs of sheet.colorScales) {
    const cfvo = cs.thresholds.map((t) => `<cfvo type="num" val="${t}"/>`).join('');
    const colors = cs.colors.map((c) => `<color rgb="${c}"/>`).join('');
    yield `<conditionalFormatting sqref="${cs.ref}"><cfRule type="colorScale" priority="${priority++}"><colorScale>${cfvo}${colors}</colorScale></cfRule></conditionalFormatting>`;
  }
  if (sheet.print) yield printXml(sheet.print);
  if (sheet.drawing) yield '<drawing r:id="rId1"/>';
  yield '</worksheet>';
}

function cellXml(ref: string, cell: Cell, s: number, strings: SharedStrings): string {
  const st = s ? ` s="${s}"` : '';
  const v = cell.value;
  if (v === null || v === undefined) return `<c r="${ref}"${st}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${st}><v>${v}</v></c>` : `<c r="${ref}"${st}/>`;
  if (typeof v === 'string') return `<c r="${ref}"${st} t="s"><v>${strings.id(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${st} t="b"><v>${v ? 1 : 0}</v></c>`;
  const f = `<f>${escapeXml(v.formula)}</f>`;
  if (typeof v.result === 'number' && Number.isFinite(v.result)) return `<c r="${ref}"${st}>${f}<v>${v.result}</v></c>`;
  return `<c r="${ref}"${st} t="str">${f}<v>${typeof v.result === 'string' ? escapeText(v.result) : ''}</v></c>`;
}

function viewXml(sheet: Sheet): string {
  const fr = sheet.freeze;
  if (!fr || (fr.columns === 0 && fr.rows === 0)) return '<sheetView workbookViewId="0"/>';
  const pane = fr.columns && fr.rows ? 'bottomRight' : fr.rows ? 'bottomLeft' : 'topRight';
  const split = `${fr.columns ? ` xSplit="${fr.columns}"` : ''}${fr.rows ? ` ySplit="${fr.rows}"` : ''}`;
  return (
    `<sheetView workbookViewId="0"><pane${split} topLeftCell="${cellRef(fr.rows + 1, fr.columns + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="A1" sqref="A1"/></sheetView>`
  );
}

function printXml(p: PrintSetup): string {
  const m = p.margins;
  const fit = p.fitToWidth !== undefined ? ` fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight ?? 0}"` : '';
  const hf = p.header || p.footer ? `<headerFooter>${p.header ? `<oddHeader>${escapeXml(p.header)}</oddHeader>` : ''}${p.footer ? `<oddFooter>${escapeXml(p.footer)}</oddFooter>` : ''}</headerFooter>` : '';
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${p.paperSize}"${p.scale ? ` scale="${p.scale}"` : ''}${fit} orientation="${p.orientation}"/>${hf}` +
    (p.rowBreaks?.length ? `<rowBreaks count="${p.rowBreaks.length}" manualBreakCount="${p.rowBreaks.length}">${p.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '')
  );
}

/** 'Rekap Isian' quoted as a formula or defined name refers to a sheet. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(wb: Workbook): string {
  const sheets = wb.sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names: string[] = [];
  wb.sheets.forEach((s, i) => {
    if (s.autoFilter) {
      const [a, b] = s.autoFilter.split(':');
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoteSheet(s.name)}!${abs(a!)}:${abs(b ?? a!)}`)}</definedName>`);
    }
    const t = s.print?.titleRows;
    if (t) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoteSheet(s.name)}!$${t[0]}:$${t[1]}`)}</definedName>`);
  });
  return (
    `${DECL}<workbook xmlns="${NS}" xmlns:r="${R_NS}"><workbookPr/>` +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`
  );
}

function relsXml(rels: Rel[]): string {
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

function contentTypesXml(parts: Part[]): string {
  const o = (path: string, type: string) => `<Override PartName="${path}" ContentType="${type}"/>`;
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    o('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
    parts.map((p) => o(p.path, p.type)).join('') +
    o('/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml') +
    o('/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml') +
    o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    o('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function coreXml(wb: Workbook): string {
  const at = wb.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeText(wb.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

function appXml(wb: Workbook): string {
  const names = wb.sheets.map((s) => `<vt:lpstr>${escapeText(s.name)}</vt:lpstr>`).join('');
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>${escapeText(wb.creator)}</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${wb.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${wb.sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts></Properties>`
  );
}
