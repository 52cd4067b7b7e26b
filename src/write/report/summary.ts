// Ringkasan (the top jabatan, then its direct children: Sekretaris, each Kabid) and one sheet per unit
// (the head's indicators with the counts under them, then everyone else's).
import type { Unit } from '../../model/catalogue.js';
import { newSheet, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { IndicatorTable } from './indicator-table.js';
import { fitRowHeights, setupSheet, titleRows } from './layout.js';

export function summarySheet(x: ReportCtx): Sheet {
  const ws = newSheet(x.sheets.summary);
  ws.tabColor = 'FF4472C4';
  const cat = x.index.catalogue;
  const agg = x.t.periodHead(x.result.aggregate, x.f);
  const last = lastCol(x);
  const titles = titleRows(ws, [x.t.title(cat.instansi, agg), x.t.decree(cat.keputusan.judul, cat.keputusan.nomor, cat.keputusan.tanggal), x.stamp], last);
  const t = new IndicatorTable(ws, x, titles + 2);
  for (const j of [x.index.root, ...x.index.childrenOf(x.index.root.id)]) {
    const inds = x.index.indicatorsOf(j.id);
    if (inds.length === 0) continue;
    t.section(j.nama);
    // The summary keeps to the percentages; the unit sheets show the counts under them.
    inds.forEach((ind, i) => t.indicator(ind, ind.huruf ?? String(i + 1), false));
  }
  return finish(ws, x, t, titles);
}

export function unitSheet(x: ReportCtx, unit: Unit, name: string): Sheet | undefined {
  const head = x.index.jabatan.get(unit.kepala);
  if (!head) return undefined;
  const ws = newSheet(name);
  const agg = x.t.periodHead(x.result.aggregate, x.f);
  const titles = titleRows(ws, [x.t.unitTitle(unit.nama, agg), x.t.unitHead(head.nama, x.stamp)], lastCol(x));
  const t = new IndicatorTable(ws, x, titles + 2);
  for (const j of x.index.subtree(head.id)) {
    const inds = x.index.indicatorsOf(j.id);
    if (inds.length === 0) continue;
    t.section(j.id === head.id ? x.t.headOfUnit(j.nama) : `${'  '.repeat(Math.max(0, x.index.depth(j.id) - x.index.depth(head.id) - 1))}${j.nama}`);
    inds.forEach((ind, i) => t.indicator(ind, ind.huruf ?? String(i + 1)));
  }
  return finish(ws, x, t, titles);
}

function lastCol(x: ReportCtx): number {
  return 4 + x.periods.length * 4 + (x.judged ? 3 : 0) + 1;
}

function finish(ws: Sheet, x: ReportCtx, t: IndicatorTable, titles: number): Sheet {
  setupSheet(ws, x.lang, t.top + 1, 2, titles);
  t.finish();
  fitRowHeights(ws, t.top + 2);
  return ws;
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
