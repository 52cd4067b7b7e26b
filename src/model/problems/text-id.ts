// Every problem's text in Indonesian, the default. Written as a careful Subbag Program staffer writes to
// a colleague: formal, plain, and saying what to type. The type makes a code without its text here fail
// to compile.
import type { Fmt } from '../format.js';
import type { FsFailure, OutputKind, SchemaIssue, WriteTarget } from './codes.js';
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
  riwayat: 'berkas riwayat',
  renstra: 'berkas Renstra',
};

const OUTPUT: Record<OutputKind, string> = {
  template: 'Berkas templat sudah ada',
  targets: 'Berkas target sudah ada (mungkin sudah berisi target yang diketik)',
  workspace: 'Folder ini sudah menjadi ruang kerja iki',
  catalogue: 'Berkas katalog yang akan ditulis init sudah ada',
  marker: 'Sudah ada berkas iki-workspace.json yang bukan penanda ruang kerja',
  folder: 'Ada berkas di tempat init akan membuat folder',
  riwayat: 'Berkas riwayat sudah ada (mungkin sudah berisi nilai yang diketik)',
  renstra: 'Berkas Renstra sudah ada (mungkin sudah berisi target yang diketik)',
};

/** A schema issue of a YAML file the user maintains, in the user's words. */
function schemaText(a: SchemaIssue): string {
  const at = a.path || '(bagian atas berkas)';
  switch (a.issue) {
    case 'unknown-keys':
      return `${at}: nama kunci ${(a.keys ?? []).map((k) => `"${k}"`).join(', ')} tidak dikenal (salah ketik?).`;
    case 'missing':
      return `${at}: kunci ini wajib diisi.`;
    case 'not-number':
      return `${at}: harus berupa angka (0 atau lebih), tanpa satuan atau tanda %.`;
    case 'not-mapping':
      return `${at}: harus berupa daftar kunci dan nilai (kunci: nilai).`;
    case 'not-text':
      return `${at}: harus berupa teks.`;
    case 'negative':
      return `${at}: tidak boleh kurang dari 0.`;
    case 'not-integer':
      return `${at}: harus bilangan bulat.`;
    case 'too-small':
      return `${at}: paling kecil ${a.min}.`;
    case 'too-large':
      return `${at}: paling besar ${a.max}.`;
    case 'not-allowed':
      return `${at}: harus ${a.expected}.`;
    case 'bad-key':
      return `${at}: kunci "${(a.keys ?? [])[0] ?? ''}" tidak sah${a.expected ? `; yang diharapkan ${a.expected}` : ''}.`;
    case 'wrong-type':
      return `${at}: isinya tidak sesuai (yang diharapkan ${a.expected ?? 'bentuk lain'}).`;
  }
}

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
  // ------------------------------------------------------------ riwayat (realisasi of years before iki)
  'riwayat.unreadable': {
    title: 'Berkas riwayat tidak dapat dibaca',
    message: (a, f) => `Berkas riwayat ${a.file} tidak dapat dibaca: ${why(a, f)}.`,
  },
  'riwayat.missing': {
    title: 'Berkas riwayat tidak ada',
    message: (a) => `Belum ada riwayat untuk tahun ${a.year}: berkas ${a.file} tidak ada.`,
    hint: (a) => `Buat berkasnya dengan \`iki riwayat init --year ${a.year}\`, lalu ketik realisasi tahun itu.`,
  },
  'riwayat.invalid': {
    title: 'Berkas riwayat berisi kesalahan',
    message: (a) => `Berkas riwayat ${a.file} berisi ${a.errors} kesalahan; perintah tidak dijalankan.`,
    hint: (a) => `Jalankan \`iki riwayat check --year ${a.year}\` dan perbaiki kesalahannya lebih dulu.`,
  },
  'riwayat.yaml-syntax': {
    title: 'Penulisan YAML salah',
    message: (a) => `Berkas ini tidak dapat dibaca sebagai YAML di sini (pembaca YAML: ${a.detail}).`,
    hint: 'Periksa indentasi (spasi, bukan tab), titik dua sesudah nama indikator, dan tanda kutip di sekitar baris ini.',
  },
  'riwayat.schema': {
    title: 'Isi berkas riwayat tidak sesuai',
    message: (a) => schemaText(a),
    hint: (a) => (a.path.startsWith('realisasi.') ? 'Realisasi ditulis sebagai angka (tahunan), atau { tahun: 80, tw1: 70, tw2: 75, tw3: 78, tw4: 80, target: 85 }; persentase tanpa tanda %.' : undefined),
  },
  'riwayat.unknown-indicator': {
    title: 'Indikator tidak dikenal',
    message: (a) => `Tidak ada indikator "${a.id}" di katalog.${a.suggestion ? ` Mungkin yang dimaksud "${a.suggestion}"?` : ''}`,
    hint: 'Salin id indikator dari berkas yang ditulis `iki riwayat init`, atau dari `iki catalogue show`.',
  },
  'riwayat.year-mismatch': {
    title: 'Tahun berkas riwayat tidak cocok',
    message: (a) => `Berkas ini berisi riwayat tahun ${a.year}, padahal namanya untuk tahun ${a.expected}.`,
    hint: (a) => `Ketik year: ${a.expected}, atau ganti nama berkasnya menjadi riwayat/${a.year}.yaml.`,
  },
  'riwayat.over-100': {
    title: 'Persentase di atas 100',
    message: (a, f) => `Realisasi ${f.num(a.value)} untuk persentase ${a.id} melebihi 100 %.`,
    hint: 'Periksa angkanya: persentase ini biasanya tidak lebih dari 100.',
  },
  'riwayat.total-mismatch': {
    title: 'Jumlah tahunan tidak sama dengan jumlah triwulan',
    message: (a, f) => `Realisasi tahunan ${a.id} tertulis ${f.num(a.tahun)}, padahal jumlah TW I–IV ${f.num(a.sum)}.`,
    hint: 'Perbaiki salah satunya, atau hapus nilai tahunan agar jumlah triwulan yang dipakai.',
  },
  'riwayat.in-archive': {
    title: 'Tahun ini sudah ada di arsip',
    message: (a) => `Arsip ruang kerja sudah berisi lembar kerja tahun ${a.year}: perbandingan memakai arsip, bukan berkas riwayat ini.`,
  },

  // ------------------------------------------------------------ renstra (the five-year plan)
  'renstra.unreadable': {
    title: 'Berkas Renstra tidak dapat dibaca',
    message: (a, f) => `Berkas Renstra ${a.file} tidak dapat dibaca: ${why(a, f)}.`,
  },
  'renstra.missing': {
    title: 'Berkas Renstra tidak ada',
    message: (a) => `Belum ada target Renstra: berkas ${a.file} tidak ada.`,
    hint: 'Buat berkasnya dengan `iki renstra init --from 2016 --to 2021`, lalu ketik kondisi awal dan target tiap tahun.',
  },
  'renstra.invalid': {
    title: 'Berkas Renstra berisi kesalahan',
    message: (a) => `Berkas Renstra ${a.file} berisi ${a.errors} kesalahan; perintah tidak dijalankan.`,
    hint: 'Jalankan `iki renstra check` dan perbaiki kesalahannya lebih dulu.',
  },
  'renstra.yaml-syntax': {
    title: 'Penulisan YAML salah',
    message: (a) => `Berkas ini tidak dapat dibaca sebagai YAML di sini (pembaca YAML: ${a.detail}).`,
    hint: 'Periksa indentasi (spasi, bukan tab), titik dua sesudah nama indikator, dan tanda kutip di sekitar baris ini.',
  },
  'renstra.schema': {
    title: 'Isi berkas Renstra tidak sesuai',
    message: (a) => schemaText(a),
    hint: (a) => (a.path.startsWith('indikator.') ? 'Tiap indikator: { kondisi_awal: 55, target: { 2017: 60, 2018: 64 }, target_akhir: 78 }; angka saja, persentase tanpa tanda %.' : undefined),
  },
  'renstra.unknown-indicator': {
    title: 'Indikator tidak dikenal',
    message: (a) => `Tidak ada indikator "${a.id}" di katalog.${a.suggestion ? ` Mungkin yang dimaksud "${a.suggestion}"?` : ''}`,
    hint: 'Salin id indikator dari berkas yang ditulis `iki renstra init`, atau dari `iki catalogue show`.',
  },
  'renstra.periode': {
    title: 'Periode Renstra tidak sah',
    message: (a) => `Periode Renstra ${a.awal}–${a.akhir}: tahun akhir harus sesudah tahun awal.`,
    hint: 'Tulis periode: { awal: 2016, akhir: 2021 }.',
  },
  'renstra.periode-flags': {
    title: 'Periode Renstra tidak sah',
    message: (a) => `--from ${a.from} --to ${a.to}: tahun akhir harus sesudah tahun awal; tidak ada yang ditulis.`,
    hint: 'Ketik misalnya --from 2016 --to 2021.',
  },
  'renstra.year-outside': {
    title: 'Tahun di luar periode Renstra',
    message: (a) => `Target ${a.id} untuk tahun ${a.year} berada di luar periode Renstra ${a.awal}–${a.akhir}.`,
    hint: 'Hapus target tahun itu, atau perbaiki periodenya.',
  },
  'renstra.year-missing': {
    title: 'Target Renstra belum lengkap',
    message: (a, f) => `${a.id} belum diberi target Renstra untuk tahun ${f.list(a.years.map(String))}.`,
  },
  'renstra.over-100': {
    title: 'Persentase di atas 100',
    message: (a, f) => `Target Renstra ${f.num(a.value)} untuk persentase ${a.id} melebihi 100 %.`,
  },
  'renstra.final-mismatch': {
    title: 'Target akhir berbeda dengan target tahun terakhir',
    message: (a, f) => `Target akhir ${a.id} ${f.num(a.targetAkhir)}, padahal target tahun ${a.year} (tahun terakhir Renstra) ${f.num(a.target)}.`,
    hint: 'Biasanya keduanya sama; periksa salah satunya.',
  },
} satisfies ProblemTexts;
