// Everything iki writes for people in Indonesian, the default, other than problems
// (src/model/problems/text-id.ts). Written as a careful Subbag Program staffer writes to a colleague:
// formal, plain, and saying what to type. The type is the English table's: same keys, same arguments.
import type { UiText } from './en.js';

export const id = {
  common: {
    severity: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
    errors: (n: number) => `${n} kesalahan`,
    warnings: (n: number) => `${n} peringatan`,
    internalError: 'kesalahan internal:',
    internalBug: 'Ini kesalahan di dalam iki, bukan pada data Anda. Mohon laporkan beserta perintah yang dijalankan.',
    badLang: (v: string) => `"${v}" bukan bahasa yang dikenal iki: pakai --lang id (bahasa Indonesia, bawaan) atau --lang en.`,
  },
  help: {
    riwayat: {
      group: 'realisasi tahun-tahun sebelum iki dipakai, untuk perbandingan LKjIP (riwayat/<tahun>.yaml di ruang kerja)',
      init: 'tulis riwayat/<tahun>.yaml berisi semua indikator, siap diisi',
      check: 'periksa riwayat/<tahun>.yaml terhadap katalog, dengan baris setiap masalah',
      year: 'tahun riwayat, misalnya 2016',
      force: 'timpa berkas riwayat yang sudah ada',
    },
    renstra: {
      group: 'target Renstra lima tahunan (targets/renstra.yaml di ruang kerja)',
      init: 'tulis targets/renstra.yaml berisi indikator Kepala Dinas dan unit-unitnya, siap diisi',
      check: 'periksa targets/renstra.yaml terhadap katalog, dengan baris setiap masalah',
      from: 'tahun pertama Renstra, misalnya 2016',
      to: 'tahun terakhir Renstra, misalnya 2021',
      force: 'timpa berkas Renstra yang sudah ada',
    },
  },
  catalogue: {},
  init: {},
  targets: {},
  riwayat: {
    wroteRiwayat: (file: string, n: number) => `${file} sudah ditulis: ${n} indikator, masing-masing "null" sampai realisasinya diketik.`,
    wroteRenstra: (file: string, n: number) => `${file} sudah ditulis: ${n} indikator, masing-masing "null" sampai kondisi awal dan targetnya diketik.`,
    thenCheckRiwayat: (year: number) => `Sesudah itu jalankan: iki riwayat check --year ${year}`,
    thenCheckRenstra: 'Sesudah itu jalankan: iki renstra check',
    riwayatOk: (file: string, filled: number, total: number) => `${file}: realisasi untuk ${filled} dari ${total} indikator.`,
    renstraOk: (file: string, awal: number, akhir: number, filled: number, total: number) => `${file}: Renstra ${awal}–${akhir}, target untuk ${filled} dari ${total} indikator.`,
    invalid: (file: string) => `${file} berisi kesalahan; berkas ini tidak dipakai sampai kesalahannya diperbaiki.`,
  },
  generate: {},
  validate: {},
  ingest: {},
  status: {},
  report: {},
  template: {},
  laporan: {},
} satisfies UiText;
