// `iki riwayat init | check` and `iki renstra init | check`: the files behind the LKjIP comparisons,
// the realisasi of years before iki (riwayat/<year>.yaml) and the Renstra (targets/renstra.yaml).
// init writes a file to fill in, atomically, never over one without --force; check loads it and says
// where each problem is. Nothing is changed by check.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadRenstra, renstraPath, renstraSkeleton } from '../compute/renstra.js';
import { loadRiwayat, riwayatPath, riwayatSkeleton, type RiwayatEntry } from '../compute/riwayat.js';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { OutputKind, WriteTarget } from '../model/problems/codes.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { readConfigText } from '../store/config-file.js';
import { fsFailure } from '../store/fs-failure.js';
import { listArchive } from '../store/archive.js';
import { writeFileAtomic } from '../store/atomic.js';
import { displayPath, reportOf, requireWorkspace, yearOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface RiwayatInitOptions {
  year?: string | number;
  workspace?: string;
  force?: boolean;
}

export interface InitReport extends CommandReport {
  command: 'riwayat init' | 'renstra init';
  /** The file written (display path), null when nothing was. */
  file: string | null;
  /** Indicators listed in it. */
  indicators: number;
}

export interface RiwayatCheckOptions {
  year?: string | number;
  workspace?: string;
}

export interface RiwayatCheckReport extends CommandReport {
  command: 'riwayat check';
  file: string | null;
  year: number | null;
  valid: boolean;
  sumber: string | null;
  /** Indicators with a realisasi, and all indicators in the catalogue. */
  filled: number;
  indicators: number;
  /** By indicator id: the year, per triwulan ("1".."4") and the target, as read. */
  realisasi: Record<string, { tahun: number | null; triwulan: Partial<Record<string, number>>; target: number | null }>;
}

export async function riwayatInit(opts: RiwayatInitOptions, env: CoreEnv): Promise<InitReport> {
  return reportOf<InitReport>({ command: 'riwayat init', file: null, indicators: 0 }, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const year = yearOf(opts.year);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const file = writeSkeleton(riwayatPath(ws.root, year), riwayatSkeleton(index, year), 'riwayat', opts.force, env.cwd);
    return { command: 'riwayat init', problems: [], file, indicators: index.indicators.size };
  });
}

export async function riwayatCheck(opts: RiwayatCheckOptions, env: CoreEnv): Promise<RiwayatCheckReport> {
  const empty = { command: 'riwayat check' as const, file: null, year: null, valid: false, sumber: null, filled: 0, indicators: 0, realisasi: {} };
  return reportOf<RiwayatCheckReport>(empty, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const year = yearOf(opts.year);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const path = riwayatPath(ws.root, year);
    const file = displayPath(env.cwd, path);
    if (!existsSync(path)) throw new ProblemError([problem('riwayat.missing', { file, year }, { file })]);
    const { riwayat, problems } = loadRiwayat(readConfigText(path, file, 'riwayat.unreadable'), file, index, year);
    // The archive wins a year it holds: say so, since this file's numbers will not show.
    if (listArchive(ws, year).current.length > 0) problems.push(problem('riwayat.in-archive', { year }, { file }));
    const valid = riwayat !== undefined && !hasErrors(problems);
    const realisasi: RiwayatCheckReport['realisasi'] = {};
    for (const [id, e] of riwayat?.byIndicator ?? []) realisasi[id] = entryJson(e);
    return { ...empty, problems, file, year, valid, sumber: riwayat?.sumber ?? null, filled: riwayat?.byIndicator.size ?? 0, indicators: index.indicators.size, realisasi };
  });
}

function entryJson(e: RiwayatEntry): RiwayatCheckReport['realisasi'][string] {
  return { tahun: e.tahun ?? null, triwulan: Object.fromEntries(Object.entries(e.triwulan)), target: e.target ?? null };
}

// ---------------------------------------------------------------- renstra

export interface RenstraInitOptions {
  from?: string | number;
  to?: string | number;
  workspace?: string;
  force?: boolean;
}

export interface RenstraCheckOptions {
  workspace?: string;
}

export interface RenstraCheckReport extends CommandReport {
  command: 'renstra check';
  file: string | null;
  valid: boolean;
  periode: { awal: number; akhir: number } | null;
  /** Indicators with any Renstra value, and the indicators of the Kepala Dinas and the units. */
  filled: number;
  indicators: number;
  /** By indicator id, as read ("2017": target). */
  indikator: Record<string, { kondisi_awal: number | null; target: Record<string, number>; target_akhir: number | null }>;
}

export async function renstraInit(opts: RenstraInitOptions, env: CoreEnv): Promise<InitReport> {
  return reportOf<InitReport>({ command: 'renstra init', file: null, indicators: 0 }, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const [awal, akhir] = periodeOf(opts.from, opts.to);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const file = writeSkeleton(renstraPath(ws.root), renstraSkeleton(index, awal, akhir), 'renstra', opts.force, env.cwd);
    return { command: 'renstra init', problems: [], file, indicators: lkjipIndicators(index) };
  });
}

export async function renstraCheck(opts: RenstraCheckOptions, env: CoreEnv): Promise<RenstraCheckReport> {
  const empty = { command: 'renstra check' as const, file: null, valid: false, periode: null, filled: 0, indicators: 0, indikator: {} };
  return reportOf<RenstraCheckReport>(empty, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const path = renstraPath(ws.root);
    const file = displayPath(env.cwd, path);
    if (!existsSync(path)) throw new ProblemError([problem('renstra.missing', { file }, { file })]);
    const { renstra, problems } = loadRenstra(readConfigText(path, file, 'renstra.unreadable'), file, index);
    const indikator: RenstraCheckReport['indikator'] = {};
    for (const [id, e] of renstra?.byIndicator ?? []) {
      indikator[id] = { kondisi_awal: e.kondisiAwal ?? null, target: Object.fromEntries([...e.target].map(([y, t]) => [String(y), t])), target_akhir: e.targetAkhir ?? null };
    }
    const filled = Object.values(indikator).filter((e) => e.kondisi_awal !== null || e.target_akhir !== null || Object.keys(e.target).length > 0).length;
    return {
      ...empty,
      problems,
      file,
      valid: renstra !== undefined && !hasErrors(problems),
      periode: renstra ? { awal: renstra.awal, akhir: renstra.akhir } : null,
      filled,
      indicators: lkjipIndicators(index),
      indikator,
    };
  });
}

/** The indicators the LKjIP reports: the top jabatan's and its direct subordinates'. */
function lkjipIndicators(index: CatalogueIndex): number {
  return [index.root, ...index.childrenOf(index.root.id)].reduce((n, j) => n + index.indicatorsOf(j.id).length, 0);
}

function periodeOf(from: string | number | undefined, to: string | number | undefined): [number, number] {
  const bad: Problem[] = [];
  const years = [from, to].map((v) => {
    try {
      return yearOf(v);
    } catch (err) {
      if (err instanceof ProblemError) bad.push(...err.problems);
      else throw err;
      return 0;
    }
  });
  if (bad.length) throw new ProblemError(bad);
  if (years[1]! <= years[0]!) throw new ProblemError([problem('renstra.periode-flags', { from: years[0]!, to: years[1]! })]);
  return [years[0]!, years[1]!];
}

/** Write a file to fill in, atomically; an existing one only with --force. The display path. */
function writeSkeleton(path: string, text: string, what: OutputKind & WriteTarget, force: boolean | undefined, cwd: string): string {
  const file = displayPath(cwd, path);
  if (existsSync(path) && !force) throw new ProblemError([problem('usage.output-exists', { path: file, what, flag: '--force' }, { file })]);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text);
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: file, what, ...fsFailure(err) }, { file })]);
  }
  return file;
}
