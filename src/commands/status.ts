// `iki status`: who has sent their workbook for which triwulan, and the reporting rate (received ÷
// expected, the same completeness the report uses); against each due date (iki.yaml batas_waktu) tepat
// waktu, terlambat n hari, belum masuk or lewat batas waktu, and the on-time rate; and whether each
// submission is diverifikasi or dikembalikan. Reads only records and logs, never the workbooks.
import type { Quarter } from '../model/period.js';
import { QUARTERS } from '../model/period.js';
import { completeness, reportingRate } from '../compute/completeness.js';
import { daysOf, receivedKey, receivedOf, timelinessOf, timelinessRates, type Timeliness } from '../compute/timeliness.js';
import { verificationOf, type VerificationState } from '../compute/verification.js';
import type { Problem } from '../model/problem.js';
import { readVerifications } from '../store/verification.js';
import { readWorkspaceConfig } from '../store/config-source.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { listArchive, type ArchiveEntry } from '../store/archive.js';
import { displayPath, periodOf, reportOf, requireWorkspace, yearOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface StatusOptions {
  year?: string | number;
  /** Only this triwulan (default: all four). */
  quarter?: string | number;
  workspace?: string;
}

/** Against the due date: on-time (tepat waktu), late (terlambat n hari), pending (belum masuk), overdue (lewat batas waktu). */
export interface StatusTimeliness {
  state: Timeliness['state'];
  /** The due date (ISO date, the office's time zone). */
  due: string;
  /** late: days after the due date it was first received; overdue: days since the due date; pending: days left. */
  days?: number;
  /** The local date it was first received (a replacement keeps the first time). */
  received?: string;
}

export interface StatusVerification {
  state: VerificationState;
  oleh?: string | null;
  at?: string;
  alasan?: string;
}

export type StatusCell =
  | { status: 'missing'; replaced: number; timeliness: StatusTimeliness }
  | {
      status: 'received';
      timeliness: StatusTimeliness;
      verification: StatusVerification;
      /** Earlier submissions this one replaced. */
      replaced: number;
      sha256: string;
      taken_at: string;
      original_name: string;
      /** The archived workbook (display path). */
      file: string;
      warnings: number;
      /** Counts left blank (or not in the template). */
      blank: number;
      missing_elements: string[];
    };

export interface StatusQuarter {
  quarter: Quarter;
  expected: number;
  received: number;
  /** received / expected, a fraction (0.4 for 40 %); 0 when nothing is expected. */
  rate: number;
  /** Jabatan ids whose workbook is not in. */
  missing: string[];
  replaced: number;
  with_warnings: number;
  /** Against the due dates: counts, and on_time / expected as a fraction (as rate). */
  on_time: number;
  late: number;
  pending: number;
  overdue: number;
  on_time_rate: number;
  /** Received submissions by verification state. */
  verified: number;
  returned: number;
  unverified: number;
}

export interface StatusJabatan {
  id: string;
  nama: string | null;
  /** Depth in the atasan tree (0 for the top); archived jabatan no longer in the catalogue have 0. */
  depth: number;
  not_in_catalogue?: true;
  quarters: Partial<Record<Quarter, StatusCell>>;
}

export interface StatusReport extends CommandReport {
  command: 'status';
  year: number | null;
  /** The workspace (display path). */
  workspace: string | null;
  quarters: StatusQuarter[];
  /** Every jabatan in tree order, then archived ones no longer in the catalogue. */
  jabatan: StatusJabatan[];
}

const EMPTY: Omit<StatusReport, 'ok' | 'problems'> = { command: 'status', year: null, workspace: null, quarters: [], jabatan: [] };

export async function status(opts: StatusOptions, env: CoreEnv): Promise<StatusReport> {
  return reportOf<StatusReport>(EMPTY, async () => {
    const period = opts.quarter === undefined ? { year: yearOf(opts.year) } : periodOf(opts.year, opts.quarter);
    const { year } = period;
    const quarters: readonly Quarter[] = 'quarter' in period ? [period.quarter] : QUARTERS;
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const { config, problems: configNotes } = await readWorkspaceConfig(ws, env.cwd, index);
    const listing = listArchive(ws, year);
    const first = receivedOf(listing);
    const logNotes: Problem[] = [];
    const logs = new Map(
      quarters.map((q) => {
        const v = readVerifications(ws, year, q, env.cwd);
        logNotes.push(...v.problems);
        return [q, v.records] as const;
      }),
    );
    const today = env.now();
    const timeOf = (q: Quarter, id: string): StatusTimeliness => {
      const t = timelinessOf(config.batasWaktu, year, q, id, first, today);
      const days = daysOf(t);
      return { state: t.state, due: t.due, ...(days !== undefined ? { days } : {}), ...('received' in t ? { received: t.received } : {}) };
    };
    const verificationOfCell = (q: Quarter, sha256: string): StatusVerification => {
      const v = verificationOf(logs.get(q) ?? [], sha256);
      return v.record ? { state: v.state, oleh: v.record.oleh, at: v.record.at, ...(v.record.alasan ? { alasan: v.record.alasan } : {}) } : { state: v.state };
    };
    const key = (q: number, id: string) => receivedKey(id, q);
    const current = new Map<string, ArchiveEntry>(listing.current.map((e) => [key(e.record.quarter, e.record.jabatan_id), e]));
    const replaced = new Map<string, number>();
    for (const e of listing.replaced) replaced.set(key(e.record.quarter, e.record.jabatan_id), (replaced.get(key(e.record.quarter, e.record.jabatan_id)) ?? 0) + 1);
    const c = completeness(index, year, quarters, (j, q) => current.get(key(q, j))?.xlsx);
    const cellOf = (q: Quarter, id: string): StatusCell => {
      const e = current.get(key(q, id));
      const n = replaced.get(key(q, id)) ?? 0;
      if (!e) return { status: 'missing', replaced: n, timeliness: timeOf(q, id) };
      const r = e.record;
      return { status: 'received', timeliness: timeOf(q, id), verification: verificationOfCell(q, r.sha256), replaced: n, sha256: r.sha256, taken_at: r.taken_at, original_name: r.original_name, file: displayPath(env.cwd, e.xlsx), warnings: r.counts.warnings, blank: r.missing.length, missing_elements: r.missing };
    };
    const tree = index.subtree(index.root.id);
    const known = new Set(tree.map((j) => j.id));
    // Submissions from jabatan no longer in the catalogue still show, marked.
    const extra = [...new Set(listing.current.map((e) => e.record.jabatan_id))].filter((id) => !known.has(id)).sort();
    const cells = (id: string) => Object.fromEntries(quarters.map((q) => [q, cellOf(q, id)])) as StatusJabatan['quarters'];
    return {
      command: 'status' as const,
      year,
      workspace: displayPath(env.cwd, ws.root) || '.',
      quarters: c.byQuarter.map((b) => {
        const row = tree.map((j) => cellOf(b.quarter, j.id));
        const count = (f: (x: StatusCell) => boolean) => row.filter(f).length;
        const rates = timelinessRates(row.map((x) => x.timeliness));
        const verified = (s: VerificationState) => count((x) => x.status === 'received' && x.verification.state === s);
        return {
          ...b,
          rate: (reportingRate(b) ?? 0) / 100,
          missing: c.jabatan.filter((j) => j.quarters[b.quarter]?.status === 'missing').map((j) => j.jabatanId),
          replaced: tree.filter((j) => replaced.has(key(b.quarter, j.id))).length,
          with_warnings: tree.filter((j) => (current.get(key(b.quarter, j.id))?.record.counts.warnings ?? 0) > 0).length,
          on_time: rates.onTime,
          late: rates.late,
          pending: rates.pending,
          overdue: rates.overdue,
          on_time_rate: rates.onTimeRate ?? 0,
          verified: verified('diverifikasi'),
          returned: verified('dikembalikan'),
          unverified: verified('belum'),
        };
      }),
      jabatan: [
        ...tree.map((j) => ({ id: j.id, nama: j.nama, depth: index.depth(j.id), quarters: cells(j.id) })),
        ...extra.map((id) => ({ id, nama: null, depth: 0, not_in_catalogue: true as const, quarters: cells(id) })),
      ],
      problems: [...configNotes, ...logNotes, ...listing.problems.map((p) => (p.location.file ? { ...p, location: { ...p.location, file: displayPath(env.cwd, p.location.file) } } : p))],
    };
  });
}
