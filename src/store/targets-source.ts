// The targets file (targets/<year>.yaml in the workspace): its skeleton for `iki targets init`, and
// reading it through the workspace's compiled cache (yaml and zod load only when it changed). An
// unreadable file, or one with errors, is a usage error for the commands that need it.
import { existsSync } from 'node:fs';
import type { IndicatorTarget, Targets } from '../compute/target.js';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { Lang } from '../model/format.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { ui } from '../model/text/ui.js';
import { readCache, sha256, writeCache } from './cache.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';

export const TARGETS_FORMAT = 'iki-targets/1';

export interface TargetsLoad {
  targets?: Targets;
  problems: Problem[];
}

/** What the cache keeps: the targets with their map as entries, problems without the file. */
interface Compiled {
  targets?: Omit<Targets, 'byIndicator'> & { byIndicator: [string, IndicatorTarget][] };
  problems: Problem[];
}

/** targets/<year>.yaml inside the workspace. */
export function targetsPath(workspaceRoot: string, year: number): string {
  return `${workspaceRoot.replace(/\/+$/, '')}/targets/${year}.yaml`;
}

/** A targets file to fill in: every indicator, grouped by jabatan, its name and satuan as comments. */
export function targetsSkeleton(index: CatalogueIndex, year: number, lang: Lang): string {
  const t = ui(lang).targets;
  const lines = [
    ...t.skeletonHead(year, index.catalogue.instansi),
    `format: ${TARGETS_FORMAT}`,
    `year: ${year}`,
    'penilaian:',
    `  lower_rule: permenpan   # ${t.skeletonLowerRule}`,
    `  # cap: 120              # ${t.skeletonCap}`,
    'targets:',
  ];
  for (const j of index.subtree(index.root.id)) {
    lines.push(`  # ${j.nama} (${j.id})`);
    for (const i of index.indicatorsOf(j.id)) {
      lines.push(`  ${i.id}: null   # ${i.nama.replace(/\s+/g, ' ')} (${i.satuan}${i.polarity === 'lower' ? `, ${t.lowerIsBetter}` : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The targets file of a year, read and checked: `load` is undefined when there is none. */
export async function readTargetsFile(ws: WorkspaceLayout, index: CatalogueIndex, year: number, cwd: string): Promise<{ file: string; load?: TargetsLoad }> {
  const path = targetsPath(ws.root, year);
  const file = displayPath(cwd, path);
  if (!existsSync(path)) return { file };
  const text = readConfigText(path, file, 'target.unreadable');
  // The same text means other things against another catalogue or for another year.
  const key = sha256(`${sha256(text)}:${index.catalogue.hash}:${year}`);
  let compiled = readCache<Compiled>(ws.cache, 'targets', key);
  if (!compiled) {
    const { loadTargets } = await import('./targets-load.js');
    const r = loadTargets(text, '', index, year);
    compiled = {
      ...(r.targets ? { targets: { ...r.targets, byIndicator: [...r.targets.byIndicator].map(([id, t]) => [id, { ...t, location: { ...t.location, file: '' } }]) } } : {}),
      problems: r.problems,
    };
    writeCache(ws.cache, 'targets', key, compiled);
  }
  const at = <T extends { file?: string }>(loc: T) => ({ ...loc, file });
  const problems = compiled.problems.map((p) => ({ ...p, location: at(p.location) }));
  if (!compiled.targets) return { file, load: { problems } };
  const byIndicator = new Map(compiled.targets.byIndicator.map(([id, t]) => [id, { ...t, location: at(t.location) }]));
  return { file, load: { targets: { ...compiled.targets, byIndicator }, problems } };
}

/** Undefined when there is no targets file; a targets file with errors is a configuration error (exit 2). */
export async function readTargets(ws: WorkspaceLayout | undefined, index: CatalogueIndex, year: number, cwd: string): Promise<Targets | undefined> {
  if (!ws) return undefined;
  const { file, load } = await readTargetsFile(ws, index, year, cwd);
  if (!load) return undefined;
  if (!load.targets || hasErrors(load.problems)) {
    const errors = load.problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('usage.targets-invalid', { file, year, errors: errors.length }, { file }), ...errors]);
  }
  return load.targets;
}
