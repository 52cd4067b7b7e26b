// The catalogue: jabatan, their kinerja and indikator, and the data elements people type.
// Loading is a pipeline (YAML -> schema -> cross-field rules) that returns problems and never
// throws on bad user data. Nothing about one dinas lives here: it all comes from the YAML.
import { createHash } from 'node:crypto';
import { visit } from 'yaml';
import { z } from 'zod';
import { legacyProblem, type Location, type Problem } from './problem.js';
import { describeIssue, formatPath, parseYamlSource } from '../store/yaml-source.js';

export const CATALOGUE_FORMAT = 'iki-catalogue/1';
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const ID_MAX_LENGTH = 60;
/** More aliases than this in one catalogue is treated as an attack, not a convenience. */
const MAX_ALIASES = 50;

// ---------------------------------------------------------------- model

export type Aggregation = 'sum' | 'last';
export type Polarity = 'higher' | 'lower';

export interface Lettered {
  huruf: string;
  teks: string;
}

export interface NoteField {
  id: string;
  label: string;
  maxLength: number;
}

export interface Unit {
  id: string;
  nama: string;
  kepala: string;
}

export interface Element {
  id: string;
  nama: string;
  satuan: string;
  owner: string;
  aggregation: Aggregation;
  catatan?: string;
}

interface IndikatorBase {
  id: string;
  /** The jabatan whose indicator this is. */
  jabatan: string;
  /** Position of its kinerja in the jabatan (0-based). */
  kinerja: number;
  huruf?: string;
  nama: string;
  formulasi: string;
  sumberData?: string;
  penanggungJawab?: string;
  satuan: string;
  polarity: Polarity;
  catatan: string[];
}

export interface CountIndikator extends IndikatorBase {
  kind: 'count';
  element: string;
}

export interface RatioIndikator extends IndikatorBase {
  kind: 'ratio';
  numerator: string[];
  denominator: string[];
  factor: number;
  allowOver: boolean;
}

export type Indikator = CountIndikator | RatioIndikator;

export interface Kinerja {
  no?: string;
  nama: string;
  indikator: Indikator[];
}

export interface Jabatan {
  id: string;
  nama: string;
  atasan: string | null;
  tugas: string | Lettered[];
  fungsi: Lettered[];
  catatan: string[];
  kinerja: Kinerja[];
}

export interface Catalogue {
  format: typeof CATALOGUE_FORMAT;
  id: string;
  instansi: string;
  keputusan: { judul?: string; nomor: string; tanggal: string };
  catatan: string[];
  notes: NoteField[];
  units: Unit[];
  jabatan: Jabatan[];
  elements: Element[];
  /** sha256 of the catalogue's content (not its formatting), hex. */
  hash: string;
}

export const DEFAULT_NOTES: NoteField[] = [
  { id: 'kendala', label: 'Kendala / Permasalahan', maxLength: 500 },
  { id: 'tindak_lanjut', label: 'Tindak Lanjut', maxLength: 500 },
  { id: 'data_dukung', label: 'Data Dukung (tempat bukti disimpan)', maxLength: 250 },
];

// ---------------------------------------------------------------- schema

const text = z.string().trim().min(1, 'must not be empty');
const optText = z.string().trim().optional();
const notes = z.union([z.string(), z.array(z.string())]).optional();
const lettered = z.strictObject({ huruf: z.union([z.string(), z.number()]).transform(String), teks: text });
const idRef = z.string().min(1, 'must not be empty');

const indikatorSchema = z.strictObject({
  id: idRef,
  huruf: z.union([z.string(), z.number()]).transform(String).optional(),
  nama: text,
  formulasi: text,
  sumber_data: optText,
  penanggung_jawab: idRef.optional(),
  satuan: optText,
  kind: z.enum(['ratio', 'count']),
  element: idRef.optional(),
  numerator: z.array(idRef).optional(),
  denominator: z.array(idRef).optional(),
  factor: z.number().positive().optional(),
  allow_over: z.boolean().optional(),
  polarity: z.enum(['higher', 'lower']).optional(),
  catatan: notes,
});

const schema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT),
  id: text,
  instansi: text,
  keputusan: z.strictObject({
    judul: optText,
    nomor: text,
    tanggal: z.union([z.string(), z.number(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))),
  }),
  catatan: notes,
  notes: z
    .array(z.strictObject({ id: idRef, label: text, max_length: z.number().int().positive().max(32767).optional() }))
    .optional(),
  unit: z.array(z.strictObject({ id: idRef, nama: text, kepala: idRef })).optional(),
  jabatan: z
    .array(
      z.strictObject({
        id: idRef,
        nama: text,
        atasan: idRef.nullable(),
        tugas: z.union([text, z.array(lettered).min(1)]),
        fungsi: z.array(lettered).optional(),
        catatan: notes,
        kinerja: z
          .array(z.strictObject({ no: z.union([z.string(), z.number()]).transform(String).optional(), nama: text, indikator: z.array(indikatorSchema).min(1) }))
          .min(1),
      }),
    )
    .min(1),
  elements: z.array(
    z.strictObject({
      id: idRef,
      nama: text,
      satuan: text,
      owner: idRef,
      aggregation: z.enum(['sum', 'last']),
      catatan: z.string().optional(),
    }),
  ),
});

type RawCatalogue = z.infer<typeof schema>;

// ---------------------------------------------------------------- loading

export interface LoadResult {
  /** Present when the file parsed and matched the schema; check `problems` for errors before use. */
  catalogue?: Catalogue;
  problems: Problem[];
}

/** Parse and check a catalogue. Pure: the caller reads the file. */
export function loadCatalogue(source: string, file: string): LoadResult {
  const { doc, at, locate } = parseYamlSource(source, file);

  const problems: Problem[] = [];
  for (const e of doc.errors) {
    problems.push(legacyProblem('catalogue.yaml-syntax', e.message.split('\n')[0] ?? e.message, at(e.pos[0])));
  }
  if (problems.length > 0) return { problems };
  for (const w of doc.warnings) {
    problems.push(legacyProblem('catalogue.yaml-warning', w.message.split('\n')[0] ?? w.message, at(w.pos[0])));
  }

  // Refuse alias bombs before anything expands them.
  let aliases = 0;
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      firstAlias ??= node.range?.[0];
    },
  });
  if (aliases > MAX_ALIASES) {
    problems.push(
      legacyProblem('catalogue.alias-bomb', `The file uses ${aliases} YAML aliases (at most ${MAX_ALIASES} allowed); it was not expanded.`, at(firstAlias)),
    );
    return { problems };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    problems.push(legacyProblem('catalogue.alias-bomb', `The YAML could not be expanded safely: ${(err as Error).message}`, at(firstAlias)));
    return { problems };
  }
  if (data === null || data === undefined) {
    problems.push(legacyProblem('catalogue.schema', 'The catalogue file is empty.', { file, line: 1, column: 1 }));
    return { problems };
  }

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { path, keyPath, message } = describeIssue(issue);
      problems.push(legacyProblem('catalogue.schema', `${formatPath(path) || '(top)'}: ${message}`, { ...locate(keyPath), ...(formatPath(path) ? { path: formatPath(path) } : {}) }));
    }
    return { problems };
  }

  const raw = parsed.data;
  const catalogue = normalise(raw);
  problems.push(...checkCatalogue(raw, locate));
  return { catalogue, problems };
}

function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

function normalise(raw: RawCatalogue): Catalogue {
  const elementById = new Map(raw.elements.map((e) => [e.id, e]));
  const jabatan: Jabatan[] = raw.jabatan.map((j) => ({
    id: j.id,
    nama: j.nama,
    atasan: j.atasan,
    tugas: j.tugas,
    fungsi: j.fungsi ?? [],
    catatan: asList(j.catatan),
    kinerja: j.kinerja.map((k, ki) => {
      const out: Kinerja = {
        nama: k.nama,
        indikator: k.indikator.map((i): Indikator => {
          const base = {
            id: i.id,
            jabatan: j.id,
            kinerja: ki,
            nama: i.nama,
            formulasi: i.formulasi,
            polarity: i.polarity ?? 'higher',
            catatan: asList(i.catatan),
          } as const;
          const opt: Partial<IndikatorBase> = {};
          if (i.huruf !== undefined) opt.huruf = i.huruf;
          if (i.sumber_data) opt.sumberData = i.sumber_data;
          if (i.penanggung_jawab) opt.penanggungJawab = i.penanggung_jawab;
          if (i.kind === 'count') {
            const el = i.element ?? '';
            return { ...base, ...opt, kind: 'count', element: el, satuan: i.satuan || elementById.get(el)?.satuan || '' };
          }
          return {
            ...base,
            ...opt,
            kind: 'ratio',
            numerator: i.numerator ?? [],
            denominator: i.denominator ?? [],
            factor: i.factor ?? 100,
            allowOver: i.allow_over ?? false,
            satuan: i.satuan || '%',
          };
        }),
      };
      if (k.no !== undefined) out.no = k.no;
      return out;
    }),
  }));
  const elements: Element[] = raw.elements.map((e) => {
    const out: Element = { id: e.id, nama: e.nama, satuan: e.satuan, owner: e.owner, aggregation: e.aggregation };
    if (e.catatan) out.catatan = e.catatan;
    return out;
  });
  const keputusan: Catalogue['keputusan'] = { nomor: raw.keputusan.nomor, tanggal: raw.keputusan.tanggal };
  if (raw.keputusan.judul) keputusan.judul = raw.keputusan.judul;
  return {
    format: CATALOGUE_FORMAT,
    id: raw.id,
    instansi: raw.instansi,
    keputusan,
    catatan: asList(raw.catatan),
    notes: raw.notes?.map((n) => ({ id: n.id, label: n.label, maxLength: n.max_length ?? 500 })) ?? DEFAULT_NOTES,
    units: raw.unit ?? [],
    jabatan,
    elements,
    hash: hashOf(raw),
  };
}

/** A hash of the content, independent of key order, comments and formatting. */
function hashOf(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------- cross-field rules

type Path = (string | number)[];

function checkCatalogue(raw: RawCatalogue, where: (path: Path) => Location): Problem[] {
  const problems: Problem[] = [];
  const add = (code: Parameters<typeof legacyProblem>[0], message: string, path: Path) => problems.push(legacyProblem(code, message, where(path)));

  // Ids: pattern, then uniqueness within each kind and across kinds that share the Excel name space.
  const seen = new Map<string, { what: string; path: Path }>();
  const claim = (id: string, what: string, path: Path) => {
    if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) {
      add('catalogue.bad-id', `${what} id "${id}" is not a valid id.`, path);
    }
    const prev = seen.get(`${what}:${id}`);
    if (prev) add('catalogue.duplicate-id', `${what} id "${id}" is used twice (first at ${formatPath(prev.path)}).`, path);
    else seen.set(`${what}:${id}`, { what, path });
  };
  raw.jabatan.forEach((j, ji) => claim(j.id, 'jabatan', ['jabatan', ji, 'id']));
  raw.elements.forEach((e, ei) => claim(e.id, 'element', ['elements', ei, 'id']));
  (raw.unit ?? []).forEach((u, ui) => claim(u.id, 'unit', ['unit', ui, 'id']));
  const noteIds = new Set<string>();
  (raw.notes ?? []).forEach((n, ni) => {
    if (!ID_PATTERN.test(n.id)) add('catalogue.bad-id', `note field id "${n.id}" is not a valid id.`, ['notes', ni, 'id']);
    if (noteIds.has(n.id)) add('catalogue.duplicate-note', `note field "${n.id}" is listed twice.`, ['notes', ni, 'id']);
    noteIds.add(n.id);
  });
  raw.jabatan.forEach((j, ji) =>
    j.kinerja.forEach((k, ki) =>
      k.indikator.forEach((i, ii) => claim(i.id, 'indicator', ['jabatan', ji, 'kinerja', ki, 'indikator', ii, 'id'])),
    ),
  );

  const jabatanIds = new Set(raw.jabatan.map((j) => j.id));
  const elementIds = new Set(raw.elements.map((e) => e.id));
  const unitIds = new Set((raw.unit ?? []).map((u) => u.id));
  const suggest = (id: string, pool: Set<string>) => {
    const near = [...pool].find((c) => editDistance(c, id) <= 2);
    return near ? ` Did you mean "${near}"?` : '';
  };
  const ref = (id: string, pool: Set<string>, what: string, path: Path) => {
    if (!pool.has(id)) add('catalogue.unknown-ref', `${what} "${id}" does not exist.${suggest(id, pool)}`, path);
  };

  (raw.unit ?? []).forEach((u, ui) => ref(u.kepala, jabatanIds, 'kepala jabatan', ['unit', ui, 'kepala']));
  raw.elements.forEach((e, ei) => ref(e.owner, jabatanIds, 'owner jabatan', ['elements', ei, 'owner']));

  const used = new Set<string>();
  raw.jabatan.forEach((j, ji) => {
    if (j.atasan !== null) ref(j.atasan, jabatanIds, 'atasan jabatan', ['jabatan', ji, 'atasan']);
    j.kinerja.forEach((k, ki) =>
      k.indikator.forEach((i, ii) => {
        const base: Path = ['jabatan', ji, 'kinerja', ki, 'indikator', ii];
        if (i.penanggung_jawab !== undefined) ref(i.penanggung_jawab, unitIds, 'penanggung_jawab unit', [...base, 'penanggung_jawab']);
        if (i.kind === 'count') {
          if (i.element === undefined) add('catalogue.kind-fields', `count indicator "${i.id}" needs an \`element\`.`, base);
          else {
            ref(i.element, elementIds, 'element', [...base, 'element']);
            used.add(i.element);
          }
          if (i.numerator || i.denominator) {
            add('catalogue.kind-fields', `count indicator "${i.id}" has numerator/denominator; use kind: ratio or remove them.`, base);
          }
        } else {
          if (i.element !== undefined) add('catalogue.kind-fields', `ratio indicator "${i.id}" has \`element\`; ratios use numerator and denominator.`, [...base, 'element']);
          for (const side of ['numerator', 'denominator'] as const) {
            const list = i[side];
            if (!list || list.length === 0) {
              add('catalogue.empty-ratio', `ratio indicator "${i.id}" has no ${side} elements.`, list ? [...base, side] : base);
              continue;
            }
            list.forEach((e, ei) => {
              ref(e, elementIds, `${side} element`, [...base, side, ei]);
              used.add(e);
            });
          }
          const both = (i.numerator ?? []).filter((e) => (i.denominator ?? []).includes(e));
          for (const e of both) add('catalogue.ratio-self', `element "${e}" is both numerator and denominator of "${i.id}".`, [...base, 'numerator']);
        }
      }),
    );
  });
  raw.elements.forEach((e, ei) => {
    if (!used.has(e.id)) add('catalogue.unused-element', `element "${e.id}" is not used by any indicator; it would be typed for nothing.`, ['elements', ei, 'id']);
  });

  // The atasan tree: one root, no loops, everyone reachable from the root.
  const roots = raw.jabatan.flatMap((j, ji) => (j.atasan === null ? [ji] : []));
  if (roots.length === 0) add('catalogue.no-root', 'No jabatan has `atasan: null`, so there is no top of the tree.', ['jabatan']);
  for (const ri of roots.slice(1)) {
    add('catalogue.many-roots', `jabatan "${raw.jabatan[ri]!.id}" also has no atasan; "${raw.jabatan[roots[0]!]!.id}" is already the top.`, ['jabatan', ri, 'atasan']);
  }
  const atasanOf = new Map(raw.jabatan.map((j) => [j.id, j.atasan]));
  const indexOf = new Map(raw.jabatan.map((j, ji) => [j.id, ji]));
  const reported = new Set<string>();
  for (const j of raw.jabatan) {
    const chain: string[] = [];
    let cur: string | null | undefined = j.id;
    while (cur !== null && cur !== undefined && jabatanIds.has(cur)) {
      const at = chain.indexOf(cur);
      if (at >= 0) {
        const loop = chain.slice(at);
        const key = [...loop].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          add('catalogue.atasan-loop', `atasan loop: ${[...loop, cur].join(' -> ')}.`, ['jabatan', indexOf.get(loop[0]!)!, 'atasan']);
        }
        break;
      }
      chain.push(cur);
      cur = atasanOf.get(cur);
    }
  }
  if (roots.length > 0) {
    const root = raw.jabatan[roots[0]!]!.id;
    const children = new Map<string, string[]>();
    for (const j of raw.jabatan) if (j.atasan !== null) children.set(j.atasan, [...(children.get(j.atasan) ?? []), j.id]);
    const reach = new Set<string>([root]);
    const stack = [root];
    while (stack.length > 0) for (const c of children.get(stack.pop()!) ?? []) if (!reach.has(c)) (reach.add(c), stack.push(c));
    raw.jabatan.forEach((j, ji) => {
      if (!reach.has(j.id) && j.atasan !== null && jabatanIds.has(j.atasan) && !inLoopReported(j.id)) {
        add('catalogue.unreachable', `jabatan "${j.id}" cannot be reached from the top "${root}" through atasan links.`, ['jabatan', ji, 'atasan']);
      }
    });
    function inLoopReported(id: string): boolean {
      for (const key of reported) if (key.split(',').includes(id)) return true;
      return false;
    }
  }
  return problems;
}

/** Levenshtein distance; 99 when the lengths differ by more than 2 (only near misses matter). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

// ---------------------------------------------------------------- lookups

/** Read-only lookups over a checked catalogue. Built once, used by every other module. */
export class CatalogueIndex {
  readonly jabatan = new Map<string, Jabatan>();
  readonly elements = new Map<string, Element>();
  readonly indicators = new Map<string, Indikator>();
  readonly units = new Map<string, Unit>();
  private readonly children = new Map<string, Jabatan[]>();
  // Built once: reading thousands of workbooks asks these for every one.
  private readonly indicatorsByJabatan = new Map<string, Indikator[]>();
  private readonly enteredBy = new Map<string, Element[]>();

  constructor(readonly catalogue: Catalogue) {
    for (const j of catalogue.jabatan) {
      this.jabatan.set(j.id, j);
      for (const k of j.kinerja) for (const i of k.indikator) this.indicators.set(i.id, i);
    }
    for (const e of catalogue.elements) this.elements.set(e.id, e);
    for (const u of catalogue.units) this.units.set(u.id, u);
    for (const j of catalogue.jabatan) {
      if (j.atasan !== null) this.children.set(j.atasan, [...(this.children.get(j.atasan) ?? []), j]);
    }
  }

  get root(): Jabatan {
    const r = this.catalogue.jabatan.find((j) => j.atasan === null);
    if (!r) throw new Error('catalogue has no root; check it before indexing');
    return r;
  }

  childrenOf(id: string): Jabatan[] {
    return this.children.get(id) ?? [];
  }

  /** Depth in the tree: 0 for the top. */
  depth(id: string): number {
    let d = 0;
    for (let cur = this.jabatan.get(id)?.atasan; cur; cur = this.jabatan.get(cur)?.atasan) d++;
    return d;
  }

  /** The jabatan and everyone under it, depth first in catalogue order. */
  subtree(id: string): Jabatan[] {
    const j = this.jabatan.get(id);
    if (!j) return [];
    return [j, ...this.childrenOf(id).flatMap((c) => this.subtree(c.id))];
  }

  indicatorsOf(jabatanId: string): Indikator[] {
    let out = this.indicatorsByJabatan.get(jabatanId);
    if (!out) {
      out = this.jabatan.get(jabatanId)?.kinerja.flatMap((k) => k.indikator) ?? [];
      this.indicatorsByJabatan.set(jabatanId, out);
    }
    return out;
  }

  /** Elements this jabatan types, in the order its indicators use them, then any others it owns. */
  elementsEnteredBy(jabatanId: string): Element[] {
    let cached = this.enteredBy.get(jabatanId);
    if (!cached) {
      cached = this.computeEnteredBy(jabatanId);
      this.enteredBy.set(jabatanId, cached);
    }
    return cached;
  }

  private computeEnteredBy(jabatanId: string): Element[] {
    const owned = this.catalogue.elements.filter((e) => e.owner === jabatanId);
    const order: string[] = [];
    for (const i of this.indicatorsOf(jabatanId)) {
      for (const e of elementsOf(i)) if (!order.includes(e)) order.push(e);
    }
    const rank = (e: Element) => {
      const r = order.indexOf(e.id);
      return r < 0 ? order.length : r;
    };
    return [...owned].sort((a, b) => rank(a) - rank(b));
  }

  /** The unit a jabatan belongs to: the unit whose kepala is it or one of its atasan. */
  unitOf(jabatanId: string): Unit | undefined {
    for (let cur: string | null | undefined = jabatanId; cur; cur = this.jabatan.get(cur)?.atasan) {
      const u = this.catalogue.units.find((x) => x.kepala === cur);
      if (u) return u;
    }
    return undefined;
  }

  /** Indicators that read an element (as count, numerator or denominator). */
  indicatorsUsing(elementId: string): Indikator[] {
    return [...this.indicators.values()].filter((i) => elementsOf(i).includes(elementId));
  }
}

export function elementsOf(i: Indikator): string[] {
  return i.kind === 'count' ? [i.element] : [...i.numerator, ...i.denominator];
}
