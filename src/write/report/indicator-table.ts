// The year table of Ringkasan and the unit sheets, made to be read on A4: No, indikator, satuan, the
// year's target, realisasi per triwulan and for the year, capaian, predikat, keterangan. On the unit
// sheets each percentage has two rows under it, its pembilang and penyebut per period, and its
// realisasi is a live formula over those two cells (cached with the rollup's value); Ringkasan shows
// the realisasi only. Capaian is a live formula over the year's realisasi and target cells.
import type { CatalogueIndex, Indikator } from '../../model/catalogue.js';
import { reportNumFmt } from '../../model/value-format.js';
import type { IndicatorValue, Status } from '../../model/rollup.js';
import { capaianFormula } from '../../compute/target.js';
import { isNumeratorOver } from '../../compute/rollup-rules.js';
import { cellRef, merge, setCell, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { COUNT_FMT, GREY, PERCENT_FMT, fitWidths, font, headerCell, numberCell, sectionRow, statusFont, style, textCell } from './layout.js';
import { reasonsText } from './words.js';
import { chaseUnverified } from './follow-up.js';
import { ui } from '../../model/text/ui.js';

/** Body text of the table, and its small text (sub-rows, keterangan). */
const BODY = 10;
const SMALL = 9;

export class IndicatorTable {
  row: number;

  constructor(
    readonly ws: Sheet,
    readonly x: ReportCtx,
    readonly top: number,
    /** Pembilang and penyebut rows under each percentage (unit sheets). */
    readonly details: boolean,
  ) {
    this.row = top + 2;
    this.header();
  }

  /** Column of period `pi` (the triwulan, then the aggregate). */
  periodCol(pi: number): number {
    return 5 + pi;
  }
  get targetCol(): number {
    return 4;
  }
  get capaianCol(): number {
    return 5 + this.x.periods.length;
  }
  get predikatCol(): number {
    return this.capaianCol + 1;
  }
  get notesCol(): number {
    return this.capaianCol + 2;
  }

  /** Two heading rows: Realisasi over the periods; every other heading spans both. */
  private header(): void {
    const { ws, x, top } = this;
    const k = x.t.kolom;
    const agg = x.periods[x.periods.length - 1]!;
    const tall = (c: number, text: string) => {
      headerCell(ws, top, c, text);
      headerCell(ws, top + 1, c, null);
      merge(ws, top, c, top + 1, c);
    };
    tall(1, k.no);
    tall(2, k.indikator);
    tall(3, k.satuan);
    tall(this.targetCol, `${k.target} ${x.t.periodHead(agg, x.f)}`);
    headerCell(ws, top, this.periodCol(0), k.realisasi);
    x.periods.forEach((p, pi) => {
      if (pi > 0) headerCell(ws, top, this.periodCol(pi), null);
      headerCell(ws, top + 1, this.periodCol(pi), x.t.periodHead(p, x.f));
    });
    merge(ws, top, this.periodCol(0), top, this.periodCol(x.periods.length - 1));
    tall(this.capaianCol, k.capaian);
    tall(this.predikatCol, k.predikat);
    tall(this.notesCol, k.keterangan);
  }

  section(text: string): void {
    sectionRow(this.ws, this.row++, text, this.notesCol);
  }

  /** One indicator row; on the unit sheets its pembilang and penyebut rows under it. */
  indicator(ind: Indikator, no: string): void {
    const res = this.x.result.indicators.find((i) => i.indicatorId === ind.id);
    if (!res) return;
    const { ws, x } = this;
    const row = this.row++;
    const values: IndicatorValue[] = x.periods.map((p) => res.values[p.key]!);
    const ratio = ind.kind === 'ratio';
    const withRows = ratio && this.details;
    textCell(ws, row, 1, no, { bold: true, size: BODY });
    textCell(ws, row, 2, ind.nama.replace(/\s+/g, ' ').trim(), { bold: true, size: BODY });
    textCell(ws, row, 3, ind.satuan, { size: BODY });
    values.forEach((v, pi) => {
      const c = this.periodCol(pi);
      const bold = pi === values.length - 1;
      if (withRows) {
        const [n, d] = [cellRef(row + 1, c), cellRef(row + 2, c)];
        valueCell(ws, row, c, { formula: percentFormula(n, d, ind.factor), result: v.value ?? '' }, PERCENT_FMT, v.status, bold);
      } else valueCell(ws, row, c, v.value, valueFmt(x.index, ind), v.status, bold);
    });
    const agg = values[values.length - 1]!;
    const over = x.periods.filter((_, pi) => isNumeratorOver(ind, values[pi]!));
    const notes = [
      agg.status !== 'ok' ? x.t.statusNote(x.w.status[agg.status]) : '',
      reasonsText(values, x.names, x.lang),
      over.length ? x.t.over(over.map((p) => x.t.periodHead(p, x.f)).join(', ')) : '',
      this.unverified(ind, values),
      this.judgement(ind, row),
    ];
    textCell(ws, row, this.notesCol, notes.filter(Boolean).join('; '), { size: SMALL });
    if (withRows) {
      this.detail(ind, 'pembilang', values.map((v) => v.numerator));
      this.detail(ind, 'penyebut', values.map((v) => v.denominator));
    }
  }

  /** Which triwulan's values rest on a received workbook not yet diverifikasi (issue 13), in words. */
  private unverified(ind: Indikator, values: IndicatorValue[]): string {
    const { x } = this;
    if (!x.chase) return '';
    const ids = ind.kind === 'ratio' ? [...ind.numerator, ...ind.denominator] : [ind.element];
    const owners = [...new Set(ids.flatMap((id) => x.index.elements.get(id)?.owner ?? []))];
    const quarters = x.result.periods.map((p) => p.quarters[0]!).filter((q, pi) => values[pi]?.value !== null && owners.some((j) => chaseUnverified(x.chase!, q, j)));
    return quarters.length ? ui(x.lang).laporanChase.unverifiedNote(quarters.map((q) => x.f.tw(q)).join(', ')) : '';
  }

  /** The numerator or denominator the percentage was computed from, per period, and the isian behind it. */
  private detail(ind: Indikator, side: 'pembilang' | 'penyebut', values: (number | null | undefined)[]): void {
    const { ws, x } = this;
    const row = this.row++;
    if (ind.kind !== 'ratio') return;
    const ids = side === 'pembilang' ? ind.numerator : ind.denominator;
    const els = ids.map((id) => x.index.elements.get(id)).filter((e) => e !== undefined);
    const names = els.map((e) => `${e.nama}${e.aggregation === 'last' ? ` ${x.t.lastValue}` : ''}`).join(' + ');
    const by = [...new Set(els.map((e) => x.names.jabatan(e.owner)))].join(', ');
    textCell(ws, row, 1, '');
    textCell(ws, row, 2, `   ${x.t.detail(x.t.side[side], names, by)}`, { italic: true, size: SMALL });
    textCell(ws, row, 3, els[0]?.satuan ?? '', { size: SMALL });
    textCell(ws, row, this.targetCol, '');
    values.forEach((v, pi) => numberCell(ws, row, this.periodCol(pi), v ?? null, sideFmt(x.index, ids), { size: SMALL, italic: true }));
    for (const c of [this.capaianCol, this.predikatCol, this.notesCol]) textCell(ws, row, c, '');
  }

  /** Target, capaian (a live formula) and predikat of the aggregate; returns what Keterangan says of them. */
  private judgement(ind: Indikator, row: number): string {
    const { ws, x } = this;
    const agg = x.periods[x.periods.length - 1]!;
    const fmt = valueFmt(x.index, ind);
    if (!x.judged) {
      for (const c of [this.targetCol, this.capaianCol, this.predikatCol]) textCell(ws, row, c, '');
      return '';
    }
    const j = x.judged.byIndicator.get(ind.id)?.[agg.key];
    numberCell(ws, row, this.targetCol, j?.target ?? null, fmt, { size: BODY });
    const formula = capaianFormula(cellRef(row, this.periodCol(x.periods.length - 1)), cellRef(row, this.targetCol), ind.polarity, x.judged.targets.penilaian);
    numberCell(ws, row, this.capaianCol, { formula, result: j?.capaian ?? '' }, PERCENT_FMT, { bold: true, size: BODY });
    const fill = j?.predikat ? PREDIKAT_FILL[j.predikat] : undefined;
    textCell(ws, row, this.predikatCol, j?.predikat ?? '', { size: BODY }, fill ? { fill } : {});
    if (!j || j.target === null) return x.t.model.noTarget;
    const parts = [j.status !== 'ok' ? x.t.capaianWhy(x.w.capaian[j.status]) : '', j.capped ? x.t.capped(x.judged.targets.penilaian.cap ?? 0, x.f) : ''];
    if (j.triwulan) parts.push(x.t.sofar(j.triwulan.target, j.triwulan.capaian, x.f));
    return parts.filter(Boolean).join('; ');
  }

  /** Column widths that keep the table within an A4 landscape page at a legible scale. */
  finish(): void {
    const { ws, x } = this;
    // Rupiah up to the billions ("Rp 1.234.567.890") need room the counts do not.
    const rupiah = x.index.catalogue.elements.some((e) => e.type === 'rupiah');
    const bounds: Record<number, [number, number]> = { 1: [4, 5], 2: [30, 40], 3: [8, 9], [this.targetCol]: rupiah ? [10, 19] : [9, 10] };
    x.periods.forEach((_, pi) => (bounds[this.periodCol(pi)] = rupiah ? [10, 19] : pi === x.periods.length - 1 ? [10, 12] : [8, 10]));
    bounds[this.capaianCol] = [9, 10];
    bounds[this.predikatCol] = [12, 13];
    bounds[this.notesCol] = [20, 24];
    fitWidths(ws, bounds, this.top);
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


/** A realisasi: its number coloured by status (orange partial, red missing), bold for the year. */
function valueCell(ws: Sheet, r: number, c: number, v: Parameters<typeof setCell>[3], numFmt: string, status: Status, bold: boolean): void {
  const f = status === 'ok' ? font({ size: BODY, bold }) : { ...statusFont(status), size: BODY, bold };
  setCell(ws, r, c, v, style({ font: f, box: GREY, align: { horizontal: 'right', vertical: 'top' }, numFmt }));
}

/** The percentage: a live formula over the numerator and denominator cells, cached with the rollup's value. */
export function percentFormula(numRef: string, denRef: string, factor: number): string {
  return `IF(COUNT(${numRef},${denRef})=2,IFERROR(${numRef}/${denRef}*${factor},""),"")`;
}

/** Green to red, as LKjIP tables colour their predikat. */
export const PREDIKAT_FILL: Record<string, string> = {
  'Sangat Baik': 'FF63BE7B',
  Baik: 'FFB1D580',
  Cukup: 'FFFFEB84',
  Kurang: 'FFFBAA77',
  'Sangat Kurang': 'FFF8696B',
};
