// The plain data a rollup produces (src/compute/rollup.ts computes it): periods, values with their
// status and the structured reasons behind a gap, completeness and notes. No rules here: types only,
// so that the texts (src/model/text) and problem args can name them.
import type { Quarter } from './period.js';

/** The Data sheet's status values (a contract: they stay English in every language). */
export type Status = 'ok' | 'partial' | 'missing' | 'blank' | 'invalid' | 'no denominator';

/**
 * Where a value came from: enough for a person to open the file and find the cell. The same shape as
 * the reader's CellSource (src/read/submission.ts), which belongs here once the reader's types move.
 */
export interface CellSource {
  file: string;
  sheet: string;
  cell: string;
  /** The defined name, e.g. iki_peserta_pelatihan */
  name: string;
}

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

export interface IndicatorValue extends Value {
  /** Aggregated numerator and denominator (ratio indicators only; null otherwise or when absent). */
  numerator: number | null;
  denominator: number | null;
}

/** Whether a jabatan's workbook for a triwulan is in: every jabatan is expected every triwulan. */
export type Receipt = { status: 'received'; file: string } | { status: 'missing'; file: string };

export interface Completeness {
  /** Every jabatan in tree order, with each triwulan of the period. */
  jabatan: { jabatanId: string; quarters: Partial<Record<Quarter, Receipt>> }[];
  byQuarter: { quarter: Quarter; received: number; expected: number }[];
  total: { received: number; expected: number };
}

/** Why there is no capaian for a period (or 'ok' when there is one). */
export type CapaianStatus = 'ok' | 'no target' | 'zero target' | 'no realisasi' | 'zero realisasi';
