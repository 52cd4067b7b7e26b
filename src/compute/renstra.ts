// The Renstra: the five-year plan (targets/renstra.yaml in the workspace). Per indicator: the kondisi
// awal (baseline), a target for each year of the periode and the target at the end (target akhir).
// The LKjIP sets this year's realisasi against both. Loading returns problems, never throws.
import { z } from 'zod';
import type { CatalogueIndex } from '../model/catalogue.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import { checkYaml, nearestId } from './yaml-document.js';

export const RENSTRA_FORMAT = 'iki-renstra/1';

export interface RenstraEntry {
  kondisiAwal?: number;
  /** By year. */
  target: Map<number, number>;
  /** The plan's final target; when not written, the target of the periode's last year. */
  targetAkhir?: number;
  location: Location;
}

export interface Renstra {
  awal: number;
  akhir: number;
  /** e.g. "Renstra Dinas Tenaga Kerja 2016–2021", as written. */
  judul?: string;
  byIndicator: Map<string, RenstraEntry>;
}

/** targets/renstra.yaml inside the workspace. */
export function renstraPath(workspaceRoot: string): string {
  return `${workspaceRoot.replace(/\/+$/, '')}/targets/renstra.yaml`;
}

// ---------------------------------------------------------------- the schema (declarative)

const num = z.number().finite().nonnegative();
const year = z.number().int().min(2000).max(2100);
const indikator = z.strictObject({
  kondisi_awal: num.nullable().optional(),
  target: z.record(z.string().regex(/^\d{4}$/), num.nullable()).optional(),
  target_akhir: num.nullable().optional(),
});
const schema = z.strictObject({
  format: z.literal(RENSTRA_FORMAT),
  judul: z.string().optional(),
  periode: z.strictObject({ awal: year, akhir: year }),
  indikator: z.record(z.string(), indikator.nullable()),
});

// ---------------------------------------------------------------- loading

export interface RenstraLoad {
  renstra?: Renstra;
  problems: Problem[];
}

/** Parse the Renstra file against the catalogue. Pure: the caller reads the file. */
export function loadRenstra(source: string, file: string, index: CatalogueIndex): RenstraLoad {
  const checked = checkYaml(source, file, schema, {
    syntax: (detail, at) => problem('renstra.yaml-syntax', { detail }, at),
    schema: (issue, at) => problem('renstra.schema', issue, at),
  });
  const raw = checked.data;
  if (!raw) return { problems: checked.problems };
  const { awal, akhir } = raw.periode;
  if (akhir <= awal) return { problems: [problem('renstra.periode', { awal, akhir }, checked.locate(['periode']))] };
  const problems: Problem[] = [];
  const byIndicator = new Map<string, RenstraEntry>();
  for (const [id, value] of Object.entries(raw.indikator)) {
    const location = checked.locate(['indikator', id]);
    const ind = index.indicators.get(id);
    if (!ind) {
      const suggestion = nearestId(id, index.indicators.keys());
      problems.push(problem('renstra.unknown-indicator', { id, ...(suggestion ? { suggestion } : {}) }, location));
      continue;
    }
    if (!value) continue;
    const e: RenstraEntry = { target: new Map(), location };
    if (value.kondisi_awal != null) e.kondisiAwal = value.kondisi_awal;
    for (const [y, t] of Object.entries(value.target ?? {})) {
      const yn = Number(y);
      if (yn < awal || yn > akhir) {
        problems.push(problem('renstra.year-outside', { id, year: yn, awal, akhir }, checked.locate(['indikator', id, 'target', y])));
        continue;
      }
      if (t !== null) e.target.set(yn, t);
    }
    const last = e.target.get(akhir);
    if (value.target_akhir != null) {
      e.targetAkhir = value.target_akhir;
      if (last !== undefined && last !== value.target_akhir) {
        problems.push(problem('renstra.final-mismatch', { id, targetAkhir: value.target_akhir, year: akhir, target: last }, checked.locate(['indikator', id, 'target_akhir'])));
      }
    } else if (last !== undefined) e.targetAkhir = last;
    if (e.target.size > 0) {
      const years = Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i).filter((y) => !e.target.has(y));
      if (years.length) problems.push(problem('renstra.year-missing', { id, years }, location));
    }
    if (ind.kind === 'ratio' && ind.factor === 100 && !ind.allowOver) {
      const over = [e.kondisiAwal, e.targetAkhir, ...e.target.values()].find((v) => v !== undefined && v > 100);
      if (over !== undefined) problems.push(problem('renstra.over-100', { id, value: over }, location));
    }
    byIndicator.set(id, e);
  }
  const renstra: Renstra = { awal, akhir, byIndicator };
  if (raw.judul) renstra.judul = raw.judul;
  return { renstra, problems };
}

// ---------------------------------------------------------------- the skeleton

/** A Renstra file to fill in: every indicator of the top jabatan and its direct subordinates (the LKjIP's), each year blank. */
export function renstraSkeleton(index: CatalogueIndex, awal: number, akhir: number): string {
  const years = Array.from({ length: akhir - awal + 1 }, (_, i) => awal + i);
  const lines = [
    `# Target Renstra ${awal}–${akhir} — ${index.catalogue.instansi}`,
    '# Untuk setiap indikator: kondisi awal (capaian sebelum Renstra), target tiap tahun, dan target akhir.',
    '# Angka saja; persentase tanpa tanda %. Biarkan "null" bila belum ada.',
    `format: ${RENSTRA_FORMAT}`,
    `judul: "Renstra ${index.catalogue.instansi} ${awal}–${akhir}"`,
    `periode: { awal: ${awal}, akhir: ${akhir} }`,
    'indikator:',
  ];
  for (const j of [index.root, ...index.childrenOf(index.root.id)]) {
    const inds = index.indicatorsOf(j.id);
    if (!inds.length) continue;
    lines.push(`  # ${j.nama} (${j.id})`);
    for (const i of inds) {
      lines.push(`  ${i.id}:   # ${i.nama.replace(/\s+/g, ' ')} (${i.satuan}${i.polarity === 'lower' ? ', makin kecil makin baik' : ''})`);
      lines.push('    kondisi_awal: null');
      lines.push(`    target: { ${years.map((y) => `${y}: null`).join(', ')} }`);
      lines.push('    target_akhir: null');
    }
  }
  return `${lines.join('\n')}\n`;
}
