// The workspace configuration, iki.yaml: YAML whose keys are the users' own (Indonesian) words,
// checked by one declarative schema, every problem at its line and column. All keys are optional;
// no file means the defaults (src/model/config.ts).
//
//   loadWorkspaceConfig(source, file, { jabatanIds? }) -> { config?, problems }   (pure)
//   (reading the file, through the compiled cache: readWorkspaceConfig in config-source.ts)
//   configSkeleton(lang) -> the commented iki.yaml that `iki init` writes
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { isIsoDate, quarterEnd } from '../model/calendar.js';
import { editDistance } from '../model/suggest.js';
import { CONFIG_FORMAT, DEFAULT_CONFIG, type BatasWaktuConfig, type QualityRule, type WorkspaceConfig } from '../model/config.js';
import type { Lang } from '../model/format.js';
import { QUARTERS, type Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import { ui } from '../model/text/ui.js';
import { formatPath, parseYamlSource, type YamlPath, type YamlSource } from './yaml-source.js';

// ---------------------------------------------------------------- the schema (YAML keys as written)

const tanggal = z.string().refine(isIsoDate, { params: { iki: 'date' } });
const teks = z.string().trim().min(1);
// ya / tidak as well as true / false: the users' words.
const yaTidak = z.preprocess((v) => (v === 'ya' ? true : v === 'tidak' ? false : v), z.boolean());
const perTriwulan = z.strictObject({ tw1: tanggal.nullish(), tw2: tanggal.nullish(), tw3: tanggal.nullish(), tw4: tanggal.nullish() });
const perTahun = z.record(z.string().refine((k) => /^\d{4}$/.test(k) && Number(k) >= 2000 && Number(k) <= 2100, { params: { iki: 'year' } }), perTriwulan.nullish());

const schema = z.strictObject({
  format: z.literal(CONFIG_FORMAT).nullish(),
  laporan: z
    .strictObject({
      tempat: teks.nullish(),
      tanggal: tanggal.nullish(),
      penandatangan: z.strictObject({ jabatan: teks.nullish(), nama: teks.nullish(), nip: teks.nullish(), pangkat: teks.nullish() }).nullish(),
      wajib_verifikasi: yaTidak.nullish(),
    })
    .nullish(),
  batas_waktu: z
    .strictObject({
      hari_setelah_triwulan: z.int().min(0).max(365).nullish(),
      zona_waktu: z.enum(['WIB', 'WITA', 'WIT']).nullish(),
      triwulan: perTahun.nullish(),
      jabatan: z.record(z.string(), perTahun.nullish()).nullish(),
    })
    .nullish(),
  mutu: z
    .strictObject({
      stok_turun_persen: z.number().min(1).max(100).nullish(),
      pencilan_k: z.number().min(0.5).max(10).nullish(),
      pencilan_kali: z.number().min(1.5).max(100).nullish(),
      aktif: z
        .strictObject({ stok_turun: yaTidak.nullish(), pencilan: yaTidak.nullish(), sama_dengan_sebelumnya: yaTidak.nullish(), kendala_kosong: yaTidak.nullish() })
        .nullish(),
    })
    .nullish(),
  kirim_ke: teks.nullish(),
});
type Raw = z.infer<typeof schema>;

/** The YAML name of each quality rule's switch (mutu.aktif.*). */
export const RULE_KEYS: Record<QualityRule, 'stok_turun' | 'pencilan' | 'sama_dengan_sebelumnya' | 'kendala_kosong'> = {
  'stock-drop': 'stok_turun',
  outlier: 'pencilan',
  copied: 'sama_dengan_sebelumnya',
  'explanation-missing': 'kendala_kosong',
};

/** Text keys a person may write as a bare number (a NIP is 18 digits): taken as written. */
const TEXT_PATHS: YamlPath[] = [['laporan', 'tempat'], ['laporan', 'penandatangan', 'jabatan'], ['laporan', 'penandatangan', 'nama'], ['laporan', 'penandatangan', 'nip'], ['laporan', 'penandatangan', 'pangkat'], ['kirim_ke']];

// ---------------------------------------------------------------- loading

export interface ConfigLoad {
  config?: WorkspaceConfig;
  problems: Problem[];
}

/** Parse iki.yaml. Pure: the caller reads the file. `jabatanIds`: check the per-jabatan exceptions against the catalogue. */
export function loadWorkspaceConfig(source: string, file: string, opts: { jabatanIds?: ReadonlySet<string> } = {}): ConfigLoad {
  const src = parseYamlSource(source, file);
  const problems: Problem[] = src.doc.errors.map((e) => problem('config.yaml-syntax', { error: e.code, detail: firstLine(e.message) }, src.at(e.pos[0])));
  if (problems.length) return { problems };
  let data: unknown;
  try {
    data = src.doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (err) {
    return { problems: [problem('config.yaml-syntax', { error: 'ALIAS_COUNT', detail: firstLine((err as Error).message) }, src.at(0))] };
  }
  if (data !== null && typeof data === 'object') for (const path of TEXT_PATHS) keepAsWritten(src.doc, data as Record<string, unknown>, path);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const byLine = (p: Problem) => (p.location.line ?? 0) * 10_000 + (p.location.column ?? 0);
    return { problems: parsed.error.issues.flatMap((issue) => issueProblems(issue, src)).sort((a, b) => byLine(a) - byLine(b)) };
  }
  const config = normalise(parsed.data);
  problems.push(...dueDateWarnings(config.batasWaktu, (path) => locateIn(src, path)));
  if (opts.jabatanIds) problems.push(...unknownJabatan(config.batasWaktu, opts.jabatanIds, (path) => locateIn(src, path)));
  return { config, problems };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function keepAsWritten(doc: Document, data: Record<string, unknown>, path: YamlPath): void {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'number' || !node.source) return;
  let parent: unknown = data;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string, unknown> | null)?.[k as string];
  if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[path[path.length - 1] as string] = node.source;
}

function normalise(raw: Raw): WorkspaceConfig {
  const d = DEFAULT_CONFIG;
  const l = raw.laporan ?? {};
  const b = raw.batas_waktu ?? {};
  const m = raw.mutu ?? {};
  const aktif = m.aktif ?? {};
  const penandatangan: WorkspaceConfig['laporan']['penandatangan'] = {};
  for (const k of ['jabatan', 'nama', 'nip', 'pangkat'] as const) {
    const v = l.penandatangan?.[k];
    if (v) penandatangan[k] = v;
  }
  const config: WorkspaceConfig = {
    laporan: { penandatangan, wajibVerifikasi: l.wajib_verifikasi ?? d.laporan.wajibVerifikasi },
    batasWaktu: {
      hariSetelahTriwulan: b.hari_setelah_triwulan ?? d.batasWaktu.hariSetelahTriwulan,
      zonaWaktu: b.zona_waktu ?? d.batasWaktu.zonaWaktu,
      triwulan: byYear(b.triwulan),
      jabatan: Object.fromEntries(Object.entries(b.jabatan ?? {}).map(([id, years]) => [id, byYear(years)])),
    },
    mutu: {
      stokTurunPersen: m.stok_turun_persen ?? d.mutu.stokTurunPersen,
      outlierK: m.pencilan_k ?? d.mutu.outlierK,
      outlierKali: m.pencilan_kali ?? d.mutu.outlierKali,
      aktif: Object.fromEntries(Object.entries(RULE_KEYS).map(([rule, key]) => [rule, aktif[key] ?? d.mutu.aktif[rule as QualityRule]])) as Record<QualityRule, boolean>,
    },
  };
  if (l.tempat) config.laporan.tempat = l.tempat;
  if (l.tanggal) config.laporan.tanggal = l.tanggal;
  if (raw.kirim_ke) config.kirimKe = raw.kirim_ke;
  return config;
}

function byYear(raw: Record<string, z.infer<typeof perTriwulan> | null | undefined> | null | undefined): BatasWaktuConfig['triwulan'] {
  const out: BatasWaktuConfig['triwulan'] = {};
  for (const [year, tws] of Object.entries(raw ?? {})) {
    const per: Partial<Record<Quarter, string>> = {};
    for (const q of QUARTERS) {
      const v = tws?.[`tw${q}`];
      if (v) per[q] = v;
    }
    out[Number(year)] = per;
  }
  return out;
}

// ---------------------------------------------------------------- rules beyond the schema

type Locate = (path: YamlPath) => Location;

/** Every configured due date with its YAML path. */
function configuredDates(b: BatasWaktuConfig): { path: (string | number)[]; year: number; quarter: Quarter; date: string }[] {
  const out: { path: (string | number)[]; year: number; quarter: Quarter; date: string }[] = [];
  const add = (prefix: string[], years: BatasWaktuConfig['triwulan']) => {
    for (const [y, per] of Object.entries(years)) for (const [q, date] of Object.entries(per)) out.push({ path: [...prefix, y, `tw${q}`], year: Number(y), quarter: Number(q) as Quarter, date: date! });
  };
  add(['batas_waktu', 'triwulan'], b.triwulan);
  for (const [id, years] of Object.entries(b.jabatan)) add(['batas_waktu', 'jabatan', id], years);
  return out;
}

function dueDateWarnings(b: BatasWaktuConfig, locate: Locate): Problem[] {
  return configuredDates(b)
    .filter((d) => d.date <= quarterEnd(d.year, d.quarter))
    .map((d) => problem('config.due-before-end', { key: formatPath(d.path), date: d.date, end: quarterEnd(d.year, d.quarter) }, locate(d.path)));
}

function unknownJabatan(b: BatasWaktuConfig, ids: ReadonlySet<string>, locate: Locate): Problem[] {
  return Object.keys(b.jabatan)
    .filter((id) => !ids.has(id))
    .map((id) => {
      const suggestions = [...ids].filter((k) => editDistance(k, id) <= 3 || k.startsWith(id) || id.startsWith(k)).slice(0, 3);
      return problem('config.unknown-jabatan', { id, suggestions }, locate(['batas_waktu', 'jabatan', id]));
    });
}

// ---------------------------------------------------------------- schema issues as problems

type Issue = z.core.$ZodIssue;

function issueProblems(issue: Issue, src: YamlSource): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = formatPath(path);
  const at = locateIn(src, path);
  const given = shown(src.doc, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(path);
      return issue.keys.map((k) => {
        const near = known.filter((c) => editDistance(c, k) <= 3).sort((a, b) => editDistance(a, k) - editDistance(b, k))[0];
        return problem('config.unknown-key', { key: k, section: key, known, ...(near ? { suggestion: near } : {}) }, locateIn(src, [...path, k]));
      });
    }
    case 'invalid_key':
      return [problem('config.bad-year', { key: formatPath(path.slice(0, -1)), given: String(path[path.length - 1]) }, at)];
    case 'custom':
      return [issue.params?.iki === 'date' ? problem('config.bad-date', { key, given }, at) : problem('config.bad-year', { key: formatPath(path.slice(0, -1)), given: String(path[path.length - 1]) }, at)];
    case 'invalid_value':
      if (path[0] === 'format') return [problem('config.bad-format', { given, expected: CONFIG_FORMAT }, at)];
      return [problem('config.bad-choice', { key, given, choices: issue.values.map(String) }, at)];
    case 'too_small':
    case 'too_big':
      return [problem('config.bad-number', { key, given, ...rangeOf(path) }, at)];
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return [problem('config.bad-number', { key, given, ...rangeOf(path) }, at)];
      if (issue.expected === 'boolean') return [problem('config.bad-boolean', { key, given }, at)];
      if (issue.expected === 'object' || issue.expected === 'record') return [problem('config.bad-section', { key, given }, at)];
      return [problem('config.bad-text', { key, given }, at)];
    default:
      return [problem('config.bad-text', { key, given }, at)];
  }
}

/**
 * Where `path` is in the file: the key of the deepest entry that exists along it. Keys are matched as
 * text, so a year written as a key (2017:, a number to YAML) is found by the path zod reports ('2017').
 */
function locateIn(src: YamlSource, path: YamlPath): Location {
  let node: unknown = src.doc.contents;
  let offset: number | undefined = (node as Node | null)?.range?.[0];
  for (const seg of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    if (!pair) break;
    offset = (pair.key as Node).range?.[0] ?? offset;
    node = pair.value;
  }
  return src.at(offset, formatPath(path) || undefined);
}

/** The node at `path`, keys matched as text (see locateIn). */
function nodeAt(doc: Document, path: YamlPath): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (!isMap(node)) return undefined;
    node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))?.value;
  }
  return node;
}

/** The value at `path` as the person wrote it, short. */
function shown(doc: Document, path: YamlPath): string {
  const node = nodeAt(doc, path);
  if (isScalar(node)) return (node.source ?? String(node.value)).slice(0, 80);
  const v: unknown = (node as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  return v === undefined ? '' : JSON.stringify(v).slice(0, 80);
}

/** The bounds of a number key, for its message (from the schema's own checks). */
function rangeOf(path: YamlPath): { min?: number; max?: number; integer?: boolean } {
  const s = schemaAt(path) as { minValue?: number | null; maxValue?: number | null; isInt?: boolean } | undefined;
  const out: { min?: number; max?: number; integer?: boolean } = {};
  if (typeof s?.minValue === 'number') out.min = s.minValue;
  if (typeof s?.maxValue === 'number') out.max = s.maxValue;
  if (s?.isInt) out.integer = true;
  return out;
}

/** The keys the schema knows at `path` (a section), for "did you mean". */
function knownKeys(path: YamlPath): string[] {
  const s = schemaAt(path) as { shape?: Record<string, unknown> } | undefined;
  return s?.shape ? Object.keys(s.shape) : [];
}

/** The schema node at a YAML path, through optional/nullable wrappers and records. */
function schemaAt(path: YamlPath): unknown {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (;;) {
      const def = (x as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown; out?: unknown } } })?._zod?.def;
      if (def?.type === 'optional' || def?.type === 'nullable') x = def.innerType;
      else if (def?.type === 'pipe') x = def.out;
      else return x;
    }
  };
  s = unwrap(s);
  for (const p of path) {
    const def = (s as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; valueType?: unknown } } })?._zod?.def;
    if (def?.type === 'object') s = unwrap(def.shape?.[String(p)]);
    else if (def?.type === 'record') s = unwrap(def.valueType);
    else return undefined;
  }
  return s;
}

// ---------------------------------------------------------------- the skeleton `iki init` writes

/** iki.yaml with every key, commented in the language's words; as written it gives the defaults. */
export function configSkeleton(lang: Lang): string {
  const t = ui(lang).config.skeleton;
  const d = DEFAULT_CONFIG;
  const c = (s: string) => `# ${s}`;
  return [
    ...t.head.map(c),
    `format: ${CONFIG_FORMAT}`,
    '',
    c(t.laporan),
    'laporan:',
    `  ${c(t.tempat)}`,
    '  # tempat: Gresik',
    `  ${c(t.tanggal)}`,
    '  # tanggal: 2018-01-15',
    `  ${c(t.penandatangan)}`,
    '  penandatangan:',
    '    # jabatan: Kepala Dinas Tenaga Kerja Kabupaten Gresik',
    '    # nama: ""',
    '    # nip: ""',
    '    # pangkat: ""',
    `  ${c(t.wajibVerifikasi)}`,
    `  wajib_verifikasi: ${d.laporan.wajibVerifikasi ? 'ya' : 'tidak'}`,
    '',
    c(t.batasWaktu),
    'batas_waktu:',
    `  ${c(t.hariSetelahTriwulan)}`,
    `  hari_setelah_triwulan: ${d.batasWaktu.hariSetelahTriwulan}`,
    `  ${c(t.zonaWaktu)}`,
    `  zona_waktu: ${d.batasWaktu.zonaWaktu}`,
    `  ${c(t.perTriwulan)}`,
    '  triwulan:',
    '    # 2017:',
    '    #   tw4: 2018-01-15',
    `  ${c(t.perJabatan)}`,
    '  jabatan:',
    '    # kasi_penempatan_tenaga_kerja:',
    '    #   2017:',
    '    #     tw1: 2017-04-20',
    '',
    c(t.mutu),
    'mutu:',
    `  ${c(t.stokTurunPersen)}`,
    `  stok_turun_persen: ${d.mutu.stokTurunPersen}`,
    `  ${c(t.pencilanK)}`,
    `  pencilan_k: ${d.mutu.outlierK}`,
    `  ${c(t.pencilanKali)}`,
    `  pencilan_kali: ${d.mutu.outlierKali}`,
    `  ${c(t.aktif)}`,
    '  aktif:',
    ...(Object.entries(RULE_KEYS) as [QualityRule, string][]).map(([rule, key]) => `    ${key}: ${d.mutu.aktif[rule] ? 'ya' : 'tidak'}   ${c(t.rules[rule])}`),
    '',
    c(t.kirimKe),
    '# kirim_ke: "Subbag Program dan Pelaporan, Dinas Tenaga Kerja Kabupaten Gresik (program@contoh.go.id)"',
    '',
  ].join('\n');
}
