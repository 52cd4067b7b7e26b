// Running the quarter, in the report: the timeliness and verification state of each workbook (shown on
// Kelengkapan), and the Tindak Lanjut Data sheet: the quality warnings per jabatan, in tree order, each
// with its cell and what to ask the sender. The command (src/commands/report-chase.ts) gathers the data.
import type { Quarter } from '../../model/period.js';
import { receivedKey, type TimelinessState } from '../../compute/timeliness.js';
import type { VerificationState } from '../../compute/verification.js';
import type { Problem } from '../../model/problem.js';
import { renderProblem } from '../../model/problems/text.js';
import { ui } from '../../model/text/ui.js';
import { colLetter, newSheet, type Sheet } from '../xlsx-writer.js';
import type { ReportCtx } from './context.js';
import { fitRowHeights, fitWidths, headerCell, numberCell, setupSheet, textCell, titleRows } from './layout.js';

export type { TimelinessState } from '../../compute/timeliness.js';
export type { VerificationState } from '../../compute/verification.js';

export interface ReportChase {
  /** By `${quarter}/${jabatanId}`: the workbook against its due date (days: late, left or over). */
  timeliness: ReadonlyMap<string, { state: TimelinessState; due: string; days?: number }>;
  /** By `${quarter}/${jabatanId}`, received workbooks only: the verification state of the current one. */
  verification: ReadonlyMap<string, VerificationState>;
  /** The quality warnings of the period's workbooks, with whose and which triwulan they are. */
  followUp: readonly { jabatanId: string; quarter: Quarter; problem: Problem }[];
}

/** The key of one (triwulan, jabatan): the same as the timeliness maps'. */
export const chaseKey = (quarter: number, jabatanId: string): string => receivedKey(jabatanId, quarter);

/** A received workbook of that triwulan and jabatan that is not (or no longer) diverifikasi. */
export function chaseUnverified(chase: ReportChase, quarter: Quarter, jabatanId: string): boolean {
  const v = chase.verification.get(chaseKey(quarter, jabatanId));
  return v !== undefined && v !== 'diverifikasi';
}

/** The Kelengkapan cell's words for one workbook: its timeliness, and for a received one its verification. */
export function chaseCellText(x: ReportCtx, quarter: Quarter, jabatanId: string): string | undefined {
  const c = x.chase;
  const t = c?.timeliness.get(chaseKey(quarter, jabatanId));
  if (!c || !t) return undefined;
  const w = ui(x.lang).laporanChase;
  const v = c.verification.get(chaseKey(quarter, jabatanId));
  return [w.timeliness[t.state](t.days ?? 0), v ? w.verification[v] : ''].filter(Boolean).join('\n');
}

/** Tindak Lanjut Data: one row per quality warning, by jabatan in tree order, then triwulan. */
export function followUpSheet(x: ReportCtx, name: string): Sheet {
  const w = ui(x.lang).laporanChase;
  const ws = newSheet(name);
  const head = w.followUpHead;
  const titles = titleRows(ws, [w.followUpTitle(x.w.period(x.result.aggregate, x.f)), w.followUpNote], head.length);
  const hr = titles + 1;
  head.forEach((h, i) => headerCell(ws, hr, i + 1, h));
  const order = new Map(x.index.subtree(x.index.root.id).map((j, i) => [j.id, i]));
  const rows = [...(x.chase?.followUp ?? [])].sort((a, b) => (order.get(a.jabatanId) ?? 1e9) - (order.get(b.jabatanId) ?? 1e9) || a.quarter - b.quarter);
  rows.forEach((f, i) => {
    const r = hr + 1 + i;
    const text = renderProblem(f.problem, x.lang);
    const loc = f.problem.location;
    const args = f.problem.args as { nama?: string };
    numberCell(ws, r, 1, i + 1, '0');
    textCell(ws, r, 2, x.names.jabatan(f.jabatanId));
    textCell(ws, r, 3, x.f.tw(f.quarter));
    textCell(ws, r, 4, loc.cell ? x.f.ref(loc.sheet ?? '', loc.cell) : (loc.sheet ?? ''), { size: 9 });
    textCell(ws, r, 5, args.nama ?? '');
    textCell(ws, r, 6, text.message);
    textCell(ws, r, 7, text.hint ?? '', { size: 9 });
    textCell(ws, r, 8, f.problem.code, { size: 9 });
    textCell(ws, r, 9, f.jabatanId, { size: 9 });
  });
  if (rows.length === 0) textCell(ws, hr + 1, 2, w.noFollowUp);
  setupSheet(ws, x.lang, hr, 2, titles);
  fitWidths(ws, { 1: [4, 6], 2: [24, 40], 3: [7, 9], 4: [10, 14], 5: [24, 40], 6: [40, 70], 7: [30, 50], 8: [16, 28], 9: [14, 30] }, hr);
  fitRowHeights(ws, hr + 1);
  ws.autoFilter = `A${hr}:${colLetter(head.length)}${hr}`;
  return ws;
}
