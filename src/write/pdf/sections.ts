// The sections of the laporan PDF, each from the view model (src/write/laporan-model.ts): the cover
// with the kop, Ringkasan, Perbandingan, the charts, one section per unit, Kelengkapan, Catatan and the
// signature block. Words from ui(lang).laporan; numbers through formatValue, as the workbook shows them.
import { fmt } from '../../model/format.js';
import { ui } from '../../model/text/ui.js';
import { formatValue, predikatColour, type IndicatorRow, type JabatanGroup, type LaporanModel, type ValueKind } from '../laporan-model.js';
import { drawChart } from './chart.js';
import { COLOURS, contentWidth, ensureSpace, heading, MARGIN, newPage, paragraph, setText, SIZE, type Doc, type Orientation } from './page.js';
import { drawTable, type Cell, type Column, type Row } from './table.js';

/** Where each section starts (0-based page), for the contents on the cover. */
export type Starts = { title: string; page: number }[];

function start(doc: Doc, starts: Starts, title: string, layout: Orientation): void {
  newPage(doc, layout);
  doc.y = MARGIN.top;
  starts.push({ title, page: doc.bufferedPageRange().count - 1 });
  heading(doc, title, layout);
}

const num = (m: LaporanModel, v: number | null, kind: ValueKind) => formatValue(v, kind, m.lang);
const right = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, align: 'right', ...extra });

export function cover(doc: Doc, m: LaporanModel): void {
  newPage(doc, 'portrait');
  doc.y = 150;
  const w = contentWidth(doc);
  setText(doc, SIZE.subtitle, true).text(m.kop.instansi.toUpperCase(), MARGIN.left, doc.y, { width: w, align: 'center' });
  doc.y += 18;
  setText(doc, SIZE.title, true).text(m.kop.judul, MARGIN.left, doc.y, { width: w, align: 'center' });
  doc.y += 10;
  setText(doc, SIZE.subtitle).text(m.kop.periode, MARGIN.left, doc.y, { width: w, align: 'center' });
  doc.y += 30;
  setText(doc, SIZE.body, false, COLOURS.muted).text(m.kop.dasar, MARGIN.left + 40, doc.y, { width: w - 80, align: 'center' });
  doc.y += 6;
  setText(doc, SIZE.body, false, COLOURS.muted).text(m.kop.dibuat, MARGIN.left + 40, doc.y, { width: w - 80, align: 'center' });
}

/** The contents, written on the cover once every section's page is known. */
export function contents(doc: Doc, m: LaporanModel, starts: Starts): void {
  doc.switchToPage(0);
  const t = ui(m.lang).laporan.pdf;
  let y = 470;
  setText(doc, SIZE.subheading, true).text(t.daftarIsi, MARGIN.left + 60, y);
  y += 18;
  for (const s of starts) {
    setText(doc, SIZE.body).text(s.title, MARGIN.left + 60, y, { width: contentWidth(doc) - 180, lineBreak: false });
    setText(doc, SIZE.body).text(String(s.page + 1), MARGIN.left + contentWidth(doc) - 100, y, { width: 40, align: 'right', lineBreak: false });
    y += 14;
  }
}

function predikatCell(r: IndicatorRow): Cell {
  const fill = predikatColour(r.predikatRank);
  return { text: r.predikat ?? '', ...(fill ? { fill } : {}) };
}

export function ringkasan(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  start(doc, starts, t.pdf.ringkasan, 'landscape');
  paragraph(doc, `${m.kop.instansi} — ${m.kop.judul} — ${m.periode}`, SIZE.body, COLOURS.muted);
  paragraph(doc, t.pdf.rumusPersentase, SIZE.table, COLOURS.muted);
  const k = t.kolom;
  const columns: Column[] = [
    { head: k.no, share: 3.2, align: 'center' },
    { head: k.indikator, share: 26 },
    { head: k.satuan, share: 6 },
    { head: k.target, share: 6.5, align: 'right' },
    ...m.quarters.map((q) => ({ head: q, share: 6.5, align: 'right' as const })),
    { head: m.periode, share: 7.5, align: 'right' },
    { head: k.capaian, share: 7, align: 'right' },
    { head: k.predikat, share: 8.5 },
    { head: k.keterangan, share: 18 },
  ];
  const rows: Row[] = [];
  for (const g of m.ringkasan) {
    rows.push({ section: g.nama });
    for (const r of g.rows) {
      rows.push({
        cells: [
          { text: r.no, align: 'center' },
          r.nama,
          r.satuan,
          right(num(m, r.target, r.kind)),
          ...r.triwulan.map((v) => right(num(m, v, r.kind))),
          right(num(m, r.tahun, r.kind), { bold: true }),
          right(num(m, r.capaian, 'percent'), { bold: true }),
          predikatCell(r),
          r.keterangan,
        ],
      });
    }
  }
  drawTable(doc, { columns, groups: [{ label: k.realisasi, from: 4, to: 4 + m.quarters.length }], rows, layout: 'landscape' });
}

export function perbandingan(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  const p = t.perbandingan;
  start(doc, starts, t.pdf.perbandingan, 'landscape');
  const c = m.perbandingan;
  if (c.years.length === 0 && !c.renstra) return paragraph(doc, t.pdf.tidakAdaPerbandingan);
  const from = c.years[0];
  const columns: Column[] = [
    { head: t.kolom.no, share: 3, align: 'center' },
    { head: t.kolom.indikator, share: 24 },
    ...c.years.flatMap((y) => [{ head: p.realisasiTahun(y), share: 6.5, align: 'right' as const }, { head: p.capaianTahun(y), share: 6.5, align: 'right' as const }]),
    { head: p.realisasiTahun(m.year), share: 6.5, align: 'right' },
    { head: t.kolom.target, share: 6, align: 'right' },
    { head: p.capaianTahun(m.year), share: 6.5, align: 'right' },
    ...(from !== undefined ? [{ head: `${p.perubahan(from)} (${p.poin})`, share: 7.5, align: 'right' as const }, { head: `${p.perubahan(from)} (%)`, share: 7.5, align: 'right' as const }] : []),
    ...(c.renstra
      ? [
          { head: p.kondisiAwal, share: 6, align: 'right' as const },
          { head: p.targetRenstra(m.year), share: 6, align: 'right' as const },
          { head: p.capaianRenstra, share: 6.5, align: 'right' as const },
          { head: p.targetAkhir, share: 6, align: 'right' as const },
          { head: p.capaianAkhir, share: 6.5, align: 'right' as const },
        ]
      : []),
  ];
  const rows: Row[] = c.rows.map((r) => ({
    cells: [
      { text: r.no, align: 'center' },
      `${r.nama} (${r.satuan})`,
      ...r.earlier.flatMap((e) => [right(num(m, e.realisasi, r.kind)), right(num(m, e.capaian, 'percent'))]),
      right(num(m, r.realisasi, r.kind), { bold: true }),
      right(num(m, r.target, r.kind)),
      right(num(m, r.capaian, 'percent'), { bold: true }),
      ...(from !== undefined ? growthCells(m, r.growth, r.kind, p) : []),
      ...(c.renstra ? [r.renstra?.kondisiAwal, r.renstra?.target, r.renstra?.capaian, r.renstra?.targetAkhir, r.renstra?.capaianAkhir].map((v, i) => right(num(m, v ?? null, i === 2 || i === 4 ? 'percent' : r.kind))) : []),
    ],
  }));
  const groups = c.renstra ? [{ label: p.renstra(c.renstra.awal, c.renstra.akhir), from: columns.length - 5, to: columns.length - 1 }] : [];
  drawTable(doc, { columns, groups, rows, layout: 'landscape' });
}

function growthCells(m: LaporanModel, g: LaporanModel['perbandingan']['rows'][number]['growth'], kind: ValueKind, p: ReturnType<typeof ui>['laporan']['perbandingan']): Cell[] {
  if (!g) return [right(''), right('')];
  const sign = (v: number, text: string) => (v > 0 ? `+${text}` : text);
  const colour = g.membaik === null ? COLOURS.text : g.membaik ? '375623' : 'C00000';
  const word = `${p.arah[g.direction]}${g.membaik === null ? '' : `, ${g.membaik ? p.membaik : p.memburuk}`}`;
  return [
    right(`${sign(g.points, num(m, g.points, kind))}\n${word}`, { colour }),
    right(g.percent === null ? '' : sign(g.percent, num(m, g.percent, 'percent')), { colour }),
  ];
}

const CHART_HEIGHT = 300;

export function grafik(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  const f = fmt(m.lang);
  const words = { label: (v: number) => formatValue(v, 'percent', m.lang), tick: (v: number) => f.num(v, 0) };
  const charts = [m.charts.capaian, m.charts.triwulan].filter((c) => c !== null);
  if (!charts.length) return;
  start(doc, starts, t.pdf.grafik, 'landscape');
  charts.forEach((c, i) => {
    if (i > 0) {
      newPage(doc, 'landscape');
      doc.y = MARGIN.top;
    }
    const legend = c === m.charts.capaian ? m.charts.predikat : [];
    const top = doc.y;
    drawChart(doc, c, { x: MARGIN.left, y: top, width: contentWidth(doc), height: CHART_HEIGHT }, words, legend);
    doc.y = top + CHART_HEIGHT + 12;
    chartKey(doc, m, c.categories);
  });
}

/** What each chart number stands for, in two columns under the chart. */
function chartKey(doc: Doc, m: LaporanModel, numbers: readonly string[]): void {
  const t = ui(m.lang).laporan;
  const items = m.charts.key.filter((k) => numbers.includes(k.no));
  const half = Math.ceil(items.length / 2);
  const rows: Row[] = Array.from({ length: half }, (_, i) => {
    const a = items[i]!;
    const b = items[i + half];
    return { cells: [{ text: a.no, align: 'center' }, a.nama, { text: b?.no ?? '', align: 'center' }, b?.nama ?? ''] };
  });
  setText(doc, SIZE.subheading, true).text(t.pdf.grafikKunci, MARGIN.left, doc.y);
  doc.y += 4;
  drawTable(doc, { columns: [{ head: t.kolom.no, share: 3 }, { head: t.kolom.indikator, share: 47 }, { head: t.kolom.no, share: 3 }, { head: t.kolom.indikator, share: 47 }], rows, layout: 'landscape' });
}

export function units(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  const k = t.kolom;
  for (const u of m.units) {
    start(doc, starts, t.pdf.unit(u.nama), 'landscape');
    const columns: Column[] = [
      { head: k.no, share: 3.2, align: 'center' },
      { head: k.indikator, share: 30 },
      { head: k.satuan, share: 6 },
      { head: k.diisiOleh, share: 13 },
      ...m.quarters.map((q) => ({ head: q, share: 6.5, align: 'right' as const })),
      { head: m.periode, share: 7.5, align: 'right' },
      { head: k.status, share: 8 },
      { head: k.target, share: 6.5, align: 'right' },
      { head: k.capaian, share: 7, align: 'right' },
    ];
    const rows = u.groups.flatMap((g) => unitRows(m, g));
    drawTable(doc, { columns, groups: [{ label: k.realisasi, from: 4, to: 4 + m.quarters.length }], rows, layout: 'landscape' });
  }
}

function unitRows(m: LaporanModel, g: JabatanGroup): Row[] {
  const t = ui(m.lang).laporan.model;
  const rows: Row[] = [{ section: g.depth === 0 ? `${g.nama} (${t.kepalaUnit})` : `${'   '.repeat(g.depth - 1)}${g.nama}` }];
  for (const r of g.rows) {
    rows.push({
      cells: [
        { text: r.no, align: 'center', bold: true },
        { text: r.nama, bold: true },
        r.satuan,
        '',
        ...r.triwulan.map((v) => right(num(m, v, r.kind), { bold: true })),
        right(num(m, r.tahun, r.kind), { bold: true }),
        t.status[r.status],
        right(num(m, r.target, r.kind)),
        right(num(m, r.capaian, 'percent')),
      ],
    });
    for (const e of r.elements) {
      rows.push({
        cells: [
          '',
          { text: `${e.side === 'pembilang' ? t.pembilang : t.penyebut}: ${e.nama}`, indent: 8, colour: COLOURS.muted },
          e.satuan,
          e.diisiOleh,
          ...e.triwulan.map((v) => right(num(m, v, 'count'), { colour: COLOURS.muted })),
          right(num(m, e.tahun, 'count'), { colour: COLOURS.muted }),
          t.status[e.status],
          '',
          '',
        ],
      });
    }
  }
  return rows;
}

export function kelengkapan(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  start(doc, starts, t.pdf.kelengkapan, 'portrait');
  const columns: Column[] = [{ head: t.kolom.no, share: 5, align: 'center' }, { head: t.kolom.jabatan, share: 50 }, ...m.quarters.map((q) => ({ head: q, share: 10, align: 'center' as const })), { head: t.kolom.diterima, share: 10, align: 'right' }];
  const rows: Row[] = m.kelengkapan.rows.map((r, i) => ({
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: r.nama, indent: 6 * r.depth },
      ...r.cells.map((c) => ({ text: c, colour: c === t.model.belumMasuk ? 'C00000' : COLOURS.text })),
      right(String(r.received)),
    ],
  }));
  drawTable(doc, { columns, rows, layout: 'portrait' });
  const totals: Column[] = [{ head: '', share: 40 }, ...m.kelengkapan.totals.map((x) => ({ head: x.label, share: 12, align: 'right' as const }))];
  const line = (label: string, pick: (x: LaporanModel['kelengkapan']['totals'][number]) => string): Row => ({ cells: [{ text: label, bold: true }, ...m.kelengkapan.totals.map((x) => right(pick(x)))] });
  drawTable(doc, {
    columns: totals,
    rows: [
      line(t.pdf.kelengkapanDiterima, (x) => String(x.received)),
      line(t.pdf.kelengkapanDiharapkan, (x) => String(x.expected)),
      line(t.pdf.kelengkapanTingkat, (x) => num(m, x.rate, 'percent')),
    ],
    layout: 'portrait',
  });
}

export function catatan(doc: Doc, m: LaporanModel, starts: Starts): void {
  const t = ui(m.lang).laporan;
  start(doc, starts, t.pdf.catatan, 'portrait');
  if (!m.catatan.length) return paragraph(doc, t.pdf.tidakAdaCatatan);
  const k = t.kolom;
  const columns: Column[] = [{ head: k.no, share: 4, align: 'center' }, { head: k.indikator, share: 28 }, { head: k.triwulan, share: 9 }, { head: k.isian, share: 13 }, { head: k.teks, share: 46 }];
  // Notes come in tree order: a section row for each jabatan, then its notes.
  const rows: Row[] = [];
  let jabatan: string | undefined;
  m.catatan.forEach((c, i) => {
    if (c.jabatan !== jabatan) rows.push({ section: (jabatan = c.jabatan) });
    rows.push({ cells: [{ text: String(i + 1), align: 'center' }, c.indikator, c.triwulan, c.isian, c.teks] });
  });
  drawTable(doc, { columns, rows, layout: 'portrait' });
}

/** The Kepala Dinas's signature block, at the right; blank lines where the configuration sets nothing. */
export function tandaTangan(doc: Doc, m: LaporanModel): void {
  const s = m.tandaTangan;
  ensureSpace(doc, 150, 'portrait');
  const w = 230;
  const x = MARGIN.left + contentWidth(doc) - w;
  doc.y += 16;
  const line = (text: string, bold = false, gap = 2) => {
    setText(doc, SIZE.body, bold).text(text, x, doc.y, { width: w, align: 'center' });
    doc.y += gap;
  };
  line(s.tempatTanggal);
  line(s.jabatan, true, 60);
  line(s.nama, true);
  if (s.pangkat) line(s.pangkat);
  line(s.nip);
}
