// Combining values: over triwulan, over the elements of one side, and a ratio over a period. The
// rules are stated at the top of rollup.ts; these are their implementations. Pure.
import type { Element, Indikator, RatioIndikator } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import type { IndicatorValue, Reason, Status, Value } from '../model/rollup.js';

const NO_VALUE_ORDER: Status[] = ['missing', 'invalid', 'blank', 'no denominator'];

/** The status of "no value" from several causes: the worst one. */
function worst(values: readonly Value[]): Status {
  for (const s of NO_VALUE_ORDER) if (values.some((v) => v.status === s)) return s;
  return 'missing';
}

/** Sum over triwulan, or over the elements of one side: the value of what is there. */
export function combineSum(parts: readonly Value[]): Value {
  const present = parts.filter((p) => p.value !== null);
  const absent = parts.filter((p) => p.value === null);
  const sources = parts.flatMap((p) => (p.value !== null ? p.sources : []));
  if (parts.length === 0) return { value: null, status: 'missing', reasons: [], sources: [] };
  const reasons = uniqueReasons(parts.flatMap((p) => p.reasons));
  if (present.length === 0) return { value: null, status: worst(parts), reasons, sources: [] };
  const value = present.reduce((a, p) => a + p.value!, 0);
  const partial = absent.length > 0 || present.some((p) => p.status === 'partial');
  return { value, status: partial ? 'partial' : 'ok', reasons, sources };
}

/** The mean of the triwulan that have a value; partial when one is absent (its reasons say which). */
export function combineAverage(perQuarter: readonly Value[]): Value {
  const sum = combineSum(perQuarter);
  if (sum.value === null) return sum;
  const present = perQuarter.filter((p) => p.value !== null).length;
  return { ...sum, value: sum.value / present };
}

/** The latest triwulan with a value; partial when that is not the period's final triwulan. */
export function combineLast(elementId: string, perQuarter: readonly Value[], quarters: readonly Quarter[]): Value {
  for (let i = perQuarter.length - 1; i >= 0; i--) {
    const v = perQuarter[i]!;
    if (v.value === null) continue;
    if (i === perQuarter.length - 1) return v;
    const later = perQuarter.slice(i + 1).flatMap((p) => p.reasons);
    return {
      value: v.value,
      status: 'partial',
      reasons: [...later, { kind: 'last-from-earlier', elementId, from: quarters[i]!, final: quarters[quarters.length - 1]! }],
      sources: v.sources,
    };
  }
  return { value: null, status: worst(perQuarter), reasons: uniqueReasons(perQuarter.flatMap((p) => p.reasons)), sources: [] };
}

const NOTHING: Value = { value: null, status: 'missing', reasons: [], sources: [] };

/** One indicator for one period, from its elements' values for that period. */
export function indicatorValue(ind: Indikator, valueOf: (elementId: string) => Value | undefined): IndicatorValue {
  const get = (id: string): Value => valueOf(id) ?? NOTHING;
  if (ind.kind !== 'ratio') {
    const v = get(ind.element);
    return { ...v, numerator: null, denominator: null };
  }
  return ratioOf(ind, combineSum(ind.numerator.map(get)), combineSum(ind.denominator.map(get)));
}

/**
 * A ratio over an aggregate period (the year, or year to date). `sum` elements are summed over the
 * MATCHED triwulan only: those in which each side's `sum` elements have a value. A triwulan where one
 * side is absent (late workbook, blank or unusable cell) is left out of BOTH sides, so a numerator is
 * never set against a denominator that lacks its triwulan (never 12 cases solved out of 9 registered). `last`
 * elements take their period value. Any triwulan left out makes the result `partial`, with its reasons.
 */
export function ratioOverPeriod(
  ind: RatioIndikator,
  quarterValueOf: ((elementId: string) => Value | undefined)[],
  periodValueOf: (elementId: string) => Value | undefined,
  aggregationOf: (elementId: string) => Element['aggregation'],
  quarters: readonly Quarter[],
): IndicatorValue {
  const sumN = ind.numerator.filter((id) => aggregationOf(id) === 'sum');
  const sumD = ind.denominator.filter((id) => aggregationOf(id) === 'sum');
  const lastN = ind.numerator.filter((id) => aggregationOf(id) !== 'sum');
  const lastD = ind.denominator.filter((id) => aggregationOf(id) !== 'sum');
  const period = (id: string) => periodValueOf(id) ?? NOTHING;
  if (sumN.length + sumD.length === 0) return ratioOf(ind, combineSum(lastN.map(period)), combineSum(lastD.map(period)));

  // Each triwulan's `sum` part of each side (undefined: the side has no `sum` element).
  const parts = quarterValueOf.map((valueOf) => ({
    n: sumN.length ? combineSum(sumN.map((id) => valueOf(id) ?? NOTHING)) : undefined,
    d: sumD.length ? combineSum(sumD.map((id) => valueOf(id) ?? NOTHING)) : undefined,
  }));
  const matched = parts.map((p) => (p.n === undefined || p.n.value !== null) && (p.d === undefined || p.d.value !== null));
  const leftOut: Reason[] = [];
  parts.forEach((p, i) => {
    if (matched[i]) return;
    leftOut.push(...(p.n?.reasons ?? []), ...(p.d?.reasons ?? []), { kind: 'left-out', quarter: quarters[i]! });
  });
  if (!matched.some(Boolean)) {
    // Nothing to set side by side: no value, no numbers (the workbook formula then shows nothing too).
    const statuses = parts.flatMap((p) => [p.n, p.d].filter((x): x is Value => x !== undefined && x.value === null));
    return { numerator: null, denominator: null, value: null, status: worst(statuses), reasons: uniqueReasons(leftOut.filter((r) => r.kind !== 'left-out')), sources: [] };
  }
  const side = (pick: 'n' | 'd', last: string[]): Value => {
    const sumParts = parts.filter((_, i) => matched[i]).flatMap((p) => (p[pick] ? [p[pick]!] : []));
    return combineSum([...sumParts, ...last.map(period)]);
  };
  const v = ratioOf(ind, side('n', lastN), side('d', lastD));
  if (leftOut.length === 0) return v;
  return { ...v, status: v.value === null ? v.status : 'partial', reasons: uniqueReasons([...leftOut, ...v.reasons]) };
}

/** numerator / denominator × factor from the two sides' values, or no value and why. */
function ratioOf(ind: RatioIndikator, n: Value, d: Value): IndicatorValue {
  const sources = [...n.sources, ...d.sources];
  const base = { numerator: n.value, denominator: d.value, sources };
  const reasons = uniqueReasons([...n.reasons, ...d.reasons]);
  if (d.value === null) {
    return { ...base, value: null, status: d.status === 'missing' ? 'missing' : 'no denominator', reasons };
  }
  if (d.value === 0) {
    return { ...base, value: null, status: 'no denominator', reasons: [...reasons, { kind: 'zero-denominator' }] };
  }
  if (n.value === null) return { ...base, value: null, status: n.status, reasons };
  const partial = n.status === 'partial' || d.status === 'partial';
  // Left to right, as the workbook formula =N/D*factor computes it, so the cached result is identical.
  const value = (n.value / d.value) * ind.factor;
  return { ...base, value, status: partial ? 'partial' : 'ok', reasons };
}

/** Each distinct reason once, in order. */
export function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const k = JSON.stringify(r);
    if (!seen.has(k)) (seen.add(k), out.push(r));
  }
  return out;
}
