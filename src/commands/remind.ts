// `iki remind --year Y --quarter Q`: one short message per jabatan that has not sent its workbook, had
// its last file refused, or had its workbook returned; grouped by atasan, written to
// reports/pengingat-<year>-TW<q>.txt (in the --lang language) and returned in the report. Reads the
// archive records and logs under the workspace lock (so it never reads half an ingest).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../model/calendar.js';
import { ZONA_WAKTU_OFFSET_MINUTES } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { receivedKey, receivedOf } from '../compute/timeliness.js';
import { groupByAtasan, reminderCases, type ReminderCase, type ReminderKind } from '../compute/reminders.js';
import { reminderMessage, remindersText, type ReminderContext } from '../write/reminders.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { fsFailure } from '../store/fs-failure.js';
import { readRefusals } from '../store/refusals.js';
import { readVerifications } from '../store/verification.js';
import { readWorkspaceConfig } from '../store/config-source.js';
import { listArchive } from '../store/archive.js';
import { writeFileAtomic } from '../store/atomic.js';
import { displayPath, periodOf, reportOf, requireWorkspace, withWorkspaceLock } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface RemindOptions {
  year: string | number;
  quarter: string | number;
  workspace?: string;
}

export interface ReminderMessage {
  jabatan_id: string;
  nama: string;
  kind: ReminderKind;
  due_date: string;
  due_source: 'default' | 'triwulan' | 'jabatan';
  /** While not received: days until the due date, or past it. */
  days_left?: number;
  days_over?: number;
  refused?: { at: string; file: string; problems: Problem[] };
  returned?: { at: string; oleh: string | null; alasan: string };
  /** The message, ready to paste. */
  text: string;
}

export interface RemindReport extends CommandReport {
  command: 'remind';
  year: number | null;
  quarter: Quarter | null;
  /** "Today" in the office's time zone (ISO date). */
  today: string | null;
  /** The reminders file written, as a display path. */
  file: string | null;
  counts: Record<ReminderKind, number>;
  groups: { atasan_id: string | null; atasan_nama: string | null; messages: ReminderMessage[] }[];
}

const NO_COUNTS: Record<ReminderKind, number> = { pending: 0, overdue: 0, refused: 0, returned: 0 };
const EMPTY: Omit<RemindReport, 'ok' | 'problems'> = { command: 'remind', year: null, quarter: null, today: null, file: null, counts: NO_COUNTS, groups: [] };

export function remindersFile(reports: string, year: number, quarter: Quarter): string {
  return join(reports, `pengingat-${year}-TW${quarter}.txt`);
}

export async function remind(opts: RemindOptions, env: CoreEnv): Promise<RemindReport> {
  return reportOf<RemindReport>(EMPTY, async () => {
    const { year, quarter } = periodOf(opts.year, opts.quarter);
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const expected = index.subtree(index.root.id).map((j) => ({ id: j.id, atasan: j.atasan }));
    const { config, problems: configNotes } = await readWorkspaceConfig(ws, env.cwd, index);
    const today = env.now();
    return withWorkspaceLock(ws, 'remind', env.cwd, async (notes) => {
      const listing = listArchive(ws, year);
      const ofQuarter = (e: { record: { quarter: number } }) => e.record.quarter === quarter;
      const current = new Map(listing.current.filter(ofQuarter).map((e) => [e.record.jabatan_id, { sha256: e.record.sha256, takenAt: e.record.taken_at }]));
      const first = receivedOf(listing);
      const received = new Map(expected.flatMap((j) => (first.has(receivedKey(j.id, quarter)) ? [[j.id, first.get(receivedKey(j.id, quarter))!] as const] : [])));
      const refusals = readRefusals(ws, year, quarter, env.cwd);
      const verifications = readVerifications(ws, year, quarter, env.cwd);
      const cases = reminderCases({ year, quarter, today, batasWaktu: config.batasWaktu, jabatan: expected, current, firstReceived: received, refusals: refusals.records, verifications: verifications.records });
      const ctx: ReminderContext = {
        lang: env.lang,
        index,
        year,
        quarter,
        zonaWaktu: config.batasWaktu.zonaWaktu,
        today: localDate(today, ZONA_WAKTU_OFFSET_MINUTES[config.batasWaktu.zonaWaktu]),
        ...(config.kirimKe ? { kirimKe: config.kirimKe } : {}),
      };
      const groups = groupByAtasan(cases, expected);
      const path = remindersFile(ws.reports, year, quarter);
      const file = displayPath(env.cwd, path);
      if (isFolder(path)) throw new ProblemError([problem('usage.folder-in-the-way', { path: file }, { file })]);
      if (existsNotFolder(ws.reports)) {
        const reports = displayPath(env.cwd, ws.reports);
        throw new ProblemError([problem('usage.file-in-the-way', { path: reports, blocker: reports }, { file: reports })]);
      }
      try {
        writeFileAtomic(path, remindersText(groups, ctx));
      } catch (err) {
        throw new ProblemError([problem('usage.unwritable', { path: file, what: 'reminders', ...fsFailure(err) }, { file })]);
      }
      const counts = { ...NO_COUNTS };
      for (const c of cases) counts[c.kind]++;
      return {
        command: 'remind' as const,
        year,
        quarter,
        today: ctx.today,
        file,
        counts,
        groups: groups.map((g) => ({
          atasan_id: g.atasanId,
          atasan_nama: g.atasanId ? (index.jabatan.get(g.atasanId)?.nama ?? null) : null,
          messages: g.cases.map((c) => messageOf(c, ctx)),
        })),
        problems: [...configNotes, ...notes, ...listing.problems, ...refusals.problems, ...verifications.problems],
      };
    });
  });
}

function messageOf(c: ReminderCase, ctx: ReminderContext): ReminderMessage {
  const m: ReminderMessage = { jabatan_id: c.jabatanId, nama: ctx.index.jabatan.get(c.jabatanId)?.nama ?? c.jabatanId, kind: c.kind, due_date: c.due.date, due_source: c.due.source, text: reminderMessage(c, ctx) };
  const t = c.timeliness;
  if (t.state === 'pending') m.days_left = t.daysLeft;
  if (t.state === 'overdue') m.days_over = t.daysOver;
  if (c.refused) m.refused = c.refused;
  if (c.returned) m.returned = { at: c.returned.at, oleh: c.returned.oleh, alasan: c.returned.alasan };
  return m;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function existsNotFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}
