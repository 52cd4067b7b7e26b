// Targets, capaian and predikat: how a realisasi is judged against its target (LKjIP, Perjanjian Kinerja).
// The targets file is YAML in the workspace (targets/<year>.yaml); loading returns problems, never throws.
import { z } from 'zod';
import type { CatalogueIndex, Indikator } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import type { CapaianStatus, PeriodRef } from '../model/rollup.js';
import { legacyProblem, type Location, type Problem } from '../model/problem.js';
import { describeIssue, parseYamlSource } from '../store/yaml-source.js';

export const TARGETS_FORMAT = 'iki-targets/1';

/**
 * How capaian is computed for a lower-is-better indicator.
 * - `permenpan`: (1 + (1 − realisasi / target)) × 100, the "kondisi khusus" rule of PermenPANRB 8/2021.
 * - `inverse`: target / realisasi × 100, used by some offices instead.
 */
export type LowerRule = 'permenpan' | 'inverse';

export interface PredikatBand {
  /** Lowest capaian (inclusive) that earns this predikat. */
  min: number;
  label: string;
}

export interface Penilaian {
  lowerRule: LowerRule;
  /** Highest capaian shown, e.g. 120; undefined for no cap. */
  cap?: number;
  /** Highest band first. */
  predikat: PredikatBand[];
}

/** Common LKjIP bands: ≥ 91 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang. */
export const DEFAULT_PREDIKAT: PredikatBand[] = [
  { min: 91, label: 'Sangat Baik' },
  { min: 76, label: 'Baik' },
  { min: 66, label: 'Cukup' },
  { min: 51, label: 'Kurang' },
  { min: -Infinity, label: 'Sangat Kurang' },
];

export const DEFAULT_PENILAIAN: Penilaian = { lowerRule: 'permenpan', predikat: DEFAULT_PREDIKAT };

export interface IndicatorTarget {
  /** The annual target. */
  tahun?: number;
  /** Targets for each triwulan's own value, where set. */
  triwulan: Partial<Record<Quarter, number>>;
  /** Where it was written, for messages. */
  location: Location;
}

export interface Targets {
  year: number;
  penilaian: Penilaian;
  byIndicator: Map<string, IndicatorTarget>;
}

// ---------------------------------------------------------------- capaian

/** A capaian, or why there is none (the texts word each status: ui(lang).rollup.capaian). */
export type Capaian = { status: 'ok'; value: number; capped: boolean; predikat: string } | { status: Exclude<CapaianStatus, 'ok'> };

export function capaian(realisasi: number | undefined, target: number | undefined, polarity: Indikator['polarity'], p: Penilaian): Capaian {
  if (target === undefined) return { status: 'no target' };
  if (realisasi === undefined) return { status: 'no realisasi' };
  let raw: number;
  if (polarity === 'higher') {
    if (target === 0) return { status: 'zero target' };
    // Multiply before dividing: 110 / 100 stays 110, not 110.00000000000001.
    raw = (realisasi * 100) / target;
  } else if (p.lowerRule === 'permenpan') {
    if (target === 0) return { status: 'zero target' };
    // Far above a lower-is-better target the formula goes negative; nothing is achieved below 0.
    raw = Math.max(0, (200 * target - 100 * realisasi) / target);
  } else {
    if (realisasi === 0) return { status: 'zero realisasi' };
    raw = (target * 100) / realisasi;
  }
  const capped = p.cap !== undefined && raw > p.cap;
  const value = capped ? p.cap! : raw;
  return { status: 'ok', value, capped, predikat: predikat(value, p.predikat) };
}

export function predikat(value: number, bands: readonly PredikatBand[]): string {
  for (const b of bands) if (value >= b.min) return b.label;
  return bands[bands.length - 1]?.label ?? '';
}

/**
 * The target a year-to-date (or whole-year) realisasi through `through` is judged against.
 * Flows (sum counts) add their triwulan targets; percentages and stocks take the triwulan's own.
 * The annual target applies to the whole year; for an earlier `through` only triwulan targets apply.
 */
export function targetThrough(t: IndicatorTarget | undefined, through: Quarter, additive: boolean): { annual?: number; triwulan?: number } {
  if (!t) return {};
  const out: { annual?: number; triwulan?: number } = {};
  if (t.tahun !== undefined) out.annual = t.tahun;
  const qs = ([1, 2, 3, 4] as const).filter((q) => q <= through);
  if (additive) {
    if (qs.every((q) => t.triwulan[q] !== undefined)) out.triwulan = qs.reduce((s, q) => s + t.triwulan[q]!, 0);
  } else if (t.triwulan[through] !== undefined) out.triwulan = t.triwulan[through];
  return out;
}

// ---------------------------------------------------------------- the file

/** targets/<year>.yaml inside the workspace. */
export function targetsPath(workspaceRoot: string, year: number): string {
  return `${workspaceRoot.replace(/\/+$/, '')}/targets/${year}.yaml`;
}

/** A targets file to fill in: every indicator, grouped by jabatan, its name and satuan as comments. */
export function targetsSkeleton(index: CatalogueIndex, year: number): string {
  const lines = [
    `# Target IKI tahun ${year} — ${index.catalogue.instansi}`,
    '# Isi target tahunan di belakang setiap indikator (angka saja), atau target per triwulan:',
    '#   indikator_id: { tahun: 400, tw1: 100, tw2: 100, tw3: 100, tw4: 100 }',
    '# Biarkan "null" bila indikator tidak diberi target. Persentase ditulis tanpa tanda %, mis. 80.',
    `format: ${TARGETS_FORMAT}`,
    `year: ${year}`,
    'penilaian:',
    '  lower_rule: permenpan   # permenpan: (1 + (1 - realisasi/target)) x 100; inverse: target/realisasi x 100',
    '  # cap: 120              # capaian tertinggi yang ditampilkan',
    'targets:',
  ];
  for (const j of index.subtree(index.root.id)) {
    lines.push(`  # ${j.nama} (${j.id})`);
    for (const i of index.indicatorsOf(j.id)) {
      lines.push(`  ${i.id}: null   # ${i.nama.replace(/\s+/g, ' ')} (${i.satuan}${i.polarity === 'lower' ? ', makin kecil makin baik' : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- loading

const num = z.number({ error: 'must be a number (0 or more), without units or %' }).finite().nonnegative('must be 0 or more');
const perTriwulan = z.strictObject({
  tahun: num.optional(),
  tw1: num.optional(),
  tw2: num.optional(),
  tw3: num.optional(),
  tw4: num.optional(),
});
// null: written by `iki targets init`, not filled in yet: no target. Branch on the shape so the
// message speaks of what was written (a union's message would only say "invalid input").
const entry = z.unknown().transform((v, ctx) => {
  if (v === null) return null;
  const r = (v !== null && typeof v === 'object' ? perTriwulan : num).safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ ...issue, code: 'custom', path: issue.path } as never);
  return z.NEVER;
});

const schema = z.strictObject({
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
  const { doc, at, locate } = parseYamlSource(source, file);
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(legacyProblem('target.yaml-syntax', e.message.split('\n')[0] ?? e.message, at(e.pos[0])));
  if (problems.length) return { problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { problems: [legacyProblem('target.yaml-syntax', (err as Error).message, at(0))] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { path, keyPath, message } = describeIssue(issue);
      // Advice on how to write a target only where a target was written.
      const hint = path[0] === 'targets' && path.length > 1 ? { hint: 'A target is a number (annual) or { tahun, tw1, tw2, tw3, tw4 }, each 0 or more.' } : {};
      problems.push(legacyProblem('target.schema', `${path.join('.') || '(top)'}: ${message}`, locate(keyPath), hint));
    }
    return { problems };
  }
  const raw = parsed.data;
  if (expectYear !== undefined && raw.year !== expectYear) {
    problems.push(legacyProblem('target.year-mismatch', `The file is for ${raw.year}, not ${expectYear}.`, locate(['year'])));
  }
  const byIndicator = new Map<string, IndicatorTarget>();
  for (const [id, value] of Object.entries(raw.targets)) {
    const location = locate(['targets', id]);
    if (!index.indicators.has(id)) {
      const near = [...index.indicators.keys()].find((k) => k.startsWith(id.slice(0, Math.max(8, id.length - 3))));
      problems.push(legacyProblem('target.unknown-indicator', `No indicator "${id}" in the catalogue.${near ? ` Did you mean "${near}"?` : ''}`, location));
      continue;
    }
    if (value === null) continue;
    const t: IndicatorTarget = { triwulan: {}, location };
    if (typeof value === 'number') t.tahun = value;
    else {
      if (value.tahun !== undefined) t.tahun = value.tahun;
      ([1, 2, 3, 4] as const).forEach((q) => {
        const v = value[`tw${q}`];
        if (v !== undefined) t.triwulan[q] = v;
      });
    }
    const ind = index.indicators.get(id)!;
    if (ind.kind === 'ratio' && ind.factor === 100) {
      for (const v of [t.tahun, ...Object.values(t.triwulan)]) {
        if (v !== undefined && v > 100 && !ind.allowOver) {
          problems.push(legacyProblem('target.over-100', `Target ${v} for a percentage above 100 %.`, location));
          break;
        }
      }
    }
    byIndicator.set(id, t);
  }
  const p = raw.penilaian;
  const penilaian: Penilaian = {
    lowerRule: p?.lower_rule ?? DEFAULT_PENILAIAN.lowerRule,
    predikat: p?.predikat ? [...p.predikat].sort((a, b) => b.min - a.min) : DEFAULT_PREDIKAT,
  };
  if (p?.cap !== undefined) penilaian.cap = p.cap;
  return { targets: { year: raw.year, penilaian, byIndicator }, problems };
}

// ---------------------------------------------------------------- judging a rollup

/** The target, capaian and predikat of one indicator for one period. */
export interface Judgement {
  target: number | null;
  capaian: number | null;
  predikat: string | null;
  capped: boolean;
  /** 'ok' when there is a capaian; else why not (worded by the views and the workbook). */
  status: CapaianStatus;
  /** Year to date: the same against the triwulan targets so far, where every one is set. */
  triwulan?: { target: number; capaian: number | null; predikat: string | null };
}

interface JudgeableIndicator {
  indicatorId: string;
  values: Record<string, { value: number | null }>;
}


/**
 * Judge every indicator of a rollup against the year's targets. Which target a period is judged by:
 * - a triwulan: its own triwulan target; without one, the annual target for percentages and stocks
 *   (their yearly value is a level, not a total), and none for flows (a quarter's count against a
 *   whole year's target says nothing);
 * - the year: the annual target (else, for flows, the sum of all four triwulan targets; for the
 *   others, the TW IV target);
 * - year to date: the annual target, and beside it (`triwulan`) the triwulan targets so far.
 */
export function judge(
  index: CatalogueIndex,
  indicators: readonly JudgeableIndicator[],
  periods: readonly PeriodRef[],
  targets: Targets,
): Map<string, Record<string, Judgement>> {
  const out = new Map<string, Record<string, Judgement>>();
  for (const res of indicators) {
    const ind = index.indicators.get(res.indicatorId);
    if (!ind) continue;
    const t = targets.byIndicator.get(ind.id);
    const additive = ind.kind === 'count' && index.elements.get(ind.element)?.aggregation === 'sum';
    const per: Record<string, Judgement> = {};
    for (const p of periods) {
      const realisasi = res.values[p.key]?.value ?? undefined;
      const through = p.quarters[p.quarters.length - 1]!;
      let target: number | undefined;
      let tw: number | undefined;
      if (t && p.kind === 'quarter') target = t.triwulan[through] ?? (additive ? undefined : t.tahun);
      else if (t) {
        const sofar = targetThrough(t, through, additive);
        target = sofar.annual ?? (p.kind === 'year' ? sofar.triwulan : undefined);
        if (p.kind === 'ytd') tw = sofar.triwulan;
      }
      const c = capaian(realisasi ?? undefined, target, ind.polarity, targets.penilaian);
      const j: Judgement =
        c.status === 'ok'
          ? { target: target ?? null, capaian: c.value, predikat: c.predikat, capped: c.capped, status: 'ok' }
          : { target: target ?? null, capaian: null, predikat: null, capped: false, status: c.status };
      if (tw !== undefined) {
        const ct = capaian(realisasi ?? undefined, tw, ind.polarity, targets.penilaian);
        j.triwulan = { target: tw, capaian: ct.status === 'ok' ? ct.value : null, predikat: ct.status === 'ok' ? ct.predikat : null };
      }
      per[p.key] = j;
    }
    out.set(ind.id, per);
  }
  return out;
}

/** A rollup judged against the year's targets: what the report and the terminal show. */
export interface Judged {
  targets: Targets;
  byIndicator: Map<string, Record<string, Judgement>>;
}

/** Judge every indicator of a rollup, for each of its triwulan and its aggregate period. */
export function judgeRollup(
  index: CatalogueIndex,
  result: { indicators: readonly JudgeableIndicator[]; periods: readonly PeriodRef[]; aggregate: PeriodRef },
  targets: Targets,
): Judged {
  return { targets, byIndicator: judge(index, result.indicators, [...result.periods, result.aggregate], targets) };
}

/**
 * The capaian as a live spreadsheet formula over the realisasi and target cells, matching `capaian`:
 * written with the computed value cached, so a program that recalculates shows the same number.
 */
export function capaianFormula(realisasiRef: string, targetRef: string, polarity: Indikator['polarity'], p: Penilaian): string {
  const r = realisasiRef;
  const t = targetRef;
  const raw =
    polarity === 'higher' ? `${r}*100/${t}` : p.lowerRule === 'permenpan' ? `MAX(0,(200*${t}-100*${r})/${t})` : `${t}*100/${r}`;
  const capped = p.cap !== undefined ? `MIN(${p.cap},${raw})` : raw;
  return `IF(COUNT(${r},${t})=2,IFERROR(${capped},""),"")`;
}
