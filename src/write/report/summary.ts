// Ringkasan (the top jabatan, then its direct children: Sekretaris, each Kabid) and one sheet per unit
// (the head's indicators with the counts under them, then everyone else's).
import type { Unit } from '../../model/catalogue.js';
import { merge, newSheet, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { IndicatorTable } from './indicator-table.js';
import { fitRowHeights, font, setupSheet, style, titleRows } from './layout.js';

/** Ringkasan: the kop, a year table per jabatan group (the top jabatan, then Sekretaris and each Kabid), the signature. */
export function summarySheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.summary);
  ws.tabColor = 'FF4472C4';
  const t = new IndicatorTable(ws, x, kop(ws, x) + 2, false);
  for (const j of [x.index.root, ...x.index.childrenOf(x.index.root.id)]) {
    const inds = x.index.indicatorsOf(j.id);
    if (inds.length === 0) continue;
    t.section(j.nama);
    inds.forEach((ind, i) => t.indicator(ind, ind.huruf ?? String(i + 1)));
  }
  finish(ws, x, t, t.top - 1);
  signature(ws, x, t.row + 1, t.capaianCol, t.notesCol);
  return ws;
}

/** Instansi, judul, periode centred over the table, then the decree and the stamp in small text; returns the rows used. */
function kop(ws: Sheet, x: ReportCtx): number {
  const last = 5 + x.periods.length + 2;
  const k = x.laporan.kop;
  const lines: [string, number, boolean][] = [
    [k.instansi.toUpperCase(), 13, true],
    [k.judul, 12, true],
    [k.periode, 11, true],
    [x.t.decree(x.index.catalogue.keputusan.judul, x.index.catalogue.keputusan.nomor, x.index.catalogue.keputusan.tanggal), 9, false],
    [x.stamp, 9, false],
  ];
  lines.forEach(([text, size, bold], i) => {
    setCell(ws, i + 1, 1, text, style({ font: font({ size, bold, ...(bold ? {} : { color: 'FF404040' }) }), align: { horizontal: 'center', vertical: 'center', wrap: true } }));
    merge(ws, i + 1, 1, i + 1, last);
    ws.heights[i + 1] = bold ? size + 6 : 26;
  });
  return lines.length;
}

/** The Kepala Dinas's signature: tempat and tanggal, jabatan, room to sign, nama, pangkat, NIP (blanks when not configured). */
function signature(ws: Sheet, x: ReportCtx, top: number, from: number, to: number): void {
  const s = x.laporan.tandaTangan;
  const lines = [s.tempatTanggal, s.jabatan, '', '', '', s.nama, ...(s.pangkat ? [s.pangkat] : []), s.nip];
  lines.forEach((text, i) => {
    const r = top + i;
    const bold = text === s.nama;
    setCell(ws, r, from, text, style({ font: font({ size: 10, bold }), align: { horizontal: 'center', vertical: 'center', wrap: true } }));
    merge(ws, r, from, r, to);
    if (text === s.jabatan) ws.heights[r] = 28;
  });
}

export function unitSheet(x: ReportCtx, unit: Unit, name: string): Sheet | undefined {
  const head = x.index.jabatan.get(unit.kepala);
  if (!head) return undefined;
  const ws = newSheet(name);
  const agg = x.t.periodHead(x.result.aggregate, x.f);
  const titles = titleRows(ws, [x.t.unitTitle(unit.nama, agg), x.t.unitHead(head.nama, x.stamp)], 5 + x.periods.length + 2);
  ws.heights[2] = 26;
  const t = new IndicatorTable(ws, x, titles + 2, true);
  for (const j of x.index.subtree(head.id)) {
    const inds = x.index.indicatorsOf(j.id);
    if (inds.length === 0) continue;
    t.section(j.id === head.id ? x.t.headOfUnit(j.nama) : `${'  '.repeat(Math.max(0, x.index.depth(j.id) - x.index.depth(head.id) - 1))}${j.nama}`);
    inds.forEach((ind, i) => t.indicator(ind, ind.huruf ?? String(i + 1)));
  }
  finish(ws, x, t, t.top - 1);
  return ws;
}

function finish(ws: Sheet, x: ReportCtx, t: IndicatorTable, titles: number): void {
  setupSheet(ws, x.lang, t.top + 1, 2, titles);
  t.finish();
  fitRowHeights(ws, t.top + 2);
}

/** A unit's sheet name: at most 31 characters, without the characters Excel refuses, never a name taken. */
export function unitSheetName(nama: string, taken: Set<string>): string {
  const clean = nama.replace(/[[\]:*?/\\]/g, ' ').trim();
  // Keep the whole name when it fits; otherwise "Bidang" is the word every unit shares, so drop it first.
  const words = (clean.length <= 31 ? clean : clean.replace(/^bidang\s+/i, '')).split(/\s+/).filter(Boolean);
  let name = '';
  for (const w of words) {
    if ((name ? `${name} ${w}` : w).length > 31) break;
    name = name ? `${name} ${w}` : w;
  }
  name = name.replace(/\s+(dan|Dan|DAN)$/, '') || 'Unit';
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name.slice(0, 28)} ${n}`;
  taken.add(out.toLowerCase());
  return out;
}
