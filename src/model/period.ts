// Years, triwulan and the period labels used in file names, the _iki sheet and the Data sheet.
import { problem, type Problem } from './problem.js';

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface Period {
  year: number;
  quarter: Quarter;
}

export function isQuarter(n: unknown): n is Quarter {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** "2017-TW1": the period key of the Data sheet and of the archive folders. */
export function periodKey(p: Period): string {
  return `${p.year}-TW${p.quarter}`;
}

/** "TW I" */
export function twLabel(q: Quarter): string {
  return `TW ${ROMAN[q - 1]}`;
}

export function romanQuarter(q: Quarter): string {
  return ROMAN[q - 1]!;
}

/** Parse a year as typed on the command line. Returns the year or a usage problem. */
export function parseYear(input: string | number | undefined): number | Problem {
  const s = String(input ?? '').trim();
  if (!/^\d{4}$/.test(s) || Number(s) < 2000 || Number(s) > 2100) {
    return problem('usage.bad-year', { given: String(input ?? '') });
  }
  return Number(s);
}

/** Parse a triwulan: 1-4, or I-IV, or TW1/TW I. */
export function parseQuarter(input: string | number | undefined): Quarter | Problem {
  const s = String(input ?? '').trim().toUpperCase().replace(/^TW\s*/, '');
  const n = /^[1-4]$/.test(s) ? Number(s) : ROMAN.indexOf(s as (typeof ROMAN)[number]) + 1;
  if (isQuarter(n)) return n;
  return problem('usage.bad-quarter', { given: String(input ?? '') });
}
