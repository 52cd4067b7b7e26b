// The layout of the input template, as plain data: what goes in which row of the Isian sheet, which
// cells are inputs and under which defined name, the Petunjuk lines, the _iki values. Pure: no exceljs,
// no disk. Every human text comes from ui(lang).template; the contract (names, _iki) does not change
// with the language. Rendering is in template.ts.
import type { Targets } from '../compute/target.js';
import type { CatalogueIndex, Element, Indikator, Jabatan } from '../model/catalogue.js';
import { INPUT_SHEET, TEMPLATE_FORMAT, elementName, noteName, templateFileName, type MetaKey } from '../model/contract.js';
import { fmt, type Fmt, type Lang } from '../model/format.js';
import { romanQuarter, type Period, type Quarter } from '../model/period.js';
import { ui, type UiText } from '../model/text/ui.js';

/** The input column of the Isian sheet: every input (number or text) is here, so people see where to type. */
export const INPUT_COL = 7;
export const INPUT_COL_LETTER = 'G';
/** Widths of columns A–G (No, Indikator, Formulasi, Sumber Data, Satuan, Uraian Isian, Isian). */
export const COL_WIDTHS = [5, 30, 30, 15, 9, 36, 34] as const;
const NCOLS = COL_WIDTHS.length;

export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'value'
  | 'legend'
  | 'th'
  | 'thNumber'
  | 'kinerja'
  | 'section'
  | 'sectionText'
  | 'text'
  | 'center'
  | 'part'
  | 'readonly'
  | 'noteLabel'
  | 'inputNumber'
  | 'inputText'
  | 'sign'
  | 'signName';

export type InputSpec =
  | { kind: 'element'; name: string; elementId: string }
  | { kind: 'note'; name: string; indicatorId: string; field: string; maxLength: number };

export interface PlanCell {
  col: number;
  value: string;
  style: CellStyle;
  /** Merge this cell over `cols` columns and `rows` rows (text only: never an input). */
  span?: { cols?: number; rows?: number };
  input?: InputSpec;
}

export interface PlanRow {
  row: number;
  height?: number;
  cells: PlanCell[];
}

export interface PlannedInput {
  name: string;
  /** Absolute address on the Isian sheet, e.g. $G$14. */
  address: string;
  row: number;
  spec: InputSpec;
}

export type GuideStyle = 'title' | 'text' | 'heading' | 'sample';

export interface TemplatePlan {
  jabatanId: string;
  fileName: string;
  /** The workbook's document title. */
  title: string;
  meta: Record<MetaKey, string | number>;
  rows: PlanRow[];
  /** The table heading rows, repeated on every printed page. */
  headerRows: [number, number];
  /** Manual page breaks: a break after each of these rows, so no indicator is split across pages. */
  pageBreaks: number[];
  lastRow: number;
  inputs: PlannedInput[];
  /** The Petunjuk sheet: one entry a line; `sample` marks the line that shows an input cell's colour. */
  guide: { text: string; style: GuideStyle }[];
  footer: string;
  /** The language of the texts (the renderer takes the validation messages in it). */
  lang: Lang;
}

export interface TemplateOptions {
  generatedAt: string;
  toolVersion: string;
  /** The language of every text in the workbook. */
  lang: Lang;
  /** The year's targets, shown (read only) beside each indicator when set. */
  targets?: Targets;
  /**
   * The jabatan's accepted workbook of the previous triwulan, when the archive has it: each of its
   * values is shown (read only) beside the input, so a stock is typed consistently and a jump is seen.
   */
  previous?: { year: number; quarter: Quarter; values: Readonly<Record<string, number | null>> };
}

/** What plan() works from: the catalogue, the jabatan, the period, the texts, and the rows so far. */
interface Ctx {
  index: CatalogueIndex;
  jabatan: Jabatan;
  period: Period;
  tw: string;
  t: UiText['template'];
  f: Fmt;
  opts: TemplateOptions;
  sheet: Sheet;
  /** Elements this jabatan enters. */
  owned: Element[];
  ownedIds: Set<string>;
  ownIndicators: Set<string>;
  /** Row of each element's input once placed. */
  placedAt: Map<string, number>;
}

/** The rows of the Isian sheet as they are laid out, top to bottom. */
class Sheet {
  readonly rows: PlanRow[] = [];
  readonly inputs: PlannedInput[] = [];
  /** Rows that start a unit kept on one printed page (a unit runs up to the next start). */
  readonly unitStarts: number[] = [];

  /** The row the next add() fills. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(cells: PlanCell[], height?: number): number {
    const row: PlanRow = { row: this.next, cells };
    if (height !== undefined) row.height = height;
    this.rows.push(row);
    return row.row;
  }

  /** One text over the full width. */
  full(value: string, style: CellStyle, height?: number): number {
    return this.add([{ col: 1, value, style, span: { cols: NCOLS } }], height);
  }

  /** An input cell in the input column of `row` (the row about to be added). */
  input(spec: InputSpec, row: number): PlanCell {
    this.inputs.push({ name: spec.name, address: `$${INPUT_COL_LETTER}$${row}`, row, spec });
    return { col: INPUT_COL, value: '', style: spec.kind === 'element' ? 'inputNumber' : 'inputText', input: spec };
  }
}

/** Lay out the workbook for one jabatan: what goes in which row. Pure. */
export function plan(index: CatalogueIndex, jabatanId: string, period: Period, opts: TemplateOptions): TemplatePlan {
  const jabatan = index.jabatan.get(jabatanId);
  if (!jabatan) throw new Error(`unknown jabatan ${jabatanId}`);
  const owned = index.elementsEnteredBy(jabatanId);
  const c: Ctx = {
    index,
    jabatan,
    period,
    tw: romanQuarter(period.quarter),
    t: ui(opts.lang).template,
    f: fmt(opts.lang),
    opts,
    sheet: new Sheet(),
    owned,
    ownedIds: new Set(owned.map((e) => e.id)),
    ownIndicators: new Set(index.indicatorsOf(jabatanId).map((i) => i.id)),
    placedAt: new Map(),
  };
  const headerRows = heading(c);
  ownIndicators(c);
  const hasExtra = extraSection(c);
  signature(c);

  const { t, sheet } = c;
  const fileName = templateFileName(period.year, period.quarter, jabatanId);
  return {
    jabatanId,
    fileName,
    title: t.docTitle({ jabatan: jabatanId, tw: c.tw, year: period.year }),
    meta: metaOf(index, jabatanId, period, opts),
    rows: sheet.rows,
    headerRows,
    pageBreaks: paginate(sheet.rows, headerRows, sheet.unitStarts),
    lastRow: sheet.rows.length,
    inputs: sheet.inputs,
    guide: guide(c, fileName, hasExtra),
    footer: `&L&8${fileName}&R&8${t.page}`,
    lang: opts.lang,
  };
}

/** Who, which triwulan, under which decree; then the table heading. Returns the heading rows. */
function heading(c: Ctx): [number, number] {
  const { index, jabatan, period, t, tw, sheet } = c;
  const cat = index.catalogue;
  sheet.full(t.title, 'title', 21);
  sheet.full(t.subtitle({ tw, year: period.year }), 'subtitle', 18);
  sheet.full(cat.instansi.toUpperCase(), 'subtitle', 18);
  sheet.add([]);
  const facts: [string, string][] = [
    [t.facts.jabatan, jabatan.nama],
    [t.facts.atasan, jabatan.atasan ? nameOf(c, jabatan.atasan) : t.none],
    [t.facts.unit, index.unitOf(jabatan.id)?.nama ?? cat.instansi],
    [t.facts.period, t.period({ tw, months: t.months[period.quarter - 1]!, year: period.year })],
    [t.facts.dasar, t.decree({ ...(cat.keputusan.judul ? { judul: cat.keputusan.judul } : {}), nomor: cat.keputusan.nomor, tanggal: cat.keputusan.tanggal })],
  ];
  for (const [label, value] of facts) {
    sheet.add([
      { col: 1, value: label, style: 'label', span: { cols: 2 } },
      { col: 3, value: `: ${value}`, style: 'value', span: { cols: NCOLS - 2 } },
    ]);
  }
  sheet.full(t.legend, 'legend', 30);
  sheet.add([]);
  const heads = [...t.columns, t.inputColumn({ tw })];
  const top = sheet.add(heads.map((h, i) => ({ col: i + 1, value: h, style: 'th' as const })), 30);
  const bottom = sheet.add(heads.map((_, i) => ({ col: i + 1, value: `(${i + 1})`, style: 'thNumber' as const })));
  return [top, bottom];
}

/** The jabatan's own kinerja and indikator: one row per element an indicator reads, then one per note field. */
function ownIndicators(c: Ctx): void {
  const { sheet, t } = c;
  c.jabatan.kinerja.forEach((k, ki) => {
    const title = t.kinerja({ no: k.no ?? String(ki + 1), nama: k.nama });
    sheet.unitStarts.push(sheet.full(title, 'kinerja', rowHeight(title, 150)));
    k.indikator.forEach((ind, ii) => {
      if (ii > 0) sheet.unitStarts.push(sheet.next);
      indicatorBlock(c, ind, ii);
    });
  });
}

function indicatorBlock(c: Ctx, ind: Indikator, position: number): void {
  const { sheet, t, index } = c;
  const first = sheet.next;
  const block: PlanRow[] = [];
  for (const part of partsOf(c, ind)) {
    const el = index.elements.get(part.element);
    const label = el ? part.role + elementLabel(c, el) : part.element;
    const others = el && c.ownedIds.has(el.id) ? index.indicatorsUsing(el.id).filter((i) => !c.ownIndicators.has(i.id)) : [];
    const also = others.length ? `\n${t.alsoUsedFor({ uses: others.map((i) => t.indicatorOf({ indikator: i.nama, jabatan: nameOf(c, i.jabatan) })) })}` : '';
    const before = el && c.ownedIds.has(el.id) && !c.placedAt.has(el.id) ? previousText(c, el) : '';
    const cell = elementCell(c, el, sheet.next);
    const text = label + before + also;
    sheet.add([{ col: 6, value: text, style: 'part' }, cell], rowHeight(text, COL_WIDTHS[5], 2));
    block.push(sheet.rows.at(-1)!);
  }
  for (const note of index.catalogue.notes) {
    const label = t.note({ label: note.label, max: note.maxLength }, c.f);
    const input = sheet.input({ kind: 'note', name: noteName(ind.id, note.id), indicatorId: ind.id, field: note.id, maxLength: note.maxLength }, sheet.next);
    // Two lines: enough to see what was typed; a person may make a row taller (formatRows is allowed).
    sheet.add([{ col: 6, value: label, style: 'noteLabel' }, input], rowHeight(label, COL_WIDTHS[5], 2));
    block.push(sheet.rows.at(-1)!);
  }
  const span = sheet.next - first;
  const pj = ind.penanggungJawab ? t.penanggungJawab({ unit: index.units.get(ind.penanggungJawab)?.nama ?? ind.penanggungJawab }) : '';
  const sumber = [ind.sumberData ?? t.none, pj].filter(Boolean).join('\n');
  // No, Indikator, Formulasi, Sumber Data, Satuan: merged down the block (text only, left of the inputs).
  const nama = ind.nama + targetText(c, ind);
  const lead: PlanCell[] = [
    { col: 1, value: ind.huruf ?? String(position + 1), style: 'center' },
    { col: 2, value: nama, style: 'text' },
    { col: 3, value: ind.formulasi, style: 'text' },
    { col: 4, value: sumber, style: 'text' },
    { col: 5, value: ind.satuan, style: 'center' },
  ];
  if (span > 1) for (const cell of lead) cell.span = { rows: span };
  if (block.length === 0) return;
  block[0]!.cells.unshift(...lead);
  // Merged text needs room: grow the block's first row when the indicator text is long.
  const need = Math.max(rowHeight(nama, COL_WIDTHS[1]), rowHeight(ind.formulasi, COL_WIDTHS[2]), rowHeight(sumber, COL_WIDTHS[3]));
  const have = block.reduce((s, b) => s + (b.height ?? 15), 0);
  if (need > have) block[0]!.height = (block[0]!.height ?? 15) + (need - have);
}

/** The input column of an element's row: its input the first time, else where it is or who enters it. */
function elementCell(c: Ctx, el: Element | undefined, row: number): PlanCell {
  const { t } = c;
  if (el && c.ownedIds.has(el.id)) {
    const at = c.placedAt.get(el.id);
    if (at !== undefined) return { col: INPUT_COL, value: t.alreadyAt({ row: at }), style: 'readonly' };
    c.placedAt.set(el.id, row);
    return c.sheet.input({ kind: 'element', name: elementName(el.id), elementId: el.id }, row);
  }
  return { col: INPUT_COL, value: t.enteredBy({ jabatan: el ? nameOf(c, el.owner) : t.unknownOwner }), style: 'readonly' };
}

/**
 * "Isian untuk Indikator Atasan / Jabatan Lain": elements this jabatan types only for other jabatan's
 * indicators (a Kasi's counts behind a Kabid percentage). Returns whether there was any.
 */
function extraSection(c: Ctx): boolean {
  const { sheet, t, index, tw } = c;
  const extra = c.owned.filter((e) => !c.placedAt.has(e.id));
  if (extra.length === 0) return false;
  sheet.unitStarts.push(sheet.next);
  sheet.full(t.extra.title, 'section', 20);
  sheet.full(t.extra.text, 'sectionText', 30);
  sheet.add([...t.extra.columns, t.inputColumn({ tw })].map((h, i) => ({ col: i + 1, value: h, style: 'th' as const })), 30);
  extra.forEach((el, n) => {
    if (n > 0) sheet.unitStarts.push(sheet.next);
    const users = index.indicatorsUsing(el.id);
    const role = (i: Indikator) => (i.kind === 'ratio' ? (i.numerator.includes(el.id) ? t.extra.numerator : t.extra.denominator) : '');
    const dipakai = users.length ? users.map((i) => `${i.nama}${role(i)}`).join('\n') : t.extra.unused;
    const formulasi = users.map((i) => i.formulasi).join('\n');
    const pemilik = [...new Set(users.map((i) => nameOf(c, i.jabatan)))].join('\n');
    const label = elementLabel(c, el) + previousText(c, el);
    const row = sheet.next;
    c.placedAt.set(el.id, row);
    sheet.add(
      [
        { col: 1, value: String(n + 1), style: 'center' },
        { col: 2, value: dipakai, style: 'text' },
        { col: 3, value: formulasi, style: 'text' },
        { col: 4, value: pemilik, style: 'text' },
        { col: 5, value: el.satuan, style: 'center' },
        { col: 6, value: label, style: 'part' },
        sheet.input({ kind: 'element', name: elementName(el.id), elementId: el.id }, row),
      ],
      Math.max(rowHeight(dipakai, COL_WIDTHS[1], 2), rowHeight(formulasi, COL_WIDTHS[2]), rowHeight(pemilik, COL_WIDTHS[3]), rowHeight(label, COL_WIDTHS[5])),
    );
  });
  return true;
}

/** The signature block, as on Indonesian government forms: place and date, jabatan, space, name, NIP. */
function signature(c: Ctx): void {
  const { sheet, jabatan, t } = c;
  sheet.unitStarts.push(sheet.add([]));
  const sign = (left: string, right: string, style: CellStyle = 'sign', height?: number) =>
    sheet.add(
      [...(jabatan.atasan ? [{ col: 2, value: left, style, span: { cols: 2 } }] : []), { col: 6, value: right, style, span: { cols: 2 } }],
      height,
    );
  sign('', t.sign.placeDate({ place: placeOf(c.index.catalogue.instansi), year: c.period.year }));
  sign(t.sign.acknowledged, t.sign.reporter);
  sign(jabatan.atasan ? nameOf(c, jabatan.atasan) : '', jabatan.nama, 'sign', 30);
  sheet.add([], 45);
  sign(t.sign.name, t.sign.name, 'signName');
  sign(t.sign.nip, t.sign.nip);
}

/** The _iki sheet's values: the contract, the same in every language. */
function metaOf(index: CatalogueIndex, jabatanId: string, period: Period, opts: TemplateOptions): Record<MetaKey, string | number> {
  return {
    format: TEMPLATE_FORMAT,
    catalogue_id: index.catalogue.id,
    catalogue_hash: index.catalogue.hash,
    jabatan_id: jabatanId,
    year: period.year,
    quarter: period.quarter,
    generated_at: opts.generatedAt,
    tool_version: opts.toolVersion,
  };
}

/** The Petunjuk sheet, numbering only the items this workbook has. */
function guide(c: Ctx, fileName: string, hasExtra: boolean): TemplatePlan['guide'] {
  const g = c.t.guide;
  const notes = c.index.catalogue.notes;
  const items = [
    g.numbers,
    ...(c.owned.some((e) => e.type !== 'count') ? [g.typed] : []),
    g.blank,
    g.quarterOnly({ tw: c.tw, last: c.t.aggregation.last }),
    g.percentages,
    ...(notes.length ? [g.notes({ labels: notes.map((n) => n.label) })] : []),
    ...(hasExtra ? [g.extra({ section: c.t.extra.title })] : []),
  ];
  return [
    { text: g.title, style: 'title' },
    { text: g.intro({ jabatan: c.jabatan.nama, tw: c.tw, year: c.period.year, sheet: INPUT_SHEET }), style: 'text' },
    { text: g.how, style: 'heading' },
    { text: `1. ${g.yellow}`, style: 'sample' },
    ...items.map((text, i) => ({ text: `${i + 2}. ${text}`, style: 'text' as const })),
    { text: g.dont, style: 'heading' },
    { text: g.dontRename, style: 'text' },
    { text: g.dontMove, style: 'text' },
    { text: g.dontConvert, style: 'text' },
    { text: g.after, style: 'heading' },
    { text: g.save({ file: fileName }), style: 'text' },
    { text: g.questions, style: 'text' },
  ];
}

// ---------------------------------------------------------------- small pieces

function nameOf(c: Ctx, jabatanId: string): string {
  return c.index.jabatan.get(jabatanId)?.nama ?? jabatanId;
}

/** "\nTW sebelumnya (TW I 2017): 120 orang", when the previous triwulan's workbook is in the archive. */
function previousText(c: Ctx, el: Element): string {
  const p = c.opts.previous;
  if (!p || !(el.id in p.values)) return '';
  const v = p.values[el.id];
  const tw = `${c.f.tw(p.quarter)} ${p.year}`;
  return `\n${v === null || v === undefined ? c.t.previousBlank({ tw }) : c.t.previous({ tw, value: `${c.f.num(v)} ${el.satuan}` })}`;
}

/** "Jumlah peserta (orang; jumlah selama triwulan ini)" */
function elementLabel(c: Ctx, el: Element): string {
  return c.t.element({ nama: el.nama, satuan: el.satuan, how: c.t.aggregation[el.aggregation] });
}

function partsOf(c: Ctx, ind: Indikator): { role: string; element: string }[] {
  if (ind.kind !== 'ratio') return [{ role: '', element: ind.element }];
  return [
    ...ind.numerator.map((element) => ({ role: c.t.numerator, element })),
    ...ind.denominator.map((element) => ({ role: c.t.denominator, element })),
  ];
}

/** "\n\nTarget 2017: 400 orang; Target TW II: 100 orang": empty when the indicator has no target. */
function targetText(c: Ctx, ind: Indikator): string {
  const target = c.opts.targets?.byIndicator.get(ind.id);
  if (!target) return '';
  const value = (v: number) => `${c.f.num(v)} ${ind.satuan}`;
  const parts: string[] = [];
  if (target.tahun !== undefined) parts.push(c.t.targetYear({ year: c.period.year, value: value(target.tahun) }));
  const q = target.triwulan[c.period.quarter];
  if (q !== undefined) parts.push(c.t.targetQuarter({ tw: c.tw, value: value(q) }));
  return parts.length ? `\n\n${parts.join('; ')}` : '';
}

/** "Dinas Tenaga Kerja Kabupaten Gresik" -> "Gresik": the place on the signature line. */
function placeOf(instansi: string): string {
  const m = /(?:Kabupaten|Kota|Provinsi)\s+(.+)$/i.exec(instansi.trim());
  return m ? m[1]! : '....................';
}

/** A row height (points) that shows `text` wrapped in a column `width` characters wide. */
export function rowHeight(text: string, width: number, minLines = 1): number {
  // Arial 10 fits about 1.1 characters per unit of Excel column width (which counts Calibri 11 digits).
  const perLine = Math.max(1, Math.floor(width * 1.1));
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return Math.max(minLines, lines) * 12.75 + 3;
}

// A4 landscape with the margins set in template.ts, fitted to one page wide: how many points of rows fit.
const PRINT_WIDTH_PT = 842 - 2 * 0.4 * 72;
const PRINT_HEIGHT_PT = 595 - (0.5 + 0.6) * 72;
const SHEET_WIDTH_PT = COL_WIDTHS.reduce((s, w) => s + Math.trunc(w * 7 + 5), 0) * 0.75;
const PAGE_ROWS_PT = (PRINT_HEIGHT_PT / Math.min(1, PRINT_WIDTH_PT / SHEET_WIDTH_PT)) * 0.97;

/** Break before a unit that would not fit on the current page (units taller than a page just flow). */
function paginate(rows: PlanRow[], [headerTop, headerBottom]: [number, number], unitStarts: number[]): number[] {
  const height = new Map(rows.map((r) => [r.row, r.height ?? 15]));
  const sum = (from: number, to: number) => {
    let h = 0;
    for (let i = from; i <= to; i++) h += height.get(i) ?? 15;
    return h;
  };
  const repeated = sum(headerTop, headerBottom);
  const last = rows.length;
  const breaks: number[] = [];
  let used = sum(1, headerBottom);
  let fresh = true;
  unitStarts.forEach((start, i) => {
    const end = (unitStarts[i + 1] ?? last + 1) - 1;
    const h = sum(start, end);
    if (used + h > PAGE_ROWS_PT && !fresh) {
      breaks.push(start - 1);
      used = repeated;
    }
    used += h;
    fresh = false;
  });
  return breaks;
}
