// The catalogue: jabatan, their kinerja and indikator, and the data elements people type, with the
// lookups every other module uses. Nothing about one dinas lives here: it all comes from the YAML
// (the schema is in catalogue-schema.ts, the cross-field rules in catalogue-rules.ts, loading in
// src/store/catalogue-source.ts).

export const CATALOGUE_FORMAT = 'iki-catalogue/1';
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const ID_MAX_LENGTH = 60;

// ---------------------------------------------------------------- model

export type Aggregation = 'sum' | 'last' | 'average';
/** What an element holds: a whole count (the default), a decimal, whole rupiah, or a percentage 0–100. */
export type ElementType = 'count' | 'decimal' | 'rupiah' | 'percent';
export const ELEMENT_TYPES: readonly ElementType[] = ['count', 'decimal', 'rupiah', 'percent'];
/** The largest rupiah amount an element holds (10^15: exact in a double, above any APBD line). */
export const RUPIAH_MAX = 1e15;
/** Decimal places shown for decimal and percent elements unless the catalogue says otherwise. */
export const DEFAULT_DECIMALS = 2;
export const MAX_DECIMALS = 6;

/** The range every value of a type lies in, before the catalogue's own min/max. */
export const TYPE_RANGE: Record<ElementType, { min: number; max: number }> = {
  count: { min: 0, max: Number.MAX_SAFE_INTEGER },
  decimal: { min: -RUPIAH_MAX, max: RUPIAH_MAX },
  rupiah: { min: 0, max: RUPIAH_MAX },
  percent: { min: 0, max: 100 },
};
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
  /** 'count' when the catalogue does not say. */
  type: ElementType;
  /** Places shown (decimal and percent only; default 2). */
  decimals?: number;
  /** Bounds a value must lie in (inclusive); absent: the type's own range (decimal: 0 and up). */
  min?: number;
  max?: number;
  catatan?: string;
}

/** The bounds a value of this element must lie in: its own min/max, else its type's range (a decimal is ≥ 0 unless min says otherwise). */
export function boundsOf(el: Pick<Element, 'type' | 'min' | 'max'>): { min: number; max: number } {
  const range = TYPE_RANGE[el.type];
  return { min: el.min ?? (el.type === 'decimal' ? 0 : range.min), max: el.max ?? range.max };
}

/** Decimal places of an element's values (0 for count and rupiah). */
export function decimalsOf(el: Pick<Element, 'type' | 'decimals'>): number {
  return el.type === 'decimal' || el.type === 'percent' ? (el.decimals ?? DEFAULT_DECIMALS) : 0;
}

export interface IndikatorBase {
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

/** One element's value: `count` for a count element, `value` for an element of any type. */
export interface CountIndikator extends IndikatorBase {
  kind: 'count' | 'value';
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

  private ownedBy: Map<string, Element[]> | undefined;

  private computeEnteredBy(jabatanId: string): Element[] {
    // By owner, built once: filtering every element for each of 2,500 jabatan costs half a second.
    if (!this.ownedBy) {
      this.ownedBy = new Map();
      for (const e of this.catalogue.elements) {
        const list = this.ownedBy.get(e.owner);
        if (list) list.push(e);
        else this.ownedBy.set(e.owner, [e]);
      }
    }
    const owned = this.ownedBy.get(jabatanId) ?? [];
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
  return i.kind !== 'ratio' ? [i.element] : [...i.numerator, ...i.denominator];
}
