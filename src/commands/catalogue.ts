// `iki catalogue check | list | show`: the catalogue as data. No exceljs here: these must start fast.
import { elementsOf, type Catalogue, type CatalogueIndex, type Indikator, type Jabatan } from '../model/catalogue.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { suggestMany } from '../model/suggest.js';
import { readCatalogue, requireCatalogue, type CatalogueChoice } from '../store/catalogue-source.js';
import { reportOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface CatalogueCounts {
  jabatan: number;
  indicators: number;
  ratios: number;
  counts: number;
  /** kind: value indicators, when there are any. */
  values?: number;
  elements: number;
}

export interface CatalogueCheckReport extends CommandReport {
  command: 'catalogue check';
  file: string;
  valid: boolean;
  catalogue_id?: string;
  catalogue_hash?: string;
  counts?: CatalogueCounts;
}

export function countsOf(c: Catalogue): CatalogueCounts {
  const indicators = c.jabatan.flatMap((j) => j.kinerja.flatMap((k) => k.indikator));
  const ratios = indicators.filter((i) => i.kind === 'ratio').length;
  const values = indicators.filter((i) => i.kind === 'value').length;
  return { jabatan: c.jabatan.length, indicators: indicators.length, ratios, counts: indicators.length - ratios - values, ...(values ? { values } : {}), elements: c.elements.length };
}

/** Check a catalogue: exit 0 when clean (warnings allowed), 1 with problems, 2 when it cannot be read. */
export function catalogueCheck(opts: CatalogueChoice, env: CoreEnv): Promise<CatalogueCheckReport> {
  return reportOf<CatalogueCheckReport>({ command: 'catalogue check', file: opts.catalogue ?? '', valid: false }, async () => {
    const { file, catalogue, problems } = await readCatalogue(opts, env.cwd, env.env);
    const valid = catalogue !== undefined && !hasErrors(problems);
    const out: Omit<CatalogueCheckReport, 'ok'> = { command: 'catalogue check', file, valid, problems };
    return catalogue ? { ...out, catalogue_id: catalogue.id, catalogue_hash: catalogue.hash, counts: countsOf(catalogue) } : out;
  });
}

export interface IndicatorJson {
  id: string;
  nama: string;
  kind: Indikator['kind'];
  formulasi: string;
  satuan: string;
  polarity: Indikator['polarity'];
  numerator?: string[];
  denominator?: string[];
  factor?: number;
  allow_over?: boolean;
  element?: string;
}

export function indicatorJson(i: Indikator): IndicatorJson {
  const common = { id: i.id, nama: i.nama, kind: i.kind, formulasi: i.formulasi, satuan: i.satuan, polarity: i.polarity };
  return i.kind === 'ratio'
    ? { ...common, numerator: i.numerator, denominator: i.denominator, factor: i.factor, allow_over: i.allowOver }
    : { ...common, element: i.element };
}

export interface ElementJson {
  id: string;
  nama: string;
  satuan: string;
  owner: string;
  aggregation: string;
  /** Present when not a count: decimal | rupiah | percent, with decimals (decimal, percent). */
  type?: string;
  decimals?: number;
  min?: number;
  max?: number;
  catatan?: string;
}

export interface CatalogueListReport extends CommandReport {
  command: 'catalogue list';
  catalogue: { id: string; hash: string; instansi: string; keputusan: Catalogue['keputusan']; file: string; counts: CatalogueCounts } | null;
  jabatan: { id: string; nama: string; atasan: string | null; depth: number; unit: string | null; indicators: IndicatorJson[]; elements: string[] }[];
  elements: ElementJson[];
}

/** The jabatan tree with each jabatan's indicators and the elements it enters. */
export function catalogueList(opts: CatalogueChoice, env: CoreEnv): Promise<CatalogueListReport> {
  return reportOf<CatalogueListReport>({ command: 'catalogue list', catalogue: null, jabatan: [], elements: [] }, async () => {
    const { index, file, problems } = await requireCatalogue(opts, env.cwd, env.env);
    const cat = index.catalogue;
    return {
      command: 'catalogue list',
      catalogue: { id: cat.id, hash: cat.hash, instansi: cat.instansi, keputusan: cat.keputusan, file, counts: countsOf(cat) },
      jabatan: index.subtree(index.root.id).map((j) => ({
        id: j.id,
        nama: j.nama,
        atasan: j.atasan,
        depth: index.depth(j.id),
        unit: index.unitOf(j.id)?.id ?? null,
        indicators: index.indicatorsOf(j.id).map(indicatorJson),
        elements: index.elementsEnteredBy(j.id).map((e) => e.id),
      })),
      elements: cat.elements.map((e) => ({
        id: e.id,
        nama: e.nama,
        satuan: e.satuan,
        owner: e.owner,
        aggregation: e.aggregation,
        ...(e.type !== 'count' ? { type: e.type } : {}),
        ...(e.decimals !== undefined ? { decimals: e.decimals } : {}),
        ...(e.min !== undefined ? { min: e.min } : {}),
        ...(e.max !== undefined ? { max: e.max } : {}),
        ...(e.catatan ? { catatan: e.catatan } : {}),
      })),
      problems,
    };
  });
}

/** One side of a percentage, or a count's element, with who enters it. */
export interface PartJson {
  role: 'numerator' | 'denominator' | 'element';
  element: string;
  nama: string | null;
  satuan: string | null;
  aggregation: string | null;
  owner: string | null;
  owner_nama: string | null;
}

export interface CatalogueShowReport extends CommandReport {
  command: 'catalogue show';
  jabatan: (Omit<Jabatan, 'kinerja'> & { atasan_nama: string | null; unit: string | null }) | null;
  kinerja: { no: string; nama: string; indicators: (IndicatorJson & { huruf?: string; sumber_data?: string; penanggung_jawab?: string; catatan: string[]; parts: PartJson[] })[] }[];
  /** Elements this jabatan enters only for other jabatan's indicators. */
  for_others: (ElementJson & { used_by: string[] })[];
}

function partsOf(index: CatalogueIndex, i: Indikator): PartJson[] {
  const part = (role: PartJson['role'], id: string): PartJson => {
    const el = index.elements.get(id);
    const owner = el ? index.jabatan.get(el.owner) : undefined;
    return { role, element: id, nama: el?.nama ?? null, satuan: el?.satuan ?? null, aggregation: el?.aggregation ?? null, owner: el?.owner ?? null, owner_nama: owner?.nama ?? null };
  };
  return i.kind === 'ratio' ? [...i.numerator.map((e) => part('numerator', e)), ...i.denominator.map((e) => part('denominator', e))] : [part('element', i.element)];
}

/** One jabatan: tugas, fungsi, indicators, and who enters each element. */
export function catalogueShow(opts: CatalogueChoice & { id: string }, env: CoreEnv): Promise<CatalogueShowReport> {
  return reportOf<CatalogueShowReport>({ command: 'catalogue show', jabatan: null, kinerja: [], for_others: [] }, async () => {
    const { index, problems } = await requireCatalogue(opts, env.cwd, env.env);
    const j = index.jabatan.get(opts.id);
    if (!j) throw new ProblemError([problem('usage.unknown-jabatan', { id: opts.id, suggestions: suggestMany(opts.id, index.jabatan.keys(), 5) })]);
    const { kinerja, ...rest } = j;
    const own = new Set(index.indicatorsOf(j.id).flatMap(elementsOf));
    return {
      command: 'catalogue show',
      jabatan: { ...rest, atasan_nama: j.atasan ? (index.jabatan.get(j.atasan)?.nama ?? null) : null, unit: index.unitOf(j.id)?.nama ?? null },
      kinerja: kinerja.map((k, ki) => ({
        no: k.no ?? String(ki + 1),
        nama: k.nama,
        indicators: k.indikator.map((i) => ({
          ...indicatorJson(i),
          ...(i.huruf ? { huruf: i.huruf } : {}),
          ...(i.sumberData ? { sumber_data: i.sumberData } : {}),
          ...(i.penanggungJawab ? { penanggung_jawab: index.units.get(i.penanggungJawab)?.nama ?? i.penanggungJawab } : {}),
          catatan: i.catatan,
          parts: partsOf(index, i),
        })),
      })),
      for_others: index
        .elementsEnteredBy(j.id)
        .filter((e) => !own.has(e.id))
        .map((e) => ({ id: e.id, nama: e.nama, satuan: e.satuan, owner: e.owner, aggregation: e.aggregation, used_by: index.indicatorsUsing(e.id).map((i) => i.id) })),
      problems: problems as Problem[],
    };
  });
}
