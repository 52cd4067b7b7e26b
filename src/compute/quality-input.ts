// The quality rules' input for one workbook (src/compute/quality.ts): its own values and cells, and the
// values of earlier triwulan from a history of accepted submissions. Pure: the history is plain data,
// built by the caller from the archive (src/commands/quality-check.ts) or from the report's submissions.
import type { CatalogueIndex } from '../model/catalogue.js';
import type { MutuConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import type { Value } from '../model/rollup.js';
import type { Submission } from '../read/submission.js';
import { checkQuality, type QualityElement, type QualityIndicator, type QualityInput } from './quality.js';
import { indicatorValue } from './values.js';

/** One accepted submission's values: element id -> count, null when blank. */
export type PeriodValues = ReadonlyMap<string, number | null>;

/** Accepted submissions by jabatan and triwulan ("2017-TW1"). */
export interface History {
  /** The jabatan's submission of that triwulan, if the history has one. */
  of(jabatanId: string, year: number, quarter: Quarter): PeriodValues | undefined;
  /** Every triwulan the jabatan has a submission of. */
  periodsOf(jabatanId: string): readonly { year: number; quarter: Quarter }[];
}

/** A history held in memory, filled one submission at a time. */
export class MemoryHistory implements History {
  private readonly byKey = new Map<string, PeriodValues>();
  private readonly periods = new Map<string, { year: number; quarter: Quarter }[]>();

  set(jabatanId: string, year: number, quarter: Quarter, values: PeriodValues): void {
    const key = `${jabatanId}/${year}-${quarter}`;
    if (!this.byKey.has(key)) {
      const list = this.periods.get(jabatanId) ?? [];
      list.push({ year, quarter });
      this.periods.set(jabatanId, list);
    }
    this.byKey.set(key, values);
  }

  of(jabatanId: string, year: number, quarter: Quarter): PeriodValues | undefined {
    return this.byKey.get(`${jabatanId}/${year}-${quarter}`);
  }

  periodsOf(jabatanId: string): readonly { year: number; quarter: Quarter }[] {
    return this.periods.get(jabatanId) ?? [];
  }
}

/** A submission's values as the history keeps them (invalid cells count as blank). */
export function valuesOfSubmission(s: Submission): Map<string, number | null> {
  return new Map(s.readings.map((r) => [r.elementId, r.status === 'value' ? r.value : null]));
}

export function previousQuarter(year: number, quarter: Quarter): { year: number; quarter: Quarter } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

export interface QualityContext {
  index: CatalogueIndex;
  history: History;
  mutu: MutuConfig;
  /** The triwulan target of an indicator, when the year's targets set one. */
  targetOf?: (indicatorId: string, year: number, quarter: Quarter) => number | undefined;
}

/** The quality warnings of one valid submission against the history (which may hold it too: it is skipped). */
export function qualityOf(s: Submission, c: QualityContext): Problem[] {
  return checkQuality(qualityInput(s, c), c.mutu);
}

export function qualityInput(s: Submission, c: QualityContext): QualityInput {
  const { jabatanId, year } = s.meta;
  const quarter = s.meta.quarter as Quarter;
  const at = year * 4 + quarter;
  const earlierPeriods = c.history.periodsOf(jabatanId).filter((p) => p.year * 4 + p.quarter < at);
  const elements: QualityElement[] = s.readings.flatMap((r) => {
    const el = c.index.elements.get(r.elementId);
    if (!el || r.source.cell === '') return [];
    const earlier = earlierPeriods.flatMap((p) => {
      const v = c.history.of(jabatanId, p.year, p.quarter)?.get(r.elementId);
      return v === undefined ? [] : [{ ...p, value: v }];
    });
    return [{ element: el.id, nama: el.nama, aggregation: el.aggregation, value: r.status === 'value' ? r.value : null, source: r.source, earlier }];
  });
  const own = valuesOfSubmission(s);
  const prev = previousQuarter(year, quarter);
  const indicators: QualityIndicator[] = c.index.indicatorsOf(jabatanId).map((ind) => {
    const kendala = [...s.notes, ...(s.blankNotes ?? []).map((n) => ({ ...n, text: '' }))].find((n) => n.indicatorId === ind.id && n.field === 'kendala');
    const now = realisasi(ind.id, c, (el) => (c.index.elements.get(el)?.owner === jabatanId ? own.get(el) : c.history.of(c.index.elements.get(el)?.owner ?? '', year, quarter)?.get(el)));
    const before = realisasi(ind.id, c, (el) => c.history.of(c.index.elements.get(el)?.owner ?? '', prev.year, prev.quarter)?.get(el));
    return {
      indicator: ind.id,
      nama: ind.nama,
      polarity: ind.polarity,
      value: now,
      target: c.targetOf?.(ind.id, year, quarter) ?? null,
      previous: before === null ? null : { value: before, ...prev },
      kendala: kendala ? { text: kendala.text, source: kendala.source } : null,
    };
  });
  return { year, quarter, file: s.file, elements, indicators };
}

/** An indicator's value for one triwulan from the values at hand; null when any of its elements has none. */
function realisasi(indicatorId: string, c: QualityContext, valueOf: (elementId: string) => number | null | undefined): number | null {
  const ind = c.index.indicators.get(indicatorId)!;
  const asValue = (el: string): Value | undefined => {
    const v = valueOf(el);
    return v === undefined || v === null ? undefined : { value: v, status: 'ok', reasons: [], sources: [] };
  };
  const ids = ind.kind === 'ratio' ? [...ind.numerator, ...ind.denominator] : [ind.element];
  if (ids.some((id) => asValue(id) === undefined)) return null;
  const v = indicatorValue(ind, asValue);
  return v.status === 'ok' ? v.value : null;
}
