// The LKjIP comparisons (PermenPANRB 53/2014, chapter III): this year's realisasi set against earlier
// years and against the Renstra. Pure: plain data in, plain data out.
//
// THE RULES:
// - An earlier year's values come from the workspace archive where it holds that year (a rollup of
//   it), otherwise from its history file (riwayat/<year>.yaml). The archive wins when both exist.
// - An earlier year's capaian is judged against that year's target: the targets file of that year
//   (archive) or the target written in the history file; failing both, the Renstra target of that
//   year. Same rule as this year (`capaian` in target.ts: polarity, lower-is-better rule, cap).
// - Growth compares this year's realisasi with the latest earlier year that has one: in points
//   (the difference, percentage points for a percentage) and in % of the earlier value (none when
//   that is 0). `membaik` says whether the change is for the better, by the indicator's polarity.
// - Against the Renstra: capaian of this year's realisasi against the Renstra target of this year,
//   and against the target akhir (the plan's final target).
import type { CatalogueIndex } from '../model/catalogue.js';
import { QUARTERS, type Quarter } from '../model/period.js';
import type { Renstra } from './renstra.js';
import type { Riwayat } from './riwayat.js';
import { capaian, DEFAULT_PENILAIAN, type Penilaian } from './target.js';

export type YearSource = 'arsip' | 'riwayat';

export interface YearIndicator {
  realisasi: number | null;
  triwulan: Partial<Record<Quarter, number | null>>;
  /** The target that year had, when known. */
  target: number | null;
}

/** One earlier year's values per indicator. */
export interface YearValues {
  year: number;
  source: YearSource;
  byIndicator: Map<string, YearIndicator>;
}

/** The part of a rollup (src/compute/rollup.ts RollupResult) the comparisons read. */
export interface RollupValues {
  year: number;
  periods: readonly { key: string; quarters: readonly Quarter[] }[];
  aggregate: { key: string };
  indicators: readonly { indicatorId: string; jabatanId: string; values: Record<string, { value: number | null }> }[];
}

/** An archived year, from its rollup and (when the workspace has them) its targets. */
export function yearFromRollup(r: RollupValues, targets?: { byIndicator: ReadonlyMap<string, { tahun?: number }> }): YearValues {
  const byIndicator = new Map<string, YearIndicator>();
  for (const ind of r.indicators) {
    const triwulan: Partial<Record<Quarter, number | null>> = {};
    for (const p of r.periods) if (p.quarters.length === 1) triwulan[p.quarters[0]!] = ind.values[p.key]?.value ?? null;
    byIndicator.set(ind.indicatorId, { realisasi: ind.values[r.aggregate.key]?.value ?? null, triwulan, target: targets?.byIndicator.get(ind.indicatorId)?.tahun ?? null });
  }
  return { year: r.year, source: 'arsip', byIndicator };
}

/** A year before iki, from its history file. */
export function yearFromRiwayat(r: Riwayat): YearValues {
  const byIndicator = new Map<string, YearIndicator>();
  for (const [id, e] of r.byIndicator) {
    const triwulan: Partial<Record<Quarter, number | null>> = {};
    for (const q of QUARTERS) if (e.triwulan[q] !== undefined) triwulan[q] = e.triwulan[q]!;
    byIndicator.set(id, { realisasi: e.tahun ?? null, triwulan, target: e.target ?? null });
  }
  return { year: r.year, source: 'riwayat', byIndicator };
}

export interface EarlierYear {
  year: number;
  source: YearSource;
  realisasi: number | null;
  triwulan: Partial<Record<Quarter, number | null>>;
  target: number | null;
  /** Where the target came from: that year's own target, or the Renstra's for that year. */
  targetFrom: 'tahun' | 'renstra' | null;
  capaian: number | null;
  predikat: string | null;
}

export interface Growth {
  /** The earlier year compared with. */
  from: number;
  /** Realisasi now minus then (percentage points for a percentage). */
  points: number;
  /** The change in % of the earlier value; null when that was 0. */
  percent: number | null;
  direction: 'naik' | 'turun' | 'tetap';
  /** For the better, by polarity; null when unchanged. */
  membaik: boolean | null;
}

export interface RenstraComparison {
  awal: number;
  akhir: number;
  kondisiAwal: number | null;
  /** The Renstra target of this year, and capaian against it. */
  target: number | null;
  capaian: number | null;
  predikat: string | null;
  targetAkhir: number | null;
  capaianAkhir: number | null;
  predikatAkhir: string | null;
}

export interface Comparison {
  indicatorId: string;
  jabatanId: string;
  /** This year's realisasi (the rollup's aggregate period). */
  realisasi: number | null;
  /** Most recent first. */
  earlier: EarlierYear[];
  growth: Growth | null;
  renstra: RenstraComparison | null;
}

export interface ComparisonInput {
  index: CatalogueIndex;
  /** This year's rollup. */
  current: RollupValues;
  /** Earlier years, from the archive and the history files (any order; the archive wins a year both hold). */
  earlier: readonly YearValues[];
  renstra?: Renstra;
  /** This year's penilaian (targets file), else the default. */
  penilaian?: Penilaian;
}

/** Every indicator of the rollup, in its order, compared with earlier years and the Renstra. */
export function compare(input: ComparisonInput): Comparison[] {
  const { index, current, renstra } = input;
  const p = input.penilaian ?? DEFAULT_PENILAIAN;
  const years = earlierYears(input.earlier, current.year);
  return current.indicators.map((res) => {
    const ind = index.indicators.get(res.indicatorId);
    const polarity = ind?.polarity ?? 'higher';
    const judge = (r: number | null, t: number | null) => {
      const c = capaian(r ?? undefined, t ?? undefined, polarity, p);
      return c.status === 'ok' ? { capaian: c.value, predikat: c.predikat } : { capaian: null, predikat: null };
    };
    const plan = renstra?.byIndicator.get(res.indicatorId);
    const realisasi = res.values[current.aggregate.key]?.value ?? null;
    const earlier: EarlierYear[] = [];
    for (const y of years) {
      const v = y.byIndicator.get(res.indicatorId);
      if (!v) continue;
      const planned = plan?.target.get(y.year);
      const target = v.target ?? planned ?? null;
      const targetFrom = v.target !== null ? 'tahun' : planned !== undefined ? 'renstra' : null;
      earlier.push({ year: y.year, source: y.source, realisasi: v.realisasi, triwulan: v.triwulan, target, targetFrom, ...judge(v.realisasi, target) });
    }
    const before = earlier.find((e) => e.realisasi !== null);
    const growth = realisasi !== null && before ? growthOf(realisasi, before.realisasi!, before.year, polarity) : null;
    let vsPlan: RenstraComparison | null = null;
    if (renstra && plan) {
      const target = plan.target.get(current.year) ?? null;
      const akhir = judge(realisasi, plan.targetAkhir ?? null);
      const now = judge(realisasi, target);
      vsPlan = {
        awal: renstra.awal,
        akhir: renstra.akhir,
        kondisiAwal: plan.kondisiAwal ?? null,
        target,
        capaian: now.capaian,
        predikat: now.predikat,
        targetAkhir: plan.targetAkhir ?? null,
        capaianAkhir: akhir.capaian,
        predikatAkhir: akhir.predikat,
      };
    }
    return { indicatorId: res.indicatorId, jabatanId: res.jabatanId, realisasi, earlier, growth, renstra: vsPlan };
  });
}

/** Years before `year`, most recent first, one source each (the archive wins). */
function earlierYears(all: readonly YearValues[], year: number): YearValues[] {
  const byYear = new Map<number, YearValues>();
  for (const y of all) {
    if (y.year >= year) continue;
    const had = byYear.get(y.year);
    if (!had || (had.source === 'riwayat' && y.source === 'arsip')) byYear.set(y.year, y);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

export function growthOf(now: number, then: number, from: number, polarity: 'higher' | 'lower'): Growth {
  const points = now - then;
  const direction = points > 0 ? 'naik' : points < 0 ? 'turun' : 'tetap';
  return {
    from,
    points,
    percent: then === 0 ? null : (points * 100) / then,
    direction,
    membaik: direction === 'tetap' ? null : (direction === 'naik') === (polarity === 'higher'),
  };
}
