// A small rollup scenario whose every number is worked out by hand below (used by rollup.test.ts and
// report.test.ts). Four triwulan of 2017:
//
//   kasi_a enters peserta (sum) and lulus (sum):
//     TW1 100 / 60      TW2 80 / 90 (lulus above peserta)      TW3 workbook missing      TW4 120 / 84
//   kasi_b enters angkatan (last), penduduk (last), kasus_selesai (sum), kasus_daftar (sum):
//     TW1 600 1000 2 blank    TW2 610 1000 0 0 (zero denominator)    TW3 620 1000 3 5    TW4 630 blank 2 3
//
// Indicators (hand computed):
//   kadis_persen_lulus = lulus / peserta x 100
//     TW1 60/100 = 60      TW2 90/80 = 112.5 (warning)      TW3 missing      TW4 84/120 = 70
//     year (234)/(300) = 78, partial (TW3 missing)  [the average of 60, 112.5, 70 would be 80.83]
//   kadis_gabungan = (lulus + kasus_selesai) / (peserta + kasus_daftar) x 100
//     TW1 (60+2)/(100+blank) = 62 partial   TW2 90/80 = 112.5 (warning)   TW3 (missing+3)/(missing+5) = 60 partial
//     TW4 (84+2)/(120+3) = 86/123 = 69.9186991…   year: every triwulan has both sides, 241/308 = 78.2467532…, partial
//   kabid_tpak = angkatan / penduduk x 100 (both `last`)
//     TW1 60   TW2 61   TW3 62   TW4 no denominator (penduduk blank)
//     year: angkatan 630 (TW4), penduduk 1000 (TW3, partial) = 63, partial
//   kabid_kasus = kasus_selesai / kasus_daftar x 100
//     TW1 no denominator (blank)   TW2 no denominator (0)   TW3 3/5 = 60   TW4 2/3 = 66.6666…
//     year: TW1 has no denominator, so it is left out of both sides: (0+3+2)/(0+5+3) = 5/8 = 62.5, partial
//     [summing every numerator would give 7/8 = 87.5; the average of 60 and 66.67 would be 63.33]
//   kasi_a_peserta (count) = peserta: 100, 80, missing, 120; year 300 partial
//   kasi_b_kasus (count) = kasus_daftar: blank, 0, 5, 3; year 8 partial
//   year to date TW2: kadis_persen_lulus 150/180 = 83.3333…, kabid_tpak 61 ok,
//     kabid_kasus: TW1 left out, TW2 0/0 -> no denominator
import { CatalogueIndex } from '../../src/model/catalogue.js';
import { loadCatalogue } from '../../src/store/catalogue-load.js';
import type { Quarter } from '../../src/model/period.js';
import type { ElementReading, Submission } from '../../src/read/submission.js';

export const SCENARIO_CATALOGUE = `format: iki-catalogue/1
id: skenario
instansi: Dinas Skenario
keputusan: { nomor: "1/2017", tanggal: "1 Januari 2017" }
unit:
  - { id: bidang_a, nama: Bidang A, kepala: kabid }
jabatan:
  - id: kadis
    nama: KEPALA DINAS
    atasan: null
    tugas: Memimpin
    kinerja:
      - nama: Kinerja dinas
        indikator:
          - { id: kadis_persen_lulus, nama: Persentase lulus, formulasi: lulus / peserta X 100%, kind: ratio, numerator: [lulus], denominator: [peserta] }
          - { id: kadis_gabungan, nama: Persentase gabungan, formulasi: (lulus + selesai) / (peserta + daftar) X 100%, kind: ratio, numerator: [lulus, kasus_selesai], denominator: [peserta, kasus_daftar] }
  - id: kabid
    nama: KABID A
    atasan: kadis
    tugas: Membantu
    kinerja:
      - nama: Kinerja bidang
        indikator:
          - { id: kabid_tpak, nama: Tingkat partisipasi, formulasi: angkatan / penduduk X 100%, kind: ratio, numerator: [angkatan], denominator: [penduduk] }
          - { id: kabid_kasus, nama: Persentase kasus selesai, formulasi: selesai / daftar X 100%, kind: ratio, numerator: [kasus_selesai], denominator: [kasus_daftar] }
  - id: kasi_a
    nama: KASI A
    atasan: kabid
    tugas: Melatih
    kinerja:
      - nama: Kinerja seksi A
        indikator:
          - { id: kasi_a_peserta, nama: Jumlah peserta, formulasi: Jumlah peserta, kind: count, element: peserta }
  - id: kasi_b
    nama: KASI B
    atasan: kabid
    tugas: Mencatat
    kinerja:
      - nama: Kinerja seksi B
        indikator:
          - { id: kasi_b_kasus, nama: Jumlah kasus terdaftar, formulasi: Jumlah kasus, kind: count, element: kasus_daftar }
elements:
  - { id: peserta, nama: Jumlah peserta, satuan: orang, owner: kasi_a, aggregation: sum }
  - { id: lulus, nama: Jumlah lulus, satuan: orang, owner: kasi_a, aggregation: sum }
  - { id: angkatan, nama: Jumlah angkatan kerja, satuan: orang, owner: kasi_b, aggregation: last }
  - { id: penduduk, nama: Jumlah penduduk usia kerja, satuan: orang, owner: kasi_b, aggregation: last }
  - { id: kasus_selesai, nama: Jumlah kasus selesai, satuan: kasus, owner: kasi_b, aggregation: sum }
  - { id: kasus_daftar, nama: Jumlah kasus terdaftar, satuan: kasus, owner: kasi_b, aggregation: sum }
`;

export function scenarioIndex(): CatalogueIndex {
  const { catalogue, problems } = loadCatalogue(SCENARIO_CATALOGUE, 'skenario.yaml');
  if (!catalogue || problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(problems));
  return new CatalogueIndex(catalogue);
}

export const fileOf = (q: number, j: string) => `IKI_2017_TW${q}_${j}.xlsx`;
/** The cell each element sits in, in every workbook of the scenario. */
export const CELL: Record<string, string> = { peserta: 'G8', lulus: 'G9', angkatan: 'G8', penduduk: 'G9', kasus_selesai: 'G10', kasus_daftar: 'G11' };

function submission(jabatanId: string, quarter: Quarter, values: Record<string, number | null | string>, notes: Record<string, string> = {}): Submission {
  const file = fileOf(quarter, jabatanId);
  const readings: ElementReading[] = Object.entries(values).map(([elementId, v]) => {
    const source = { file, sheet: 'Isian', cell: CELL[elementId]!, name: `iki_${elementId}` };
    if (v === null) return { elementId, status: 'blank', source };
    if (typeof v === 'string') return { elementId, status: 'invalid', raw: v, source };
    return { elementId, status: 'value', value: v, source };
  });
  return {
    file,
    sha256: '0'.repeat(64),
    meta: {
      format: 'iki-template/1',
      catalogueId: 'skenario',
      catalogueHash: 'x',
      jabatanId,
      year: 2017,
      quarter,
      generatedAt: '2017-01-01T00:00:00Z',
      toolVersion: 'test',
    },
    readings,
    notes: Object.entries(notes).map(([k, text], i) => {
      const [indicatorId, field] = k.split(':') as [string, string];
      return { indicatorId, field, text, source: { file, sheet: 'Isian', cell: `G${20 + i}`, name: `iki_note_${indicatorId}_${field}` } };
    }),
    problems: [],
  };
}

export function scenarioSubmissions(): Submission[] {
  const out: Submission[] = [];
  const a: Record<number, Record<string, number | null>> = {
    1: { peserta: 100, lulus: 60 },
    2: { peserta: 80, lulus: 90 },
    4: { peserta: 120, lulus: 84 },
  };
  const b: Record<number, Record<string, number | null>> = {
    1: { angkatan: 600, penduduk: 1000, kasus_selesai: 2, kasus_daftar: null },
    2: { angkatan: 610, penduduk: 1000, kasus_selesai: 0, kasus_daftar: 0 },
    3: { angkatan: 620, penduduk: 1000, kasus_selesai: 3, kasus_daftar: 5 },
    4: { angkatan: 630, penduduk: null, kasus_selesai: 2, kasus_daftar: 3 },
  };
  for (const q of [1, 2, 3, 4] as Quarter[]) {
    out.push(submission('kadis', q, {}, q === 1 ? { 'kadis_persen_lulus:kendala': '=HYPERLINK("http://x","klik")', 'kadis_persen_lulus:tindak_lanjut': 'Koordinasi dengan LPK' } : {}));
    out.push(submission('kabid', q, {}));
    if (a[q]) out.push(submission('kasi_a', q, a[q]!));
    out.push(submission('kasi_b', q, b[q]!));
  }
  return out;
}

/** The hand-computed expectations, by indicator and period key (null: no value). */
export const EXPECTED: Record<string, Record<string, { n: number | null; d: number | null; v: number | null; status: string }>> = {
  kadis_persen_lulus: {
    '2017-TW1': { n: 60, d: 100, v: 60, status: 'ok' },
    '2017-TW2': { n: 90, d: 80, v: 112.5, status: 'ok' },
    '2017-TW3': { n: null, d: null, v: null, status: 'missing' },
    '2017-TW4': { n: 84, d: 120, v: 70, status: 'ok' },
    '2017': { n: 234, d: 300, v: 78, status: 'partial' },
  },
  kadis_gabungan: {
    '2017-TW1': { n: 62, d: 100, v: 62, status: 'partial' },
    '2017-TW2': { n: 90, d: 80, v: 112.5, status: 'ok' },
    '2017-TW3': { n: 3, d: 5, v: 60, status: 'partial' },
    '2017-TW4': { n: 86, d: 123, v: 69.91869918699187, status: 'ok' },
    '2017': { n: 241, d: 308, v: 78.24675324675324, status: 'partial' },
  },
  kabid_tpak: {
    '2017-TW1': { n: 600, d: 1000, v: 60, status: 'ok' },
    '2017-TW2': { n: 610, d: 1000, v: 61, status: 'ok' },
    '2017-TW3': { n: 620, d: 1000, v: 62, status: 'ok' },
    '2017-TW4': { n: 630, d: null, v: null, status: 'no denominator' },
    '2017': { n: 630, d: 1000, v: 63, status: 'partial' },
  },
  kabid_kasus: {
    '2017-TW1': { n: 2, d: null, v: null, status: 'no denominator' },
    '2017-TW2': { n: 0, d: 0, v: null, status: 'no denominator' },
    '2017-TW3': { n: 3, d: 5, v: 60, status: 'ok' },
    '2017-TW4': { n: 2, d: 3, v: 66.66666666666667, status: 'ok' },
    '2017': { n: 5, d: 8, v: 62.5, status: 'partial' },
  },
  kasi_a_peserta: {
    '2017-TW1': { n: null, d: null, v: 100, status: 'ok' },
    '2017-TW2': { n: null, d: null, v: 80, status: 'ok' },
    '2017-TW3': { n: null, d: null, v: null, status: 'missing' },
    '2017-TW4': { n: null, d: null, v: 120, status: 'ok' },
    '2017': { n: null, d: null, v: 300, status: 'partial' },
  },
  kasi_b_kasus: {
    '2017-TW1': { n: null, d: null, v: null, status: 'blank' },
    '2017-TW2': { n: null, d: null, v: 0, status: 'ok' },
    '2017-TW3': { n: null, d: null, v: 5, status: 'ok' },
    '2017-TW4': { n: null, d: null, v: 3, status: 'ok' },
    '2017': { n: null, d: null, v: 8, status: 'partial' },
  },
};
