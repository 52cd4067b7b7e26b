// Verification rules, pure: the state of a submission from the period's records, and what one
// `iki verify` call appends.
//
// THE RULES:
// - A submission's state is that of the LAST record for its sha256: diverifikasi or dikembalikan;
//   with no record it is belum (not verified). A new submission (another sha256) starts at belum,
//   whatever its predecessor's state was.
// - Only accepted (archived, current) submissions can be verified or returned.
// - Returning needs a reason (alasan).
// - A call that would repeat the current state (same state, same reason) records nothing.
import type { Quarter } from '../model/period.js';
import { problem, type Problem } from '../model/problem.js';
import { VERIFICATION_FORMAT, type VerificationAction, type VerificationRecord } from '../store/verification.js';

export type VerificationState = 'belum' | VerificationAction;

export interface Verification {
  state: VerificationState;
  /** The record that set it (absent for belum). */
  record?: VerificationRecord;
}

/** The state of one submission: the last record about its sha256. */
export function verificationOf(records: readonly VerificationRecord[], sha256: string): Verification {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]!.sha256 === sha256) return { state: records[i]!.state, record: records[i]! };
  return { state: 'belum' };
}

export interface VerifyRequest {
  year: number;
  quarter: Quarter;
  jabatan: readonly string[];
  state: VerificationAction;
  oleh: string | null;
  alasan?: string;
  /** ISO time of the call. */
  at: string;
}

export interface VerifyOutcome {
  jabatan_id: string;
  sha256: string;
  previous: VerificationState;
  state: VerificationAction;
  /** False when the call repeated the current state. */
  recorded: boolean;
}

export interface VerifyPlan {
  append: VerificationRecord[];
  outcomes: VerifyOutcome[];
  /** Errors mean nothing may be appended. */
  problems: Problem[];
}

/** What to append for a request, given each jabatan's current submission (sha256) and the period's records. */
export function planVerify(req: VerifyRequest, current: ReadonlyMap<string, string>, records: readonly VerificationRecord[]): VerifyPlan {
  const plan: VerifyPlan = { append: [], outcomes: [], problems: [] };
  if (req.state === 'dikembalikan' && !req.alasan?.trim()) plan.problems.push(problem('verify.reason-required', {}));
  for (const id of req.jabatan) {
    const sha256 = current.get(id);
    if (!sha256) {
      plan.problems.push(problem('verify.no-submission', { jabatan: id, year: req.year, quarter: req.quarter }));
      continue;
    }
    const now = verificationOf(records, sha256);
    const same = now.state === req.state && (now.record?.alasan ?? '') === (req.alasan?.trim() ?? '');
    if (same && now.record) {
      plan.problems.push(problem('verify.already', { jabatan: id, state: req.state, at: now.record.at, oleh: now.record.oleh }));
    } else {
      const rec: VerificationRecord = { format: VERIFICATION_FORMAT, jabatan_id: id, year: req.year, quarter: req.quarter, sha256, state: req.state, oleh: req.oleh, at: req.at };
      if (req.alasan?.trim()) rec.alasan = req.alasan.trim();
      plan.append.push(rec);
    }
    plan.outcomes.push({ jabatan_id: id, sha256, previous: now.state, state: req.state, recorded: !same });
  }
  if (plan.problems.some((p) => p.severity === 'error')) {
    plan.append = [];
    for (const o of plan.outcomes) o.recorded = false;
  }
  return plan;
}
