// The catalogue's YAML schema (zod) and its normalisation into the model (src/model/catalogue.ts).
// Declarative: what keys exist and what they hold; the cross-field rules are in catalogue-rules.ts.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CATALOGUE_FORMAT, DEFAULT_DECIMALS, DEFAULT_NOTES, MAX_DECIMALS, type Catalogue, type Indikator, type IndikatorBase, type Jabatan, type Kinerja, type Element } from './catalogue.js';


const text = z.string().trim().min(1);
const optText = z.string().trim().optional();
const notes = z.union([z.string(), z.array(z.string())]).optional();
const lettered = z.strictObject({ huruf: z.union([z.string(), z.number()]).transform(String), teks: text });
const idRef = z.string().min(1);

const indikatorSchema = z.strictObject({
  id: idRef,
  huruf: z.union([z.string(), z.number()]).transform(String).optional(),
  nama: text,
  formulasi: text,
  sumber_data: optText,
  penanggung_jawab: idRef.optional(),
  satuan: optText,
  kind: z.enum(['ratio', 'count', 'value']),
  element: idRef.optional(),
  numerator: z.array(idRef).optional(),
  denominator: z.array(idRef).optional(),
  factor: z.number().positive().optional(),
  allow_over: z.boolean().optional(),
  polarity: z.enum(['higher', 'lower']).optional(),
  catatan: notes,
});

export const catalogueSchema = z.strictObject({
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
      aggregation: z.enum(['sum', 'last', 'average']),
      type: z.enum(['count', 'decimal', 'rupiah', 'percent']).optional(),
      decimals: z.number().int().min(0).max(MAX_DECIMALS).optional(),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
      catatan: z.string().optional(),
    }),
  ),
});

export type RawCatalogue = z.infer<typeof catalogueSchema>;


function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The checked YAML as the model the rest of iki uses (defaults filled in, names in code style). */
export function normalise(raw: RawCatalogue): Catalogue {
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
          if (i.kind === 'count' || i.kind === 'value') {
            const el = i.element ?? '';
            return { ...base, ...opt, kind: i.kind, element: el, satuan: i.satuan || elementById.get(el)?.satuan || '' };
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
    const type = e.type ?? 'count';
    const out: Element = { id: e.id, nama: e.nama, satuan: e.satuan, owner: e.owner, aggregation: e.aggregation, type };
    if (type === 'decimal' || type === 'percent') out.decimals = e.decimals ?? DEFAULT_DECIMALS;
    if (e.min !== undefined) out.min = e.min;
    if (e.max !== undefined) out.max = e.max;
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

