// Who gets a reminder (pengingat) for a triwulan, and why. Pure: the caller gives the archive's state.
//
// THE RULES, for every expected jabatan:
// - no accepted workbook, and its last file was refused  -> `refused` (what to fix, cell by cell);
// - no accepted workbook, not refused                    -> `pending` before or on the due date
//                                                           (belum masuk), `overdue` after it;
// - an accepted workbook that was returned (dikembalikan) -> `returned` (the reason);
// - an accepted workbook, but a later file was refused   -> `refused` (the correction needs fixing);
// - otherwise nothing.
// Reminders are grouped by atasan (the jabatan's superior, in tree order), so a Kabid can chase the Kasi.
import type { BatasWaktuConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import { PROBLEM_DEFS } from '../model/problems/codes.js';
import type { Problem } from '../model/problem.js';
import type { RefusalRecord } from '../store/refusals.js';
import type { VerificationRecord } from '../store/verification.js';
import { dueDate, timeliness, type DueDate, type Timeliness } from './timeliness.js';
import { verificationOf } from './verification.js';

export type ReminderKind = 'pending' | 'overdue' | 'refused' | 'returned';

export interface ReminderCase {
  jabatanId: string;
  kind: ReminderKind;
  due: DueDate;
  /** The (jabatan, triwulan)'s timeliness: received or not, days left or over. */
  timeliness: Timeliness;
  refused?: { at: string; file: string; problems: Problem[] };
  returned?: { at: string; oleh: string | null; alasan: string; receivedAt: string };
}

export interface ReminderGroup {
  /** null: the top jabatan, which has no atasan. */
  atasanId: string | null;
  cases: ReminderCase[];
}

export interface ReminderInput {
  year: number;
  quarter: Quarter;
  today: Date;
  batasWaktu: BatasWaktuConfig;
  /** Expected jabatan in tree order. */
  jabatan: readonly { id: string; atasan: string | null }[];
  /** The accepted (current) submission of each jabatan that has one. */
  current: ReadonlyMap<string, { sha256: string; takenAt: string }>;
  /** The first time each jabatan's workbook was accepted (timeliness). */
  firstReceived: ReadonlyMap<string, string>;
  refusals: readonly RefusalRecord[];
  verifications: readonly VerificationRecord[];
}

export function reminderCases(input: ReminderInput): ReminderCase[] {
  const out: ReminderCase[] = [];
  for (const j of input.jabatan) {
    const due = dueDate(input.batasWaktu, input.year, input.quarter, j.id);
    const t = timeliness(input.batasWaktu, due.date, input.firstReceived.get(j.id), input.today);
    const base = { jabatanId: j.id, due, timeliness: t };
    const cur = input.current.get(j.id);
    const refusal = lastRefusal(input.refusals, j.id);
    if (refusal && (!cur || Date.parse(refusal.at) > Date.parse(cur.takenAt))) {
      out.push({ ...base, kind: 'refused', refused: { at: refusal.at, file: refusal.original_name, problems: refusal.problems.filter((p) => p.code in PROBLEM_DEFS) } });
    } else if (!cur) {
      out.push({ ...base, kind: t.state === 'overdue' ? 'overdue' : 'pending' });
    } else {
      const v = verificationOf(input.verifications, cur.sha256);
      if (v.state === 'dikembalikan' && v.record) {
        out.push({ ...base, kind: 'returned', returned: { at: v.record.at, oleh: v.record.oleh, alasan: v.record.alasan ?? '', receivedAt: cur.takenAt } });
      }
    }
  }
  return out;
}

function lastRefusal(records: readonly RefusalRecord[], jabatanId: string): RefusalRecord | undefined {
  let last: RefusalRecord | undefined;
  for (const r of records) if (r.jabatan_id === jabatanId && (!last || Date.parse(r.at) >= Date.parse(last.at))) last = r;
  return last;
}

/** Cases grouped by atasan: groups in the tree order of their first jabatan, cases in tree order. */
export function groupByAtasan(cases: readonly ReminderCase[], jabatan: readonly { id: string; atasan: string | null }[]): ReminderGroup[] {
  const atasanOf = new Map(jabatan.map((j) => [j.id, j.atasan]));
  const groups = new Map<string | null, ReminderCase[]>();
  for (const c of cases) {
    const a = atasanOf.get(c.jabatanId) ?? null;
    groups.set(a, [...(groups.get(a) ?? []), c]);
  }
  return [...groups].map(([atasanId, list]) => ({ atasanId, cases: list }));
}
