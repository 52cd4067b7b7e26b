// Marking problem cells on a worksheet of a feedback workbook: a highlight (conditional formatting with
// iki's own marker formula, so the next feedback on the same file can take it off again) and a legacy
// Excel note (comments part + VML drawing, which is what Excel and LibreOffice show as a note).
// The cells themselves (values, styles, protection) are never touched.
import type { XlsxPackage } from './package.js';
import { appendCounted, child, el, elements, insertInOrder, localName, textOf, type XmlElement } from './xml-tree.js';

/** iki's conditional formats are recognised by this formula (always true). */
export const MARK_FORMULA = 'LEN("iki umpan balik")>0';
/** The author of iki's notes; a later feedback replaces notes by this author. */
export const NOTE_AUTHOR = 'iki';

export interface CellMark {
  cell: string;
  severity: 'error' | 'warning';
  /** The note's text. */
  note: string;
}

/** CT_Worksheet's child order (ECMA-376 §18.3.1.99), for inserting where Excel expects. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
  'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

export interface SheetContext {
  pkg: XlsxPackage;
  /** The worksheet part, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  /** Relationship type base of this package (Transitional or Strict), e.g. http://…/relationships */
  relBase: string;
  /** The relationships namespace URI (for r:id attributes). */
  relNs: string;
  /** dxf ids of the highlight for errors and for warnings. */
  dxf: { error: number; warning: number };
  /** A number unique to this sheet among the workbook's VML drawings. */
  drawingNo: number;
}

/** Take off what an earlier feedback put on this sheet (highlights, iki's notes), then mark these cells. */
export function markSheet(ctx: SheetContext, marks: readonly CellMark[]): number {
  const sheet = ctx.pkg.xml(ctx.part).root;
  sheet.children = sheet.children.filter((c) => !('name' in c && localName(c) === 'conditionalFormatting' && isIkiFormat(c)));
  highlight(sheet, marks, ctx.dxf);
  return notes(ctx, sheet, marks);
}

function isIkiFormat(cf: XmlElement): boolean {
  return elements(cf, 'cfRule').some((r) => elements(r, 'formula').some((f) => textOf(f) === MARK_FORMULA));
}

function highlight(sheet: XmlElement, marks: readonly CellMark[], dxf: SheetContext['dxf']): void {
  const priorities = elements(sheet, 'conditionalFormatting').flatMap((cf) => elements(cf, 'cfRule').map((r) => Number(r.attrs.priority) || 0));
  let priority = Math.max(0, ...priorities);
  for (const severity of ['error', 'warning'] as const) {
    const cells = marks.filter((m) => m.severity === severity).map((m) => m.cell);
    if (!cells.length) continue;
    const formula = el(sheet, 'formula', {}, [{ text: MARK_FORMULA }]);
    const rule = el(sheet, 'cfRule', { type: 'expression', dxfId: String(dxf[severity]), priority: String(++priority) }, [formula]);
    const cf = el(sheet, 'conditionalFormatting', { sqref: cells.join(' ') }, [rule]);
    // After any conditional formats already there (the schema allows several, in order).
    const last = sheet.children.map((c) => 'name' in c && localName(c) === 'conditionalFormatting').lastIndexOf(true);
    if (last >= 0) sheet.children.splice(last + 1, 0, cf);
    else insertInOrder(sheet, cf, WORKSHEET_ORDER);
  }
}

// ---------------------------------------------------------------- notes

function notes(ctx: SheetContext, sheet: XmlElement, marks: readonly CellMark[]): number {
  const { pkg, part } = ctx;
  const rels = pkg.rels(part);
  let commentsPart = rels.find((r) => r.type === `${ctx.relBase}/comments`)?.part;
  if (!commentsPart) {
    commentsPart = pkg.freeName((n) => `xl/comments${n}.xml`);
    pkg.put(commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${mainNs(sheet)}"><authors/><commentList/></comments>`, CT_COMMENTS);
    pkg.addRel(part, `${ctx.relBase}/comments`, commentsPart);
  }
  const vmlPart = ensureVml(ctx, sheet);
  const comments = pkg.xml(commentsPart).root;
  const authors = child(comments, 'authors') ?? prepend(comments, el(comments, 'authors'));
  const list = child(comments, 'commentList') ?? appendTo(comments, el(comments, 'commentList'));
  let author = elements(authors, 'author').findIndex((a) => textOf(a) === NOTE_AUTHOR);
  if (author < 0) author = appendCounted(authors, el(authors, 'author', {}, [{ text: NOTE_AUTHOR }]));
  // Notes of an earlier feedback go; other people's notes stay, and a cell that has one gets none from iki.
  const mine = (c: XmlElement) => c.attrs.authorId === String(author);
  const dropped = elements(list, 'comment').filter(mine).map((c) => c.attrs.ref ?? '');
  list.children = list.children.filter((c) => !('name' in c && mine(c)));
  const taken = new Set(elements(list, 'comment').map((c) => c.attrs.ref));
  const todo = marks.filter((m) => !taken.has(m.cell));
  for (const m of todo) list.children.push(commentEl(list, m, author));
  let vml = pkg.text(vmlPart) ?? '';
  vml = dropShapes(vml, dropped);
  pkg.put(vmlPart, addShapes(vml, todo, ctx.drawingNo));
  return todo.length;
}

function prepend(parent: XmlElement, c: XmlElement): XmlElement {
  parent.children.unshift(c);
  return c;
}

function appendTo(parent: XmlElement, c: XmlElement): XmlElement {
  parent.children.push(c);
  return c;
}

function mainNs(sheet: XmlElement): string {
  return sheet.attrs.xmlns ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
}

function commentEl(list: XmlElement, m: CellMark, author: number): XmlElement {
  const run = (text: string, bold: boolean) =>
    el(list, 'r', {}, [
      el(list, 'rPr', {}, [...(bold ? [el(list, 'b')] : []), el(list, 'sz', { val: '9' }), el(list, 'color', { indexed: '81' }), el(list, 'rFont', { val: 'Tahoma' }), el(list, 'family', { val: '2' })]),
      el(list, 't', { 'xml:space': 'preserve' }, [{ text }]),
    ]);
  return el(list, 'comment', { ref: m.cell, authorId: String(author) }, [el(list, 'text', {}, [run(`${NOTE_AUTHOR}:`, true), run(`\n${m.note}`, false)])]);
}

/** The sheet's VML drawing, made (with its relationship and <legacyDrawing>) when it has none. */
function ensureVml(ctx: SheetContext, sheet: XmlElement): string {
  const { pkg, part } = ctx;
  const legacy = child(sheet, 'legacyDrawing');
  if (legacy) {
    const id = Object.entries(legacy.attrs).find(([k]) => k.endsWith(':id'))?.[1];
    const found = pkg.rels(part).find((r) => r.id === id);
    if (found && pkg.has(found.part)) return found.part;
    sheet.children = sheet.children.filter((c) => c !== legacy);
  }
  const vmlPart = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  pkg.ensureDefault('vml', CT_VML);
  pkg.put(vmlPart, emptyVml(ctx.drawingNo));
  const rid = pkg.addRel(part, `${ctx.relBase}/vmlDrawing`, vmlPart);
  const prefix = Object.entries(sheet.attrs).find(([k, v]) => k.startsWith('xmlns:') && v === ctx.relNs)?.[0].slice(6) ?? 'r';
  if (!(`xmlns:${prefix}` in sheet.attrs)) sheet.attrs[`xmlns:${prefix}`] = ctx.relNs;
  insertInOrder(sheet, el(sheet, 'legacyDrawing', { [`${prefix}:id`]: rid }), WORKSHEET_ORDER);
  return vmlPart;
}

function emptyVml(drawingNo: number): string {
  return [
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    ` <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${drawingNo}"/></o:shapelayout>`,
    ' <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    '</xml>',
  ].join('\n');
}

/** VML is not always well-formed XML (old Excel writes <br>): edited as text, one <v:shape> at a time. */
function dropShapes(vml: string, refs: readonly string[]): string {
  const cells = new Set(refs.map((r) => { const p = parseRef(r); return p ? `${p.row}/${p.col}` : ''; }));
  return vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>\s*/g, (shape) => {
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
    return /ObjectType="Note"/.test(shape) && cells.has(`${row}/${col}`) ? '' : shape;
  });
}

function addShapes(vml: string, marks: readonly CellMark[], drawingNo: number): string {
  const used = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  let id = Math.max(drawingNo * 1024, ...used);
  const shapes = marks.map((m) => shape(m, ++id)).join('');
  const end = vml.lastIndexOf('</xml>');
  return end < 0 ? vml : `${vml.slice(0, end)}${shapes}${vml.slice(end)}`;
}

function shape(m: CellMark, id: number): string {
  const { row, col } = parseRef(m.cell)!;
  // Beside the cell, tall enough for the text (about 40 characters a line in 9 pt Tahoma, 4 columns wide).
  const lines = m.note.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 40)), 1);
  const rows = Math.max(3, Math.ceil((lines * 11 + 8) / 15));
  const top = Math.max(0, row - 1);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:216pt;height:${rows * 15}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${top}, 10, ${col + 5}, 15, ${top + rows}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData>` +
    '</v:shape>\n'
  );
}

/** "G12" -> 0-based row 11, column 6. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
