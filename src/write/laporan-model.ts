// The laporan as a plain view model: every row, number, word and chart the Kepala Dinas reads, computed
// once from the rollup, the judged targets and the comparisons, in one language. The PDF renders it
// (src/write/pdf.ts); the workbook writer can render the same model, so both show the same numbers.
// Pure: no disk, no PDF or spreadsheet library. Numbers stay numbers; `formatValue` words them as the
// workbook's number formats show them (two decimals for a percentage, a whole number for a count).
import type { CatalogueIndex, Indikator } from '../model/catalogue.js';
import type { LaporanConfig } from '../model/config.js';
import { fmt, type Lang } from '../model/format.js';
import { twLabel, type Quarter } from '../model/period.js';
import { ui } from '../model/text/ui.js';
import type { Comparison, Growth, YearSource } from '../compute/comparison.js';
import type { RollupResult } from '../compute/rollup.js';
import type { Status, Value } from '../model/rollup.js';
import { namesOf, reasonsText } from './report/words.js';
import type { Judged, PredikatBand } from '../compute/target.js';
import type { ChartData } from './chart.js';

export type ValueKind = 'percent' | 'count';

export interface IndicatorRow {
  /** As the decree letters it (huruf), else its place in the jabatan. */
  no: string;
  indicatorId: string;
  nama: string;
  satuan: string;
  kind: ValueKind;
  target: number | null;
  /** Realisasi per triwulan of the period, in order. */
  triwulan: (number | null)[];
  /** Realisasi of the year (or year to date). */
  tahun: number | null;
  status: Status;
  capaian: number | null;
  predikat: string | null;
  /** 0 for the best predikat band; null without a predikat. Colours follow it. */
  predikatRank: number | null;
  keterangan: string;
}

export interface ElementRow {
  side: 'pembilang' | 'penyebut';
  elementId: string;
  nama: string;
  satuan: string;
  diisiOleh: string;
  triwulan: (number | null)[];
  tahun: number | null;
  status: Status;
}

export interface JabatanGroup {
  jabatanId: string;
  nama: string;
  /** Below the unit's head: 0 for the head itself. */
  depth: number;
  rows: (IndicatorRow & { elements: ElementRow[] })[];
}

export interface UnitSection {
  unitId: string;
  nama: string;
  kepala: string;
  groups: JabatanGroup[];
}

export interface PerbandinganRow {
  no: string;
  indicatorId: string;
  nama: string;
  satuan: string;
  kind: ValueKind;
  /** Per year shown (`LaporanModel.perbandinganYears`), most recent first. */
  earlier: { realisasi: number | null; capaian: number | null; source: YearSource | null }[];
  realisasi: number | null;
  target: number | null;
  capaian: number | null;
  growth: Growth | null;
  renstra: { kondisiAwal: number | null; target: number | null; capaian: number | null; targetAkhir: number | null; capaianAkhir: number | null } | null;
}

export interface LaporanModel {
  lang: Lang;
  year: number;
  through: Quarter;
  /** "Tahun 2017" / "s.d. TW II 2017". */
  periode: string;
  /** "TW I" … for the columns. */
  quarters: string[];
  kop: { instansi: string; judul: string; periode: string; dasar: string; dibuat: string };
  /** A year table per jabatan group: the top jabatan, then each direct subordinate (Sekretaris, Kabid). */
  ringkasan: JabatanGroup[];
  units: UnitSection[];
  /** `key`: what each chart category number stands for; `predikat`: the bar colours' meaning. */
  charts: { capaian: ChartData | null; triwulan: ChartData | null; key: { no: string; nama: string }[]; predikat: { label: string; colour: string }[] };
  kelengkapan: {
    rows: { nama: string; depth: number; cells: string[]; received: number }[];
    totals: { label: string; received: number; expected: number; rate: number | null }[];
  };
  catatan: { jabatan: string; indikator: string; triwulan: string; isian: string; teks: string }[];
  perbandingan: { years: number[]; renstra: { awal: number; akhir: number } | null; rows: PerbandinganRow[] };
  tandaTangan: { tempatTanggal: string; jabatan: string; nama: string; pangkat: string | null; nip: string };
}

export interface LaporanInput {
  index: CatalogueIndex;
  result: RollupResult;
  judged?: Judged;
  comparisons?: readonly Comparison[];
  renstra?: { awal: number; akhir: number };
  config?: LaporanConfig;
  lang: Lang;
  generatedAt: Date;
  toolVersion: string;
}

/** Predikat colours by rank (best first), as the workbook fills its Predikat cells; RRGGBB. */
export const PREDIKAT_COLOURS = ['63BE7B', 'B1D580', 'FFEB84', 'FBAA77', 'F8696B'] as const;
const TW_COLOURS = ['1F4E79', '2E75B6', '9DC3E6', 'A5A5A5'] as const;
const TARGET_LINE_COLOUR = 'C00000';
const NEUTRAL_BAR = '7F7F7F';

export function predikatColour(rank: number | null): string | undefined {
  return rank === null ? undefined : PREDIKAT_COLOURS[Math.min(rank, PREDIKAT_COLOURS.length - 1)];
}

/** A value as the workbook shows it: 65,22 (id) / 65.22 (en) for a percentage, 1.234 for a count; "" for none. */
export function formatValue(v: number | null, kind: ValueKind, lang: Lang): string {
  if (v === null) return '';
  const f = fmt(lang);
  return kind === 'percent' ? f.fixed(v, 2) : f.num(v, 2);
}

export function buildLaporan(input: LaporanInput): LaporanModel {
  const { index, result, lang } = input;
  const t = ui(lang).laporan.model;
  const f = fmt(lang);
  const cat = index.catalogue;
  const periode = result.aggregate.kind === 'year' ? t.periodeTahun(result.year) : t.periodeSd(f.tw(result.through), result.year);
  const { received, expected } = result.completeness.total;
  const rows = new RowMaker(input);
  const ringkasan = [index.root, ...index.childrenOf(index.root.id)]
    .map((j) => ({ jabatanId: j.id, nama: j.nama, depth: 0, rows: index.indicatorsOf(j.id).map((ind, i) => ({ ...rows.indicator(ind, i), elements: [] })) }))
    .filter((g) => g.rows.length > 0);
  return {
    lang,
    year: result.year,
    through: result.through,
    periode,
    quarters: result.periods.map((p) => f.tw(p.quarters[0]!)),
    kop: {
      instansi: cat.instansi,
      judul: t.judul(result.year),
      periode,
      dasar: t.dasar(cat.keputusan.judul ?? 'Keputusan', cat.keputusan.nomor, cat.keputusan.tanggal),
      dibuat: t.dibuat(input.generatedAt.toISOString().replace('T', ' ').slice(0, 16), input.toolVersion, received, expected),
    },
    ringkasan,
    units: unitSections(input, rows),
    charts: charts(input, ringkasan, periode),
    kelengkapan: kelengkapan(input),
    catatan: catatan(input),
    perbandingan: perbandingan(input, ringkasan),
    tandaTangan: tandaTangan(input),
  };
}

// ---------------------------------------------------------------- rows

class RowMaker {
  private readonly bands: readonly PredikatBand[];
  constructor(private readonly input: LaporanInput) {
    this.bands = input.judged?.targets.penilaian.predikat ?? [];
  }

  indicator(ind: Indikator, i: number): IndicatorRow {
    const { result, judged, lang } = this.input;
    const res = result.indicators.find((x) => x.indicatorId === ind.id);
    const agg = res?.values[result.aggregate.key];
    const j = judged?.byIndicator.get(ind.id)?.[result.aggregate.key];
    const rank = j?.predikat ? this.bands.findIndex((b) => b.label === j.predikat) : -1;
    const notes = [keterangan(agg ? [agg] : [], this.input), j && j.target === null && judged ? ui(lang).laporan.model.noTarget : '', j?.capped ? ui(lang).laporan.model.capped(fmt(lang).num(judged!.targets.penilaian.cap!)) : ''];
    return {
      no: ind.huruf ?? String(i + 1),
      indicatorId: ind.id,
      nama: ind.nama.replace(/\s+/g, ' ').trim(),
      satuan: ind.satuan,
      kind: kindOf(ind),
      target: j?.target ?? null,
      triwulan: result.periods.map((p) => res?.values[p.key]?.value ?? null),
      tahun: agg?.value ?? null,
      status: agg?.status ?? 'missing',
      capaian: j?.capaian ?? null,
      predikat: j?.predikat ?? null,
      predikatRank: rank >= 0 ? rank : null,
      keterangan: notes.filter(Boolean).join('; '),
    };
  }

  elements(ind: Indikator): ElementRow[] {
    if (ind.kind !== 'ratio') return [];
    const { index, result, lang } = this.input;
    const t = ui(lang).laporan.model;
    const out: ElementRow[] = [];
    for (const [side, ids] of [['pembilang', ind.numerator], ['penyebut', ind.denominator]] as const) {
      for (const id of ids) {
        const el = index.elements.get(id);
        const s = result.elements.find((x) => x.elementId === id);
        if (!el || !s) continue;
        out.push({
          side,
          elementId: id,
          nama: `${el.nama}${el.aggregation === 'last' ? ` ${t.nilaiTerakhir}` : ''}`,
          satuan: el.satuan,
          diisiOleh: index.jabatan.get(el.owner)?.nama ?? el.owner,
          triwulan: result.periods.map((p) => s.values[p.key]?.value ?? null),
          tahun: s.values[result.aggregate.key]?.value ?? null,
          status: s.values[result.aggregate.key]?.status ?? 'missing',
        });
      }
    }
    return out;
  }
}

function kindOf(ind: Indikator): ValueKind {
  return ind.kind === 'ratio' ? 'percent' : 'count';
}

/** The Keterangan of a row: the same words the workbook uses (src/write/report/words.ts). */
function keterangan(values: readonly Value[], input: LaporanInput): string {
  return reasonsText(values, namesOf(input.index), input.lang);
}

// ---------------------------------------------------------------- sections

function unitSections(input: LaporanInput, rows: RowMaker): UnitSection[] {
  const { index } = input;
  const out: UnitSection[] = [];
  for (const unit of index.catalogue.units) {
    const head = index.jabatan.get(unit.kepala);
    if (!head) continue;
    const groups = index
      .subtree(head.id)
      .map((j) => ({
        jabatanId: j.id,
        nama: j.nama,
        depth: index.depth(j.id) - index.depth(head.id),
        rows: index.indicatorsOf(j.id).map((ind, i) => ({ ...rows.indicator(ind, i), elements: rows.elements(ind) })),
      }))
      .filter((g) => g.rows.length > 0);
    out.push({ unitId: unit.id, nama: unit.nama, kepala: head.nama, groups });
  }
  return out;
}

/** The two charts: capaian against 100 % (bars by predikat), and realisasi per triwulan of each percentage. */
function charts(input: LaporanInput, ringkasan: JabatanGroup[], periode: string): LaporanModel['charts'] {
  const t = ui(input.lang).laporan.chart;
  const all = ringkasan.flatMap((g) => g.rows);
  const key = all.map((r, i) => ({ no: String(i + 1), nama: r.nama }));
  const capaianData: ChartData | null = input.judged
    ? {
        title: t.capaianJudul(periode),
        categories: key.map((k) => k.no),
        series: [
          { name: t.capaianSeri, kind: 'bar', color: NEUTRAL_BAR, values: all.map((r) => r.capaian), pointColors: all.map((r) => predikatColour(r.predikatRank)), labels: true },
          { name: t.garisTarget, kind: 'line', color: TARGET_LINE_COLOUR, values: all.map(() => 100), dashed: true },
        ],
        xTitle: t.indikatorSumbu,
        yTitle: t.capaianSumbu,
        yMin: 0,
        numFmt: '0.00',
      }
    : null;
  const percents = all.map((r, i) => ({ r, no: key[i]!.no })).filter((x) => x.r.kind === 'percent');
  const triwulan: ChartData | null = percents.length
    ? {
        title: t.triwulanJudul(input.result.year),
        categories: percents.map((x) => x.no),
        series: input.result.periods.map((p, qi) => ({ name: twLabel(p.quarters[0]!), kind: 'bar' as const, color: TW_COLOURS[qi]!, values: percents.map((x) => x.r.triwulan[qi] ?? null) })),
        xTitle: t.indikatorSumbu,
        yTitle: t.realisasiSumbu,
        yMin: 0,
        numFmt: '0.00',
      }
    : null;
  const predikat = (input.judged?.targets.penilaian.predikat ?? []).map((b, i) => ({ label: b.label, colour: predikatColour(i)! }));
  return { capaian: capaianData, triwulan, key, predikat };
}

function kelengkapan(input: LaporanInput): LaporanModel['kelengkapan'] {
  const { index, result, lang } = input;
  const t = ui(lang).laporan;
  const rows = result.completeness.jabatan.map((row) => {
    const cells = result.periods.map((p) => {
      const rec = row.quarters[p.quarters[0]!];
      return rec?.status === 'received' ? t.model.diterima : rec?.status === 'missing' ? t.model.belumMasuk : t.model.tidakDiharapkan;
    });
    return { nama: index.jabatan.get(row.jabatanId)?.nama ?? row.jabatanId, depth: index.depth(row.jabatanId), cells, received: Object.values(row.quarters).filter((r) => r?.status === 'received').length };
  });
  const rate = (r: number, e: number) => (e > 0 ? (r / e) * 100 : null);
  const totals = [
    ...result.completeness.byQuarter.map((b) => ({ label: twLabel(b.quarter), received: b.received, expected: b.expected, rate: rate(b.received, b.expected) })),
    { label: t.kolom.diterima, ...result.completeness.total, rate: rate(result.completeness.total.received, result.completeness.total.expected) },
  ];
  return { rows, totals };
}

function catatan(input: LaporanInput): LaporanModel['catatan'] {
  const { index, result } = input;
  const label = new Map(index.catalogue.notes.map((n) => [n.id, n.label]));
  return result.notes.map((n) => ({
    jabatan: index.jabatan.get(n.jabatanId)?.nama ?? n.jabatanId,
    indikator: (index.indicators.get(n.indicatorId)?.nama ?? n.indicatorId).replace(/\s+/g, ' '),
    triwulan: twLabel(n.quarter),
    isian: label.get(n.field) ?? n.field,
    teks: n.text,
  }));
}

function perbandingan(input: LaporanInput, ringkasan: JabatanGroup[]): LaporanModel['perbandingan'] {
  const byId = new Map((input.comparisons ?? []).map((c) => [c.indicatorId, c]));
  const years = [...new Set((input.comparisons ?? []).flatMap((c) => c.earlier.map((e) => e.year)))].sort((a, b) => b - a);
  const rows: PerbandinganRow[] = [];
  let n = 0;
  for (const r of ringkasan.flatMap((g) => g.rows)) {
    n++;
    const c = byId.get(r.indicatorId);
    const earlier = years.map((y) => {
      const e = c?.earlier.find((x) => x.year === y);
      return { realisasi: e?.realisasi ?? null, capaian: e?.capaian ?? null, source: e?.source ?? null };
    });
    const plan = c?.renstra ?? null;
    rows.push({
      no: String(n),
      indicatorId: r.indicatorId,
      nama: r.nama,
      satuan: r.satuan,
      kind: r.kind,
      earlier,
      realisasi: r.tahun,
      target: r.target,
      capaian: r.capaian,
      growth: c?.growth ?? null,
      renstra: plan ? { kondisiAwal: plan.kondisiAwal, target: plan.target, capaian: plan.capaian, targetAkhir: plan.targetAkhir, capaianAkhir: plan.capaianAkhir } : null,
    });
  }
  return { years, renstra: input.renstra ? { awal: input.renstra.awal, akhir: input.renstra.akhir } : null, rows };
}

function tandaTangan(input: LaporanInput): LaporanModel['tandaTangan'] {
  const t = ui(input.lang).laporan.model.tandaTangan;
  const c = input.config;
  const p = c?.penandatangan ?? {};
  const tanggal = c?.tanggal ? fmt(input.lang).date(c.tanggal) : t.kosong;
  return {
    tempatTanggal: t.tempatTanggal(c?.tempat ?? t.kosong, tanggal),
    jabatan: p.jabatan ?? input.index.root.nama,
    nama: p.nama ?? t.kosong,
    pangkat: p.pangkat ?? null,
    nip: t.nip(p.nip ?? t.kosong),
  };
}
