// A small but complete catalogue (3 levels, a ratio fed by two Kasi, a `last` element) for unit tests.
export const SMALL_CATALOGUE = `format: iki-catalogue/1
id: contoh-kecil
instansi: Dinas Contoh
keputusan:
  nomor: "1/2/2017"
  tanggal: "1 Januari 2017"
unit:
  - id: bidang_a
    nama: Bidang A
    kepala: kabid_a
jabatan:
  - id: kadis
    nama: KEPALA DINAS
    atasan: null
    tugas: Memimpin dinas
    kinerja:
      - nama: Kinerja dinas
        indikator:
          - id: kadis_persen_lulus
            nama: Persentase peserta yang lulus
            formulasi: Jumlah lulus / Jumlah peserta X 100%
            penanggung_jawab: bidang_a
            kind: ratio
            numerator: [lulus]
            denominator: [peserta]
  - id: kabid_a
    nama: KABID A
    atasan: kadis
    tugas:
      - { huruf: a, teks: Mengkoordinasikan bidang A }
    kinerja:
      - nama: Kinerja bidang
        indikator:
          - id: kabid_a_persen_perusahaan
            nama: Persentase perusahaan dibina
            formulasi: Jumlah dibina / Jumlah perusahaan X 100%
            kind: ratio
            numerator: [perusahaan_dibina]
            denominator: [jumlah_perusahaan]
  - id: kasi_satu
    nama: KASI SATU
    atasan: kabid_a
    tugas: Melatih
    kinerja:
      - nama: Terlatihnya peserta
        indikator:
          - id: kasi_satu_peserta
            nama: Jumlah peserta pelatihan
            formulasi: Jumlah peserta pelatihan
            kind: count
            element: peserta
  - id: kasi_dua
    nama: KASI DUA
    atasan: kabid_a
    tugas: Menguji
    kinerja:
      - nama: Teruji
        indikator:
          - id: kasi_dua_lulus
            nama: Jumlah lulus
            formulasi: Jumlah lulus
            kind: count
            element: lulus
elements:
  - id: peserta
    nama: Jumlah peserta pelatihan
    satuan: orang
    owner: kasi_satu
    aggregation: sum
  - id: lulus
    nama: Jumlah peserta lulus
    satuan: orang
    owner: kasi_dua
    aggregation: sum
  - id: perusahaan_dibina
    nama: Jumlah perusahaan dibina
    satuan: perusahaan
    owner: kasi_dua
    aggregation: sum
  - id: jumlah_perusahaan
    nama: Jumlah perusahaan
    satuan: perusahaan
    owner: kasi_dua
    aggregation: last
`;

/** Replace exactly one occurrence of `from` (fails loudly if the test's anchor text drifted). */
export function edit(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`edit anchor not unique: ${from}`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** 1-based line number of the first line containing `needle`. */
export function lineOf(source: string, needle: string, nth = 1): number {
  let from = 0;
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = source.indexOf(needle, from);
    if (at < 0) throw new Error(`not found: ${needle}`);
    from = at + 1;
  }
  return source.slice(0, at).split('\n').length;
}
