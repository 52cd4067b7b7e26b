// The targets file (targets/<year>.yaml in the workspace): its skeleton for `iki targets init`, and
// loading it against the catalogue (the YAML pipeline of yaml-source.ts). Loading never throws on bad
// content; an unreadable file or one with errors is a usage error for the commands that need it.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { Lang } from '../model/format.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { suggest } from '../model/suggest.js';
import { ui } from '../model/text/ui.js';
import { DEFAULT_PENILAIAN, DEFAULT_PREDIKAT, type IndicatorTarget, type Penilaian, type Targets } from '../compute/target.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';
import { loadYaml } from './yaml-source.js';

export const TARGETS_FORMAT = 'iki-targets/1';

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

const num = z.number().finite().nonnegative();
const perTriwulan = z.strictObject({ tahun: num.optional(), tw1: num.optional(), tw2: num.optional(), tw3: num.optional(), tw4: num.optional() });
// null: written by `iki targets init`, not filled in yet: no target. Branch on the shape so the
// problem speaks of what was written (a union would only say "invalid input").
const entry = z.unknown().transform((v, ctx) => {
  if (v === null) return null;
  const r = (typeof v === 'object' ? perTriwulan : num).safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue(issue as never);
  return z.NEVER;
});

const targetsSchema = z.strictObject({
  format: z.literal(TARGETS_FORMAT),
  year: z.number().int().min(2000).max(2100),
  penilaian: z
    .strictObject({
      lower_rule: z.enum(['permenpan', 'inverse']).optional(),
      cap: z.number().positive().optional(),
      predikat: z.array(z.strictObject({ min: z.number(), label: z.string().min(1) })).min(1).optional(),
    })
    .optional(),
  targets: z.record(z.string(), entry),
});

export interface TargetsLoad {
  targets?: Targets;
  problems: Problem[];
}

/** Parse a targets file against the catalogue. Pure: the caller reads the file. */
export function loadTargets(source: string, file: string, index: CatalogueIndex, expectYear?: number): TargetsLoad {
  const { data: raw, problems, source: src } = loadYaml(source, file, targetsSchema, 'target');
  if (!raw) return { problems };
  if (expectYear !== undefined && raw.year !== expectYear) problems.push(problem('target.year-mismatch', { fileYear: raw.year, expected: expectYear }, src.locate(['year'])));
  const byIndicator = new Map<string, IndicatorTarget>();
  for (const [id, value] of Object.entries(raw.targets)) {
    const location = src.locate(['targets', id]);
    const ind = index.indicators.get(id);
    if (!ind) {
      const near = suggest(id, index.indicators.keys());
      problems.push(problem('target.unknown-indicator', { id, ...(near ? { suggestion: near } : {}) }, location));
      continue;
    }
    if (value === null) continue;
    const t: IndicatorTarget = { triwulan: {}, location };
    if (typeof value === 'number') t.tahun = value;
    else {
      if (value.tahun !== undefined) t.tahun = value.tahun;
      for (const q of [1, 2, 3, 4] as const) if (value[`tw${q}`] !== undefined) t.triwulan[q] = value[`tw${q}`]!;
    }
    const over = ind.kind === 'ratio' && ind.factor === 100 && !ind.allowOver ? [t.tahun, ...Object.values(t.triwulan)].find((v) => v !== undefined && v > 100) : undefined;
    if (over !== undefined) problems.push(problem('target.over-100', { indicator: id, value: over }, location));
    byIndicator.set(id, t);
  }
  const p = raw.penilaian;
  const penilaian: Penilaian = {
    lowerRule: p?.lower_rule ?? DEFAULT_PENILAIAN.lowerRule,
    predikat: p?.predikat ? [...p.predikat].sort((a, b) => b.min - a.min) : DEFAULT_PREDIKAT,
    ...(p?.cap !== undefined ? { cap: p.cap } : {}),
  };
  return { targets: { year: raw.year, penilaian, byIndicator }, problems };
}

/** The targets file of a year, read and checked: undefined when there is none. */
export function readTargetsFile(ws: WorkspaceLayout, index: CatalogueIndex, year: number, cwd: string): { file: string; load?: TargetsLoad } {
  const path = targetsPath(ws.root, year);
  const file = displayPath(cwd, path);
  if (!existsSync(path)) return { file };
  return { file, load: loadTargets(readConfigText(path, file, 'target.unreadable'), file, index, year) };
}

/** Undefined when there is no targets file; a targets file with errors is a configuration error (exit 2). */
export function readTargets(ws: WorkspaceLayout | undefined, index: CatalogueIndex, year: number, cwd: string): Targets | undefined {
  if (!ws) return undefined;
  const { file, load } = readTargetsFile(ws, index, year, cwd);
  if (!load) return undefined;
  if (!load.targets || hasErrors(load.problems)) {
    const errors = load.problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('usage.targets-invalid', { file, year, errors: errors.length }, { file }), ...errors]);
  }
  return load.targets;
}
