// What `iki report` adds for running the quarter: each workbook's timeliness and verification state, the
// quality warnings of the period's submissions (Validasi and Tindak Lanjut Data), a warning for each
// unverified submission, and with laporan.wajib_verifikasi the refusal to write while any is unverified.
import type { CatalogueIndex } from '../model/catalogue.js';
import type { WorkspaceConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import { problem, type Problem } from '../model/problem.js';
import { daysOf, receivedOf, timelinessOf, timelinessRates } from '../compute/timeliness.js';
import { verificationOf, type VerificationState } from '../compute/verification.js';
import { readVerifications } from '../store/verification.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import { chaseKey, type ReportChase, type TimelinessState } from '../write/report/follow-up.js';
import type { ArchiveRead } from './archive-read.js';
import { ArchiveHistory, archiveQuality } from './quality-check.js';
import type { CoreEnv } from './types.js';

export interface ChaseOut {
  /** Workbooks received tepat waktu over the period, and that ÷ expected × 100 (null when none expected). */
  on_time: number;
  on_time_rate: number | null;
  by_quarter: { quarter: Quarter; on_time: number; late: number; pending: number; overdue: number; verified: number; returned: number; unverified: number }[];
  /** Every expected (jabatan, triwulan): its due date, timeliness and, when received, verification state. */
  workbooks: { jabatan_id: string; quarter: Quarter; due: string; timeliness: TimelinessState; days?: number; verification?: VerificationState }[];
  /** Rows of Tindak Lanjut Data (the quality warnings). */
  follow_up: number;
}

export interface ReportChaseResult {
  chase: ReportChase;
  out: ChaseOut;
  /** Quality warnings, one report.unverified per unverified submission, and the refusal under wajib_verifikasi. */
  problems: Problem[];
  /** `${quarter}/${jabatanId}` of each received submission not verified. */
  unverified: ReadonlySet<string>;
}

export async function reportChase(ws: WorkspaceLayout, index: CatalogueIndex, config: WorkspaceConfig, configFile: string, through: Quarter, read: ArchiveRead, env: CoreEnv): Promise<ReportChaseResult> {
  const { listing } = read;
  const year = listing.year;
  const first = receivedOf(listing);
  const quarters = ([1, 2, 3, 4] as const).filter((q) => q <= through);
  const jabatan = index.subtree(index.root.id).map((j) => j.id);
  const timelinessMap = new Map<string, { state: TimelinessState; due: string; days?: number }>();
  const verification = new Map<string, VerificationState>();
  const problems: Problem[] = [];
  const workbooks: ChaseOut['workbooks'] = [];
  for (const q of quarters) {
    const { records, problems: logNotes } = readVerifications(ws, year, q, env.cwd);
    problems.push(...logNotes);
    const current = new Map(listing.current.filter((e) => e.record.quarter === q).map((e) => [e.record.jabatan_id, e.record]));
    for (const id of jabatan) {
      const t = timelinessOf(config.batasWaktu, year, q, id, first, env.now());
      const days = daysOf(t);
      timelinessMap.set(chaseKey(q, id), { state: t.state, due: t.due, ...(days !== undefined ? { days } : {}) });
      const rec = current.get(id);
      const v = rec ? verificationOf(records, rec.sha256) : undefined;
      if (v) verification.set(chaseKey(q, id), v.state);
      workbooks.push({ jabatan_id: id, quarter: q, due: t.due, timeliness: t.state, ...(days !== undefined ? { days } : {}), ...(v ? { verification: v.state } : {}) });
      if (v?.state === 'dikembalikan') {
        problems.push(problem('report.returned', { jabatanId: id, year, quarter: q, alasan: v.record?.alasan ?? '', oleh: v.record?.oleh ?? null }, { file: `archive/${year}-TW${q}/${rec!.file}` }));
      }
    }
    const belum = jabatan.filter((id) => verification.get(chaseKey(q, id)) === 'belum');
    if (belum.length) problems.push(problem('report.unverified', { year, quarter: q, count: belum.length, jabatan: belum }, { file: `archive/${year}-TW${q}` }));
  }
  const unverified = new Set([...verification].filter(([, s]) => s !== 'diverifikasi').map(([k]) => k));
  if (config.laporan.wajibVerifikasi && unverified.size > 0) problems.unshift(problem('report.verification-required', { unverified: unverified.size, year, through, file: configFile }, { file: configFile }));
  const followUp = await qualityFollowUp(ws, index, config, read, env);
  problems.push(...followUp.map((f) => f.problem));
  const out = chaseOut(quarters, jabatan, timelinessMap, verification, workbooks, followUp.length);
  return { chase: { timeliness: timelinessMap, verification, followUp }, out, problems, unverified };
}

/** The quality warnings of each submission of the period, against the archive (the period's own submissions first). */
async function qualityFollowUp(ws: WorkspaceLayout, index: CatalogueIndex, config: WorkspaceConfig, read: ArchiveRead, env: CoreEnv): Promise<ReportChase['followUp'][number][]> {
  const { submissions } = read;
  const history = new ArchiveHistory(ws, index, env, read.listing);
  for (const s of submissions) history.add(s);
  const out: ReportChase['followUp'][number][] = [];
  for (const s of submissions) {
    for (const p of await archiveQuality(s, history, index, config.mutu)) out.push({ jabatanId: s.meta.jabatanId, quarter: s.meta.quarter as Quarter, problem: p });
  }
  return out;
}

function chaseOut(
  quarters: readonly Quarter[],
  jabatan: readonly string[],
  t: ReadonlyMap<string, { state: TimelinessState }>,
  v: ReadonlyMap<string, VerificationState>,
  workbooks: ChaseOut['workbooks'],
  followUp: number,
): ChaseOut {
  const by_quarter = quarters.map((q) => {
    const rates = timelinessRates(jabatan.flatMap((id) => t.get(chaseKey(q, id)) ?? []));
    const ver = (s: VerificationState) => jabatan.filter((id) => v.get(chaseKey(q, id)) === s).length;
    return { quarter: q, on_time: rates.onTime, late: rates.late, pending: rates.pending, overdue: rates.overdue, verified: ver('diverifikasi'), returned: ver('dikembalikan'), unverified: ver('belum') };
  });
  const onTime = by_quarter.reduce((a, b) => a + b.on_time, 0);
  const expected = quarters.length * jabatan.length;
  return { on_time: onTime, on_time_rate: expected ? (onTime * 100) / expected : null, by_quarter, workbooks, follow_up: followUp };
}
