// Loading a targets file's YAML text against the catalogue (the pipeline of yaml-source.ts). Pure, never
// throws on bad content. Imported only when no valid cache entry exists (it loads yaml and zod).
import { z } from 'zod';
import { DEFAULT_PENILAIAN, DEFAULT_PREDIKAT, type IndicatorTarget, type Penilaian } from '../compute/target.js';
import type { CatalogueIndex } from '../model/catalogue.js';
import { problem } from '../model/problem.js';
import { suggest } from '../model/suggest.js';
import { TARGETS_FORMAT, type TargetsLoad } from './targets-source.js';
import { loadYaml } from './yaml-source.js';

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

