// Every problem's text in Indonesian, the default. Written as a careful Subbag Program staffer writes to
// a colleague: formal, plain, and saying what to type. The type makes a code without its text here fail
// to compile.
import type { Fmt } from '../format.js';
import type { FsFailure, OutputKind, WriteTarget } from './codes.js';
import { legacyTexts } from './legacy.js';
import { ID_NAMES } from '../text/en.js';
import { id as ui } from '../text/id.js';
import type { CellSource } from '../rollup.js';

const cells = (list: CellSource[], f: Fmt) => list.map((s) => `${s.file} ${f.ref(s.sheet, s.cell)}`).join(', ') || '(tanpa sel)';
import type { ProblemTexts } from './text.js';

function why(a: FsFailure, f: Fmt): string {
  switch (a.reason) {
    case 'not-found':
      return 'berkas atau folder itu tidak ada';
    case 'permission':
      return 'tidak ada izin akses';
    case 'is-folder':
      return 'itu sebuah folder, bukan berkas';
    case 'not-a-folder':
      return 'sebagian jalurnya berupa berkas, bukan folder';
    case 'read-only':
      return 'disk hanya dapat dibaca (read-only)';
    case 'disk-full':
      return 'disk penuh';
    case 'exists':
      return 'berkas dengan nama itu muncul saat penulisan';
    case 'too-large':
      return `ukurannya terlalu besar (${f.num((a.size ?? 0) / 1048576, 1)} MB; paling besar ${f.num((a.max ?? 0) / 1048576, 1)} MB)`;
    case 'moved':
      return 'berkas itu dipindahkan atau dihapus saat iki bekerja';
    case 'other':
      return a.detail ?? 'kesalahan sistem operasi';
  }
}

const TARGET: Record<WriteTarget, string> = {
  templates: 'templat',
  report: 'laporan',
  archive: 'arsip',
  workspace: 'ruang kerja',
  lock: 'berkas kunci ruang kerja',
  targets: 'berkas target',
  folder: 'folder',
};

const OUTPUT: Record<OutputKind, string> = {
  template: 'Berkas templat sudah ada',
  targets: 'Berkas target sudah ada (mungkin sudah berisi target yang diketik)',
  workspace: 'Folder ini sudah menjadi ruang kerja iki',
  catalogue: 'Berkas katalog yang akan ditulis init sudah ada',
  marker: 'Sudah ada berkas iki-workspace.json yang bukan penanda ruang kerja',
  folder: 'Ada berkas di tempat init akan membuat folder',
  riwayat: 'Berkas riwayat sudah ada (mungkin sudah berisi nilai yang diketik)',
};

const FROM = { option: '--workspace', env: 'IKI_WORKSPACE', cwd: 'folder saat ini' } as const;

export const id = {
  ...legacyTexts(),

  // ------------------------------------------------------------ usage
  'usage.bad-year': {
    title: 'Tahun tidak sah',
    message: (a) => `"${a.given}" bukan tahun antara 2000 dan 2100.`,
    hint: 'Ketik tahun empat angka, misalnya --year 2017.',
  },
  'usage.bad-quarter': {
    title: 'Triwulan tidak sah',
    message: (a) => `"${a.given}" bukan triwulan.`,
    hint: 'Ketik triwulan 1 sampai 4 (atau I sampai IV), misalnya --quarter 1.',
  },
  'usage.bad-lang': {
    title: 'Bahasa tidak dikenal',
    message: (a) => `"${a.given}" bukan bahasa yang dikenal iki.`,
    hint: 'Pakai --lang id (bahasa Indonesia, bawaan) atau --lang en, atau isi IKI_LANG dengan salah satunya.',
  },
  'usage.unknown-jabatan': {
    title: 'Jabatan tidak dikenal',
    message: (a, f) => `Tidak ada jabatan "${a.id}" di katalog.${a.suggestions.length ? ` Mungkin yang dimaksud ${f.list(a.suggestions)}?` : ''}`,
    hint: 'Daftar id jabatan ada di `iki catalogue list`.',
  },
  'usage.no-workspace': {
    title: 'Bukan ruang kerja',
    message: (a) => `${a.dir} (dari ${FROM[a.from]}) bukan ruang kerja iki: di dalamnya tidak ada iki-workspace.json.`,
    hint: 'Buat ruang kerja dengan `iki init FOLDER`, lalu sebutkan dengan --workspace FOLDER atau isi IKI_WORKSPACE.',
  },
  'usage.workspace-locked': {
    title: 'Ruang kerja sedang dipakai',
    message: (a) => `Perintah iki ${a.command} lain (pid ${a.pid}, di ${a.host}) sedang berjalan di ruang kerja ini sejak ${a.since}; tidak ada yang diubah.`,
    hint: (a) => `Tunggu sampai selesai. Jika tidak ada iki yang berjalan (komputer baru dinyalakan ulang), hapus ${a.lockFile}.`,
  },
  'usage.lock-busy': {
    title: 'Ruang kerja sedang dipakai',
    message: () => 'Ada iki lain yang baru mulai berjalan di ruang kerja ini; tidak ada yang diubah.',
    hint: 'Coba lagi sebentar lagi.',
  },
  'usage.not-found': {
    title: 'Berkas atau folder tidak ada',
    message: (a) => `${a.path}: berkas atau folder itu tidak ada; tidak ada yang dibaca.`,
    hint: 'Periksa namanya, atau sebutkan folder tempat lembar kerja disimpan.',
  },
  'usage.no-workbooks': {
    title: 'Tidak ada lembar kerja',
    message: (a, f) => `Tidak ada lembar kerja (.xlsx) di ${f.list(a.paths)}.`,
    hint: 'Simpan lembar kerja yang sudah diisi di satu folder (misalnya incoming/) lalu sebutkan folder itu.',
  },
  'usage.output-exists': {
    title: 'Berkas keluaran sudah ada',
    message: (a) => `${OUTPUT[a.what]}: ${a.path}. Tidak ada yang ditulis.`,
    hint: (a) => (a.flag ? `Tambahkan ${a.flag} untuk menimpanya.` : 'Pindahkan berkas itu, atau pilih folder lain.'),
  },
  'usage.unwritable': {
    title: 'Tidak dapat menulis',
    message: (a, f) => `Tidak dapat menulis ${TARGET[a.what]} (${a.path}): ${why(a, f)}.${a.written !== undefined ? ` Baru ${a.written} dari ${a.total} berkas yang tertulis; jalankan lagi dengan --force.` : ''}`,
    hint: (a) =>
      a.what === 'archive'
        ? 'Pastikan folder ruang kerja dapat ditulisi dan disk tidak penuh, lalu jalankan perintahnya lagi; isi arsip sebelumnya tidak berubah.'
        : 'Pilih folder lain, atau pastikan folder ini dapat ditulisi; tidak ada yang lain yang diubah.',
  },
  'usage.folder-in-the-way': {
    title: 'Ada folder yang menghalangi',
    message: (a) => `Tidak dapat menulis ${a.path}: sudah ada folder dengan nama itu.`,
    hint: 'Pindahkan atau ganti nama folder itu, atau pilih nama keluaran lain.',
  },
  'usage.file-in-the-way': {
    title: 'Ada berkas yang menghalangi',
    message: (a) => `${a.path} tidak dapat dijadikan folder: ${a.blocker} adalah berkas.`,
    hint: 'Pilih folder lain.',
  },
  'usage.archive-target': {
    title: 'Tidak boleh menulis ke arsip',
    message: (a) => `${a.path} berada di dalam arsip ruang kerja, yang hanya berisi lembar kerja yang sudah diterima; tidak ada yang ditulis.`,
    hint: (a) =>
      a.what === 'templates'
        ? 'Hilangkan --out agar templat ditulis ke folder templates/ ruang kerja, atau pilih folder lain.'
        : 'Tulis laporan di tempat lain, misalnya folder reports/ ruang kerja.',
  },
  'usage.out-extension': {
    title: 'Nama keluaran salah',
    message: (a) => `Laporan berupa buku kerja Excel: nama keluaran harus berakhiran ${a.ext} (bukan ${a.path}).`,
    hint: (a) => `Beri --out nama yang berakhiran ${a.ext}.`,
  },
  'usage.out-folder-missing': {
    title: 'Folder keluaran tidak ada',
    message: (a) => `Folder ${a.folder} tidak ada.`,
    hint: 'Buat folder itu lebih dulu, atau pilih --out yang lain.',
  },
  'usage.catalogue-invalid': {
    title: 'Katalog berisi kesalahan',
    message: (a) => `Katalog ${a.file} berisi ${a.errors} kesalahan; perintah tidak dijalankan.`,
    hint: 'Jalankan `iki catalogue check` dan perbaiki kesalahannya lebih dulu.',
  },
  'usage.targets-invalid': {
    title: 'Berkas target berisi kesalahan',
    message: (a) => `Berkas target ${a.file} berisi ${a.errors} kesalahan; perintah tidak dijalankan.`,
    hint: (a) => `Jalankan \`iki targets check --year ${a.year}\` dan perbaiki kesalahannya lebih dulu.`,
  },
  'usage.targets-missing': {
    title: 'Berkas target tidak ada',
    message: (a) => `Belum ada target untuk tahun ${a.year}: berkas ${a.file} tidak ada.`,
    hint: (a) => `Buat berkasnya dengan \`iki targets init --year ${a.year}\`.`,
  },

  // ------------------------------------------------------------ workspace
  'workspace.recovered': {
    title: 'Arsip dirapikan setelah proses terputus',
    message: (a) => `Arsip dirapikan setelah proses sebelumnya terputus: ${a.completed} lembar kerja dilengkapi, ${a.removed} berkas yang belum selesai dihapus.`,
  },
  'workspace.recover-failed': {
    title: 'Arsip tidak dapat dirapikan',
    message: (a, f) => `Arsip tidak dapat dirapikan setelah proses sebelumnya terputus (${why(a, f)}); arsip dibaca apa adanya.`,
  },
  'workspace.lock-taken-over': {
    title: 'Kunci lama diambil alih',
    message: (a) => `Kunci yang ditinggalkan iki ${a.command} yang sudah tidak berjalan (pid ${a.pid}, sejak ${a.since}) diambil alih.`,
  },

  // ------------------------------------------------------------ files the user maintains
  'catalogue.unreadable': {
    title: 'Berkas katalog tidak dapat dibaca',
    message: (a, f) => `Katalog ${a.file} tidak dapat dibaca: ${why(a, f)}.`,
    hint: 'Periksa nama berkas pada --catalogue, atau jalankan perintah di dalam ruang kerja.',
  },
  'target.unreadable': {
    title: 'Berkas target tidak dapat dibaca',
    message: (a, f) => `Berkas target ${a.file} tidak dapat dibaca: ${why(a, f)}.`,
  },

  // ------------------------------------------------------------ rollup (angka laporan)
  'rollup.no-data': {
    title: 'Belum ada lembar kerja yang diterima',
    message: (a, f) => `Belum ada lembar kerja yang diterima untuk ${a.through === 4 ? `tahun ${a.year}` : `${a.year} s.d. ${f.tw(a.through)}`}; tidak ada yang dapat dilaporkan.`,
    hint: 'Terima dulu lembar kerja yang sudah diisi (`iki ingest incoming/`), lalu periksa dengan `iki status`.',
  },
  'rollup.archive-unreadable': {
    title: 'Lembar kerja di arsip tidak sah lagi',
    message: (a, f) =>
      a.why === 'invalid'
        ? 'Lembar kerja di arsip tidak dapat dibaca atau tidak lolos pemeriksaan lagi (lihat masalah di atas).'
        : `Lembar kerja di arsip berubah setelah diterima pada ${f.date(a.takenAt)} (sha256-nya berbeda dengan catatan ${a.record}).`,
    hint: 'Pulihkan berkas arsip itu dari cadangan, atau terima ulang lembar kerja jabatan itu dengan `iki ingest BERKAS --replace`.',
  },
  'rollup.duplicate-submission': {
    title: 'Dua lembar kerja untuk satu jabatan dan triwulan',
    message: (a, f) => `Ada dua lembar kerja yang diterima untuk ${a.jabatanId} ${f.tw(a.quarter)} ${a.year}: ${a.first} dan ${a.second}; yang pertama dipakai.`,
    hint: 'Simpan satu saja di arsip (terima yang benar dengan --replace).',
  },
  'rollup.foreign-submission': {
    title: 'Lembar kerja di luar laporan',
    message: (a, f) =>
      a.why === 'unknown-jabatan'
        ? `Lembar kerja ini untuk jabatan "${a.jabatanId}", yang tidak ada di katalog.`
        : `Lembar kerja ini untuk ${f.tw(a.quarter)} ${a.year}, bukan untuk laporan tahun ${a.reportYear}.`,
    hint: 'Lembar kerja ini tidak dimasukkan ke dalam laporan.',
  },
  'rollup.missing-workbook': {
    title: 'Lembar kerja belum masuk',
    message: (a, f) => `Belum ada lembar kerja yang diterima dari ${a.nama} (${a.jabatanId}) untuk ${f.tw(a.quarter)} ${a.year}${a.elements ? ` (berisi ${f.num(a.elements)} isian)` : ''}.`,
    hint: 'Minta lembar kerjanya kepada jabatan itu, lalu terima dengan `iki ingest`. Sampai saat itu setiap nilai yang bergantung padanya ditandai belum masuk.',
  },
  'rollup.blank': {
    title: 'Isian dibiarkan kosong',
    message: (a, f) => `${a.nama} (${a.elementId}) kosong untuk ${f.tw(a.quarter)} ${a.year}: dihitung sebagai belum dilaporkan.`,
    hint: 'Sel kosong berarti "belum dilaporkan", bukan 0. Jika jumlahnya memang 0, ketik 0, lalu terima ulang lembar kerjanya dengan --replace.',
  },
  'rollup.invalid': {
    title: 'Isian tidak dapat dipakai',
    message: (a, f) => `${a.nama} (${a.elementId}) untuk ${f.tw(a.quarter)} ${a.year} berisi ${f.q(a.raw)}, yang bukan bilangan; tidak dihitung.`,
    hint: 'Perbaiki sel itu (ketik angkanya saja), lalu terima ulang lembar kerjanya dengan --replace.',
  },
  'rollup.not-in-template': {
    title: 'Isian tidak ada di templat',
    message: (a, f) => `Lembar kerja ini tidak memuat sel untuk ${a.nama} (${a.elementId}) ${f.tw(a.quarter)} ${a.year}; templatnya dibuat dari katalog lama.`,
    hint: 'Buat templat baru untuk jabatan dan triwulan ini dengan `iki generate`, minta diisi, lalu terima dengan --replace.',
  },
  'rollup.partial': {
    title: 'Nilai dari data yang belum lengkap',
    message: (a, f) => `${a.indicatorId} (${a.jabatan}) ${ui.rollup.period(a.period, f)}: dihitung dari data yang belum lengkap (${a.reasons.map((r) => ui.rollup.reason(r, ID_NAMES, f)).join('; ')}).`,
  },
  'rollup.no-denominator': {
    title: 'Persentase tanpa penyebut',
    message: (a, f) => `${a.indicatorId} (${a.jabatan}) ${ui.rollup.period(a.period, f)}: persentase tidak dapat dihitung karena ${a.zero ? 'penyebutnya 0' : 'penyebutnya belum dilaporkan'}.`,
  },
  'rollup.numerator-over': {
    title: 'Pembilang melebihi penyebut',
    message: (a, f) =>
      `${a.indicatorId} (${a.jabatan}) ${ui.rollup.period(a.period, f)}: pembilang ${f.num(a.numerator)} (${cells(a.numeratorCells, f)}) lebih besar daripada penyebut ${f.num(a.denominator)} (${cells(a.denominatorCells, f)}).`,
    hint: 'Periksa kedua sel itu. Jika indikator ini memang boleh melebihi 100 %, tulis allow_over: true pada indikator itu di katalog.',
  },
} satisfies ProblemTexts;
