// Verification records: who checked an accepted submission (diverifikasi) or sent it back with a reason
// (dikembalikan), and when. One append-only log per period, beside the submissions it is about:
//   archive/2017-TW1/verifikasi.jsonl
// A record names the submission by its sha256, so a new submission of the same jabatan starts
// unverified again. Write with the workspace lock held.
import { join } from 'node:path';
import { isQuarter, type Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { displayPath } from './config-file.js';
import { appendLog, readLog } from './jsonl.js';
import { periodDir } from './archive.js';
import type { WorkspaceLayout } from './workspace.js';

export const VERIFICATION_LOG = 'verifikasi.jsonl';
export const VERIFICATION_FORMAT = 'iki-verifikasi/1';

export type VerificationAction = 'diverifikasi' | 'dikembalikan';

export interface VerificationRecord {
  format: typeof VERIFICATION_FORMAT;
  jabatan_id: string;
  year: number;
  quarter: Quarter;
  /** sha256 of the archived submission this is about. */
  sha256: string;
  state: VerificationAction;
  /** Who (--oleh), or null when not given and unknown. */
  oleh: string | null;
  /** Why it was returned (required for dikembalikan), or a note. */
  alasan?: string;
  /** ISO 8601 UTC. */
  at: string;
}

export function verificationLogPath(ws: WorkspaceLayout, year: number, quarter: Quarter): string {
  return join(periodDir(ws, year, quarter), VERIFICATION_LOG);
}

function isRecord(v: unknown): v is VerificationRecord {
  const r = v as Partial<VerificationRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === VERIFICATION_FORMAT &&
    typeof r.jabatan_id === 'string' &&
    typeof r.year === 'number' &&
    isQuarter(r.quarter) &&
    typeof r.sha256 === 'string' &&
    (r.state === 'diverifikasi' || r.state === 'dikembalikan') &&
    (r.oleh === null || typeof r.oleh === 'string') &&
    (r.alasan === undefined || typeof r.alasan === 'string') &&
    typeof r.at === 'string'
  );
}

/** The period's records in the order they were made; damaged lines come back as warnings. */
export function readVerifications(ws: WorkspaceLayout, year: number, quarter: Quarter, cwd: string): { records: VerificationRecord[]; problems: Problem[] } {
  const path = verificationLogPath(ws, year, quarter);
  const { records, problems } = readLog(path, displayPath(cwd, path), 'verifikasi', isRecord);
  return { records: records.filter((r) => r.year === year && r.quarter === quarter), problems };
}

export function appendVerifications(ws: WorkspaceLayout, year: number, quarter: Quarter, records: readonly VerificationRecord[], cwd: string): void {
  const path = verificationLogPath(ws, year, quarter);
  appendLog(path, displayPath(cwd, path), records);
}
