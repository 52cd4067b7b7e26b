// The rollup's problems, from rules run over the finished result (never raised while computing): each
// rule looks at one part of the result and says what a reader must know about it. In this order:
// nothing to report, submissions left out, workbooks not in, gaps in the counts, then each indicator's
// warnings (no denominator, incomplete data, numerator above denominator).
import type { CatalogueIndex, Indikator } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import type { CellSource, IndicatorValue, PeriodRef } from '../model/rollup.js';
import { missingWorkbooks } from './completeness.js';
import type { Choice, ElementSeries, RollupResult } from './rollup.js';

interface RuleInput {
  index: CatalogueIndex;
  result: RollupResult;
  choice: Choice;
  /** Problems the submissions' own reading already raised (a cell said once is not said again). */
  own: readonly Problem[];
}

type Rule = (x: RuleInput) => Problem[];

const RULES: readonly Rule[] = [noData, leftOut, missing, countGaps, indicatorWarnings];

export function rollupProblems(index: CatalogueIndex, result: RollupResult, choice: Choice, own: readonly Problem[]): Problem[] {
  const x = { index, result, choice, own };
  return RULES.flatMap((rule) => rule(x));
}

function noData({ result, choice }: RuleInput): Problem[] {
  return choice.chosen.size === 0 ? [problem('rollup.no-data', { year: result.year, through: result.through })] : [];
}

function leftOut({ result, choice }: RuleInput): Problem[] {
  const out: Problem[] = [];
  for (const { submission: s, why } of choice.foreign) {
    out.push(problem('rollup.foreign-submission', { jabatanId: s.meta.jabatanId, year: s.meta.year, quarter: s.meta.quarter, reportYear: result.year, why }, { file: s.file }));
  }
  for (const { submission: s, first } of choice.duplicates) {
    out.push(problem('rollup.duplicate-submission', { jabatanId: s.meta.jabatanId, year: result.year, quarter: s.meta.quarter as Quarter, first: first.file, second: s.file }, { file: s.file }));
  }
  return out;
}

/** One warning per workbook not in; with nothing at all for the period, the one error says it instead. */
function missing({ index, result, choice }: RuleInput): Problem[] {
  if (choice.chosen.size === 0) return [];
  return missingWorkbooks(result.completeness).map((m) =>
    problem(
      'rollup.missing-workbook',
      { jabatanId: m.jabatanId, nama: index.jabatan.get(m.jabatanId)?.nama ?? m.jabatanId, year: result.year, quarter: m.quarter, elements: index.elementsEnteredBy(m.jabatanId).length },
      { file: m.file },
    ),
  );
}

/** One problem per blank or unusable count, unless re-reading the workbook already reported that cell. */
function countGaps({ index, result, own }: RuleInput): Problem[] {
  const cellKey = (file: string | undefined, cell: string | undefined) => `${file}!${cell}`;
  const saidCells = new Set(own.filter((p) => p.location.cell).map((p) => cellKey(p.location.file, p.location.cell)));
  const saidFiles = new Set(own.filter((p) => p.code === 'identity.element-added' || p.code === 'identity.catalogue-changed').map((p) => p.location.file));
  const out: Problem[] = [];
  for (const s of result.elements) {
    const nama = index.elements.get(s.elementId)?.nama ?? s.elementId;
    for (const p of result.periods) {
      for (const r of s.values[p.key]!.reasons) {
        const base = { elementId: s.elementId, nama, year: result.year, quarter: p.quarters[0]! };
        if (r.kind === 'blank' && !saidCells.has(cellKey(r.source.file, r.source.cell))) out.push(problem('rollup.blank', base, locationOf(r.source)));
        else if (r.kind === 'invalid' && !saidCells.has(cellKey(r.source.file, r.source.cell))) out.push(problem('rollup.invalid', { ...base, raw: r.raw }, locationOf(r.source)));
        else if (r.kind === 'not-in-workbook' && !saidFiles.has(r.file)) out.push(problem('rollup.not-in-template', { ...base, file: r.file }, { file: r.file }));
      }
    }
  }
  return out;
}

/** Per indicator and period, in order: no denominator or incomplete data, then a numerator above its denominator. */
function indicatorWarnings({ index, result }: RuleInput): Problem[] {
  const series = new Map(result.elements.map((s) => [s.elementId, s]));
  const out: Problem[] = [];
  for (const res of result.indicators) {
    const ind = index.indicators.get(res.indicatorId)!;
    const jabatan = index.jabatan.get(res.jabatanId)?.nama ?? res.jabatanId;
    for (const period of [...result.periods, result.aggregate]) {
      const v = res.values[period.key]!;
      const base = { indicatorId: ind.id, jabatan, period };
      if (v.status === 'no denominator') {
        out.push(problem('rollup.no-denominator', { ...base, zero: v.denominator === 0 }, locationOf(firstSource(v, ind, series, period, 'denominator'))));
      } else if (v.status === 'partial') {
        out.push(problem('rollup.partial', { ...base, reasons: v.reasons }));
      }
      const over = numeratorOver(ind, v, series, period);
      if (over) out.push(problem('rollup.numerator-over', { ...base, ...over }, locationOf(firstSource(v, ind, series, period, 'numerator'))));
    }
  }
  return out;
}

/** A numerator above its denominator (both with values), unless the indicator allows it. */
function numeratorOver(ind: Indikator, v: IndicatorValue, series: Map<string, ElementSeries>, period: PeriodRef) {
  if (ind.kind !== 'ratio' || !isNumeratorOver(ind, v)) return undefined;
  const cells = (ids: string[]) => ids.flatMap((id) => series.get(id)?.values[period.key]?.sources ?? []);
  return { numerator: v.numerator!, denominator: v.denominator!, numeratorCells: cells(ind.numerator), denominatorCells: cells(ind.denominator) };
}

/** A numerator above its denominator, both with values, in an indicator that does not allow it. */
export function isNumeratorOver(ind: Indikator, v: IndicatorValue): boolean {
  return ind.kind === 'ratio' && !ind.allowOver && v.numerator !== null && v.denominator !== null && v.numerator > v.denominator;
}

function firstSource(v: IndicatorValue, ind: Indikator, series: Map<string, ElementSeries>, period: PeriodRef, side: 'numerator' | 'denominator'): CellSource | undefined {
  if (ind.kind !== 'ratio') return v.sources[0];
  for (const id of ind[side]) {
    const s = series.get(id)?.values[period.key]?.sources[0];
    if (s) return s;
  }
  return v.sources[0];
}

function locationOf(s: CellSource | undefined): Location {
  return s ? { file: s.file, sheet: s.sheet, cell: s.cell, name: s.name } : {};
}
