// Calendar days as ISO dates (yyyy-mm-dd), the way due dates are written and compared. Pure; all
// arithmetic in UTC so that no machine's own time zone changes a result.
import type { Quarter } from './period.js';

const DAY_MS = 86_400_000;

/** A real calendar day written yyyy-mm-dd (2017-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toDays(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of a triwulan: 31 March, 30 June, 30 September, 31 December. */
export function quarterEnd(year: number, quarter: Quarter): string {
  // Day 0 of the month after the triwulan is its last day.
  return new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

/** The calendar day an instant falls on, at a fixed offset from UTC (WIB: +420 minutes). */
export function localDate(instant: Date | string, offsetMinutes: number): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
