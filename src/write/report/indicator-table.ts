// The indicator table of Ringkasan and the unit sheets: per period the numerator, the denominator,
// the realisasi (a live formula over the two cells to its left, cached with the rollup's value) and
// the status; with targets, the aggregate's target, capaian and predikat; then Keterangan.
import type { CatalogueIndex, Indikator } from '../../model/catalogue.js';
import { reportNumFmt } from '../../model/value-format.js';
import type { IndicatorValue, Value } from '../../model/rollup.js';
import { capaianFormula } from '../../compute/target.js';
import { isNumeratorOver } from '../../compute/rollup-rules.js';
import { cellRef, colLetter, merge, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { COUNT_FMT, PERCENT_FMT, fitWidths, headerCell, numberCell, sectionRow, statusCell, textCell } from './layout.js';
import { reasonsText } from './words.js';

/** Fixed columns before the period groups, the columns of each period group, of the penilaian. */
const FIXED = 4;
const GROUP = 4;
const PENILAIAN = 3;

export class IndicatorTable {
  row: number;

  constructor(
    readonly ws: Sheet,
    readonly x: ReportCtx,
    readonly top: number,
  ) {
    this.row = top + 2;
    this.header();
  }

  groupCol(pi: number, offset: number): number {
    return FIXED + pi * GROUP + offset + 1;
  }

  judgeCol(offset: number): number {
    return FIXED + this.x.periods.length * GROUP + offset + 1;
  }

  /** The Keterangan column, the table's last. */
  get notesCol(): number {
    return FIXED + this.x.periods.length * GROUP + (this.x.judged ? PENILAIAN : 0) + 1;
  }

  /** Two header rows at `top`: period titles over Pembilang/Penyebut/Realisasi/Status. */
  private header(): void {
    const { ws, x, top } = this;
    x.t.fixed.forEach((h, i) => {
      headerCell(ws, top, i + 1, h);
      headerCell(ws, top + 1, i + 1, null);
      merge(ws, top, i + 1, top + 1, i + 1);
    });
    x.periods.forEach((p, pi) => {
      headerCell(ws, top, this.groupCol(pi, 0), x.t.periodHead(p, x.f));
      for (let g = 1; g < GROUP; g++) headerCell(ws, top, this.groupCol(pi, g), null);
      merge(ws, top, this.groupCol(pi, 0), top, this.groupCol(pi, GROUP - 1));
      x.t.group.forEach((g, gi) => headerCell(ws, top + 1, this.groupCol(pi, gi), g));
    });
    if (x.judged) {
      const agg = x.periods[x.periods.length - 1]!;
      headerCell(ws, top, this.judgeCol(0), x.t.penilaianOf(x.t.periodHead(agg, x.f)));
      for (let g = 1; g < PENILAIAN; g++) headerCell(ws, top, this.judgeCol(g), null);
      merge(ws, top, this.judgeCol(0), top, this.judgeCol(PENILAIAN - 1));
      x.t.penilaian.forEach((h, i) => headerCell(ws, top + 1, this.judgeCol(i), h));
    }
    headerCell(ws, top, this.notesCol, x.t.keterangan);
    headerCell(ws, top + 1, this.notesCol, null);
    merge(ws, top, this.notesCol, top + 1, this.notesCol);
    ws.heights[top + 1] = 15;
  }

  section(text: string): void {
    sectionRow(this.ws, this.row++, text, this.notesCol);
  }

  /** One indicator; with `withElements`, the counts of its numerator and denominator under it. */
  indicator(ind: Indikator, no: string, withElements = true): void {
    const res = this.x.result.indicators.find((i) => i.indicatorId === ind.id);
    if (!res) return;
    const { ws, x, row } = this;
    textCell(ws, row, 1, no, { bold: true });
    textCell(ws, row, 2, ind.nama, { bold: true });
    textCell(ws, row, 3, ind.satuan);
    textCell(ws, row, 4, '');
    const values: IndicatorValue[] = x.periods.map((p) => res.values[p.key]!);
    values.forEach((v, pi) => {
      const [nc, dc, rc] = [0, 1, 2].map((g) => this.groupCol(pi, g)) as [number, number, number];
      if (ind.kind === 'ratio') {
        numberCell(ws, row, nc, v.numerator, sideFmt(x.index, ind.numerator));
        numberCell(ws, row, dc, v.denominator, sideFmt(x.index, ind.denominator));
        const formula = percentFormula(cellRef(row, nc), cellRef(row, dc), ind.factor);
        numberCell(ws, row, rc, { formula, result: v.value ?? '' }, PERCENT_FMT, { bold: true });
      } else {
        numberCell(ws, row, nc, null, COUNT_FMT);
        numberCell(ws, row, dc, null, COUNT_FMT);
        numberCell(ws, row, rc, v.value, valueFmt(x.index, ind), { bold: true });
      }
      statusCell(ws, row, this.groupCol(pi, 3), v.status, x.lang);
    });
    // A numerator above its denominator stays a value (status ok) but the reader is told where.
    const over = x.periods.filter((_, pi) => isNumeratorOver(ind, values[pi]!));
    const overText = over.length ? x.t.over(over.map((p) => x.t.periodHead(p, x.f)).join(', ')) : '';
    const notes = [reasonsText(values, x.names, x.lang), overText, this.judgement(ind)].filter(Boolean).join('; ');
    textCell(ws, row, this.notesCol, notes, { size: 9 });
    this.row++;
    if (ind.kind === 'ratio' && withElements) {
      for (const id of ind.numerator) this.element(id, 'pembilang');
      for (const id of ind.denominator) this.element(id, 'penyebut');
    }
  }

  /** A count feeding a percentage, its value under Pembilang or Penyebut. */
  private element(elementId: string, side: 'pembilang' | 'penyebut'): void {
    const el = this.x.index.elements.get(elementId);
    const series = this.x.result.elements.find((s) => s.elementId === elementId);
    if (!el || !series) return;
    const { ws, x, row } = this;
    textCell(ws, row, 1, '');
    textCell(ws, row, 2, `   ${x.t.side[side]}: ${el.nama}${el.aggregation !== 'sum' ? ` ${x.t.aggregationNote[el.aggregation]}` : ''}`, { italic: true, size: 9 });
    textCell(ws, row, 3, el.satuan, { size: 9 });
    textCell(ws, row, 4, x.names.jabatan(el.owner), { size: 9 });
    const values: Value[] = x.periods.map((p) => series.values[p.key]!);
    const at = side === 'pembilang' ? 0 : 1;
    values.forEach((v, pi) => {
      for (let g = 0; g < 3; g++) numberCell(ws, row, this.groupCol(pi, g), g === at ? v.value : null, reportNumFmt(el), g === at ? { size: 9, italic: true } : {});
      statusCell(ws, row, this.groupCol(pi, 3), v.status, x.lang);
    });
    if (x.judged) for (let i = 0; i < PENILAIAN; i++) textCell(ws, row, this.judgeCol(i), '');
    textCell(ws, row, this.notesCol, reasonsText(values, x.names, x.lang), { size: 9 });
    this.row++;
  }

  /**
   * Target, capaian (a live formula over the realisasi and target cells, cached with the computed value)
   * and predikat of the aggregate period. Returns what Keterangan says about them.
   */
  private judgement(ind: Indikator): string {
    const { ws, x, row } = this;
    if (!x.judged) return '';
    const agg = x.periods[x.periods.length - 1]!;
    const j = x.judged.byIndicator.get(ind.id)?.[agg.key];
    const fmt = valueFmt(x.index, ind);
    const [tc, cc, pc] = [0, 1, 2].map((i) => this.judgeCol(i)) as [number, number, number];
    numberCell(ws, row, tc, j?.target ?? null, fmt);
    const formula = capaianFormula(cellRef(row, this.groupCol(x.periods.length - 1, 2)), cellRef(row, tc), ind.polarity, x.judged.targets.penilaian);
    numberCell(ws, row, cc, { formula, result: j?.capaian ?? '' }, PERCENT_FMT, { bold: true });
    const fill = j?.predikat ? PREDIKAT_FILL[j.predikat] : undefined;
    textCell(ws, row, pc, j?.predikat ?? '', {}, fill ? { fill } : {});
    if (!j || j.target === null) return '';
    const parts = [j.status !== 'ok' ? x.t.capaianWhy(x.w.capaian[j.status]) : '', j.capped ? x.t.capped(x.judged.targets.penilaian.cap ?? 0, x.f) : ''];
    if (j.triwulan) parts.push(x.t.sofar(j.triwulan.target, j.triwulan.capaian, x.f));
    return parts.filter(Boolean).join('; ');
  }

  /** Column widths, and a green-yellow-red scale over the capaian column so the eye finds weak indicators. */
  finish(): void {
    const { ws, x } = this;
    const bounds: Record<number, [number, number]> = { 1: [4, 5], 2: [30, 50], 3: [8, 10], 4: [14, 26] };
    // Rupiah up to the billions ("Rp 1.234.567.890") need room the counts do not.
    const rupiah = x.index.catalogue.elements.some((e) => e.type === 'rupiah');
    const side: [number, number] = rupiah ? [10, 19] : [10, 11];
    x.periods.forEach((_, pi) => {
      bounds[this.groupCol(pi, 0)] = side;
      bounds[this.groupCol(pi, 1)] = side;
      bounds[this.groupCol(pi, 2)] = rupiah ? side : [10, 10];
      bounds[this.groupCol(pi, 3)] = [9, 10];
    });
    if (x.judged) {
      bounds[this.judgeCol(0)] = [10, 11];
      bounds[this.judgeCol(1)] = [10, 11];
      bounds[this.judgeCol(2)] = [12, 13];
    }
    bounds[this.notesCol] = [20, 45];
    fitWidths(ws, bounds, 4);
    const from = this.top + 2;
    const to = this.row - 1;
    if (x.judged && to >= from) {
      const col = colLetter(this.judgeCol(1));
      ws.colorScales.push({ ref: `${col}${from}:${col}${to}`, thresholds: [50, 75, 91], colors: ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] });
    }
  }
}

/** The realisasi's number format: a percentage for a ratio, else its element's type. */
export function valueFmt(index: CatalogueIndex, ind: Indikator): string {
  if (ind.kind === 'ratio') return PERCENT_FMT;
  const el = index.elements.get(ind.element);
  return el ? reportNumFmt(el) : COUNT_FMT;
}

/** A ratio side's format: its first element's type (a side mixes types only by mistake). */
function sideFmt(index: CatalogueIndex, ids: string[]): string {
  const el = index.elements.get(ids[0] ?? '');
  return el ? reportNumFmt(el) : COUNT_FMT;
}

/** The percentage: a live formula over the two cells to its left, cached with the rollup's value. */
export function percentFormula(numRef: string, denRef: string, factor: number): string {
  return `IF(COUNT(${numRef},${denRef})=2,IFERROR(${numRef}/${denRef}*${factor},""),"")`;
}

/** Green to red, as LKjIP tables colour their predikat. */
const PREDIKAT_FILL: Record<string, string> = {
  'Sangat Baik': 'FF63BE7B',
  Baik: 'FFB1D580',
  Cukup: 'FFFFEB84',
  Kurang: 'FFFBAA77',
  'Sangat Kurang': 'FFF8696B',
};
