// The catalogue: jabatan, their kinerja and indikator, and the data elements people type, with the
// lookups every other module uses. Nothing about one dinas lives here: it all comes from the YAML
// (the schema is in catalogue-schema.ts, the cross-field rules in catalogue-rules.ts, loading in
// src/store/catalogue-source.ts).

export const CATALOGUE_FORMAT = 'iki-catalogue/1';
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const ID_MAX_LENGTH = 60;

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
  return i.kind === 'count' ? [i.element] : [...i.numerator, ...i.denominator];
}
