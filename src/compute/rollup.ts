// The rollup: from accepted submissions to every element and indicator value, per triwulan and for
// the year (or year to date). Pure: plain data in, plain data out; no disk, no exceljs, no printing.
//
// THE RULES (a reader must find them here, and only here):
//
// Per triwulan, an element's value is the number typed in its owner's accepted workbook.
//   - no accepted workbook from the owner for that triwulan -> no value, status `missing`
//   - the cell was left blank -> no value, status `blank` ("not reported", never 0)
//   - the cell holds something unusable (re-validation says why) -> no value, status `invalid`
//   - the workbook has no such cell (made from an older catalogue) -> no value, status `blank`
//
// Over a period (the year = TW I..IV; year to date = TW I..TW q), by the element's aggregation:
//   - `sum` (flows): the sum of the triwulan that have a value. All have one -> `ok`; some -> `partial`
//     (the value of what is there, and the reasons name each triwulan that is not); none -> no value,
//     status of the worst cause (missing > invalid > blank).
//   - `average` (rates, scores, days taken): the mean of the triwulan that have a value. All have one
//     -> `ok`; some -> `partial` (the mean of those present; the reasons name the others); none -> as sum.
//   - `last` (stocks): the value of the latest triwulan in the period that has one. That triwulan is
//     the period's final one -> `ok`; an earlier one -> `partial` (reasons name the final triwulan's
//     cause and which triwulan the value is from); none -> no value, as for sum.
//
// An indicator side (numerator or denominator) with several elements is their sum, by the same rule
// as `sum` over triwulan: all present -> ok (partial if any element value is partial); some -> partial;
// none -> no value with the worst cause.
//
// A count indicator (kind: count, a count element) or a value indicator (kind: value, an element of
// any type) is its element's value and status.
// A ratio indicator, for every period (triwulan or aggregate), is
//     value = numerator / denominator × factor
// computed from the AGGREGATED sides of that period, never as an average of triwulan percentages.
// Its elements may be of any numeric type (realisasi anggaran / pagu anggaran × 100 in rupiah).
// Over an aggregate period, `sum` elements are summed over the MATCHED triwulan only: those in which
// each side's `sum` elements have a value (a side with no `sum` element imposes nothing). A triwulan
// where one side has no value (late workbook, blank cell) is left out of BOTH sides and the result is
// `partial`, its reasons naming the triwulan: the year never sets a numerator against a denominator that
// lacks that triwulan. No triwulan matched -> no value, numerator and denominator left empty (the
// worst cause as status). `last` and `average` elements take their period value. Within one triwulan, a side with
// several elements is the sum of those present (partial when one is absent), as above. Then:
//   - denominator has no value -> no value; status `missing` when a missing workbook is the cause,
//     else `no denominator`;
//   - denominator is 0 -> no value, status `no denominator` (never 0 %, Infinity or NaN);
//   - numerator has no value -> no value, status of the numerator (missing / blank / invalid);
//   - otherwise the value, status `partial` if either side is partial, else `ok`.
//   - numerator above denominator (both with values) -> warning rollup.numerator-over naming the files
//     and cells of both sides, unless the indicator has allow_over.
//
// The problems are not raised on the way: rules run over the finished result (rollup-rules.ts).
// Values are never rounded here; `roundHalfUp` is for display only (two decimals, half away from zero).
import type { CatalogueIndex, Element, Indikator } from '../model/catalogue.js';
import { templateFileName } from '../model/contract.js';
import type { Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import type { CellSource, Completeness, IndicatorValue, PeriodRef, Value } from '../model/rollup.js';
import type { ElementReading, Submission } from '../read/submission.js';
import { completeness } from './completeness.js';
import { aggregatePeriod, quarterPeriod, quartersThrough } from './periods.js';
import { rollupProblems } from './rollup-rules.js';
import { combineAverage, combineLast, combineSum, indicatorValue, ratioOverPeriod } from './values.js';

export interface ElementSeries {
  elementId: string;
  /** The jabatan that enters it. */
  jabatanId: string;
  aggregation: Element['aggregation'];
  /** By period key. */
  values: Record<string, Value>;
}

export interface IndicatorResult {
  indicatorId: string;
  jabatanId: string;
  kind: Indikator['kind'];
  values: Record<string, IndicatorValue>;
}

export interface NoteEntry {
  jabatanId: string;
  indicatorId: string;
  field: string;
  quarter: Quarter;
  text: string;
  source: CellSource;
}

export interface RollupInput {
  index: CatalogueIndex;
  year: number;
  /** The last triwulan of the period: 4 for the year, 1–3 for year to date. */
  through: Quarter;
  /** The accepted submissions (re-validated). Others for the year past `through` are ignored. */
  submissions: readonly Submission[];
}

export interface RollupResult {
  year: number;
  through: Quarter;
  /** The triwulan periods, then the aggregate. */
  periods: PeriodRef[];
  aggregate: PeriodRef;
  elements: ElementSeries[];
  indicators: IndicatorResult[];
  completeness: Completeness;
  notes: NoteEntry[];
  /** The submissions' own problems first, then the rollup's. */
  problems: Problem[];
}

/** Which submission stands for each (jabatan, triwulan), and those left out. */
export interface Choice {
  /** By `${jabatanId}#${quarter}`. */
  chosen: Map<string, Submission>;
  foreign: { submission: Submission; why: 'unknown-jabatan' | 'other-period' }[];
  /** A second submission for a (jabatan, triwulan) already taken: the first is used. */
  duplicates: { submission: Submission; first: Submission }[];
}

const choiceKey = (jabatanId: string, q: number) => `${jabatanId}#${q}`;

export function rollup(input: RollupInput): RollupResult {
  const { index, year, through } = input;
  const quarters = quartersThrough(through);
  const periods = quarters.map((q) => quarterPeriod(year, q));
  const aggregate = aggregatePeriod(year, through);
  const choice = chooseSubmissions(input);
  const elements = elementSeries(index, choice, year, periods, aggregate);
  const result: RollupResult = {
    year,
    through,
    periods,
    aggregate,
    elements,
    indicators: indicatorResults(index, elements, periods, aggregate),
    completeness: completeness(index, year, quarters, (j, q) => choice.chosen.get(choiceKey(j, q))?.file),
    notes: notesOf(index, choice, quarters),
    problems: [],
  };
  // The submissions' own problems (re-validation warnings) are behind the numbers too.
  const own = [...choice.chosen.values()].flatMap((s) => s.problems);
  return { ...result, problems: [...own, ...rollupProblems(index, result, choice, own)] };
}

/** The first submission of each (jabatan, triwulan) of the report; the rest are left out, and said so. */
function chooseSubmissions(input: RollupInput): Choice {
  const { index, year, through } = input;
  const out: Choice = { chosen: new Map(), foreign: [], duplicates: [] };
  for (const s of input.submissions) {
    const { jabatanId, year: sy, quarter } = s.meta;
    if (!index.jabatan.has(jabatanId)) {
      out.foreign.push({ submission: s, why: 'unknown-jabatan' });
      continue;
    }
    if (sy !== year || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
      out.foreign.push({ submission: s, why: 'other-period' });
      continue;
    }
    if (quarter > through) continue;
    const k = choiceKey(jabatanId, quarter);
    const first = out.chosen.get(k);
    if (first) out.duplicates.push({ submission: s, first });
    else out.chosen.set(k, s);
  }
  return out;
}

/** Every element in catalogue order: its value in each triwulan, and over the period by its aggregation. */
function elementSeries(index: CatalogueIndex, choice: Choice, year: number, periods: PeriodRef[], aggregate: PeriodRef): ElementSeries[] {
  const quarters = periods.map((p) => p.quarters[0]!);
  const readings = new Map<string, Map<string, ElementReading>>();
  for (const [k, s] of choice.chosen) readings.set(k, new Map(s.readings.map((r) => [r.elementId, r])));
  return index.catalogue.elements.map((el) => {
    const perQuarter = quarters.map((q) => quarterValue(el, q, year, choice.chosen.get(choiceKey(el.owner, q)), readings.get(choiceKey(el.owner, q))));
    const values: Record<string, Value> = {};
    periods.forEach((p, i) => (values[p.key] = perQuarter[i]!));
    values[aggregate.key] = el.aggregation === 'sum' ? combineSum(perQuarter) : el.aggregation === 'average' ? combineAverage(perQuarter) : combineLast(el.id, perQuarter, quarters);
    return { elementId: el.id, jabatanId: el.owner, aggregation: el.aggregation, values };
  });
}

/** An element's value in one triwulan, from its owner's workbook (the rules at the top). */
function quarterValue(el: Element, q: Quarter, year: number, s: Submission | undefined, readings: Map<string, ElementReading> | undefined): Value {
  if (!s) return { value: null, status: 'missing', reasons: [{ kind: 'missing-workbook', jabatanId: el.owner, quarter: q, file: templateFileName(year, q, el.owner) }], sources: [] };
  const r = readings?.get(el.id);
  if (!r || (r.status === 'blank' && r.notInTemplate)) {
    return { value: null, status: 'blank', reasons: [{ kind: 'not-in-workbook', elementId: el.id, quarter: q, file: s.file }], sources: [] };
  }
  if (r.status === 'value') return { value: r.value, status: 'ok', reasons: [], sources: [r.source] };
  if (r.status === 'blank') return { value: null, status: 'blank', reasons: [{ kind: 'blank', elementId: el.id, quarter: q, source: r.source }], sources: [r.source] };
  return { value: null, status: 'invalid', reasons: [{ kind: 'invalid', elementId: el.id, quarter: q, raw: r.raw, source: r.source }], sources: [r.source] };
}

/** Every indicator in tree order, for each triwulan and the period, from the element values. */
function indicatorResults(index: CatalogueIndex, elements: ElementSeries[], periods: PeriodRef[], aggregate: PeriodRef): IndicatorResult[] {
  const byId = new Map(elements.map((s) => [s.elementId, s]));
  const at = (key: string) => (id: string) => byId.get(id)?.values[key];
  const quarters = periods.map((p) => p.quarters[0]!);
  const aggregationOf = (id: string) => index.elements.get(id)?.aggregation ?? 'sum';
  const out: IndicatorResult[] = [];
  for (const j of index.subtree(index.root.id)) {
    for (const ind of index.indicatorsOf(j.id)) {
      const values: Record<string, IndicatorValue> = {};
      for (const p of periods) values[p.key] = indicatorValue(ind, at(p.key));
      values[aggregate.key] =
        ind.kind !== 'ratio'
          ? indicatorValue(ind, at(aggregate.key))
          : ratioOverPeriod(ind, periods.map((p) => at(p.key)), at(aggregate.key), aggregationOf, quarters);
      out.push({ indicatorId: ind.id, jabatanId: j.id, kind: ind.kind, values });
    }
  }
  return out;
}

/** Notes (kendala, tindak lanjut, data dukung), tree then triwulan order; empty text is no note. */
function notesOf(index: CatalogueIndex, choice: Choice, quarters: Quarter[]): NoteEntry[] {
  const out: NoteEntry[] = [];
  for (const j of index.subtree(index.root.id)) {
    for (const q of quarters) {
      const s = choice.chosen.get(choiceKey(j.id, q));
      for (const n of s?.notes ?? []) {
        if (n.text.trim() !== '') out.push({ jabatanId: j.id, indicatorId: n.indicatorId, field: n.field, quarter: q, text: n.text, source: n.source });
      }
    }
  }
  return out;
}
