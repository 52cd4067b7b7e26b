// Every problem's text in Indonesian, the default. Written as a careful Subbag Program staffer writes to
// a colleague: formal, plain, and saying what to type. The type makes a code without its text here fail
// to compile.
import type { Fmt } from '../format.js';
import type { FsFailure, OutputKind, WriteTarget } from './codes.js';
import { legacyTexts } from './legacy.js';
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
  reminders: 'berkas pengingat',
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

/** "2017-TW1" as people say it: "TW I 2017". */
function per(f: Fmt, key: string | undefined): string {
  const m = /^(\d{4})-TW([1-4])$/.exec(key ?? '');
  return m ? `${f.tw(Number(m[2]))} ${m[1]}` : (key ?? 'triwulan sebelumnya');
}

const YAML_ERROR: Record<string, string> = {
  BAD_INDENT: 'indentasi (jumlah spasi di awal baris) tidak rata',
  TAB_AS_INDENT: 'indentasi memakai tab; pakai spasi',
  DUPLICATE_KEY: 'ada kunci yang ditulis dua kali',
  MISSING_CHAR: 'ada tanda kutip atau kurung yang tidak ditutup',
  BAD_DQ_ESCAPE: 'ada garis miring terbalik (\\) di dalam tanda kutip ganda',
  BLOCK_AS_IMPLICIT_KEY: 'ada kunci tanpa titik dua, atau nilai yang terpotong ke baris berikutnya',
  MULTILINE_IMPLICIT_KEY: 'ada kunci tanpa titik dua, atau nilai yang terpotong ke baris berikutnya',
  UNEXPECTED_TOKEN: 'ada tanda baca yang tidak pada tempatnya',
  BAD_SCALAR_START: 'ada nilai yang diawali tanda baca khusus; beri tanda kutip',
  MULTIPLE_DOCS: 'berkas berisi lebih dari satu dokumen (ada baris ---)',
  ALIAS_COUNT: 'terlalu banyak alias (*nama)',
};

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

  // ------------------------------------------------------------ config (iki.yaml)
  'config.unreadable': {
    title: 'Konfigurasi ruang kerja tidak dapat dibaca',
    message: (a, f) => `Berkas konfigurasi ${a.file} tidak dapat dibaca: ${why(a, f)}.`,
  },
  'config.invalid': {
    title: 'Konfigurasi ruang kerja berisi kesalahan',
    message: (a) => `Konfigurasi ruang kerja ${a.file} berisi ${a.errors} kesalahan; perintah tidak dijalankan.`,
    hint: 'Perbaiki kesalahan yang disebutkan (baris dan kolomnya tertera), lalu jalankan perintahnya lagi.',
  },
  'config.yaml-syntax': {
    title: 'Penulisan iki.yaml salah',
    message: (a) => `Berkas tidak dapat dibaca: ${YAML_ERROR[a.error] ?? 'penulisan YAML-nya salah'} (${a.detail}).`,
    hint: 'Periksa indentasi (spasi di awal baris, bukan tab) dan tanda kutip di sekitar baris ini.',
  },
  'config.unknown-key': {
    title: 'Kunci tidak dikenal',
    message: (a) => `Kunci "${a.key}" tidak dikenal di ${a.section || 'tingkat teratas'}.${a.suggestion ? ` Mungkin yang dimaksud "${a.suggestion}"?` : ''}`,
    hint: (a, f) => `Kunci yang dikenal di sini: ${f.list(a.known)}. Periksa ejaannya.`,
  },
  'config.bad-format': {
    title: 'Format konfigurasi tidak dikenal',
    message: (a) => `format berisi "${a.given}"; iki ini mengenal ${a.expected}.`,
    hint: (a) => `Tulis format: ${a.expected}, atau hapus baris itu.`,
  },
  'config.bad-date': {
    title: 'Bukan tanggal',
    message: (a) => `${a.key} berisi "${a.given}", bukan tanggal yang sah.`,
    hint: 'Tulis tanggal sebagai tahun-bulan-tanggal, misalnya 2017-04-10.',
  },
  'config.bad-number': {
    title: 'Bukan angka',
    message: (a, f) =>
      `${a.key} harus berupa ${a.integer ? 'bilangan bulat' : 'angka'}${a.min !== undefined && a.max !== undefined ? ` antara ${f.num(a.min)} dan ${f.num(a.max)}` : a.min !== undefined ? ` paling kecil ${f.num(a.min)}` : a.max !== undefined ? ` paling besar ${f.num(a.max)}` : ''}; tertulis "${a.given}".`,
    hint: 'Ketik angkanya saja, tanpa satuan atau tanda %, misalnya 50.',
  },
  'config.bad-boolean': {
    title: 'Bukan ya atau tidak',
    message: (a) => `${a.key} harus berisi ya atau tidak; tertulis "${a.given}".`,
    hint: 'Ketik ya atau tidak (atau true / false).',
  },
  'config.bad-text': {
    title: 'Bukan teks',
    message: (a) => `${a.key} harus berupa teks; tertulis ${a.given}.`,
    hint: 'Tulis teksnya dalam tanda kutip, misalnya "Subbag Program dan Pelaporan".',
  },
  'config.bad-section': {
    title: 'Bagian konfigurasi salah tulis',
    message: (a) => `${a.key} harus berisi kunci-kunci di bawahnya (satu per baris, menjorok ke dalam), bukan "${a.given}".`,
    hint: 'Lihat contoh susunan iki.yaml di README.',
  },
  'config.bad-choice': {
    title: 'Pilihan tidak dikenal',
    message: (a, f) => `${a.key} berisi "${a.given}"; pilihannya ${f.list(a.choices)}.`,
  },
  'config.bad-year': {
    title: 'Bukan tahun',
    message: (a) => `Di ${a.key}, "${a.given}" bukan tahun.`,
    hint: 'Tulis tahun empat angka diikuti titik dua, misalnya 2017:',
  },
  'config.unknown-jabatan': {
    title: 'Jabatan tidak dikenal',
    message: (a, f) => `Tidak ada jabatan "${a.id}" di katalog.${a.suggestions.length ? ` Mungkin yang dimaksud ${f.list(a.suggestions)}?` : ''}`,
    hint: 'Daftar id jabatan ada di `iki catalogue list`.',
  },
  'config.due-before-end': {
    title: 'Batas waktu sebelum triwulan berakhir',
    message: (a, f) => `Batas waktu ${f.date(a.date)} tidak jatuh setelah triwulan itu berakhir (${f.date(a.end)}), jadi tidak ada lembar kerja yang dapat tepat waktu.`,
    hint: 'Periksa tahun dan triwulannya; batas waktu biasanya beberapa hari setelah triwulan berakhir.',
  },

  // ------------------------------------------------------------ verify
  'verify.no-submission': {
    title: 'Belum ada lembar kerja yang diterima',
    message: (a, f) => `Belum ada lembar kerja ${a.jabatan} untuk ${f.tw(a.quarter)} ${a.year} di arsip, jadi belum ada yang dapat diverifikasi atau dikembalikan. Tidak ada yang dicatat.`,
    hint: (a) => `Periksa dengan \`iki status --year ${a.year}\`; terima lembar kerjanya lebih dulu dengan \`iki ingest\`.`,
  },
  'verify.reason-required': {
    title: 'Alasan pengembalian belum ditulis',
    message: () => '--return memerlukan --alasan: pengirim perlu tahu apa yang harus diperbaiki. Tidak ada yang dicatat.',
    hint: 'Contoh: --return --alasan "Jumlah peserta TW I tidak sesuai daftar hadir".',
  },
  'verify.already': {
    title: 'Sudah tercatat',
    message: (a, f) => `Lembar kerja ${a.jabatan} ini sudah ${a.state}${a.oleh ? ` oleh ${a.oleh}` : ''} pada ${f.date(a.at)}; tidak dicatat lagi.`,
  },

  // ------------------------------------------------------------ log
  'log.damaged-line': {
    title: 'Baris catatan rusak',
    message: (a) => `Satu baris catatan ${a.log === 'verifikasi' ? 'verifikasi' : 'lembar kerja yang ditolak'} tidak dapat dibaca (terpotong atau diubah dengan tangan); baris itu dilewati.`,
    hint: (a) => `Catatan lainnya tetap dipakai. Jika baris itu penting, ulangi perintahnya (${a.log === 'verifikasi' ? '`iki verify`' : '`iki ingest`'}).`,
  },
  'log.unreadable': {
    title: 'Catatan tidak dapat dibaca',
    message: (a, f) => `Catatan ${a.log === 'verifikasi' ? 'verifikasi' : 'lembar kerja yang ditolak'} ${a.file} tidak dapat dibaca: ${why(a, f)}. Tidak ada yang diubah.`,
    hint: 'Pastikan folder arsip ruang kerja dapat dibaca, lalu jalankan perintahnya lagi.',
  },

  // ------------------------------------------------------------ quality (peringatan, bukan penolakan)
  'quality.stock-drop': {
    title: 'Jumlah (stok) turun tajam',
    message: (a, f) => `${a.nama} turun dari ${f.num(a.previous)} (${per(f, a.previousPeriod)}) menjadi ${f.num(a.value)}, turun ${f.pct(a.dropPct)}; batasnya ${f.pct(a.threshold, 0)}.`,
    hint: 'Periksa angkanya: jumlah ini keadaan pada akhir triwulan dan biasanya tidak turun sebanyak itu. Jika memang benar, jelaskan sebabnya di kolom kendala.',
  },
  'quality.outlier': {
    title: 'Nilai jauh dari biasanya',
    message: (a, f) =>
      a.method === 'sd'
        ? `${a.nama} bernilai ${f.num(a.value)}, di luar kisaran biasanya (${f.num(a.low)} sampai ${f.num(a.high)}: rata-rata ${a.n} triwulan sebelumnya ${f.num(a.mean ?? 0)} ± ${f.num(a.k ?? 0)} × simpangan baku ${f.num(a.sd ?? 0)}).`
        : `${a.nama} bernilai ${f.num(a.value)}, ${a.value > a.high ? `lebih dari ${f.num(a.factor ?? 0)} kali` : `kurang dari 1/${f.num(a.factor ?? 0)}`} nilai ${per(f, a.previousPeriod)} (${f.num(a.previous ?? 0)}).`,
    hint: 'Periksa angkanya (salah ketik, angka kumulatif, satuan yang berbeda?). Jika memang benar, jelaskan sebabnya di kolom kendala.',
  },
  'quality.copied': {
    title: 'Sama persis dengan triwulan lalu',
    message: (a, f) => `Semua ${a.values} isian sama persis dengan ${per(f, a.previousPeriod)}: mungkin lembar kerja triwulan lalu yang terkirim lagi, atau angkanya tersalin.`,
    hint: 'Pastikan angka yang dikirim adalah angka triwulan ini.',
  },
  'quality.explanation-missing': {
    title: 'Kendala belum diisi',
    message: (a, f) => {
      const parts = a.reasons.map((r) =>
        r === 'worse'
          ? `lebih buruk daripada ${per(f, a.previousPeriod)} (${f.num(a.previous ?? 0)})`
          : a.polarity === 'lower'
            ? `di atas target ${f.num(a.target ?? 0)} (makin kecil makin baik)`
            : `belum mencapai target ${f.num(a.target ?? 0)}`,
      );
      return `${a.nama}: realisasi ${f.num(a.value)} ${f.list(parts)}, tetapi kendala belum diisi.`;
    },
    hint: 'Tuliskan kendala atau permasalahannya di sel ini, misalnya mengapa target belum tercapai.',
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
} satisfies ProblemTexts;
