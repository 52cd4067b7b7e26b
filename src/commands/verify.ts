// `iki verify --year Y --quarter Q --jabatan ID... [--oleh NAMA] [--return --alasan "..."]`: mark the
// accepted submissions of a triwulan diverifikasi, or dikembalikan with the reason (which `iki remind`
// passes on). Appends to archive/<year>-TW<q>/verifikasi.jsonl under the workspace lock; all or nothing.
import { userInfo } from 'node:os';
import type { CatalogueIndex } from '../model/catalogue.js';
import { editDistance } from '../model/suggest.js';
import type { Quarter } from '../model/period.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { planVerify, type VerificationState } from '../compute/verification.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { appendVerifications, readVerifications, verificationLogPath, type VerificationAction } from '../store/verification.js';
import { currentEntry } from '../store/archive.js';
import { displayPath, periodOf, reportOf, requireWorkspace, withWorkspaceLock } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface VerifyOptions {
  year: string | number;
  quarter: string | number;
  /** Jabatan ids; "a,b" is split too. */
  jabatan: readonly string[];
  /** Who verifies; default: the computer's user name. */
  oleh?: string;
  /** Return (dikembalikan) instead of verify. */
  return?: boolean;
  alasan?: string;
  workspace?: string;
}

export interface VerifyResult {
  jabatan_id: string;
  nama: string;
  sha256: string;
  /** The archived workbook, as a display path. */
  file: string;
  previous: VerificationState;
  state: VerificationAction;
  /** False when it already had this state (nothing appended for it). */
  recorded: boolean;
}

export interface VerifyReport extends CommandReport {
  command: 'verify';
  year: number | null;
  quarter: Quarter | null;
  state: VerificationAction | null;
  oleh: string | null;
  alasan: string | null;
  at: string | null;
  /** The log appended to, as a display path. */
  log: string | null;
  results: VerifyResult[];
}

const EMPTY: Omit<VerifyReport, 'ok' | 'problems'> = { command: 'verify', year: null, quarter: null, state: null, oleh: null, alasan: null, at: null, log: null, results: [] };

export async function verify(opts: VerifyOptions, env: CoreEnv): Promise<VerifyReport> {
  return reportOf<VerifyReport>(EMPTY, async () => {
    const { year, quarter } = periodOf(opts.year, opts.quarter);
    const state: VerificationAction = opts.return ? 'dikembalikan' : 'diverifikasi';
    const alasan = opts.alasan?.trim() || undefined;
    if (state === 'dikembalikan' && !alasan) throw new ProblemError([problem('verify.reason-required', {})]);
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const ids = jabatanOf(index, opts.jabatan);
    const oleh = opts.oleh?.trim() || whoami(env.env);
    const at = env.now().toISOString();
    return withWorkspaceLock(ws, 'verify', env.cwd, async (notes) => {
      const entries = new Map(ids.map((id) => [id, currentEntry(ws, year, quarter, id)] as const));
      const current = new Map([...entries].flatMap(([id, e]) => (e ? [[id, e.record.sha256] as const] : [])));
      const { records, problems: logNotes } = readVerifications(ws, year, quarter, env.cwd);
      const plan = planVerify({ year, quarter, jabatan: ids, state, oleh, at, ...(alasan ? { alasan } : {}) }, current, records);
      const problems: Problem[] = [...notes, ...logNotes, ...plan.problems];
      if (plan.problems.some((p) => p.severity === 'error')) throw new ProblemError(problems);
      appendVerifications(ws, year, quarter, plan.append, env.cwd);
      const results = plan.outcomes.map((o): VerifyResult => ({ ...o, nama: index.jabatan.get(o.jabatan_id)!.nama, file: displayPath(env.cwd, entries.get(o.jabatan_id)!.xlsx) }));
      const log = displayPath(env.cwd, verificationLogPath(ws, year, quarter));
      return { command: 'verify' as const, year, quarter, state, oleh, alasan: alasan ?? null, at, log, results, problems };
    });
  });
}

/** The jabatan asked for, in catalogue order, each one known (else usage.unknown-jabatan with the nearest ids). */
function jabatanOf(index: CatalogueIndex, wanted: readonly string[]): string[] {
  const ids = new Set(wanted.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean));
  const all = [...index.jabatan.keys()];
  const unknown = [...ids].filter((id) => !index.jabatan.has(id));
  if (unknown.length) {
    throw new ProblemError(
      unknown.map((id) => problem('usage.unknown-jabatan', { id, suggestions: all.filter((k) => k.includes(id) || editDistance(k, id) <= 2).slice(0, 4) })),
    );
  }
  return all.filter((id) => ids.has(id));
}

function whoami(env: NodeJS.ProcessEnv): string | null {
  const fromEnv = env.USER || env.USERNAME;
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
