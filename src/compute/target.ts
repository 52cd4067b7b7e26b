// Targets, capaian and predikat: how a realisasi is judged against its target (LKjIP, Perjanjian Kinerja).
// Pure. The targets file itself (targets/<year>.yaml) is loaded by src/store/targets-source.ts.
import type { CatalogueIndex, Indikator } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import type { CapaianStatus, PeriodRef } from '../model/rollup.js';
import type { Location } from '../model/problem.js';

/**
 * How capaian is computed for a lower-is-better indicator.
 * - `permenpan`: (1 + (1 − realisasi / target)) × 100, the "kondisi khusus" rule of PermenPANRB 8/2021.
 * - `inverse`: target / realisasi × 100, used by some offices instead.
 */
export type LowerRule = 'permenpan' | 'inverse';

export interface PredikatBand {
  /** Lowest capaian (inclusive) that earns this predikat. */
  min: number;
  label: string;
}

export interface Penilaian {
  lowerRule: LowerRule;
  /** Highest capaian shown, e.g. 120; undefined for no cap. */
  cap?: number;
  /** Highest band first. */
  predikat: PredikatBand[];
}

/** Common LKjIP bands: ≥ 91 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang. */
export const DEFAULT_PREDIKAT: PredikatBand[] = [
  { min: 91, label: 'Sangat Baik' },
  { min: 76, label: 'Baik' },
  { min: 66, label: 'Cukup' },
  { min: 51, label: 'Kurang' },
  { min: -Infinity, label: 'Sangat Kurang' },
];

export const DEFAULT_PENILAIAN: Penilaian = { lowerRule: 'permenpan', predikat: DEFAULT_PREDIKAT };

export interface IndicatorTarget {
  /** The annual target. */
  tahun?: number;
  /** Targets for each triwulan's own value, where set. */
  triwulan: Partial<Record<Quarter, number>>;
  /** Where it was written, for messages. */
  location: Location;
}

export interface Targets {
  year: number;
  penilaian: Penilaian;
  byIndicator: Map<string, IndicatorTarget>;
}

// ---------------------------------------------------------------- capaian

/** A capaian, or why there is none (the texts word each status: ui(lang).rollup.capaian). */
export type Capaian = { status: 'ok'; value: number; capped: boolean; predikat: string } | { status: Exclude<CapaianStatus, 'ok'> };

export function capaian(realisasi: number | undefined, target: number | undefined, polarity: Indikator['polarity'], p: Penilaian): Capaian {
  if (target === undefined) return { status: 'no target' };
  if (realisasi === undefined) return { status: 'no realisasi' };
  let raw: number;
  if (polarity === 'higher') {
    if (target === 0) return { status: 'zero target' };
    // Multiply before dividing: 110 / 100 stays 110, not 110.00000000000001.
    raw = (realisasi * 100) / target;
  } else if (p.lowerRule === 'permenpan') {
    if (target === 0) return { status: 'zero target' };
    // Far above a lower-is-better target the formula goes negative; nothing is achieved below 0.
    raw = Math.max(0, (200 * target - 100 * realisasi) / target);
  } else {
    if (realisasi === 0) return { status: 'zero realisasi' };
    raw = (target * 100) / realisasi;
  }
  const capped = p.cap !== undefined && raw > p.cap;
  const value = capped ? p.cap! : raw;
  return { status: 'ok', value, capped, predikat: predikat(value, p.predikat) };
}

export function predikat(value: number, bands: readonly PredikatBand[]): string {
  for (const b of bands) if (value >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}

/**
 * The target a year-to-date (or whole-year) realisasi through `through` is judged against.
 * Flows (sum counts) add their triwulan targets; percentages and stocks take the triwulan's own.
 * The annual target applies to the whole year; for an earlier `through` only triwulan targets apply.
 */
export function targetThrough(t: IndicatorTarget | undefined, through: Quarter, additive: boolean): { annual?: number; triwulan?: number } {
  if (!t) return {};
  const out: { annual?: number; triwulan?: number } = {};
  if (t.tahun !== undefined) out.annual = t.tahun;
  const qs = ([1, 2, 3, 4] as const).filter((q) => q <= through);
  if (additive) {
    if (qs.every((q) => t.triwulan[q] !== undefined)) out.triwulan = qs.reduce((s, q) => s + t.triwulan[q]!, 0);
  } else if (t.triwulan[through] !== undefined) out.triwulan = t.triwulan[through];
  return out;
}

// ---------------------------------------------------------------- judging a rollup

/** The target, capaian and predikat of one indicator for one period. */
export interface Judgement {
  target: number | null;
  capaian: number | null;
  predikat: string | null;
  capped: boolean;
  /** 'ok' when there is a capaian; else why not (worded by the views and the workbook). */
  status: CapaianStatus;
  /** Year to date: the same against the triwulan targets so far, where every one is set. */
  triwulan?: { target: number; capaian: number | null; predikat: string | null };
}

interface JudgeableIndicator {
  indicatorId: string;
  values: Record<string, { value: number | null }>;
}


/**
 * Judge every indicator of a rollup against the year's targets. Which target a period is judged by:
 * - a triwulan: its own triwulan target; without one, the annual target for percentages and stocks
 *   (their yearly value is a level, not a total), and none for flows (a quarter's count against a
 *   whole year's target says nothing);
 * - the year: the annual target (else, for flows, the sum of all four triwulan targets; for the
 *   others, the TW IV target);
 * - year to date: the annual target, and beside it (`triwulan`) the triwulan targets so far.
 */
export function judge(
  index: CatalogueIndex,
  indicators: readonly JudgeableIndicator[],
  periods: readonly PeriodRef[],
  targets: Targets,
): Map<string, Record<string, Judgement>> {
  const out = new Map<string, Record<string, Judgement>>();
  for (const res of indicators) {
    const ind = index.indicators.get(res.indicatorId);
    if (!ind) continue;
    const t = targets.byIndicator.get(ind.id);
    const additive = ind.kind !== 'ratio' && index.elements.get(ind.element)?.aggregation === 'sum';
    const per: Record<string, Judgement> = {};
    for (const p of periods) {
      const realisasi = res.values[p.key]?.value ?? undefined;
      const through = p.quarters[p.quarters.length - 1]!;
      let target: number | undefined;
      let tw: number | undefined;
      if (t && p.kind === 'quarter') target = t.triwulan[through] ?? (additive ? undefined : t.tahun);
      else if (t) {
        const sofar = targetThrough(t, through, additive);
        target = sofar.annual ?? (p.kind === 'year' ? sofar.triwulan : undefined);
        if (p.kind === 'ytd') tw = sofar.triwulan;
      }
      const c = capaian(realisasi ?? undefined, target, ind.polarity, targets.penilaian);
      const j: Judgement =
        c.status === 'ok'
          ? { target: target ?? null, capaian: c.value, predikat: c.predikat, capped: c.capped, status: 'ok' }
          : { target: target ?? null, capaian: null, predikat: null, capped: false, status: c.status };
      if (tw !== undefined) {
        const ct = capaian(realisasi ?? undefined, tw, ind.polarity, targets.penilaian);
        j.triwulan = { target: tw, capaian: ct.status === 'ok' ? ct.value : null, predikat: ct.status === 'ok' ? ct.predikat : null };
      }
      per[p.key] = j;
    }
    out.set(ind.id, per);
  }
  return out;
}

/** A rollup judged against the year's targets: what the report and the terminal show. */
export interface Judged {
  targets: Targets;
  byIndicator: Map<string, Record<string, Judgement>>;
}

/** Judge every indicator of a rollup, for each of its triwulan and its aggregate period. */
export function judgeRollup(
  index: CatalogueIndex,
  result: { indicators: readonly JudgeableIndicator[]; periods: readonly PeriodRef[]; aggregate: PeriodRef },
  targets: Targets,
): Judged {
  return { targets, byIndicator: judge(index, result.indicators, [...result.periods, result.aggregate], targets) };
}

/**
 * The capaian as a live spreadsheet formula over the realisasi and target cells, matching `capaian`:
 * written with the computed value cached, so a program that recalculates shows the same number.
 */
export function capaianFormula(realisasiRef: string, targetRef: string, polarity: Indikator['polarity'], p: Penilaian): string {
  const r = realisasiRef;
  const t = targetRef;
  const raw =
    polarity === 'higher' ? `${r}*100/${t}` : p.lowerRule === 'permenpan' ? `MAX(0,(200*${t}-100*${r})/${t})` : `${t}*100/${r}`;
  const capped = p.cap !== undefined ? `MIN(${p.cap},${raw})` : raw;
  return `IF(COUNT(${r},${t})=2,IFERROR(${capped},""),"")`;
}
