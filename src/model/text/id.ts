// Everything iki writes for people in Indonesian, the default, other than problems
// (src/model/problems/text-id.ts). Written as a careful Subbag Program staffer writes to a colleague:
// formal, plain, and saying what to type. The type is the English table's: same keys, same arguments.
import type { Fmt } from '../format.js';
import type { Quarter } from '../period.js';
import type { CellSource, PeriodRef, Reason } from '../rollup.js';
import type { Names, UiText } from './en.js';

const src = (s: CellSource, f: Fmt) => `${s.file} ${f.ref(s.sheet, s.cell)}`;

export const id = {
  common: {
    severity: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
    errors: (n: number) => `${n} kesalahan`,
    warnings: (n: number) => `${n} peringatan`,
    internalError: 'kesalahan internal:',
    internalBug: 'Ini kesalahan di dalam iki, bukan pada data Anda. Mohon laporkan beserta perintah yang dijalankan.',
    badLang: (v: string) => `"${v}" bukan bahasa yang dikenal iki: pakai --lang id (bahasa Indonesia, bawaan) atau --lang en.`,
  },
  help: {},
  catalogue: {},
  init: {},
  targets: {},
  generate: {},
  validate: {},
  ingest: {},
  rollup: {
    status: { ok: 'lengkap', partial: 'sebagian', missing: 'belum masuk', blank: 'kosong', invalid: 'tidak valid', 'no denominator': 'tanpa penyebut' },
    period: (p: PeriodRef, f: Fmt): string =>
      p.kind === 'quarter' ? `${f.tw(p.quarters[0]!)} ${p.key.slice(0, 4)}` : p.kind === 'year' ? `tahun ${p.key}` : `${p.key.slice(0, 4)} s.d. ${f.tw(p.quarters[p.quarters.length - 1]!)}`,
    reason: (r: Reason, n: Names, f: Fmt): string => {
      switch (r.kind) {
        case 'missing-workbook':
          return `${f.tw(r.quarter)}: lembar kerja ${n.jabatan(r.jabatanId)} belum masuk`;
        case 'blank':
          return `${n.element(r.elementId)} kosong di ${f.tw(r.quarter)} (${src(r.source, f)})`;
        case 'invalid':
          return `${n.element(r.elementId)} tidak valid di ${f.tw(r.quarter)}: ${f.q(r.raw)} (${src(r.source, f)})`;
        case 'not-in-workbook':
          return `${n.element(r.elementId)} tidak ada di ${r.file} (templat lama)`;
        case 'last-from-earlier':
          return `${n.element(r.elementId)}: nilai terakhir dari ${f.tw(r.from)}, ${f.tw(r.final)} belum ada`;
        case 'zero-denominator':
          return 'penyebut 0';
        case 'left-out':
          return `${f.tw(r.quarter)} tidak dihitung (pembilang dan penyebut)`;
      }
    },
    capaian: {
      'no target': 'tidak ada target',
      'zero target': 'target 0, capaian tidak dapat dihitung',
      'no realisasi': 'realisasi belum ada',
      'zero realisasi': 'realisasi 0, target / realisasi tidak dapat dihitung',
    },
  },
  status: {
    jabatan: 'jabatan',
    notInCatalogue: (id: string) => `${id} (tidak ada di katalog)`,
    none: '-',
    missingReplaced: (n: number) => `belum masuk (${n} diganti)`,
    received: 'diterima',
    blank: (n: number) => `${n} kosong`,
    warnings: (n: number) => `${n} peringatan`,
    replaced: (n: number) => `diganti ${n}x`,
    receivedRow: 'diterima',
    rateRow: 'tingkat pelaporan',
    ofExpected: (received: number, expected: number) => `${received} dari ${expected}`,
    line: (year: number, q: Quarter, received: number, expected: number, rate: string, replaced: number, withWarnings: number, f: Fmt) =>
      `${f.tw(q)} ${year}: ${received} dari ${expected} lembar kerja diterima (${rate})${replaced ? `, ${replaced} diganti` : ''}${withWarnings ? `, ${withWarnings} dengan peringatan` : ''}.`,
  },
  report: {
    head: { jabatan: 'jabatan', indikator: 'indikator', target: 'target', capaian: 'capaian', predikat: 'predikat' },
    reading: (done: number, total: number, file: string) => `Membaca ${done}/${total} ${file}`,
    noCapaian: 'tanpa capaian',
    capped: '(dibatasi)',
    workbooks: (received: number, expected: number, rate: string) => `Lembar kerja: ${received} dari ${expected} diterima (${rate}).`,
    nothingYet: (quarters: string, year: number, last: number) =>
      `Belum ada lembar kerja sama sekali untuk ${quarters}. Untuk laporan s.d. triwulan ini, jalankan \`iki report --year ${year} --quarter ${last}\`.`,
    wrote: 'Laporan ditulis:',
    summary: 'Laporan',
    more: (n: number, output: string | null) => `… dan ${n} lagi${output ? `; semuanya ada di lembar Validasi pada ${output}` : ''} (--json memuat semuanya).`,
    notWritten: (kept: string | null) => `arsip belum dapat dijadikan laporan; tidak ada yang ditulis${kept ? ` (${kept} tidak berubah)` : ''}.`,
  },
  template: {},
  laporan: {
    sheets: { summary: 'Ringkasan', entries: 'Rekap Isian', completeness: 'Kelengkapan', notes: 'Catatan', validation: 'Validasi' },
    periodHead: (p: PeriodRef, f: Fmt): string =>
      p.kind === 'quarter' ? f.tw(p.quarters[0]!) : p.kind === 'year' ? `Tahun ${p.key.slice(0, 4)}` : `s.d. ${f.tw(p.quarters[p.quarters.length - 1]!)} ${p.key.slice(0, 4)}`,
    title: (instansi: string, period: string) => `Laporan Indikator Kinerja Individu ${instansi} — ${period}`,
    decree: (judul: string | undefined, nomor: string, tanggal: string) =>
      `${judul ?? 'Keputusan'} Nomor ${nomor} tanggal ${tanggal}. Persentase = pembilang / penyebut × 100 dari jumlah (atau nilai terakhir) seluruh triwulan, bukan rata-rata persentase triwulan.`,
    stamp: (a: { at: string; version: string; catalogue: string; received: number; expected: number; errors: number; warnings: number; sheet: string }) =>
      `Dibuat ${a.at} UTC oleh iki ${a.version}; katalog ${a.catalogue}. Lembar kerja diterima: ${a.received} dari ${a.expected}. Validasi: ${a.errors} kesalahan, ${a.warnings} peringatan (lihat lembar ${a.sheet}).`,
    unitTitle: (unit: string, period: string) => `${unit} — ${period}`,
    unitHead: (head: string, stamp: string) => `Kepala unit: ${head} — ${stamp}`,
    headOfUnit: (nama: string) => `${nama} (kepala unit)`,
    fixed: ['No', 'Uraian (indikator / isian)', 'Satuan', 'Diisi oleh'],
    group: ['Pembilang', 'Penyebut', 'Realisasi', 'Status'],
    penilaian: ['Target', 'Capaian (%)', 'Predikat'],
    penilaianOf: (period: string) => `Penilaian ${period}`,
    keterangan: 'Keterangan',
    side: { pembilang: 'pembilang', penyebut: 'penyebut' },
    lastValue: '(nilai terakhir)',
    over: (periods: string) => `pembilang melebihi penyebut: ${periods}`,
    capaianWhy: (why: string) => `capaian: ${why}`,
    capped: (cap: number, f: Fmt) => `capaian dibatasi ${f.num(cap)} %`,
    sofar: (target: number, capaian: number | null, f: Fmt) => `target s.d. triwulan ini ${f.num(target)}, capaian ${capaian === null ? '-' : f.pct(capaian)}`,
    aggregation: { sum: 'jumlah', last: 'nilai terakhir' },
    entriesHead: { no: 'No', by: 'Diisi oleh', element: 'Isian (element_id)', nama: 'Uraian isian', satuan: 'Satuan', aggregation: 'Agregasi' },
    statusOf: (period: string) => `Status ${period}`,
    sourceOf: (period: string) => `Sumber ${period}`,
    completenessHead: { no: 'No', jabatan: 'Jabatan', received: 'Diterima' },
    receipt: { received: 'diterima', missing: 'belum masuk' },
    receivedRow: 'Lembar kerja diterima',
    expectedRow: 'Lembar kerja diharapkan',
    rateRow: 'Tingkat pelaporan (%)',
    notesHead: ['No', 'Jabatan', 'Indikator', 'Triwulan', 'Isian', 'Teks', 'Sumber', 'jabatan_id', 'indicator_id'],
    noNotes: 'Tidak ada catatan.',
    validationHead: ['No', 'Kode', 'Tingkat', 'Judul', 'Pesan', 'Lokasi', 'Saran'],
    noProblems: 'Tidak ada peringatan.',
    footer: '&L&A&RHalaman &P dari &N',
  },
} satisfies UiText;
