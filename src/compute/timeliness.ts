// Due dates and timeliness: when each jabatan's workbook is due, and whether it came tepat waktu,
// terlambat n hari, belum masuk, or is lewat batas waktu. Pure: the caller gives the records and "today".
//
// THE RULES:
// - Due date of (year, triwulan, jabatan): the jabatan's own exception in iki.yaml, else the one set for
//   that triwulan, else the triwulan's last day + hari_setelah_triwulan (default 10: TW I on 10 April).
// - A due date is a whole calendar day in the office's time zone (zona_waktu, default WIB): a workbook
//   received at 23:59 WIB on the due date is on time.
// - Received = the time the FIRST accepted submission of that (jabatan, triwulan) was taken in (its
//   archive record's taken_at; a replacement keeps the first time). Refused files are not received.
// - Received on or before the due date: tepat waktu; after: terlambat by the days between.
//   Not received: belum masuk while today is on or before the due date, else lewat batas waktu.
// - Reporting rate = received / expected; on-time rate = received tepat waktu / expected (as DHIS2).
import { addDays, daysBetween, localDate, quarterEnd } from '../model/calendar.js';
import { ZONA_WAKTU_OFFSET_MINUTES, type BatasWaktuConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';

export interface DueDate {
  /** ISO date. */
  date: string;
  /** Where it comes from: the rule, the triwulan's own date, or the jabatan's exception. */
  source: 'default' | 'triwulan' | 'jabatan';
}

export function dueDate(cfg: BatasWaktuConfig, year: number, quarter: Quarter, jabatanId: string): DueDate {
  const own = cfg.jabatan[jabatanId]?.[year]?.[quarter];
  if (own) return { date: own, source: 'jabatan' };
  const tw = cfg.triwulan[year]?.[quarter];
  if (tw) return { date: tw, source: 'triwulan' };
  return { date: addDays(quarterEnd(year, quarter), cfg.hariSetelahTriwulan), source: 'default' };
}

export type Timeliness =
  | { state: 'on-time'; due: string; receivedAt: string; /** The local day it was received. */ received: string }
  | { state: 'late'; due: string; receivedAt: string; received: string; daysLate: number }
  /** Not received, and today is on or before the due date. */
  | { state: 'pending'; due: string; daysLeft: number }
  /** Not received, and the due date has passed. */
  | { state: 'overdue'; due: string; daysOver: number };

export type TimelinessState = Timeliness['state'];

/** The state of one (jabatan, triwulan): its due date, when it was received (if it was) and today. */
export function timeliness(cfg: BatasWaktuConfig, due: string, receivedAt: string | undefined, today: Date): Timeliness {
  const offset = ZONA_WAKTU_OFFSET_MINUTES[cfg.zonaWaktu];
  if (receivedAt !== undefined) {
    const received = localDate(receivedAt, offset);
    const late = daysBetween(due, received);
    return late > 0 ? { state: 'late', due, receivedAt, received, daysLate: late } : { state: 'on-time', due, receivedAt, received };
  }
  const left = daysBetween(localDate(today, offset), due);
  return left >= 0 ? { state: 'pending', due, daysLeft: left } : { state: 'overdue', due, daysOver: -left };
}

/** The first time each (jabatan, triwulan) was received, from its archive records (current and replaced). */
export function firstReceived(records: readonly { jabatan_id: string; quarter: number; taken_at: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    const k = receivedKey(r.jabatan_id, r.quarter);
    const seen = out.get(k);
    if (seen === undefined || Date.parse(r.taken_at) < Date.parse(seen)) out.set(k, r.taken_at);
  }
  return out;
}

/** firstReceived over a year's listing: its current and its replaced workbooks (a replacement keeps the first time). */
export function receivedOf(listing: { current: readonly { record: ReceivedRecord }[]; replaced: readonly { record: ReceivedRecord }[] }): Map<string, string> {
  return firstReceived([...listing.current, ...listing.replaced].map((e) => e.record));
}

type ReceivedRecord = { jabatan_id: string; quarter: number; taken_at: string };

/** One jabatan's workbook of one triwulan: its due date from the configuration, against when it came in. */
export function timelinessOf(cfg: BatasWaktuConfig, year: number, quarter: Quarter, jabatanId: string, first: ReadonlyMap<string, string>, today: Date): Timeliness {
  return timeliness(cfg, dueDate(cfg, year, quarter, jabatanId).date, first.get(receivedKey(jabatanId, quarter)), today);
}

/** The days a state speaks of: late by, left, or over; none when on time. */
export function daysOf(t: Timeliness): number | undefined {
  return t.state === 'late' ? t.daysLate : t.state === 'pending' ? t.daysLeft : t.state === 'overdue' ? t.daysOver : undefined;
}

export function receivedKey(jabatanId: string, quarter: number): string {
  return `${quarter}/${jabatanId}`;
}

export interface TimelinessRates {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  /** received / expected, null when nothing is expected. */
  reportingRate: number | null;
  /** on time / expected, null when nothing is expected. */
  onTimeRate: number | null;
}

export function timelinessRates(states: readonly { state: TimelinessState }[]): TimelinessRates {
  const n = { 'on-time': 0, late: 0, pending: 0, overdue: 0 };
  for (const s of states) n[s.state]++;
  const expected = states.length;
  const received = n['on-time'] + n.late;
  return {
    expected,
    received,
    onTime: n['on-time'],
    late: n.late,
    pending: n.pending,
    overdue: n.overdue,
    reportingRate: expected ? received / expected : null,
    onTimeRate: expected ? n['on-time'] / expected : null,
  };
}
