// `iki targets init | check --year Y`: the year's targets, a YAML file in the workspace.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IndicatorTarget } from '../compute/target.js';
import { hasErrors, problem, ProblemError } from '../model/problem.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { displayPath } from '../store/config-file.js';
import { fsFailure } from '../store/fs-failure.js';
import { readTargetsFile, targetsPath, targetsSkeleton } from '../store/targets-source.js';
import { writeFileAtomic } from '../store/atomic.js';
import { requireWorkspace, reportOf, yearOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface TargetsOptions {
  year?: string | number;
  workspace?: string;
  force?: boolean;
}

export interface TargetsInitReport extends CommandReport {
  command: 'targets init';
  file: string;
  year: number | null;
  indicators: number;
}

/** Write targets/<year>.yaml listing every indicator, ready to fill in; never over a file unless --force. */
export function targetsInit(opts: TargetsOptions, env: CoreEnv): Promise<TargetsInitReport> {
  return reportOf<TargetsInitReport>({ command: 'targets init', file: '', year: null, indicators: 0 }, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const year = yearOf(opts.year);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const path = targetsPath(ws.root, year);
    const file = displayPath(env.cwd, path);
    if (existsSync(path) && !opts.force) throw new ProblemError([problem('usage.output-exists', { path: file, what: 'targets', flag: '--force' }, { file })]);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(path, targetsSkeleton(index, year, env.lang));
    } catch (err) {
      throw new ProblemError([problem('usage.unwritable', { path: file, what: 'targets', ...fsFailure(err) }, { file })]);
    }
    return { command: 'targets init', file, year, indicators: index.indicators.size, problems: [] };
  });
}

export interface TargetsCheckReport extends CommandReport {
  command: 'targets check';
  file: string;
  year: number | null;
  valid: boolean;
  /** Indicators with a target, and all indicators. */
  counts: { with_target: number; indicators: number };
  targets: Record<string, { tahun?: number; triwulan: IndicatorTarget['triwulan'] }>;
}

/** Check targets/<year>.yaml against the catalogue, with the line of each problem. */
export function targetsCheck(opts: TargetsOptions, env: CoreEnv): Promise<TargetsCheckReport> {
  const empty = { command: 'targets check', file: '', year: null, valid: false, counts: { with_target: 0, indicators: 0 }, targets: {} } as const;
  return reportOf<TargetsCheckReport>(empty, async () => {
    const ws = requireWorkspace(opts.workspace, env.cwd, env.env);
    const year = yearOf(opts.year);
    const { index } = await requireCatalogue({ workspace: ws.root }, env.cwd, env.env);
    const { file, load } = await readTargetsFile(ws, index, year, env.cwd);
    if (!load) throw new ProblemError([problem('usage.targets-missing', { file, year }, { file })]);
    const targets = Object.fromEntries([...(load.targets?.byIndicator ?? [])].map(([id, t]) => [id, { ...(t.tahun !== undefined ? { tahun: t.tahun } : {}), triwulan: t.triwulan }]));
    const valid = load.targets !== undefined && !hasErrors(load.problems);
    return { command: 'targets check', file, year, valid, counts: { with_target: Object.keys(targets).length, indicators: index.indicators.size }, targets, problems: load.problems };
  });
}
