// The input template: one workbook per jabatan per triwulan, in Indonesian, for people to fill.
// Two steps: plan() lays out every row and input as plain data (pure, testable without exceljs);
// buildTemplate() renders a plan with the exceljs module it is given. Neither touches the disk.
// The contract other programs read (defined names, the _iki sheet) is in contract.ts.
import { deflateRawSync } from 'node:zlib';
import type { Alignment, Borders, Cell, DataValidation, Fill, Font, Workbook, Worksheet, WorksheetView } from 'exceljs';
import type { Targets } from '../compute/target.js';
import type { CatalogueIndex, Element, Indikator, Jabatan } from '../model/catalogue.js';
import {
  GUIDE_SHEET,
  INPUT_SHEET,
  META_KEYS,
  META_SHEET,
  TEMPLATE_FORMAT,
  elementName,
  noteName,
  templateFileName,
  type MetaKey,
} from '../model/contract.js';
import { periodTitle, romanQuarter, type Period } from '../model/period.js';
import type { ExcelModule } from '../read/excel.js';
import { zipEntries } from '../read/zip.js';

// ---------------------------------------------------------------- the plan

/** Columns of the Isian sheet. Every input (number or text) is in INPUT_COL so people see where to type. */
export const COLUMNS = ['No', 'Indikator Kinerja', 'Formulasi', 'Sumber Data', 'Satuan', 'Uraian Isian', 'Isian'] as const;
export const INPUT_COL = 7;
const COL_WIDTHS = [5, 30, 30, 15, 9, 36, 34];
const LAST_COL = 'G';

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

export interface TemplatePlan {
  jabatanId: string;
  fileName: string;
  meta: Record<MetaKey, string | number>;
  columns: { header: string; width: number }[];
  rows: PlanRow[];
  /** The table heading rows, repeated on every printed page. */
  headerRows: [number, number];
  /** Manual page breaks: a break after each of these rows, so no indicator is split across pages. */
  pageBreaks: number[];
  lastRow: number;
  inputs: PlannedInput[];
  /** The Petunjuk sheet: one entry a line; `sample` marks the line that shows an input cell's colour. */
  guide: { text: string; style: 'title' | 'text' | 'heading' | 'sample' }[];
  footer: string;
}

export interface TemplateOptions {
  generatedAt: string;
  toolVersion: string;
  /** The year's targets, shown (read only) beside each indicator when set. */
  targets?: Targets;
}

export interface TemplateSummary {
  jabatanId: string;
  fileName: string;
  elementInputs: number;
  noteInputs: number;
}

/** "\n\nTarget 2017: 400 orang; TW II: 100 orang" — empty when the indicator has no target. */
function targetText(targets: Targets | undefined, indicatorId: string, satuan: string, period: Period): string {
  const t = targets?.byIndicator.get(indicatorId);
  if (!t) return '';
  const unit = satuan === '%' ? ' %' : ` ${satuan}`;
  const fmt = (v: number) => `${v.toLocaleString('id-ID')}${unit}`;
  const parts: string[] = [];
  if (t.tahun !== undefined) parts.push(`Target ${period.year}: ${fmt(t.tahun)}`);
  const q = t.triwulan[period.quarter];
  if (q !== undefined) parts.push(`Target TW ${romanQuarter(period.quarter)}: ${fmt(q)}`);
  return parts.length ? `\n\n${parts.join('; ')}` : '';
}

const MONTHS = ['Januari – Maret', 'April – Juni', 'Juli – September', 'Oktober – Desember'];

/** Lay out the workbook for one jabatan: what goes in which row. Pure. */
export function plan(index: CatalogueIndex, jabatanId: string, period: Period, opts: TemplateOptions): TemplatePlan {
  const jabatan = index.jabatan.get(jabatanId);
  if (!jabatan) throw new Error(`unknown jabatan ${jabatanId}`);
  const cat = index.catalogue;
  const rows: PlanRow[] = [];
  const inputs: PlannedInput[] = [];
  let r = 0;
  const add = (cells: PlanCell[], height?: number): number => {
    r++;
    const row: PlanRow = { row: r, cells };
    if (height !== undefined) row.height = height;
    rows.push(row);
    return r;
  };
  const full = (value: string, style: CellStyle, height?: number) => add([{ col: 1, value, style, span: { cols: COLUMNS.length } }], height);
  const input = (spec: InputSpec, row: number): PlanCell => {
    inputs.push({ name: spec.name, address: `$${LAST_COL}$${row}`, row, spec });
    return { col: INPUT_COL, value: '', style: spec.kind === 'element' ? 'inputNumber' : 'inputText', input: spec };
  };
  const nameOf = (id: string) => index.jabatan.get(id)?.nama ?? id;
  const tw = romanQuarter(period.quarter);

  // Heading: who, which triwulan, under which decree.
  full('INDIKATOR KINERJA INDIVIDU (IKI)', 'title', 21);
  full(`ISIAN REALISASI ${periodTitle(period).toUpperCase()}`, 'subtitle', 18);
  full(cat.instansi.toUpperCase(), 'subtitle', 18);
  add([]);
  const unit = index.unitOf(jabatanId);
  const dasar = [cat.keputusan.judul, `Nomor ${cat.keputusan.nomor}`, `tanggal ${cat.keputusan.tanggal}`].filter(Boolean).join(' ');
  const facts: [string, string][] = [
    ['Jabatan', jabatan.nama],
    ['Atasan Langsung', jabatan.atasan ? nameOf(jabatan.atasan) : '-'],
    ['Unit Kerja', unit?.nama ?? cat.instansi],
    ['Triwulan / Tahun', `Triwulan ${tw} (${MONTHS[period.quarter - 1]}) Tahun ${period.year}`],
    ['Dasar', dasar],
  ];
  for (const [label, value] of facts) {
    add([
      { col: 1, value: label, style: 'label', span: { cols: 2 } },
      { col: 3, value: `: ${value}`, style: 'value', span: { cols: COLUMNS.length - 2 } },
    ]);
  }
  full(
    'Isi hanya sel berwarna kuning. Sel kosong berarti "belum dilaporkan"; angka 0 berarti memang nol. Petunjuk lengkap ada di lembar Petunjuk.',
    'legend',
    30,
  );
  add([]);

  const headerTop = add(
    COLUMNS.map((h, i) => ({ col: i + 1, value: i === INPUT_COL - 1 ? `Isian Triwulan ${tw} (sel kuning)` : h, style: 'th' as const })),
    30,
  );
  const headerBottom = add(COLUMNS.map((_, i) => ({ col: i + 1, value: `(${i + 1})`, style: 'thNumber' as const })));
  // Rows that start a unit kept on one printed page (a unit runs up to the next start).
  const unitStarts: number[] = [];

  const owned = index.elementsEnteredBy(jabatanId);
  const ownedIds = new Set(owned.map((e) => e.id));
  const placedAt = new Map<string, number>();
  const ownIndicators = new Set(index.indicatorsOf(jabatanId).map((i) => i.id));
  const usedElsewhere = (e: Element) => index.indicatorsUsing(e.id).filter((i) => !ownIndicators.has(i.id));

  // Own kinerja and indikator: one row per element the indicator reads, then one per note field.
  jabatan.kinerja.forEach((k, ki) => {
    const title = `Kinerja ${k.no ?? ki + 1}: ${k.nama}`;
    unitStarts.push(full(title, 'kinerja', rowHeight(title, 150)));
    k.indikator.forEach((ind, ii) => {
      const first = r + 1;
      if (ii > 0) unitStarts.push(first);
      const parts = partsOf(ind);
      const blockRows: PlanRow[] = [];
      for (const part of parts) {
        const el = index.elements.get(part.element);
        const label = el ? `${part.role}${el.nama} (${el.satuan}; ${el.aggregation === 'last' ? 'posisi akhir triwulan' : 'jumlah selama triwulan ini'})` : part.element;
        const others = el && ownedIds.has(el.id) ? usedElsewhere(el) : [];
        const also = others.length ? `\nDipakai juga untuk: ${others.map((i) => `${i.nama} (${nameOf(i.jabatan)})`).join('; ')}` : '';
        const row = r + 1;
        let cell: PlanCell;
        if (el && ownedIds.has(el.id) && !placedAt.has(el.id)) {
          placedAt.set(el.id, row);
          cell = input({ kind: 'element', name: elementName(el.id), elementId: el.id }, row);
        } else if (el && ownedIds.has(el.id)) {
          cell = { col: INPUT_COL, value: `Sudah diisi di baris ${placedAt.get(el.id)}`, style: 'readonly' };
        } else {
          cell = { col: INPUT_COL, value: `Diisi oleh ${el ? nameOf(el.owner) : '?'}`, style: 'readonly' };
        }
        add([{ col: 6, value: label + also, style: 'part' }, cell], rowHeight(label + also, COL_WIDTHS[5]!, 2));
        blockRows.push(rows[rows.length - 1]!);
      }
      for (const note of cat.notes) {
        const row = r + 1;
        add(
          [
            { col: 6, value: `${note.label} (teks, paling banyak ${note.maxLength} karakter)`, style: 'noteLabel' },
            input({ kind: 'note', name: noteName(ind.id, note.id), indicatorId: ind.id, field: note.id, maxLength: note.maxLength }, row),
          ],
          // Two lines: enough to see what was typed; a person may make a row taller (formatRows is allowed).
          rowHeight(`${note.label} (teks, paling banyak ${note.maxLength} karakter)`, COL_WIDTHS[5]!, 2),
        );
        blockRows.push(rows[rows.length - 1]!);
      }
      const span = r - first + 1;
      const sumber = [ind.sumberData ?? '-', ind.penanggungJawab ? `Penanggung jawab: ${index.units.get(ind.penanggungJawab)?.nama ?? ind.penanggungJawab}` : '']
        .filter(Boolean)
        .join('\n');
      // No, Indikator, Formulasi, Sumber Data, Satuan: merged down the block (text only, left of the inputs).
      const nama = ind.nama + targetText(opts.targets, ind.id, ind.satuan, period);
      const lead: PlanCell[] = [
        { col: 1, value: ind.huruf ?? String(ii + 1), style: 'center' },
        { col: 2, value: nama, style: 'text' },
        { col: 3, value: ind.formulasi, style: 'text' },
        { col: 4, value: sumber, style: 'text' },
        { col: 5, value: ind.satuan, style: 'center' },
      ];
      if (span > 1) for (const c of lead) c.span = { rows: span };
      blockRows[0]!.cells.unshift(...lead);
      // Merged text needs room: grow the block's first row when the indicator text is long.
      const need = Math.max(rowHeight(nama, COL_WIDTHS[1]!), rowHeight(ind.formulasi, COL_WIDTHS[2]!), rowHeight(sumber, COL_WIDTHS[3]!));
      const have = blockRows.reduce((s, b) => s + (b.height ?? 15), 0);
      if (need > have) blockRows[0]!.height = (blockRows[0]!.height ?? 15) + (need - have);
    });
  });

  // Elements this jabatan types for other jabatan's indicators (a Kasi's counts behind a Kabid percentage).
  const extra = owned.filter((e) => !placedAt.has(e.id));
  if (extra.length > 0) {
    unitStarts.push(r + 1);
    full('Isian untuk Indikator Atasan / Jabatan Lain', 'section', 20);
    full(
      'Angka berikut tidak dipakai untuk indikator Anda sendiri, tetapi diperlukan untuk menghitung indikator jabatan lain (misalnya atasan). Setiap angka cukup diisi satu kali di sini.',
      'sectionText',
      30,
    );
    add(
      ['No', 'Dipakai untuk Indikator', 'Formulasi', 'Jabatan Pemilik Indikator', 'Satuan', 'Uraian Isian', `Isian Triwulan ${tw} (sel kuning)`].map((h, i) => ({
        col: i + 1,
        value: h,
        style: 'th' as const,
      })),
      30,
    );
    extra.forEach((el, n) => {
      if (n > 0) unitStarts.push(r + 1);
      const users = index.indicatorsUsing(el.id);
      const role = (i: Indikator) => (i.kind === 'ratio' ? (i.numerator.includes(el.id) ? ' (pembilang)' : ' (penyebut)') : '');
      const dipakai = users.length ? users.map((i) => `${i.nama}${role(i)}`).join('\n') : '(belum dipakai indikator mana pun)';
      const formulasi = users.map((i) => i.formulasi).join('\n');
      const pemilik = [...new Set(users.map((i) => nameOf(i.jabatan)))].join('\n');
      const label = `${el.nama} (${el.satuan}; ${el.aggregation === 'last' ? 'posisi akhir triwulan' : 'jumlah selama triwulan ini'})`;
      const row = r + 1;
      placedAt.set(el.id, row);
      add(
        [
          { col: 1, value: String(n + 1), style: 'center' },
          { col: 2, value: dipakai, style: 'text' },
          { col: 3, value: formulasi, style: 'text' },
          { col: 4, value: pemilik, style: 'text' },
          { col: 5, value: el.satuan, style: 'center' },
          { col: 6, value: label, style: 'part' },
          input({ kind: 'element', name: elementName(el.id), elementId: el.id }, row),
        ],
        Math.max(rowHeight(dipakai, COL_WIDTHS[1]!, 2), rowHeight(formulasi, COL_WIDTHS[2]!), rowHeight(pemilik, COL_WIDTHS[3]!), rowHeight(label, COL_WIDTHS[5]!)),
      );
    });
  }

  // Signature block, as on Indonesian government forms: place and date, jabatan, space, name, NIP.
  unitStarts.push(add([]));
  const place = placeOf(cat.instansi);
  const sign = (left: string, right: string, style: CellStyle = 'sign', height?: number) =>
    add(
      [
        ...(jabatan.atasan ? [{ col: 2, value: left, style, span: { cols: 2 } }] : []),
        { col: 6, value: right, style, span: { cols: 2 } },
      ],
      height,
    );
  sign('', `${place}, .................................... ${period.year}`);
  sign('Mengetahui,', 'Yang melaporkan,');
  sign(jabatan.atasan ? nameOf(jabatan.atasan) : '', jabatan.nama, 'sign', 30);
  add([], 45);
  sign('(.............................................)', '(.............................................)', 'signName');
  sign('NIP. ......................................', 'NIP. ......................................');

  const meta: Record<MetaKey, string | number> = {
    format: TEMPLATE_FORMAT,
    catalogue_id: cat.id,
    catalogue_hash: cat.hash,
    jabatan_id: jabatanId,
    year: period.year,
    quarter: period.quarter,
    generated_at: opts.generatedAt,
    tool_version: opts.toolVersion,
  };
  const fileName = templateFileName(period.year, period.quarter, jabatanId);
  return {
    jabatanId,
    fileName,
    meta,
    columns: COLUMNS.map((header, i) => ({ header, width: COL_WIDTHS[i]! })),
    rows,
    headerRows: [headerTop, headerBottom],
    pageBreaks: paginate(rows, headerTop, headerBottom, unitStarts),
    lastRow: r,
    inputs,
    guide: guide(jabatan, period, fileName, cat.notes.length > 0, extra.length > 0),
    footer: `&L&8${fileName}&R&8Halaman &P dari &N`,
  };
}

// A4 landscape with the margins set below, fitted to one page wide: how many points of rows fit.
const PRINT_WIDTH_PT = 842 - 2 * 0.4 * 72;
const PRINT_HEIGHT_PT = 595 - (0.5 + 0.6) * 72;
const SHEET_WIDTH_PT = COL_WIDTHS.reduce((s, w) => s + Math.trunc(w * 7 + 5), 0) * 0.75;
const PAGE_ROWS_PT = (PRINT_HEIGHT_PT / Math.min(1, PRINT_WIDTH_PT / SHEET_WIDTH_PT)) * 0.97;

/** Break before a unit that would not fit on the current page (units taller than a page just flow). */
function paginate(rows: PlanRow[], headerTop: number, headerBottom: number, unitStarts: number[]): number[] {
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

function partsOf(ind: Indikator): { role: string; element: string }[] {
  if (ind.kind === 'count') return [{ role: '', element: ind.element }];
  return [
    ...ind.numerator.map((element) => ({ role: 'Pembilang: ', element })),
    ...ind.denominator.map((element) => ({ role: 'Penyebut: ', element })),
  ];
}

/** "Dinas Tenaga Kerja Kabupaten Gresik" -> "Gresik": the place on the signature line. */
function placeOf(instansi: string): string {
  const m = /(?:Kabupaten|Kota|Provinsi)\s+(.+)$/i.exec(instansi.trim());
  return m ? m[1]! : '....................';
}

/** A row height (points) that shows `text` wrapped in a column `width` characters wide. */
function rowHeight(text: string, width: number, minLines = 1): number {
  // Arial 10 fits about 1.1 characters per unit of Excel column width (which counts Calibri 11 digits).
  const perLine = Math.max(1, Math.floor(width * 1.1));
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return Math.max(minLines, lines) * 12.75 + 3;
}

function guide(jabatan: Jabatan, period: Period, fileName: string, hasNotes: boolean, hasExtra: boolean): TemplatePlan['guide'] {
  const tw = romanQuarter(period.quarter);
  const lines: TemplatePlan['guide'] = [
    { text: 'PETUNJUK PENGISIAN', style: 'title' },
    { text: `Berkas ini untuk jabatan ${jabatan.nama}, ${periodTitle(period)}. Isilah lembar "${INPUT_SHEET}".`, style: 'text' },
    { text: 'Cara mengisi', style: 'heading' },
    { text: '1. Ketik hanya di sel berwarna kuning seperti contoh di samping. Sel lain dikunci agar tidak berubah tanpa sengaja.', style: 'sample' },
    {
      text: '2. Isian angka: bilangan bulat 0 atau lebih, tanpa satuan dan tanpa titik/koma pemisah ribuan. Contoh: ketik 1250, bukan "1.250" atau "1.250 orang".',
      style: 'text',
    },
    {
      text: '3. Sel yang dibiarkan kosong berarti "belum dilaporkan". Angka 0 berarti memang nol. Jangan mengetik 0 jika datanya belum ada.',
      style: 'text',
    },
    {
      text: `4. Isi angka untuk Triwulan ${tw} saja (bukan jumlah sejak awal tahun), kecuali isian yang bertanda "posisi akhir triwulan": untuk isian itu tulis keadaan pada akhir Triwulan ${tw}.`,
      style: 'text',
    },
    {
      text: '5. Persentase tidak perlu dihitung sendiri: Subbag Program dan Pelaporan menghitungnya dari angka pembilang dan penyebut. Baris bertuliskan "Diisi oleh ..." diisi oleh jabatan lain di berkasnya sendiri.',
      style: 'text',
    },
  ];
  if (hasNotes) {
    lines.push({
      text: '6. Kolom teks (Kendala / Permasalahan, Tindak Lanjut, Data Dukung): tulis singkat dan jelas, tidak melebihi batas karakter yang tertera. Kosongkan jika tidak ada.',
      style: 'text',
    });
  }
  if (hasExtra) {
    lines.push({
      text: '7. Bagian "Isian untuk Indikator Atasan / Jabatan Lain" berisi angka yang Anda isi untuk indikator atasan atau jabatan lain. Isi juga bagian itu.',
      style: 'text',
    });
  }
  lines.push(
    { text: 'Yang tidak boleh dilakukan', style: 'heading' },
    { text: '• Jangan mengganti nama lembar (sheet), jangan menghapus atau menambah lembar.', style: 'text' },
    { text: '• Jangan memindahkan atau menyalin sel ke berkas (workbook) lain, dan jangan memakai berkas ini untuk jabatan atau triwulan lain.', style: 'text' },
    { text: '• Jangan mengubah nama berkas dan jangan menyimpannya dalam format lain (misalnya .xls, .csv atau .pdf).', style: 'text' },
    { text: 'Setelah selesai', style: 'heading' },
    {
      text: `Simpan berkas (format Excel .xlsx, nama tetap ${fileName}), cetak dan tandatangani bila diminta, lalu kirim kembali berkas Excel-nya ke Subbag Program dan Pelaporan.`,
      style: 'text',
    },
    { text: 'Pertanyaan tentang isian ini dapat disampaikan kepada Subbag Program dan Pelaporan.', style: 'text' },
  );
  return lines;
}

// ---------------------------------------------------------------- rendering with exceljs

export type { ExcelModule };

const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const KINERJA_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const INPUT_BOX: Partial<Borders> = {
  top: { style: 'thin', color: { argb: 'FFBF9000' } },
  left: { style: 'thin', color: { argb: 'FFBF9000' } },
  bottom: { style: 'thin', color: { argb: 'FFBF9000' } },
  right: { style: 'thin', color: { argb: 'FFBF9000' } },
};
const FONT = 'Arial';
const wrapTop: Partial<Alignment> = { wrapText: true, vertical: 'top' };

interface Look {
  font?: Partial<Font>;
  alignment?: Partial<Alignment>;
  fill?: Fill;
  border?: Partial<Borders>;
  numFmt?: string;
}
const f = (extra: Partial<Font> = {}): Partial<Font> => ({ name: FONT, size: 10, ...extra });
const LOOKS: Record<CellStyle, Look> = {
  title: { font: f({ size: 14, bold: true }), alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: f({ size: 12, bold: true }), alignment: { horizontal: 'center', vertical: 'middle' } },
  label: { font: f({ bold: true }), alignment: { vertical: 'top' } },
  value: { font: f(), alignment: wrapTop },
  legend: { font: f({ italic: true, color: { argb: 'FF7F6000' } }), alignment: { wrapText: true, vertical: 'middle' } },
  th: { font: f({ bold: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: HEAD_FILL, border: BOX },
  thNumber: { font: f({ size: 8, italic: true }), alignment: { horizontal: 'center' }, fill: HEAD_FILL, border: BOX },
  kinerja: { font: f({ bold: true }), alignment: { wrapText: true, vertical: 'middle' }, fill: KINERJA_FILL, border: BOX },
  section: { font: f({ bold: true, size: 11 }), alignment: { vertical: 'middle' }, fill: KINERJA_FILL, border: BOX },
  sectionText: { font: f({ italic: true }), alignment: { wrapText: true, vertical: 'middle' } },
  text: { font: f(), alignment: wrapTop, border: BOX },
  center: { font: f(), alignment: { horizontal: 'center', vertical: 'top', wrapText: true }, border: BOX },
  part: { font: f(), alignment: wrapTop, border: BOX },
  readonly: { font: f({ italic: true, color: { argb: 'FF595959' } }), alignment: wrapTop, border: BOX },
  noteLabel: { font: f({ color: { argb: 'FF404040' } }), alignment: wrapTop, border: BOX },
  inputNumber: { font: f({ size: 11, bold: true }), alignment: { horizontal: 'right', vertical: 'top' }, fill: INPUT_FILL, border: INPUT_BOX, numFmt: '0' },
  inputText: { font: f(), alignment: wrapTop, fill: INPUT_FILL, border: INPUT_BOX, numFmt: '@' },
  sign: { font: f(), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  signName: { font: f({ bold: true }), alignment: { horizontal: 'center', vertical: 'bottom' } },
};

const NUMBER_VALIDATION: DataValidation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Isian harus bilangan bulat',
  error: 'Isi dengan bilangan bulat 0 atau lebih, tanpa satuan dan tanpa titik/koma. Kosongkan jika belum ada data.',
  showInputMessage: true,
  promptTitle: 'Isian angka',
  prompt: 'Bilangan bulat 0 atau lebih, tanpa satuan. Kosong = belum dilaporkan; 0 = nol.',
};

function textValidation(max: number): DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Teks terlalu panjang',
    error: `Tulis paling banyak ${max} karakter. Ringkas teksnya; rincian dapat disimpan di dokumen data dukung.`,
  };
}

/** Sheet protection: a guard against slips, not security. No password, so opening never asks for one. */
const PROTECTION: Partial<import('exceljs').WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  spinCount: 1000,
};

function style(cell: Cell, look: Look): void {
  if (look.font) cell.font = look.font;
  if (look.alignment) cell.alignment = look.alignment;
  if (look.fill) cell.fill = look.fill;
  if (look.border) cell.border = look.border;
  if (look.numFmt) cell.numFmt = look.numFmt;
}

/** Build the workbook for one jabatan in memory. Pure apart from exceljs. */
export async function buildTemplate(
  excel: ExcelModule,
  index: CatalogueIndex,
  jabatanId: string,
  period: Period,
  opts: TemplateOptions,
): Promise<{ workbook: Workbook; summary: TemplateSummary; plan: TemplatePlan }> {
  const p = plan(index, jabatanId, period, opts);
  const wb = new excel.Workbook();
  wb.creator = 'iki';
  wb.lastModifiedBy = 'iki';
  const when = new Date(opts.generatedAt);
  if (!Number.isNaN(when.getTime())) wb.created = wb.modified = when;
  wb.title = `IKI ${p.meta.jabatan_id} ${periodTitle(period)}`;
  wb.company = index.catalogue.instansi;

  const ws = wb.addWorksheet(INPUT_SHEET, {
    properties: { defaultRowHeight: 15 },
    // No frozen panes: the heading is a third of a laptop screen. The cursor starts on the first input.
    views: [{ state: 'normal', tabSelected: true, activeCell: p.inputs[0] ? `G${p.inputs[0].row}` : 'A1', showGridLines: false } as Partial<WorksheetView>],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${p.headerRows[0]}:${p.headerRows[1]}`,
      printArea: `A1:${LAST_COL}${p.lastRow}`,
    },
    headerFooter: { oddFooter: p.footer, evenFooter: p.footer },
  });
  ws.columns = p.columns.map((c) => ({ width: c.width }));
  renderRows(ws, p);
  for (const b of p.pageBreaks) ws.getRow(b).addPageBreak();
  for (const i of p.inputs) {
    const cell = ws.getCell(i.address.replace(/\$/g, ''));
    cell.protection = { locked: false };
    cell.dataValidation = i.spec.kind === 'element' ? NUMBER_VALIDATION : textValidation(i.spec.maxLength);
    // Workbook scope (no localSheetId): ingest looks the name up without knowing the sheet.
    wb.definedNames.add(`${INPUT_SHEET}!${i.address}`, i.name);
  }
  await ws.protect('', { ...PROTECTION });

  const g = wb.addWorksheet(GUIDE_SHEET, {
    views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  g.columns = [{ width: 90 }, { width: 12 }];
  p.guide.forEach((line, n) => {
    const cell = g.getCell(n + 1, 1);
    cell.value = line.text;
    const isTitle = line.style === 'title';
    cell.font = f({ bold: isTitle || line.style === 'heading', size: isTitle ? 13 : 10 });
    cell.alignment = { wrapText: true, vertical: 'top' };
    const row = g.getRow(n + 1);
    row.height = line.style === 'heading' ? 22 : Math.max(16, rowHeight(line.text, 90));
    if (line.style === 'heading') cell.alignment = { vertical: 'bottom' };
    if (line.style === 'sample') {
      const sample = g.getCell(n + 1, 2);
      sample.value = 'contoh';
      sample.fill = INPUT_FILL;
      sample.border = INPUT_BOX;
      sample.font = f({ italic: true });
      sample.alignment = { horizontal: 'center', vertical: 'middle' };
    }
  });
  await g.protect('', { ...PROTECTION });

  // The contract sheet goes last: a hidden FIRST sheet would still show (exceljs #2911).
  const m = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  META_KEYS.forEach((key, n) => {
    m.getCell(n + 1, 1).value = key;
    m.getCell(n + 1, 2).value = p.meta[key];
  });
  m.getColumn(1).width = 16;
  m.getColumn(2).width = 70;
  await m.protect('', { ...PROTECTION });

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const summary: TemplateSummary = {
    jabatanId,
    fileName: p.fileName,
    elementInputs: p.inputs.filter((i) => i.spec.kind === 'element').length,
    noteInputs: p.inputs.filter((i) => i.spec.kind === 'note').length,
  };
  return { workbook: wb, summary, plan: p };
}

function renderRows(ws: Worksheet, p: TemplatePlan): void {
  for (const pr of p.rows) {
    const row = ws.getRow(pr.row);
    if (pr.height !== undefined) row.height = pr.height;
    for (const c of pr.cells) {
      const look = LOOKS[c.style];
      const cols = c.span?.cols ?? 1;
      const rows = c.span?.rows ?? 1;
      // Borders and fills must be on every cell of a merge, or printing shows gaps.
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) style(ws.getCell(pr.row + dr, c.col + dc), look);
      const cell = ws.getCell(pr.row, c.col);
      if (c.value !== '') cell.value = c.value;
      if (cols > 1 || rows > 1) ws.mergeCells(pr.row, c.col, pr.row + rows - 1, c.col + cols - 1);
    }
  }
}

// ---------------------------------------------------------------- bytes

/**
 * The workbook as xlsx bytes. exceljs zips with a JavaScript deflate that costs more than building
 * the workbook; it writes the entries uncompressed instead and node's zlib compresses them here.
 */
export async function templateBytes(workbook: Workbook): Promise<Buffer> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateZip(Buffer.from(stored as ArrayBuffer));
}

/** Rewrite a zip with every stored entry deflated (CRCs and sizes of the content are unchanged). */
export function deflateZip(zip: Buffer): Buffer {
  const entries = zipEntries(zip);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let data = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === 0) data = deflateRawSync(data);
    else if (e.method !== 8) throw new Error(`zip entry ${e.name} uses method ${e.method}`);
    const nameLen = e.rawName.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(nameLen, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(e.time, 12);
    central.writeUInt16LE(e.date, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(nameLen, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.rawName, data);
    centrals.push(central, e.rawName);
    offset += 30 + nameLen + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
