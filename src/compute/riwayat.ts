// Riwayat: the realisasi of a year before iki (riwayat/<year>.yaml in the workspace), for the LKjIP's
// comparison with earlier years. Per indicator: the year's realisasi, optionally per triwulan, and
// optionally the target that year had (for its capaian). Loading returns problems, never throws.
import { z } from 'zod';
import type { CatalogueIndex } from '../model/catalogue.js';
import { QUARTERS, type Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import { checkYaml, nearestId } from './yaml-document.js';

export const RIWAYAT_FORMAT = 'iki-riwayat/1';

export interface RiwayatEntry {
  /** The year's realisasi: as written, else (flows) the sum of all four triwulan, else (levels) TW IV. */
  tahun?: number;
  triwulan: Partial<Record<Quarter, number>>;
  /** The target the indicator had that year, when known. */
  target?: number;
  location: Location;
}

export interface Riwayat {
  year: number;
  /** Where the numbers come from (e.g. "LKjIP 2016"), as written. */
  sumber?: string;
  byIndicator: Map<string, RiwayatEntry>;
}

/** riwayat/<year>.yaml inside the workspace. */
export function riwayatPath(workspaceRoot: string, year: number): string {
  return `${workspaceRoot.replace(/\/+$/, '')}/riwayat/${year}.yaml`;
}

// ---------------------------------------------------------------- the schema (declarative)

const num = z.number().finite().nonnegative();
const perTriwulan = z.strictObject({
  tahun: num.optional(),
  tw1: num.optional(),
  tw2: num.optional(),
  tw3: num.optional(),
  tw4: num.optional(),
  target: num.optional(),
});
// A number is the year's realisasi; a mapping gives triwulan and target too; null is "not filled in".
const entry = z.union([z.null(), num, perTriwulan]);

const schema = z.strictObject({
  format: z.literal(RIWAYAT_FORMAT),
  year: z.number().int().min(2000).max(2100),
  sumber: z.string().optional(),
  realisasi: z.record(z.string(), entry),
});

// ---------------------------------------------------------------- loading

export interface RiwayatLoad {
  riwayat?: Riwayat;
  problems: Problem[];
}

/** Parse a history file against the catalogue. Pure: the caller reads the file. */
export function loadRiwayat(source: string, file: string, index: CatalogueIndex, expectYear?: number): RiwayatLoad {
  const checked = checkYaml(source, file, schema, {
    syntax: (detail, at) => problem('riwayat.yaml-syntax', { detail }, at),
    schema: (issue, at) => problem('riwayat.schema', issue, at),
  });
  const raw = checked.data;
  if (!raw) return { problems: checked.problems };
  const problems: Problem[] = [];
  if (expectYear !== undefined && raw.year !== expectYear) problems.push(problem('riwayat.year-mismatch', { year: raw.year, expected: expectYear }, checked.locate(['year'])));
  const byIndicator = new Map<string, RiwayatEntry>();
  for (const [id, value] of Object.entries(raw.realisasi)) {
    const location = checked.locate(['realisasi', id]);
    const ind = index.indicators.get(id);
    if (!ind) {
      const suggestion = nearestId(id, index.indicators.keys());
      problems.push(problem('riwayat.unknown-indicator', { id, ...(suggestion ? { suggestion } : {}) }, location));
      continue;
    }
    if (value === null) continue;
    const e = entryOf(value, location);
    const flow = ind.kind !== 'ratio' && index.elements.get(ind.element)?.aggregation === 'sum';
    const tws = QUARTERS.map((q) => e.triwulan[q]);
    if (flow && tws.every((v) => v !== undefined)) {
      const sum = tws.reduce((a, v) => a! + v!, 0)!;
      if (e.tahun === undefined) e.tahun = sum;
      else if (Math.abs(e.tahun - sum) > 1e-9) problems.push(problem('riwayat.total-mismatch', { id, tahun: e.tahun, sum }, location));
    } else if (!flow && e.tahun === undefined && e.triwulan[4] !== undefined) e.tahun = e.triwulan[4];
    if (ind.kind === 'ratio' && ind.factor === 100 && !ind.allowOver) {
      const over = [e.tahun, ...tws].find((v) => v !== undefined && v > 100);
      if (over !== undefined) problems.push(problem('riwayat.over-100', { id, value: over }, location));
    }
    byIndicator.set(id, e);
  }
  const riwayat: Riwayat = { year: raw.year, byIndicator };
  if (raw.sumber) riwayat.sumber = raw.sumber;
  return { riwayat, problems: [...checked.problems, ...problems] };
}

function entryOf(value: number | z.output<typeof perTriwulan>, location: Location): RiwayatEntry {
  if (typeof value === 'number') return { tahun: value, triwulan: {}, location };
  const e: RiwayatEntry = { triwulan: {}, location };
  if (value.tahun !== undefined) e.tahun = value.tahun;
  if (value.target !== undefined) e.target = value.target;
  for (const q of QUARTERS) {
    const v = value[`tw${q}`];
    if (v !== undefined) e.triwulan[q] = v;
  }
  return e;
}

// ---------------------------------------------------------------- the skeleton

/** A history file to fill in: every indicator, grouped by jabatan, with its name and satuan as comments. */
export function riwayatSkeleton(index: CatalogueIndex, year: number): string {
  const lines = [
    `# Riwayat realisasi IKI tahun ${year} — ${index.catalogue.instansi}`,
    '# Untuk tahun sebelum iki dipakai: ketik realisasi tahunan di belakang setiap indikator (angka saja),',
    '# atau per triwulan beserta target tahun itu bila ada:',
    '#   indikator_id: { tahun: 80, tw1: 70, tw2: 75, tw3: 78, tw4: 80, target: 85 }',
    '# Biarkan "null" bila realisasinya tidak diketahui. Persentase ditulis tanpa tanda %, mis. 80,5 ditulis 80.5.',
    `format: ${RIWAYAT_FORMAT}`,
    `year: ${year}`,
    `sumber: "LKjIP ${year}"`,
    'realisasi:',
  ];
  for (const j of index.subtree(index.root.id)) {
    const inds = index.indicatorsOf(j.id);
    if (!inds.length) continue;
    lines.push(`  # ${j.nama} (${j.id})`);
    for (const i of inds) lines.push(`  ${i.id}: null   # ${i.nama.replace(/\s+/g, ' ')} (${i.satuan}${i.polarity === 'lower' ? ', makin kecil makin baik' : ''})`);
  }
  return `${lines.join('\n')}\n`;
}
