// Refused workbooks: what `iki ingest` could not accept, and why, so that `iki remind` can tell the
// sender what to fix cell by cell. One append-only log per period, beside its submissions:
//   archive/2017-TW1/ditolak.jsonl
// Only refusals for the workbook's own content belong here (bad cells, a broken template): the file's
// identity (jabatan, triwulan) must have been read. Not a conflict with an archived submission, which is
// the Subbag Program's to settle. Write with the workspace lock held.
import { join } from 'node:path';
import { isQuarter, type Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { displayPath } from './config-file.js';
import { appendLog, readLog } from './jsonl.js';
import { periodDir } from './archive.js';
import type { WorkspaceLayout } from './workspace.js';

export const REFUSAL_LOG = 'ditolak.jsonl';
export const REFUSAL_FORMAT = 'iki-ditolak/1';

export interface RefusalRecord {
  format: typeof REFUSAL_FORMAT;
  jabatan_id: string;
  year: number;
  quarter: Quarter;
  /** sha256 of the refused file. */
  sha256: string;
  /** The name it came in under. */
  original_name: string;
  /** When it was refused, ISO 8601 UTC. */
  at: string;
  /** Its problems as found (errors and warnings), as data: rendered in any language later. */
  problems: Problem[];
}

export function refusalLogPath(ws: WorkspaceLayout, year: number, quarter: Quarter): string {
  return join(periodDir(ws, year, quarter), REFUSAL_LOG);
}

function isRecord(v: unknown): v is RefusalRecord {
  const r = v as Partial<RefusalRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === REFUSAL_FORMAT &&
    typeof r.jabatan_id === 'string' &&
    typeof r.year === 'number' &&
    isQuarter(r.quarter) &&
    typeof r.sha256 === 'string' &&
    typeof r.original_name === 'string' &&
    typeof r.at === 'string' &&
    Array.isArray(r.problems) &&
    r.problems.every((p) => typeof p === 'object' && p !== null && typeof p.code === 'string' && typeof p.severity === 'string' && typeof p.location === 'object')
  );
}

export function readRefusals(ws: WorkspaceLayout, year: number, quarter: Quarter, cwd: string): { records: RefusalRecord[]; problems: Problem[] } {
  const path = refusalLogPath(ws, year, quarter);
  const { records, problems } = readLog(path, displayPath(cwd, path), 'ditolak', isRecord);
  return { records: records.filter((r) => r.year === year && r.quarter === quarter), problems };
}

/** For ingest (phase 2): record the refused files of one run, under the lock. */
export function appendRefusals(ws: WorkspaceLayout, year: number, quarter: Quarter, records: readonly RefusalRecord[], cwd: string): void {
  const path = refusalLogPath(ws, year, quarter);
  appendLog(path, displayPath(cwd, path), records);
}
