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
//   - `last` (stocks): the value of the latest triwulan in the period that has one. That triwulan is
//     the period's final one -> `ok`; an earlier one -> `partial` (reasons name the final triwulan's
//     cause and which triwulan the value is from); none -> no value, as for sum.
//
// An indicator side (numerator or denominator) with several elements is their sum, by the same rule
// as `sum` over triwulan: all present -> ok (partial if any element value is partial); some -> partial;
// none -> no value with the worst cause.
//
// A count indicator is its element's value and status.
// A ratio indicator, for every period (triwulan or aggregate), is
//     value = numerator / denominator × factor
// computed from the AGGREGATED sides of that period, never as an average of triwulan percentages.
// Over an aggregate period, `sum` elements are summed over the MATCHED triwulan only: those in which
// each side's `sum` elements have a value (a side with no `sum` element imposes nothing). A triwulan
// where one side has no value (late workbook, blank cell) is left out of BOTH sides and the result is
// `partial`, its reasons naming the triwulan: the year never sets a numerator against a denominator that
// lacks that triwulan. No triwulan matched -> no value, numerator and denominator left empty (the
// worst cause as status). `last` elements take their period value. Within one triwulan, a side with
// several elements is the sum of those present (partial when one is absent), as above. Then:
//   - denominator has no value -> no value; status `missing` when a missing workbook is the cause,
//     else `no denominator`;
//   - denominator is 0 -> no value, status `no denominator` (never 0 %, Infinity or NaN);
//   - numerator has no value -> no value, status of the numerator (missing / blank / invalid);
//   - otherwise the value, status `partial` if either side is partial, else `ok`.
//   - numerator above denominator (both with values) -> warning rollup.numerator-over naming the files
//     and cells of both sides, unless the indicator has allow_over.
// Values are never rounded here; `roundHalfUp` is for display only (two decimals, half away from zero).
import type { CatalogueIndex, Element, Indikator, RatioIndikator } from '../model/catalogue.js';
import { templateFileName } from '../model/contract.js';
import { periodKey, twLabel, type Quarter } from '../model/period.js';
import { legacyProblem, type Problem } from '../model/problem.js';
import type { CellSource, ElementReading, Submission } from '../read/submission.js';

export type Status = 'ok' | 'partial' | 'missing' | 'blank' | 'invalid' | 'no denominator';
export const STATUSES: readonly Status[] = ['ok', 'partial', 'missing', 'blank', 'invalid', 'no denominator'];

export interface PeriodRef {
  /** Data-sheet key: "2017-TW1" … "2017-TW4", "2017" (the year), "2017-YTD-TW2" (year to date). */
  key: string;
  kind: 'quarter' | 'year' | 'ytd';
  /** The triwulan it covers, in order. */
  quarters: Quarter[];
}

/** Why a value is absent or partial. Structured, so each renderer words it in its own language. */
export type Reason =
  | { kind: 'missing-workbook'; jabatanId: string; quarter: Quarter; file: string }
  | { kind: 'blank'; elementId: string; quarter: Quarter; source: CellSource }
  | { kind: 'invalid'; elementId: string; quarter: Quarter; raw: string; source: CellSource }
  | { kind: 'not-in-workbook'; elementId: string; quarter: Quarter; file: string }
  | { kind: 'last-from-earlier'; elementId: string; from: Quarter; final: Quarter }
  | { kind: 'zero-denominator' }
  /** The triwulan was left out of both sides of a ratio over the period (one side had no value). */
  | { kind: 'left-out'; quarter: Quarter };

export interface Value {
  /** Unrounded; null when there is no value (see status and reasons). */
  value: number | null;
  status: Status;
  reasons: Reason[];
  /** Every cell the value was computed from. */
  sources: CellSource[];
}

export interface ElementSeries {
  elementId: string;
  /** The jabatan that enters it. */
  jabatanId: string;
  aggregation: Element['aggregation'];
  /** By period key. */
  values: Record<string, Value>;
}

export interface IndicatorValue extends Value {
  /** Aggregated numerator and denominator (ratio indicators only; null otherwise or when absent). */
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorResult {
  indicatorId: string;
  jabatanId: string;
  kind: Indikator['kind'];
  values: Record<string, IndicatorValue>;
}

export type Receipt = { status: 'received'; file: string } | { status: 'missing'; file: string } | { status: 'not expected' };

export interface Completeness {
  /** Every jabatan in tree order, with each triwulan of the period. */
  jabatan: { jabatanId: string; quarters: Partial<Record<Quarter, Receipt>> }[];
  byQuarter: { quarter: Quarter; received: number; expected: number }[];
  total: { received: number; expected: number };
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
  /** Expected workbooks that are not in the archive. */
  missing: readonly { jabatanId: string; quarter: Quarter }[];
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

// ---------------------------------------------------------------- periods

export function quarterPeriod(year: number, quarter: Quarter): PeriodRef {
  return { key: periodKey({ year, quarter }), kind: 'quarter', quarters: [quarter] };
}

/** The year (through 4) or year to date (through 1–3). */
export function aggregatePeriod(year: number, through: Quarter): PeriodRef {
  const quarters = quartersThrough(through);
  return through === 4 ? { key: String(year), kind: 'year', quarters } : { key: `${year}-YTD-TW${through}`, kind: 'ytd', quarters };
}

export function quartersThrough(through: Quarter): Quarter[] {
  return ([1, 2, 3, 4] as Quarter[]).filter((q) => q <= through);
}

// ---------------------------------------------------------------- display

/** Round half away from zero to `digits` decimals, for display only. Immune to 1.005 -> 1.00 slips. */
export function roundHalfUp(v: number, digits = 2): number {
  if (!Number.isFinite(v)) return v;
  const sign = v < 0 ? -1 : 1;
  const s = Math.abs(v).toPrecision(15);
  if (s.includes('e')) return Number((sign * Math.abs(v)).toFixed(digits));
  const shifted = Math.round(Number(`${s}e${digits}`));
  return sign * Number(`${shifted}e-${digits}`);
}

/** "85.50" (two decimals, half up), or "" for no value. */
export function formatPercent(v: number | null): string {
  return v === null ? '' : roundHalfUp(v, 2).toFixed(2);
}

// ---------------------------------------------------------------- the rollup

export function rollup(input: RollupInput): RollupResult {
  const { index, year, through } = input;
  const quarters = quartersThrough(through);
  const periods = quarters.map((q) => quarterPeriod(year, q));
  const aggregate = aggregatePeriod(year, through);
  const problems: Problem[] = [];
  const nama = (jabatanId: string) => index.jabatan.get(jabatanId)?.nama ?? jabatanId;

  // Which submission stands for each (jabatan, triwulan).
  const byKey = new Map<string, Submission>();
  const key = (jabatanId: string, q: number) => `${jabatanId}#${q}`;
  for (const s of input.submissions) {
    const { jabatanId, year: sy, quarter } = s.meta;
    if (sy !== year || !index.jabatan.has(jabatanId) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
      problems.push(
        legacyProblem(
          'rollup.foreign-submission',
          !index.jabatan.has(jabatanId)
            ? `The workbook is for jabatan "${jabatanId}", which is not in the catalogue.`
            : `The workbook is for ${sy} TW${quarter}, not for the ${year} report.`,
          { file: s.file },
        ),
      );
      continue;
    }
    if (quarter > through) continue;
    const k = key(jabatanId, quarter);
    const prev = byKey.get(k);
    if (prev) {
      problems.push(
        legacyProblem(
          'rollup.duplicate-submission',
          `Two accepted workbooks for ${jabatanId} ${twLabel(quarter as Quarter)} ${year}: ${prev.file} and ${s.file}; the first is used.`,
          { file: s.file },
          { hint: 'Keep one of them in the archive (ingest the right one with --replace).' },
        ),
      );
      continue;
    }
    byKey.set(k, s);
  }
  const used = [...byKey.values()];
  // Their own problems (re-validation warnings) are behind the numbers too.
  const ownProblems = used.flatMap((s) => s.problems);
  const cellKey = (file: string | undefined, cell: string | undefined) => `${file}!${cell}`;
  const reportedCells = new Set(ownProblems.filter((p) => p.location.cell).map((p) => cellKey(p.location.file, p.location.cell)));
  const reportedFiles = new Set(ownProblems.filter((p) => p.code === 'identity.element-added' || p.code === 'identity.catalogue-changed').map((p) => p.location.file));

  const missingSet = new Set<string>();
  for (const m of input.missing) {
    if (m.quarter > through || !index.jabatan.has(m.jabatanId) || byKey.has(key(m.jabatanId, m.quarter))) continue;
    if (missingSet.has(key(m.jabatanId, m.quarter))) continue;
    missingSet.add(key(m.jabatanId, m.quarter));
  }
  const fileFor = (jabatanId: string, q: Quarter) => templateFileName(year, q, jabatanId);
  // Missing workbook problems, in tree and triwulan order.
  const tree = index.subtree(index.root.id);
  // With nothing at all for the period, the one error says it; a warning per workbook would bury it.
  for (const q of byKey.size > 0 ? quarters : []) {
    for (const j of tree) {
      if (!missingSet.has(key(j.id, q))) continue;
      const n = index.elementsEnteredBy(j.id).length;
      problems.push(
        legacyProblem(
          'rollup.missing-workbook',
          `No accepted workbook from ${j.nama} (${j.id}) for ${twLabel(q)} ${year}${n ? ` (it enters ${n} count${n === 1 ? '' : 's'})` : ''}.`,
          { file: fileFor(j.id, q) },
        ),
      );
    }
  }

  // Readings per (element, triwulan), from the element owner's workbook.
  const readingMaps = new Map<string, Map<string, ElementReading>>();
  for (const [k, s] of byKey) readingMaps.set(k, new Map(s.readings.map((r) => [r.elementId, r])));

  const quarterValue = (el: Element, q: Quarter): Value => {
    const k = key(el.owner, q);
    const s = byKey.get(k);
    if (!s) {
      return { value: null, status: 'missing', reasons: [{ kind: 'missing-workbook', jabatanId: el.owner, quarter: q, file: fileFor(el.owner, q) }], sources: [] };
    }
    const r = readingMaps.get(k)!.get(el.id);
    if (!r || (r.status === 'blank' && r.notInTemplate)) {
      return { value: null, status: 'blank', reasons: [{ kind: 'not-in-workbook', elementId: el.id, quarter: q, file: s.file }], sources: [] };
    }
    if (r.status === 'value') return { value: r.value, status: 'ok', reasons: [], sources: [r.source] };
    if (r.status === 'blank') return { value: null, status: 'blank', reasons: [{ kind: 'blank', elementId: el.id, quarter: q, source: r.source }], sources: [r.source] };
    return { value: null, status: 'invalid', reasons: [{ kind: 'invalid', elementId: el.id, quarter: q, raw: r.raw, source: r.source }], sources: [r.source] };
  };

  // Elements, in catalogue order.
  const elements: ElementSeries[] = [];
  const seriesById = new Map<string, ElementSeries>();
  for (const el of index.catalogue.elements) {
    const values: Record<string, Value> = {};
    const perQuarter = quarters.map((q) => quarterValue(el, q));
    periods.forEach((p, i) => (values[p.key] = perQuarter[i]!));
    values[aggregate.key] = el.aggregation === 'sum' ? combineSum(perQuarter) : combineLast(el.id, perQuarter, quarters);
    const series: ElementSeries = { elementId: el.id, jabatanId: el.owner, aggregation: el.aggregation, values };
    elements.push(series);
    seriesById.set(el.id, series);
    // One problem per blank or unusable count, unless re-reading the workbook already reported that cell.
    perQuarter.forEach((v, i) => {
      for (const r of v.reasons) {
        if ((r.kind === 'blank' || r.kind === 'invalid') && reportedCells.has(cellKey(r.source.file, r.source.cell))) continue;
        if (r.kind === 'not-in-workbook' && reportedFiles.has(r.file)) continue;
        if (r.kind === 'blank') {
          problems.push(legacyProblem('rollup.blank', `${el.id} (${el.nama}) is blank for ${twLabel(quarters[i]!)} ${year}: counted as not reported.`, locationOf(r.source)));
        } else if (r.kind === 'invalid') {
          problems.push(legacyProblem('rollup.invalid', `${el.id} (${el.nama}) for ${twLabel(quarters[i]!)} ${year} holds "${r.raw}", which is not a count; left out.`, locationOf(r.source)));
        } else if (r.kind === 'not-in-workbook') {
          problems.push(
            legacyProblem('rollup.invalid', `${r.file} has no cell for ${el.id} (${el.nama}) for ${twLabel(quarters[i]!)} ${year}; it was made from an older catalogue.`, { file: r.file }, { hint: 'Generate a new template for this jabatan and triwulan, fill it and ingest it with --replace.' }),
          );
        }
      }
    });
  }

  // Indicators, in tree order.
  const indicators: IndicatorResult[] = [];
  for (const j of tree) {
    for (const ind of index.indicatorsOf(j.id)) {
      const values: Record<string, IndicatorValue> = {};
      for (const p of [...periods, aggregate]) {
        const v =
          p.kind === 'quarter' || ind.kind === 'count'
            ? indicatorValue(ind, (id) => seriesById.get(id)?.values[p.key])
            : ratioOverPeriod(ind, periods.map((qp) => (id: string) => seriesById.get(id)?.values[qp.key]), (id) => seriesById.get(id)?.values[p.key], (id) => index.elements.get(id)?.aggregation ?? 'sum', quarters);
        values[p.key] = v;
        const where = `${ind.id} (${nama(j.id)}) for ${periodLabelEn(p)}`;
        if (v.status === 'no denominator') {
          const why = v.denominator === 0 ? 'the denominator is 0' : 'the denominator was not reported';
          problems.push(legacyProblem('rollup.no-denominator', `${where}: no percentage, ${why}.`, locationOf(firstSource(v, ind, seriesById, p.key, 'denominator'))));
        } else if (v.status === 'partial') {
          problems.push(legacyProblem('rollup.partial', `${where}: computed from incomplete data (${v.reasons.map(reasonText).join('; ')}).`, {}));
        }
        if (ind.kind === 'ratio' && !ind.allowOver && v.numerator !== null && v.denominator !== null && v.numerator > v.denominator) {
          const side = (ids: string[]) =>
            ids.flatMap((id) => seriesById.get(id)?.values[p.key]?.sources ?? []).map(sourceText).join(', ') || '(no cell)';
          problems.push(
            legacyProblem(
              'rollup.numerator-over',
              `${where}: numerator ${v.numerator} (${side(ind.numerator)}) is above denominator ${v.denominator} (${side(ind.denominator)}).`,
              locationOf(firstSource(v, ind, seriesById, p.key, 'numerator')),
            ),
          );
        }
      }
      indicators.push({ indicatorId: ind.id, jabatanId: j.id, kind: ind.kind, values });
    }
  }

  // Completeness: every jabatan is expected each triwulan unless the caller said nothing about it.
  const completeness: Completeness = { jabatan: [], byQuarter: [], total: { received: 0, expected: 0 } };
  const counts = new Map<Quarter, { received: number; expected: number }>(quarters.map((q) => [q, { received: 0, expected: 0 }]));
  for (const j of tree) {
    const row: Completeness['jabatan'][number] = { jabatanId: j.id, quarters: {} };
    for (const q of quarters) {
      const s = byKey.get(key(j.id, q));
      const c = counts.get(q)!;
      if (s) {
        row.quarters[q] = { status: 'received', file: s.file };
        c.received++;
        c.expected++;
      } else if (missingSet.has(key(j.id, q))) {
        row.quarters[q] = { status: 'missing', file: fileFor(j.id, q) };
        c.expected++;
      } else row.quarters[q] = { status: 'not expected' };
    }
    completeness.jabatan.push(row);
  }
  for (const q of quarters) {
    const c = counts.get(q)!;
    completeness.byQuarter.push({ quarter: q, ...c });
    completeness.total.received += c.received;
    completeness.total.expected += c.expected;
  }

  // Notes (kendala, tindak lanjut, data dukung), tree then triwulan order; empty text is no note.
  const notes: NoteEntry[] = [];
  for (const j of tree) {
    for (const q of quarters) {
      const s = byKey.get(key(j.id, q));
      if (!s) continue;
      for (const n of s.notes) {
        if (n.text.trim() === '') continue;
        notes.push({ jabatanId: j.id, indicatorId: n.indicatorId, field: n.field, quarter: q, text: n.text, source: n.source });
      }
    }
  }

  if (byKey.size === 0) {
    problems.unshift(
      legacyProblem('rollup.no-data', `No accepted workbook for ${aggregate.kind === 'year' ? year : `${year} up to ${twLabel(through)}`}; there is nothing to report.`, {}),
    );
  }

  return { year, through, periods, aggregate, elements, indicators, completeness, notes, problems: [...ownProblems, ...problems] };
}

// ---------------------------------------------------------------- combining values

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
  if (ind.kind === 'count') {
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

function firstSource(v: IndicatorValue, ind: Indikator, series: Map<string, ElementSeries>, periodKey: string, side: 'numerator' | 'denominator'): CellSource | undefined {
  if (ind.kind !== 'ratio') return v.sources[0];
  for (const id of ind[side]) {
    const s = series.get(id)?.values[periodKey]?.sources[0];
    if (s) return s;
  }
  return v.sources[0];
}

function locationOf(s: CellSource | undefined) {
  return s ? { file: s.file, sheet: s.sheet, cell: s.cell, name: s.name } : {};
}

export function sourceText(s: CellSource): string {
  const sheet = /[^A-Za-z0-9_]/.test(s.sheet) ? `'${s.sheet}'` : s.sheet;
  return `${s.file} ${sheet}!${s.cell}`;
}

function periodLabelEn(p: PeriodRef): string {
  if (p.kind === 'quarter') return `${twLabel(p.quarters[0]!)} ${p.key.slice(0, 4)}`;
  if (p.kind === 'year') return p.key;
  return `${p.key.slice(0, 4)} up to ${twLabel(p.quarters[p.quarters.length - 1]!)}`;
}

/** A reason in English, for the terminal and JSON. (The workbook words them in Indonesian.) */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case 'missing-workbook':
      return `no workbook from ${r.jabatanId} for ${twLabel(r.quarter)}`;
    case 'blank':
      return `${r.elementId} blank in ${twLabel(r.quarter)} (${sourceText(r.source)})`;
    case 'invalid':
      return `${r.elementId} unusable in ${twLabel(r.quarter)} ("${r.raw}", ${sourceText(r.source)})`;
    case 'not-in-workbook':
      return `${r.elementId} not in ${r.file}`;
    case 'last-from-earlier':
      return `${r.elementId} taken from ${twLabel(r.from)}, nothing for ${twLabel(r.final)}`;
    case 'zero-denominator':
      return 'denominator is 0';
    case 'left-out':
      return `${twLabel(r.quarter)} left out of both sides`;
  }
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
