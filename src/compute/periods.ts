// The periods of a rollup: each triwulan, and the aggregate (the year, or the year to date).
import { periodKey, type Quarter } from '../model/period.js';
import type { PeriodRef } from '../model/rollup.js';

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
