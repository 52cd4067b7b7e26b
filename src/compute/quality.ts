// Data-quality checks across triwulan: warnings with their own codes, never refusals. Pure: the caller
// gives one workbook's values with their cells, and the same jabatan's values in earlier triwulan.
//
// THE RULES (thresholds and switches from iki.yaml `mutu`):
// - "Earlier" values are those of the jabatan's accepted submissions of earlier triwulan (any year),
//   blank cells left out. "The previous value" is the latest of them.
// - quality.stock-drop: a `last` element (a stock) below its previous value by more than
//   stok_turun_persen % (default 50) of it.
// - quality.outlier: a `sum` element (a flow) outside the jabatan's own range: with at least 3 earlier
//   values, mean ± pencilan_k × sd (sample sd; default k = 2, as DHIS2); otherwise, or when those values
//   are all equal, more than pencilan_kali (default 3) times, or less than 1/pencilan_kali of, the previous
//   value (none when the previous value is 0).
// - quality.copied: every value equal to the same jabatan's submission of the immediately previous
//   triwulan (blank = blank), that submission not empty, and at least one flow above 0 among them
//   (a stock that stays the same, or flows that stay 0, are ordinary).
// - quality.explanation-missing: an indicator whose realisasi is short of its target, or worse than the
//   previous triwulan's, by its polarity, while its kendala cell is blank. Only where the workbook has a
//   kendala cell: it points at that cell.
import { roundHalfUp } from '../model/format.js';
import type { MutuConfig } from '../model/config.js';
import { periodKey, type Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';

/** A cell of the workbook (src/read/submission.ts CellSource has this shape). */
export interface QualityCell {
  file: string;
  sheet: string;
  cell: string;
  name?: string;
}

export interface PeriodValue {
  year: number;
  quarter: Quarter;
  /** null: blank or unusable in that submission. */
  value: number | null;
}

export interface QualityElement {
  element: string;
  nama: string;
  aggregation: 'sum' | 'last' | 'average';
  /** This triwulan's value; null when blank or unusable. */
  value: number | null;
  source: QualityCell;
  /** The same element in the jabatan's earlier accepted submissions, one entry per submission. */
  earlier: readonly PeriodValue[];
}

export interface QualityIndicator {
  indicator: string;
  nama: string;
  polarity: 'higher' | 'lower';
  /** This triwulan's realisasi; null when there is none. */
  value: number | null;
  /** This triwulan's target; null when none is set. */
  target: number | null;
  /** The previous triwulan's realisasi, and which triwulan that was. */
  previous: { value: number; year: number; quarter: Quarter } | null;
  /** The kendala cell and what it holds ('' when blank); null when the workbook has none. */
  kendala: { text: string; source: QualityCell } | null;
}

export interface QualityInput {
  year: number;
  quarter: Quarter;
  /** The workbook, for problems about it as a whole. */
  file: string;
  elements: readonly QualityElement[];
  indicators: readonly QualityIndicator[];
}

export function checkQuality(input: QualityInput, cfg: MutuConfig): Problem[] {
  const out: Problem[] = [];
  for (const e of input.elements) {
    const earlier = earlierValues(e, input);
    if (e.aggregation === 'last' && cfg.aktif['stock-drop']) out.push(...stockDrop(e, earlier, cfg));
    if (e.aggregation === 'sum' && cfg.aktif.outlier) out.push(...outlier(e, earlier, cfg));
  }
  if (cfg.aktif.copied) out.push(...copied(input));
  if (cfg.aktif['explanation-missing']) for (const i of input.indicators) out.push(...explanationMissing(i));
  return out;
}

/** Earlier values with a number, oldest first (anything not before this triwulan is ignored). */
function earlierValues(e: QualityElement, input: QualityInput): (PeriodValue & { value: number })[] {
  const at = input.year * 4 + input.quarter;
  return e.earlier
    .filter((v): v is PeriodValue & { value: number } => v.value !== null && v.year * 4 + v.quarter < at)
    .sort((a, b) => a.year * 4 + a.quarter - (b.year * 4 + b.quarter));
}

function cellOf(s: QualityCell): Location {
  const loc: Location = { file: s.file, sheet: s.sheet, cell: s.cell };
  if (s.name) loc.name = s.name;
  return loc;
}

function stockDrop(e: QualityElement, earlier: readonly (PeriodValue & { value: number })[], cfg: MutuConfig): Problem[] {
  const prev = earlier[earlier.length - 1];
  if (e.value === null || !prev || prev.value <= 0) return [];
  const dropPct = ((prev.value - e.value) * 100) / prev.value;
  if (dropPct <= cfg.stokTurunPersen) return [];
  const args = { element: e.element, nama: e.nama, value: e.value, previous: prev.value, previousPeriod: periodKey(prev), dropPct: roundHalfUp(dropPct, 2), threshold: cfg.stokTurunPersen };
  return [problem('quality.stock-drop', args, cellOf(e.source))];
}

function outlier(e: QualityElement, earlier: readonly (PeriodValue & { value: number })[], cfg: MutuConfig): Problem[] {
  if (e.value === null || earlier.length === 0) return [];
  const base = { element: e.element, nama: e.nama, value: e.value };
  const n = earlier.length;
  if (n >= 3) {
    const mean = earlier.reduce((s, v) => s + v.value, 0) / n;
    const sd = Math.sqrt(earlier.reduce((s, v) => s + (v.value - mean) ** 2, 0) / (n - 1));
    if (sd > 0) {
      const low = mean - cfg.outlierK * sd;
      const high = mean + cfg.outlierK * sd;
      if (e.value >= low && e.value <= high) return [];
      const args = { ...base, low: round(Math.max(0, low)), high: round(high), method: 'sd' as const, n, mean: round(mean), sd: round(sd), k: cfg.outlierK };
      return [problem('quality.outlier', args, cellOf(e.source))];
    }
  }
  const prev = earlier[n - 1]!;
  if (prev.value <= 0) return [];
  const low = prev.value / cfg.outlierKali;
  const high = prev.value * cfg.outlierKali;
  if (e.value >= low && e.value <= high) return [];
  const args = { ...base, low: round(low), high: round(high), method: 'ratio' as const, n, previous: prev.value, previousPeriod: periodKey(prev), factor: cfg.outlierKali };
  return [problem('quality.outlier', args, cellOf(e.source))];
}

function round(v: number): number {
  return roundHalfUp(v, 2);
}

function copied(input: QualityInput): Problem[] {
  const prev = input.quarter === 1 ? { year: input.year - 1, quarter: 4 as Quarter } : { year: input.year, quarter: (input.quarter - 1) as Quarter };
  if (input.elements.length === 0) return [];
  const pairs = input.elements.map((e) => ({ e, before: e.earlier.find((v) => v.year === prev.year && v.quarter === prev.quarter) }));
  if (pairs.some((p) => !p.before || p.before.value !== p.e.value)) return [];
  if (!pairs.some((p) => p.before!.value !== null)) return [];
  if (!pairs.some((p) => p.e.aggregation === 'sum' && (p.e.value ?? 0) > 0)) return [];
  const first = input.elements[0]!.source;
  const values = pairs.filter((p) => p.e.value !== null).length;
  return [problem('quality.copied', { previousPeriod: periodKey(prev), values }, { file: input.file, sheet: first.sheet })];
}

function explanationMissing(i: QualityIndicator): Problem[] {
  if (i.value === null || !i.kendala || i.kendala.text.trim() !== '') return [];
  const worse = (a: number, b: number) => (i.polarity === 'higher' ? a < b : a > b);
  const reasons: ('below-target' | 'worse')[] = [];
  if (i.target !== null && worse(i.value, i.target)) reasons.push('below-target');
  if (i.previous && worse(i.value, i.previous.value)) reasons.push('worse');
  if (reasons.length === 0) return [];
  const args: Extract<Problem, { code: 'quality.explanation-missing' }>['args'] = { indicator: i.indicator, nama: i.nama, value: i.value, reasons, polarity: i.polarity };
  if (i.target !== null) args.target = i.target;
  if (i.previous) {
    args.previous = i.previous.value;
    args.previousPeriod = periodKey(i.previous);
  }
  return [problem('quality.explanation-missing', args, cellOf(i.kendala.source))];
}
