// Feedback workbooks (umpan balik): a copy of a submitted workbook with every problem cell highlighted,
// an Excel note on it saying what to type, and a first sheet listing every problem. The copy stays a
// valid submission: it is the original package with parts added (a sheet, notes, styles) and a few
// edited in place, never a round trip through a spreadsheet library, so the defined names, `_iki` and
// its very-hidden state, protection and data validations are the sender's own bytes. The sender fixes
// the cells, saves, sends it back, and it ingests. A feedback copy fed back in gets fresh feedback: the
// earlier sheet, highlights and iki's notes are taken off first.
//
//   feedbackWorkbook(bytes, problems, { lang, fileName, at, index? }) -> { ok, bytes } | { ok: false, reason }
import { posix } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { fmt, type Lang } from '../model/format.js';
import type { Problem } from '../model/problem.js';
import { renderProblem } from '../model/problems/text.js';
import { ui } from '../model/text/ui.js';
import { inspectXlsx } from '../read/xlsx.js';
import { markSheet, parseRef, type CellMark } from './feedback-marks.js';
import { addFeedbackStyles, feedbackSheetXml, type FeedbackRow } from './feedback-sheet.js';
import { isianOf } from './isian.js';
import { PartUnreadable, XlsxPackage } from './package.js';
import { child, el, elements, localName, type XmlElement } from './xml-tree.js';

export interface FeedbackOptions {
  /** The language of every text put into the copy. */
  lang: Lang;
  /** The workbook's name as its sender knows it (the sheet's title). */
  fileName: string;
  /** When the feedback is made (shown on the sheet). */
  at: Date;
  /** The catalogue, to name the isian of each cell. */
  index?: CatalogueIndex;
}

export type FeedbackResult =
  | { ok: true; bytes: Buffer; /** Cells highlighted. */ marked: number; /** Notes added. */ notes: number; /** Rows on the sheet. */ listed: number }
  | { ok: false; reason: 'unreadable' | 'not-a-workbook' };

const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

class Decline extends Error {
  constructor(readonly reason: 'unreadable' | 'not-a-workbook') {
    super(reason);
  }
}

export async function feedbackWorkbook(bytes: Uint8Array, problems: readonly Problem[], opts: FeedbackOptions): Promise<FeedbackResult> {
  // The same safety checks as reading (sizes, entities); the caller's bytes are copied, never changed.
  const inspected = await inspectXlsx(Buffer.from(bytes), opts.fileName);
  if (!inspected.ok) return { ok: false, reason: 'unreadable' };
  try {
    return { ok: true, ...build(new XlsxPackage(new Map([...inspected.files.keys()].map((k) => [k, inspected.files.get(k)!]))), problems, opts) };
  } catch (err) {
    if (err instanceof Decline) return { ok: false, reason: err.reason };
    if (err instanceof PartUnreadable) return { ok: false, reason: 'unreadable' };
    throw err;
  }
}

interface SheetInfo {
  el: XmlElement;
  name: string;
  state: string;
  part: string;
  rid: string;
}

function build(pkg: XlsxPackage, problems: readonly Problem[], opts: FeedbackOptions): { bytes: Buffer; marked: number; notes: number; listed: number } {
  const wbPath = pkg.workbookPath();
  if (!pkg.has(wbPath)) throw new Decline('not-a-workbook');
  const wb = pkg.xml(wbPath).root;
  const first = child(wb, 'sheets') && elements(child(wb, 'sheets')!, 'sheet')[0];
  if (!first) throw new Decline('not-a-workbook');
  // The relationships namespace (Transitional or Strict) as this workbook writes it: the namespace of
  // its sheets' id attribute (declared on the root, or on each <sheet> as openpyxl does); the
  // relationship types share it.
  const idAttr = Object.keys(first.attrs).find((k) => k.endsWith(':id')) ?? 'r:id';
  const relNs = namespaceOf(idAttr.slice(0, -3), [first, child(wb, 'sheets')!, wb]);
  if (!relNs) throw new Decline('not-a-workbook');
  const names = [ui('id').feedback.sheet, ui('en').feedback.sheet];
  for (const s of sheetsOf(pkg, wbPath, wb)) if (names.includes(s.name)) removeSheet(pkg, wbPath, wb, s);
  const sheets = sheetsOf(pkg, wbPath, wb);
  const stylesPart = pkg.rels(wbPath).find((r) => r.type === `${relNs}/styles`)?.part;
  if (!stylesPart || !pkg.has(stylesPart)) throw new Decline('not-a-workbook');
  const styles = addFeedbackStyles(pkg.xml(stylesPart).root);

  const marks = marksBySheet(problems, sheets, opts.lang);
  let drawingNo = nextDrawingNo(pkg);
  let notes = 0;
  for (const [sheet, list] of marks) notes += markSheet({ pkg, part: sheet.part, relBase: relNs, relNs, dxf: styles.dxf, drawingNo: drawingNo++ }, list);

  const rows = feedbackRows(problems, sheets, opts);
  const t = ui(opts.lang).feedback;
  const f = fmt(opts.lang);
  const count = (s: string) => problems.filter((p) => p.severity === s).length;
  const head = {
    title: t.title(opts.fileName),
    intro: count('error') ? t.introRefused : t.introCheck,
    keep: t.keep,
    made: t.made(f.date(opts.at.toISOString()), count('error'), count('warning')),
    columns: t.columns,
  };
  const part = pkg.freeName((n) => posix.join(posix.dirname(wbPath), `worksheets/sheet${n}.xml`));
  pkg.put(part, feedbackSheetXml(wb.attrs.xmlns ?? 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', head, rows, styles), CT_WORKSHEET);
  addFirstSheet(pkg, wbPath, wb, { name: t.sheet, part, relType: `${relNs}/worksheet`, relNs, others: sheets });
  dropDerivedParts(pkg, wbPath, relNs);
  return { bytes: pkg.toBuffer(), marked: [...marks.values()].reduce((n, l) => n + l.length, 0), notes, listed: rows.length };
}

/** The namespace a prefix is bound to, looking from the element outwards. */
function namespaceOf(prefix: string, chain: readonly XmlElement[]): string | undefined {
  for (const e of chain) if (e.attrs[`xmlns:${prefix}`]) return e.attrs[`xmlns:${prefix}`];
  return undefined;
}

function sheetsOf(pkg: XlsxPackage, wbPath: string, wb: XmlElement): SheetInfo[] {
  const rels = pkg.rels(wbPath);
  return elements(child(wb, 'sheets')!, 'sheet').map((s) => {
    const rid = Object.entries(s.attrs).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    return { el: s, name: s.attrs.name ?? '', state: s.attrs.state ?? 'visible', rid, part: rels.find((r) => r.id === rid)?.part ?? '' };
  });
}

/** A sheet index moved: names local to sheets after `from` shift by `by` (a removed sheet's own names go). */
function shiftLocalNames(wb: XmlElement, from: number, by: number, drop?: number): void {
  const defined = child(wb, 'definedNames');
  if (!defined) return;
  defined.children = defined.children.filter((c) => !('name' in c && drop !== undefined && c.attrs.localSheetId === String(drop)));
  for (const n of elements(defined, 'definedName')) {
    const id = n.attrs.localSheetId;
    if (id !== undefined && Number(id) >= from) n.attrs.localSheetId = String(Number(id) + by);
  }
}

function removeSheet(pkg: XlsxPackage, wbPath: string, wb: XmlElement, s: SheetInfo): void {
  const list = child(wb, 'sheets')!;
  const index = elements(list, 'sheet').indexOf(s.el);
  list.children = list.children.filter((c) => c !== s.el);
  shiftLocalNames(wb, index + 1, -1, index);
  pkg.removeRel(wbPath, s.rid);
  if (s.part) {
    const rels = XlsxPackage.relsPath(s.part);
    if (pkg.has(rels)) pkg.remove(rels);
    pkg.remove(s.part);
  }
}

function addFirstSheet(pkg: XlsxPackage, wbPath: string, wb: XmlElement, o: { name: string; part: string; relType: string; relNs: string; others: readonly SheetInfo[] }): void {
  const rid = pkg.addRel(wbPath, o.relType, o.part);
  const list = child(wb, 'sheets')!;
  const declared = Object.entries({ ...list.attrs, ...wb.attrs }).find(([k, v]) => k.startsWith('xmlns:') && v === o.relNs)?.[0].slice(6);
  const prefix = declared ?? 'r';
  const ids = elements(list, 'sheet').map((s) => Number(s.attrs.sheetId) || 0);
  const attrs: Record<string, string> = { name: o.name, sheetId: String(Math.max(0, ...ids) + 1), [`${prefix}:id`]: rid };
  if (!declared) attrs[`xmlns:${prefix}`] = o.relNs;
  list.children.unshift(el(list, 'sheet', attrs));
  shiftLocalNames(wb, 0, 1);
  // The new sheet is the one the workbook opens on; the others are no longer selected (two selected
  // sheets are "grouped" in Excel, and typing would go into both).
  const views = child(wb, 'bookViews');
  for (const v of views ? elements(views, 'workbookView') : []) {
    v.attrs.activeTab = '0';
    v.attrs.firstSheet = '0';
  }
  for (const s of o.others) {
    if (!s.part || !pkg.has(s.part)) continue;
    const sv = child(pkg.xml(s.part).root, 'sheetViews');
    for (const v of sv ? elements(sv, 'sheetView') : []) delete v.attrs.tabSelected;
  }
}

/** Parts Excel rebuilds and a sheet inserted first would put out of step: the calculation chain, the list of sheet titles. */
function dropDerivedParts(pkg: XlsxPackage, wbPath: string, relNs: string): void {
  for (const r of pkg.rels(wbPath).filter((x) => x.type === `${relNs}/calcChain`)) {
    pkg.removeRel(wbPath, r.id);
    if (pkg.has(r.part)) pkg.remove(r.part);
  }
  const app = pkg.rels('').find((r) => r.type.endsWith('/extended-properties'))?.part;
  if (app && pkg.has(app)) {
    const root = pkg.xml(app).root;
    root.children = root.children.filter((c) => !('name' in c && (localName(c) === 'HeadingPairs' || localName(c) === 'TitlesOfParts')));
  }
}

function nextDrawingNo(pkg: XlsxPackage): number {
  let max = 0;
  for (const name of pkg.partNames().filter((n) => n.endsWith('.vml'))) {
    for (const m of (pkg.text(name) ?? '').matchAll(/<o:idmap\b[^>]*\bdata="([\d,]+)"/g)) max = Math.max(max, ...m[1]!.split(',').map(Number));
  }
  return max + 1;
}

// ---------------------------------------------------------------- problems -> marks and rows

function sheetOf(sheets: readonly SheetInfo[], name: string | undefined): SheetInfo | undefined {
  if (!name) return undefined;
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function noteOf(p: Problem, lang: Lang): string {
  const r = renderProblem(p, lang);
  return r.hint ? `${r.message} ${r.hint}` : r.message;
}

/** One mark per problem cell on a visible sheet: an error if any of its problems is one; all their texts in the note. */
function marksBySheet(problems: readonly Problem[], sheets: readonly SheetInfo[], lang: Lang): Map<SheetInfo, CellMark[]> {
  const out = new Map<SheetInfo, CellMark[]>();
  for (const p of problems) {
    const sheet = sheetOf(sheets, p.location.sheet);
    const cell = p.location.cell?.replace(/\$/g, '');
    if (!sheet || sheet.state !== 'visible' || !cell || !parseRef(cell) || p.severity === 'info' || !sheet.part) continue;
    const list = out.get(sheet) ?? [];
    const m = list.find((x) => x.cell === cell);
    if (m) {
      m.note = `${m.note}\n\n${noteOf(p, lang)}`;
      if (p.severity === 'error') m.severity = 'error';
    } else list.push({ cell, severity: p.severity === 'error' ? 'error' : 'warning', note: noteOf(p, lang) });
    out.set(sheet, list);
  }
  return out;
}

/** The rows of the sheet: problems about the whole file first, then cell by cell in sheet order. */
function feedbackRows(problems: readonly Problem[], sheets: readonly SheetInfo[], opts: FeedbackOptions): FeedbackRow[] {
  const f = fmt(opts.lang);
  const t = ui(opts.lang);
  const key = (p: Problem) => {
    const s = sheetOf(sheets, p.location.sheet);
    const ref = p.location.cell ? parseRef(p.location.cell.replace(/\$/g, '')) : undefined;
    return s && ref ? [1, sheets.indexOf(s), ref.row, ref.col] : [0, 0, 0, 0];
  };
  const order = problems.map((p, i) => ({ p, i, k: key(p) })).sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || a.k[3]! - b.k[3]! || a.i - b.i);
  return order.map(({ p }) => {
    const r = renderProblem(p, opts.lang);
    const sheet = sheetOf(sheets, p.location.sheet);
    const cell = p.location.cell?.replace(/\$/g, '');
    const row: FeedbackRow = {
      where: p.location.sheet || cell ? f.ref(sheet?.name ?? p.location.sheet, cell) : '',
      isian: (opts.index && isianOf(opts.index, p.location.name)) ?? '',
      problem: r.message,
      fix: r.hint ?? t.feedback.fixDefault,
      kind: t.common.severity[p.severity],
      severity: p.severity,
    };
    if (sheet && sheet.state === 'visible' && cell && parseRef(cell)) row.link = f.ref(sheet.name, cell).replace(/^([^'][^!]*)!/, "'$1'!");
    return row;
  });
}
