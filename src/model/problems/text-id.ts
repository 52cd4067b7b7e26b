// Every problem's text in Indonesian, the default. Written as a careful Subbag Program staffer writes to
// a colleague: formal, plain, and saying what to type. The type makes a code without its text here fail
// to compile.
import type { Fmt } from '../format.js';
import type { ArgsOf, CatalogueIdKind, CatalogueRefKind, DocumentIssue, CellArgs, FileDamage, FsFailure, NotXlsxKind, OutputKind, PeriodOf, SchemaIssue, WriteTarget, ZipFlaw, ZipFlawKind } from './codes.js';
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
  reminders: 'berkas pengingat',
  riwayat: 'berkas riwayat',
  renstra: 'berkas Renstra',
  feedback: 'lembar kerja umpan balik',
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

const TYPE_ID: Record<string, string> = { string: 'teks', number: 'angka', boolean: 'true atau false', array: 'daftar', list: 'daftar', object: 'pemetaan (kunci: nilai)', mapping: 'pemetaan (kunci: nilai)', null: 'kosong (null)', date: 'tanggal', undefined: 'tidak ada' };
const typeId = (t: string) => TYPE_ID[t] ?? t;

function issueId(i: SchemaIssue, f: Fmt): string {
  switch (i.kind) {
    case 'unknown-keys':
      return `kunci ${f.list(i.keys.map(f.q))} tidak dikenal (salah ketik?${i.suggestion ? ` Mungkin yang dimaksud "${i.suggestion}"?` : ''})`;
    case 'missing':
      return `belum ada: kunci ini wajib diisi (${typeId(i.expected)})`;
    case 'type':
      return `harus berupa ${typeId(i.expected)}, bukan ${typeId(i.received)}`;
    case 'one-of':
      return `harus salah satu dari ${f.list(i.options)} (bukan "${i.received}")`;
    case 'empty':
      return 'tidak boleh kosong';
    case 'too-few':
      return `harus berisi paling sedikit ${i.min} butir`;
    case 'too-small':
      return `harus ${i.inclusive ? 'paling kecil' : 'lebih dari'} ${f.num(i.min)} (bukan ${f.num(i.received)})`;
    case 'too-big':
      return `harus paling besar ${f.num(i.max)} (bukan ${f.num(i.received)})`;
    case 'format':
      return `"${i.received}" bukan ${i.format} yang sah`;
    case 'empty-document':
      return 'berkasnya kosong';
    case 'invalid':
      return `nilai ini (${typeId(i.received)}) tidak sah di sini`;
  }
}

const YAML_ID: Record<string, string> = {
  MISSING_CHAR: 'tanda kutip atau kurung penutup tidak ada',
  DUPLICATE_KEY: 'kunci yang sama ditulis dua kali dalam satu pemetaan',
  TAB_AS_INDENT: 'indentasi memakai tab; pakai spasi',
  BAD_INDENT: 'indentasi tidak sejajar',
  BLOCK_AS_IMPLICIT_KEY: 'pemetaan ditulis dalam satu baris sesudah kunci ("a: b: c")',
  MULTILINE_IMPLICIT_KEY: 'sebuah kunci ditulis lebih dari satu baris',
  UNEXPECTED_TOKEN: 'ada karakter yang tidak diharapkan',
};
const yamlId = (a: { yamlCode: string; detail: string }) => YAML_ID[a.yamlCode] ?? a.detail;

const ID_ID: Record<CatalogueIdKind, string> = { jabatan: 'jabatan', element: 'isian', unit: 'unit', indicator: 'indikator', note: 'kolom catatan' };
const REF_ID: Record<CatalogueRefKind, string> = {
  atasan: 'Jabatan atasan',
  owner: 'Jabatan pengisi (owner)',
  element: 'Isian',
  numerator: 'Isian pembilang',
  denominator: 'Isian penyebut',
  'penanggung-jawab': 'Unit penanggung jawab',
  kepala: 'Jabatan kepala unit',
};
const at = (path: string) => path || '(seluruh berkas)';

/** A schema issue of a YAML file the user maintains, in the user's words. */
function schemaText(a: DocumentIssue): string {
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

// ------------------------------------------------------------ bantuan sisi baca (berkas, identitas, sel, ingest)
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


/** 1,5 MB / 12 KB */
function size(n: number, f: Fmt): string {
  return n >= 1048576 ? `${f.num(n / 1048576, 1)} MB` : `${f.num(Math.ceil(n / 1024), 0)} KB`;
}

const SAVE_AS = 'Buka berkas itu di Excel atau LibreOffice Calc, simpan sebagai "Excel Workbook (.xlsx)", lalu kirimkan berkas hasil simpanan itu.';
const FRESH = 'Mintalah templat baru kepada Subbag Program dan salin angka Anda ke dalamnya.';
const NOT_IKI = 'Ini bukan lembar kerja IKI yang wajar; jangan dibuka. Mintalah agar templat diisi ulang.';

const NOT_XLSX: Record<NotXlsxKind, string> = {
  pdf: 'Berkas ini dokumen PDF yang diberi nama .xlsx, bukan berkas Excel.',
  text: 'Berkas ini berkas teks (CSV atau sejenisnya), bukan berkas Excel.',
  unknown: 'Berkas ini bukan berkas Excel: awal isinya tidak seperti berkas .xlsx.',
  ods: 'Berkas ini berkas OpenDocument (.ods), bukan berkas Excel (.xlsx).',
  docx: 'Berkas ini dokumen Word, bukan berkas Excel (.xlsx).',
  zip: 'Berkas ini berkas zip biasa, bukan berkas Excel (.xlsx).',
};

const FLAW: Record<ZipFlawKind, (a: ZipFlaw) => string> = {
  'multi-part': () => 'zip yang terbagi menjadi beberapa bagian',
  zip64: (a) => (a.entry ? `entri ${a.entry} memakai ukuran zip64` : 'format zip64'),
  'directory-misplaced': () => 'daftar isi zip tidak berada di tempat yang disebut catatan penutupnya',
  'entry-damaged': (a) => `entri ${a.entry} pada daftar isi rusak`,
  'entry-overrun': (a) => `entri ${a.entry} melewati batas akhirnya`,
  encrypted: () => 'ada bagian yang dienkripsi',
  'folder-content': (a) => `entri folder ${a.entry} berisi data`,
  'folder-mark': (a) => `entri ${a.entry} ditandai sebagai folder`,
  'name-not-ascii': (a) => `nama entri ${a.entry} memuat karakter yang tidak lazim`,
  method: (a) => `ada bagian yang dimampatkan dengan metode ${a.method}`,
  'local-header-missing': (a) => `kepala lokal entri ${a.entry} tidak ada`,
  'two-methods': (a) => `entri ${a.entry} memiliki dua metode pemampatan`,
  'two-names': (a) => `entri ${a.entry} memiliki dua nama`,
  'extra-bytes': () => 'daftar isi zip memuat data berlebih',
};

function damaged(a: FileDamage): string {
  switch (a.damage) {
    case 'zip':
      return 'flaw' in a ? `Struktur zip berkas ini rusak (${FLAW[a.flaw](a)}); berkas berubah atau terpotong saat dikirim.` : 'Berkas ini bukan berkas .xlsx yang dapat dibaca; strukturnya rusak.';
    case 'inflate':
      return `Bagian ${a.part} tidak dapat diurai; berkas berubah atau terpotong saat dikirim.`;
    case 'short-part':
      return `Bagian ${a.part} lebih pendek daripada yang disebut kepalanya; berkas berubah atau terpotong saat dikirim.`;
    case 'checksum':
      return `Bagian ${a.part} rusak (nilai pemeriksanya tidak cocok); berkas berubah atau terpotong saat dikirim.`;
    case 'two-values':
      return `Bagian ${a.part} memuat sel (${a.cell}) yang berisi dua nilai; sel itu akan terbaca sebagai angka lain.`;
    case 'xml':
      return `Bagian ${a.part} bukan XML yang utuh (${a.detail}); berkas berubah atau terpotong saat dikirim.`;
    case 'unreadable':
      return 'Lembar kerja ini tidak dapat dibaca; isinya rusak.';
  }
}

/** "jabatan kasi_a, 2017 TW I" */
function periodOf(p: PeriodOf, f: Fmt): string {
  const parts: string[] = [];
  if (p.jabatanId !== undefined) parts.push(`jabatan ${p.jabatanId}`);
  if (p.year !== undefined || p.quarter !== undefined) parts.push([p.year, p.quarter !== undefined ? f.tw(p.quarter) : undefined].filter((x) => x !== undefined).join(' '));
  return parts.join(', ');
}

const META = (p: Required<PeriodOf>, f: Fmt) => `lembar kerja ini (lembar _iki) untuk ${p.jabatanId}, ${p.year} ${f.tw(p.quarter)}`;

const short = (hash: string) => (hash ? hash.slice(0, 12) : '(tidak ada)');

/** "Sel "Jumlah peserta"" atau, untuk hasil rumus yang tersimpan, "Hasil rumus untuk …". */
const cellOf = (a: CellArgs & { formula?: true }) => (a.formula ? `Hasil rumus untuk "${a.nama}"` : `Sel "${a.nama}"`);

const TYPE_WORD = { count: 'jumlah (bilangan bulat)', decimal: 'angka desimal', rupiah: 'rupiah', percent: 'persentase' } as const;
/** A value of an element's type as a person reads it: Rp 1.234.567; 82,75; 5,8 %. */
const typed = (type: keyof typeof TYPE_WORD, v: number, f: Fmt) => (type === 'rupiah' ? `Rp ${f.num(v, 0)}` : type === 'percent' ? `${f.num(v, 6)} %` : f.num(v, 6));

/** A number as it should be typed: no thousands separator, a comma before the decimals. */
const plain = (v: number) => String(Number(v.toPrecision(15))).replace('.', ',');

const MARK = { '.': 'titik', ',': 'koma', '.,': 'titik dan koma', ' ': 'spasi' } as const;

function separator(a: ArgsOf<'cell.ambiguous-separator'>, f: Fmt): string {
  const head = `${cellOf(a)} berisi "${a.raw}"`;
  switch (a.reading) {
    case 'thousands-or-decimal':
      return a.mark === '.'
        ? `${head}, yang dapat dibaca ${a.whole} (titik sebagai pemisah ribuan) atau ${f.num(a.decimal!, 6)} (titik sebagai tanda desimal).`
        : `${head}, yang dapat dibaca ${f.num(a.decimal!, 6)} (koma sebagai tanda desimal) atau ${a.whole} (koma sebagai pemisah ribuan).`;
    case 'groups':
      return `${head}, yang kemungkinan berarti ${a.whole}, tetapi iki tidak menebak.`;
    case 'fraction':
      return `${head}, yang dapat dibaca ${f.num(a.decimal!, 6)} (pecahan, padahal jumlah harus bilangan bulat) atau ${a.whole} (${MARK[a.mark]} yang terketik tidak sengaja).`;
    case 'unreadable':
      return `${head}, yang tidak dapat dibaca sebagai satu bilangan bulat.`;
  }
}

const META_KEY = { year: 'tahun', quarter: 'triwulan', jabatan_id: 'jabatan_id' } as const;

export const id = {
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
    hint: (a) => (a.flag ? `Tambahkan ${a.flag} untuk menimpanya.` : a.what === 'workspace' ? 'Pakai ruang kerja itu apa adanya, atau buat ruang kerja di folder lain.' : 'Pindahkan berkas itu, atau pilih folder lain.'),
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
        : a.what === 'feedback'
          ? 'Sebutkan folder lain untuk --feedback, misalnya umpan-balik/.'
          : 'Tulis laporan di tempat lain, misalnya folder reports/ ruang kerja.',
  },
  'usage.feedback-over-original': {
    title: 'Folder umpan balik berisi lembar kerja yang diperiksa',
    message: (a) => `Folder ${a.folder} untuk --feedback adalah folder tempat ${a.file} berada; salinan umpan balik akan menimpa berkas aslinya, jadi tidak ada yang ditulis.`,
    hint: 'Sebutkan folder lain untuk --feedback, misalnya umpan-balik/ (folder itu dibuat bila belum ada).',
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

  // ------------------------------------------------------------ catalogue
  'catalogue.yaml-syntax': {
    title: 'Kesalahan penulisan YAML',
    message: (a) => `YAML tidak dapat dibaca di sini: ${yamlId(a)}.`,
    hint: 'Periksa indentasi (pakai spasi, bukan tab) dan tanda kutip di sekitar baris ini.',
  },
  'catalogue.yaml-warning': { title: 'Peringatan YAML', message: (a) => `Peringatan YAML: ${yamlId(a)}.` },
  'catalogue.alias-bomb': {
    title: 'Alias YAML terlalu banyak',
    message: (a) => `Berkas ini memakai ${a.aliases} alias YAML (paling banyak ${a.max}); berkas tidak diuraikan.`,
    hint: 'Tulis nilainya satu per satu, jangan diulang dengan *alias.',
  },
  'catalogue.schema': { title: 'Susunan katalog', message: (a, f) => `${at(a.path)}: ${issueId(a.issue, f)}.`, hint: 'Semua kunci dijelaskan di docs/catalogue-format.md.' },
  'catalogue.bad-id': {
    title: 'Id tidak sah',
    message: (a) => `Id ${ID_ID[a.what]} "${a.id}" tidak sah.`,
    hint: 'Id ditulis dengan huruf kecil dan garis bawah: diawali huruf, lalu huruf, angka atau _ (paling banyak 60 karakter), misalnya kasi_penempatan.',
  },
  'catalogue.duplicate-id': {
    title: 'Id ganda',
    message: (a) => `Id ${ID_ID[a.what]} "${a.id}" dipakai dua kali (pertama di ${a.first}).`,
    hint: 'Beri salah satunya id lain.',
  },
  'catalogue.unknown-ref': {
    title: 'Rujukan tidak dikenal',
    message: (a) => `${REF_ID[a.what]} "${a.id}" tidak ada di katalog.${a.suggestion ? ` Mungkin yang dimaksud "${a.suggestion}"?` : ''}`,
  },
  'catalogue.no-root': {
    title: 'Tidak ada jabatan puncak',
    message: () => 'Tidak ada jabatan dengan `atasan: null`, sehingga pohon jabatan tidak berpuncak.',
    hint: 'Tepat satu jabatan (Kepala Dinas) harus ditulis dengan `atasan: null`.',
  },
  'catalogue.many-roots': {
    title: 'Jabatan puncak lebih dari satu',
    message: (a) => `Jabatan "${a.id}" juga tidak beratasan, padahal "${a.root}" sudah menjadi puncak.`,
    hint: 'Tepat satu jabatan (Kepala Dinas) harus ditulis dengan `atasan: null`; isi atasan jabatan ini.',
  },
  'catalogue.atasan-loop': { title: 'Atasan berputar', message: (a) => `Rantai atasan berputar: ${a.loop.join(' → ')}.`, hint: 'Isi atasan yang sebenarnya pada salah satu jabatan itu.' },
  'catalogue.unreachable': {
    title: 'Jabatan di luar pohon',
    message: (a) => `Jabatan "${a.id}" tidak tersambung ke puncak "${a.root}" melalui rantai atasan.`,
  },
  'catalogue.unused-element': {
    title: 'Isian tidak dipakai indikator mana pun',
    message: (a) => `Isian "${a.id}" tidak dipakai indikator mana pun; angkanya akan diketik tanpa guna.`,
    hint: 'Pakai isian itu pada sebuah indikator, atau hapus.',
  },
  'catalogue.empty-ratio': {
    title: 'Persentase tanpa pembilang atau penyebut',
    message: (a) => `Indikator persentase "${a.indicator}" tidak mempunyai isian ${a.side === 'numerator' ? 'pembilang' : 'penyebut'}.`,
  },
  'catalogue.ratio-self': { title: 'Isian di kedua sisi persentase', message: (a) => `Isian "${a.element}" menjadi pembilang sekaligus penyebut "${a.indicator}".` },
  'catalogue.type-key': {
    title: 'Kunci tidak sesuai jenis isian',
    message: (a) => `Isian "${a.element}" berjenis ${a.type}, yang selalu bilangan bulat; kunci \`decimals\` hanya untuk type: decimal dan type: percent.`,
    hint: 'Hapus kunci decimals, atau ubah type menjadi decimal jika isian ini memang berpecahan.',
  },
  'catalogue.type-bound': {
    title: 'Batas isian tidak sesuai jenisnya',
    message: (a, f) =>
      `Isian "${a.element}" berjenis ${a.type}, tetapi ${a.key}: ${f.num(a.value, 6)} ${a.whole && !Number.isInteger(a.value) ? 'berupa pecahan' : `di luar rentang jenis itu (${f.num(a.low, 0)} sampai ${f.num(a.high, 0)})`}.`,
    hint: (a) => (a.whole ? `Tulis ${a.key} sebagai bilangan bulat antara ${a.low} dan ${a.high}.` : `Tulis ${a.key} antara ${a.low} dan ${a.high}.`),
  },
  'catalogue.min-over-max': {
    title: 'Batas bawah di atas batas atas',
    message: (a, f) =>
      a.implied
        ? `Isian "${a.element}" mempunyai max: ${f.num(a.max, 6)}, di bawah batas bawahnya ${f.num(a.min, 6)} (tanpa min, isian desimal dimulai dari 0).`
        : `Isian "${a.element}" mempunyai min: ${f.num(a.min, 6)} di atas max: ${f.num(a.max, 6)}; tidak ada nilai yang dapat diisi.`,
    hint: (a) => (a.implied ? 'Tambahkan min (boleh negatif untuk type: decimal) atau perbaiki max.' : 'Tukar atau perbaiki min dan max.'),
  },
  'catalogue.kind-type': {
    title: 'Indikator jumlah dari isian bukan jumlah',
    message: (a) => `Indikator "${a.indicator}" berjenis kind: count (jumlah), tetapi isiannya "${a.element}" berjenis ${a.type}, bukan jumlah.`,
    hint: 'Ubah menjadi kind: value: indikator itu lalu berisi nilai isiannya, apa pun jenisnya.',
  },
  'catalogue.kind-fields': {
    title: 'Kunci tidak sesuai jenis indikator',
    message: (a) =>
      a.fault === 'count-without-element'
        ? `Indikator jumlah "${a.indicator}" memerlukan kunci \`element\`.`
        : a.fault === 'count-with-sides'
          ? `Indikator jumlah "${a.indicator}" mempunyai numerator/denominator; ubah menjadi kind: ratio atau hapus keduanya.`
          : `Indikator persentase "${a.indicator}" mempunyai \`element\`; persentase memakai numerator dan denominator.`,
  },
  'catalogue.duplicate-note': { title: 'Kolom catatan ganda', message: (a) => `Kolom catatan "${a.id}" ditulis dua kali.` },

  // ------------------------------------------------------------ target
  'target.yaml-syntax': {
    title: 'Kesalahan penulisan YAML pada target',
    message: (a) => `YAML tidak dapat dibaca di sini: ${yamlId(a)}.`,
    hint: 'Periksa indentasi (pakai spasi, bukan tab) dan tanda kutip di sekitar baris ini.',
  },
  'target.yaml-warning': { title: 'Peringatan YAML pada target', message: (a) => `Peringatan YAML: ${yamlId(a)}.` },
  'target.alias-bomb': {
    title: 'Alias YAML terlalu banyak',
    message: (a) => `Berkas ini memakai ${a.aliases} alias YAML (paling banyak ${a.max}); berkas tidak diuraikan.`,
    hint: 'Tulis nilainya satu per satu, jangan diulang dengan *alias.',
  },
  'target.schema': {
    title: 'Susunan berkas target',
    message: (a, f) => `${at(a.path)}: ${issueId(a.issue, f)}.`,
    hint: (a) =>
      a.path.startsWith('targets.')
        ? 'Target ditulis sebagai angka (target tahunan) atau { tahun, tw1, tw2, tw3, tw4 }, masing-masing 0 atau lebih, tanpa satuan dan tanpa tanda %.'
        : undefined,
  },
  'target.unknown-indicator': {
    title: 'Target untuk indikator yang tidak dikenal',
    message: (a) => `Tidak ada indikator "${a.id}" di katalog.${a.suggestion ? ` Mungkin yang dimaksud "${a.suggestion}"?` : ''}`,
    hint: 'Daftar id indikator ada di `iki catalogue list`.',
  },
  'target.year-mismatch': { title: 'Target untuk tahun lain', message: (a) => `Berkas ini untuk tahun ${a.fileYear}, bukan ${a.expected}.`, hint: (a) => `Ubah menjadi \`year: ${a.expected}\`, atau periksa nama berkasnya.` },
  'target.over-100': { title: 'Target persentase di atas 100', message: (a, f) => `Target ${f.num(a.value)} untuk persentase "${a.indicator}" melebihi 100 %.` },

  // ------------------------------------------------------------ berkas
  'file.unreadable': {
    title: 'Berkas tidak dapat dibaca',
    message: (a, f) =>
      a.stage === 'read'
        ? `Berkas tidak dapat dibaca: ${a.reason === 'not-found' ? 'berkas itu sudah tidak ada (dipindahkan atau dihapus saat iki berjalan)' : why(a, f)}.`
        : `Berkas ini ${a.reason === 'not-found' ? 'dipindahkan atau dihapus' : `tidak dapat dibaca lagi (${why(a, f)})`} saat iki memeriksanya; berkas ini tidak diarsipkan.`,
    hint: (a) =>
      a.stage === 'archive' ? 'Kembalikan berkas itu ke tempatnya, lalu jalankan `iki ingest` lagi.' : 'Pastikan berkas itu ada dan dapat dibuka, lalu jalankan perintahnya lagi.',
  },
  'file.changed': {
    title: 'Berkas berubah saat diperiksa',
    message: () => 'Berkas ini berubah saat iki memeriksanya (mungkin sedang disimpan atau disalin); berkas ini tidak diarsipkan.',
    hint: 'Tunggu sampai berkas selesai disimpan, lalu jalankan `iki ingest` lagi.',
  },
  'file.empty': {
    title: 'Berkas kosong',
    message: () => 'Berkas ini kosong (0 bita).',
    hint: 'Berkas ini tidak berisi apa pun; mintalah agar berkas itu dikirim ulang.',
  },
  'file.too-large': {
    title: 'Berkas terlalu besar',
    message: (a, f) =>
      a.what === 'file'
        ? `Ukuran berkas ini ${size(a.size, f)}; lembar kerja IKI paling besar ${size(a.max, f)}.`
        : `Lembar-lembar di berkas ini berisi lebih dari ${size(a.max, f)} data (bagian ${a.part}); lembar kerja IKI jauh lebih kecil.`,
    hint: (a) =>
      a.what === 'file'
        ? 'Lembar kerja IKI biasanya jauh di bawah 1 MB; hapus gambar yang ditempelkan atau kirim ulang templatnya.'
        : 'Hapus lembar atau baris tambahan yang ditempelkan, atau isi templat yang baru.',
  },
  'file.xls': {
    title: 'Berkas .xls lama atau berkata sandi',
    message: () => 'Berkas ini berkas Excel 97-2003 (.xls) lama atau berkas yang dilindungi kata sandi, bukan berkas .xlsx.',
    hint: `${SAVE_AS} Hapus kata sandi berkasnya jika ada.`,
  },
  'file.not-xlsx': {
    title: 'Bukan berkas Excel',
    message: (a) => NOT_XLSX[a.kind],
    hint: (a) =>
      a.kind === 'pdf'
        ? 'Kirimkan berkas templat Excel yang sudah diisi, bukan PDF atau hasil pindaiannya.'
        : a.kind === 'text'
          ? 'Isilah templat Excel itu sendiri dan kirimkan sebagai .xlsx; berkas CSV kehilangan nama sel yang dipakai iki untuk membaca nilai.'
          : a.kind === 'ods'
            ? 'Di LibreOffice Calc pilih File > Save As (Simpan Sebagai), pilih jenis "Excel 2007-365 (.xlsx)", lalu kirimkan berkas itu.'
            : SAVE_AS,
  },
  'file.truncated': {
    title: 'Berkas rusak atau tidak lengkap',
    message: () => 'Berkas ini terpotong atau rusak.',
    hint: 'Mungkin unduhan atau salinannya terputus; mintalah agar berkas itu dikirim ulang.',
  },
  'file.damaged': {
    title: 'Lembar kerja rusak',
    message: (a) => damaged(a),
    hint: SAVE_AS,
  },
  'file.zip-bomb': {
    title: 'Isi berkas terlalu besar saat dibuka',
    message: (a, f) =>
      'overDeclared' in a
        ? `Ada bagian berkas${a.part ? ` (${a.part})` : ''} yang isinya lebih besar daripada yang disebut kepalanya; berkas tidak dibaca lebih lanjut.`
        : `Saat dibuka, berkas berukuran ${size(a.fileSize, f)} ini menjadi lebih dari ${size(a.max, f)} (bagian ${a.part}: ${size(a.size, f)} atau lebih).`,
    hint: NOT_IKI,
  },
  'file.too-many-entries': {
    title: 'Terlalu banyak bagian di dalam berkas',
    message: (a, f) => `Berkas ini berisi ${f.num(a.entries)} bagian; berkas .xlsx biasanya hanya beberapa puluh (paling banyak ${f.num(a.max)}).`,
    hint: NOT_IKI,
  },
  'file.ods-unsupported': {
    title: 'Berkas .ods yang tidak dapat dibaca',
    message: (a) =>
      a.shape === 'too-many-cells'
        ? 'Berkas .ods ini berisi jauh lebih banyak sel daripada templat IKI, sehingga iki tidak membacanya.'
        : a.shape === 'repeated-values'
          ? 'Berkas .ods ini berisi satu nilai yang diulang pada ribuan sel (misalnya satu kolom atau baris penuh), sehingga iki tidak membacanya.'
          : a.shape === 'too-large-sheet'
            ? 'Berkas .ods ini mempunyai lembar yang lebih besar daripada yang dapat dibuka Excel.'
            : 'Berkas .ods ini tidak berisi lembar kerja.',
    hint: 'Buka berkas itu di LibreOffice Calc, pilih File > Simpan Sebagai (Save As), pada Jenis berkas pilih "Excel 2007-365 (.xlsx)", klik Simpan, lalu pada pertanyaan format pilih "Gunakan Format Excel 2007-365!" (Use Excel 2007-365!). Kirimkan berkas .xlsx itu.',
  },
  'file.xml-entities': {
    title: 'XML yang tidak aman di dalam berkas',
    message: (a) => `Bagian ${a.part} memuat deklarasi DOCTYPE atau ENTITY, yang tidak pernah ditulis Excel.`,
    hint: NOT_IKI,
  },
  'file.too-many-names': {
    title: 'Terlalu banyak nama sel',
    message: (a, f) => `Berkas ini memiliki ${f.num(a.names)} nama sel (defined name); paling banyak ${f.num(a.max)}.`,
    hint: 'Pakai templat yang baru dan salin angkanya ke dalamnya.',
  },
  'file.name-range': {
    title: 'Nama sel yang mencakup rentang sangat besar',
    message: (a, f) => `Nama "${a.name}" mencakup ${f.num(a.cells)} sel (${a.range}); paling banyak ${f.num(a.max)} sel.`,
    hint: 'Hapus nama itu (Formulas > Name Manager) atau pakai templat yang baru.',
  },
  'file.xml-nesting': {
    title: 'Susunan XML yang terlalu dalam',
    message: (a) => `Bagian ${a.part} memuat unsur XML yang bersarang jauh lebih dalam daripada yang pernah ditulis program lembar kerja; isinya tidak dapat dipercaya.`,
    hint: NOT_IKI,
  },
  'file.not-regular': {
    title: 'Bukan berkas biasa',
    message: (a) => `Jalur ini bukan berkas biasa (${a.kind === 'fifo' ? 'pipa bernama (FIFO)' : a.kind === 'device' ? 'perangkat' : a.kind === 'socket' ? 'soket' : 'jenis lain'}), jadi tidak dibuka.`,
    hint: 'Sebutkan berkas .xlsx yang sebenarnya, atau salin berkas itu ke map masuk.',
  },
  'file.lock-file': {
    title: 'Berkas kunci Excel, bukan lembar kerja',
    message: () => 'Berkas ini (namanya diawali ~$) dibuat Excel selama sebuah lembar kerja sedang dibuka; isinya bukan lembar kerja.',
    hint: 'Tutup Excel lalu hapus berkas ~$ itu; lembar kerjanya sendiri adalah berkas dengan nama yang sama tanpa ~$.',
  },
  'file.column-range': {
    title: 'Rentang kolom tidak sah',
    message: (a, f) => `Bagian ${a.part} memuat rentang kolom ${f.num(a.min)} sampai ${f.num(a.max)}; Excel hanya memiliki kolom 1 sampai ${f.num(16384)}.`,
    hint: SAVE_AS,
  },

  // ------------------------------------------------------------ identitas
  'identity.no-meta': {
    title: 'Bukan templat iki',
    message: (a) =>
      `Lembar kerja ini tidak memiliki lembar "${a.sheet}", jadi bukan templat iki (atau lembar itu dihapus); iki tidak dapat mengetahui untuk jabatan dan triwulan mana lembar kerja ini.`,
    hint: FRESH,
  },
  'identity.format': {
    title: 'Format templat tidak dikenal',
    message: (a, f) =>
      'invalid' in a
        ? `Lembar "${a.sheet}" berisi ${f.list(a.invalid.map((x) => `${META_KEY[x.key]} "${x.value}"`))} yang tidak sah; lembar itu telah diubah.`
        : a.found
          ? `Format templat ini "${a.found}", sedangkan iki ini membaca "${a.expected}".${/^iki-template\/\d+$/.test(a.found) ? ' Templat ini dibuat oleh versi iki yang lain.' : ''}`
          : `Lembar "${a.sheet}" tidak memiliki baris format; lembar itu telah diubah atau bukan buatan iki.`,
    hint: FRESH,
  },
  'identity.unknown-jabatan': {
    title: 'Jabatan tidak ada di katalog',
    message: (a) => `Lembar kerja ini untuk jabatan "${a.jabatanId}", yang tidak ada di katalog ${a.catalogueId}.`,
    hint: FRESH,
  },
  'identity.catalogue-changed': {
    title: 'Templat dari katalog lama',
    message: (a) => `Templat ini dibuat dari katalog versi lama (${short(a.was)}, sekarang ${short(a.now)}); semua isian di dalamnya masih ada, jadi lembar kerja ini dibaca apa adanya.`,
    hint: 'Pakai templat baru (`iki generate`) untuk triwulan berikutnya.',
  },
  'identity.catalogue-incompatible': {
    title: 'Templat tidak cocok dengan katalog sekarang',
    message: (a, f) =>
      a.was !== undefined
        ? `Templat ini dibuat dari versi katalog yang lain (${short(a.was)}, sekarang ${short(a.now ?? '')}) dan memuat sel untuk isian yang sudah tidak ada: ${f.list(a.names)}.`
        : `Lembar kerja ini memuat sel bernama untuk isian yang tidak ada di katalog: ${f.list(a.names)}.`,
    hint: FRESH,
  },
  'identity.period-mismatch': {
    title: 'Lembar kerja untuk jabatan atau triwulan lain',
    message: (a, f) => `Seharusnya untuk ${periodOf(a.expected, f)}, tetapi ${META(a.found, f)}.`,
    hint: 'Pakai templat yang dibuat untuk jabatan dan triwulan ini.',
  },
  'identity.file-name-mismatch': {
    title: 'Triwulan atau jabatan berbeda dengan nama berkas',
    message: (a, f) => `${a.from === 'file' ? 'Nama berkas' : 'Nama folder'} menyebut ${periodOf(a.named, f)}, tetapi ${META(a.found, f)}; iki berpegang pada lembar _iki.`,
    hint: 'Periksa apakah berkasnya benar; jika hanya namanya yang keliru, ganti namanya.',
  },
  'identity.sheet-missing': {
    title: 'Lembar isian terhapus',
    message: (a) =>
      a.name
        ? `Nama ${a.name} untuk "${a.label}" menunjuk ke lembar "${a.sheet}", yang tidak ada di lembar kerja ini.`
        : `Lembar isian "${a.sheet}" tidak ada (dihapus atau diganti namanya) dan nama-nama isian tidak menunjuk ke lembar mana pun, jadi tidak ada nilai yang dapat dibaca.`,
    hint: FRESH,
  },
  'identity.name-missing': {
    title: 'Nama sel isian hilang',
    message: (a) =>
      a.all
        ? `Lembar kerja ini tidak memiliki satu pun sel isian bernama (${a.name} ...): nama-namanya dihapus, atau lembarnya disalin ke berkas lain.`
        : `Sel bernama ${a.name} untuk "${a.nama}" tidak ada di lembar kerja ini (terhapus di Name Manager?).`,
    hint: FRESH,
  },
  'identity.names-share-cell': {
    title: 'Dua nama pada satu sel',
    message: (a) => `Nama ${a.names.join(' dan ')} menunjuk sel yang sama (${a.sheet}!${a.cell}), sehingga satu ketikan akan terbaca untuk dua isian.`,
    hint: 'Jangan mengubah nama sel (Formulas > Name Manager). Pakai templat yang baru dan salin angkanya ke dalamnya.',
  },
  'identity.name-broken': {
    title: 'Nama sel isian rusak',
    message: (a) =>
      a.points === 'ref-error'
        ? `Nama ${a.name} untuk "${a.label}" menunjuk ke #REF!: sel atau lembarnya telah dihapus.`
        : `Nama ${a.name} untuk "${a.label}" menunjuk ke ${a.text}, bukan ke satu sel.`,
    hint: FRESH,
  },
  'identity.name-unknown': {
    title: 'Nama iki tidak dikenal',
    message: (a) => `Nama ${a.name} bukan kolom catatan jabatan ini di katalog sekarang; isinya tidak dibaca.`,
  },
  'identity.foreign-element': {
    title: 'Isian milik jabatan lain',
    message: (a) =>
      `Sel ${a.name} ("${a.nama}") adalah isian ${a.ownerNama} (${a.owner}), bukan isian ${a.jabatanNama} (${a.jabatan})${a.moved ? '; katalog telah memindahkannya sejak templat ini dibuat' : ''}.`,
    hint: 'Setiap jabatan hanya mengisi isiannya sendiri; pakai templat yang dibuat untuk jabatan ini.',
  },
  'identity.element-added': {
    title: 'Isian tidak ada di templat ini',
    message: (a) =>
      `Templat ini tidak memiliki sel untuk "${a.nama}" (${a.name}): isian itu ditambahkan ke jabatan ini setelah templat dibuat; isian itu dihitung sebagai belum dilaporkan.`,
    hint: 'Katalog sekarang meminta isian ini dari jabatan ini; pakai templat baru lain kali.',
  },
  'identity.meta-visible': {
    title: 'Lembar _iki ditampilkan',
    message: (a) => `Lembar "${a.sheet}" terlihat; biasanya lembar ini tersembunyi (tidak masalah jika isinya tidak diubah).`,
  },

  // ------------------------------------------------------------ sel
  'cell.blank': {
    title: 'Belum dilaporkan (kosong)',
    message: (a) => `Sel "${a.nama}" kosong (belum dilaporkan).`,
    hint: 'Jika jumlahnya nol, ketik 0; sel kosong berarti "belum dilaporkan", bukan 0.',
  },
  'cell.text-with-unit': {
    title: 'Angka dengan teks',
    message: (a) => `${cellOf(a)} berisi "${a.raw}".`,
    // Angka yang harus diketik ditulis tanpa pemisah ribuan: justru pemisah itu yang tidak boleh ada di sel.
    hint: (a) => `Ketik angkanya saja${a.number !== undefined ? `, misalnya ${a.number}` : ''}; satuannya (${a.satuan}) sudah tertulis di samping sel.`,
  },
  'cell.ambiguous-separator': {
    title: 'Angka dengan titik atau koma',
    message: (a, f) => separator(a, f),
    hint: (a) =>
      a.reading === 'fraction'
        ? `Jumlah harus bilangan bulat: ketik angkanya saja (misalnya ${a.whole} jika itu yang dimaksud).`
        : a.whole !== undefined
          ? `Ketik bilangan bulatnya tanpa titik atau koma, misalnya ${a.whole}.`
          : 'Ketik jumlahnya sebagai bilangan bulat, angka saja, tanpa titik atau koma.',
  },
  'cell.words': {
    title: 'Kata-kata, bukan angka',
    message: (a) => (a.zero ? `${cellOf(a)} berisi "${a.raw}", bukan angka.` : `${cellOf(a)} berisi "${a.raw}", berupa kata-kata, bukan angka.`),
    hint: (a) =>
      a.zero ? 'Jika jumlahnya nol, ketik 0; jika belum diketahui, biarkan sel kosong.' : 'Ketik jumlahnya dengan angka, misalnya 12 (bukan "dua belas"); jika nol, ketik 0.',
  },
  'cell.negative': {
    title: 'Jumlah negatif',
    message: (a) => `${cellOf(a)} berisi ${a.raw}, bilangan negatif.`,
    hint: 'Jumlah tidak mungkin kurang dari 0; ketik banyaknya yang dihitung (0 atau lebih).',
  },
  'cell.decimal': {
    title: 'Pecahan pada jumlah',
    message: (a, f) => `${cellOf(a)} bernilai ${f.num(a.value, 6)}, yang berupa pecahan.`,
    hint: (a) => `Jumlah harus bilangan bulat: ketik ${a.below} atau ${a.above}, mana yang benar (periksa juga apakah ada titik atau koma yang terketik).`,
  },
  'cell.error-value': {
    title: 'Nilai kesalahan di sel',
    message: (a) => `${cellOf(a)} menampilkan kesalahan ${a.error}.`,
    hint: 'Perbaiki atau hapus rumusnya, lalu ketik angkanya langsung.',
  },
  'cell.date': {
    title: 'Tanggal, bukan angka',
    message: (a, f) => `${cellOf(a)} berisi tanggal (${a.date ? f.date(a.date) : 'tanggal yang tidak sah'}), bukan jumlah.`,
    hint: 'Excel mengubah ketikan menjadi tanggal; ubah format selnya menjadi angka (Format Cells > Number), lalu ketik jumlahnya lagi.',
  },
  'cell.formula-no-result': {
    title: 'Rumus tanpa hasil tersimpan',
    message: (a) => `Sel "${a.nama}" berisi rumus (=${a.formula}) tanpa hasil yang tersimpan, jadi nilainya tidak diketahui.`,
    hint: 'Buka berkas di Excel atau LibreOffice Calc, biarkan menghitung, simpan, lalu kirim lagi; atau ketik angkanya langsung, bukan rumus.',
  },
  'cell.not-finite': {
    title: 'Bukan angka yang sah',
    message: (a) => `${cellOf(a)} bernilai ${a.raw}, bukan jumlah.`,
    hint: 'Ketik jumlahnya sebagai bilangan bulat biasa.',
  },
  'cell.too-large': {
    title: 'Angka terlalu besar',
    message: (a) => `${cellOf(a)} berisi ${a.raw}, angka yang terlalu besar untuk dibaca dengan tepat.`,
    hint: 'Ketik jumlahnya sebagai bilangan bulat biasa.',
  },
  'cell.shared-string-missing': {
    title: 'Teks sel hilang dari berkas',
    message: (a, f) =>
      a.count === null
        ? `Sel "${a.nama}" berisi teks, tetapi daftar teks berkas ini (sharedStrings) tidak ada.`
        : `Sel "${a.nama}" menunjuk teks nomor ${f.num(a.index)}, tetapi daftar teks berkas ini hanya memuat ${f.num(a.count)} teks.`,
    hint: SAVE_AS,
  },
  'cell.unreadable-value': {
    title: 'Isi sel rusak',
    message: (a) => `Sel "${a.nama}" tersimpan sebagai ${a.kind === 'number' ? 'angka' : 'TRUE/FALSE'}, tetapi isinya "${a.raw}" bukan ${a.kind === 'number' ? 'angka' : 'TRUE atau FALSE'}.`,
    hint: SAVE_AS,
  },
  'cell.out-of-range': {
    title: 'Nilai di luar batas',
    message: (a, f) =>
      `${cellOf(a)} bernilai ${typed(a.type, a.value, f)}, ${a.bound === 'min' ? 'di bawah batas terendah' : 'di atas batas tertinggi'} ${typed(a.type, a.limit, f)}.`,
    hint: (a, f) =>
      a.type === 'percent' && a.bound === 'max' && a.value > 100
        ? 'Persentase ditulis 0 sampai 100 tanpa tanda %, misalnya 5,8 untuk 5,8 %. Periksa juga apakah ada titik atau koma yang salah tempat.'
        : `Ketik nilai ${a.bound === 'min' ? 'paling rendah' : 'paling tinggi'} ${typed(a.type, a.limit, f)}; periksa juga apakah ada titik atau koma yang salah tempat.`,
  },
  'cell.two-readings': {
    title: 'Angka yang dapat dibaca dua cara',
    message: (a, f) =>
      `${cellOf(a)} berisi "${a.raw}", yang dapat dibaca ${typed(a.type, a.readings[0], f)} (titik sebagai pemisah ribuan, koma sebagai tanda desimal) atau ${typed(a.type, a.readings[1], f)} (koma sebagai pemisah ribuan, titik sebagai tanda desimal); iki tidak menebak.`,
    hint: (a) => `Ketik angka yang dimaksud tanpa pemisah ribuan, dengan koma sebagai tanda desimal: ${plain(a.readings[0])} atau ${plain(a.readings[1])}.`,
  },
  'cell.rupiah-fraction': {
    title: 'Pecahan pada rupiah',
    message: (a, f) => `${cellOf(a)} bernilai ${f.num(a.value, 6)} rupiah, yang berupa pecahan.`,
    hint: (a) => `Rupiah diisi bilangan bulat: ketik ${a.below} atau ${a.above}, mana yang benar (periksa juga apakah ada titik atau koma yang terketik).`,
  },
  'cell.not-a-value': {
    title: 'Bukan angka',
    message: (a) => `${cellOf(a)} berisi "${a.raw}", yang tidak dapat dibaca sebagai ${TYPE_WORD[a.type]}.`,
    hint: (a) =>
      a.type === 'rupiah'
        ? 'Ketik jumlah rupiahnya dengan angka saja, misalnya 1234567 atau 1.234.567 (tanpa "Rp" pun boleh).'
        : a.type === 'percent'
          ? 'Ketik persentasenya dengan angka 0 sampai 100, koma sebagai tanda desimal, misalnya 5,8.'
          : 'Ketik angkanya dengan koma sebagai tanda desimal, misalnya 82,75.',
  },
  'cell.not-number': {
    title: 'Bukan angka',
    message: (a) => (a.boolean ? `${cellOf(a)} bernilai ${a.raw}, bukan jumlah.` : `${cellOf(a)} berisi sesuatu yang bukan angka.`),
    hint: 'Ketik jumlahnya sebagai bilangan bulat biasa.',
  },

  // ------------------------------------------------------------ catatan
  'note.too-long': {
    title: 'Catatan terlalu panjang',
    message: (a, f) => `"${a.label}" berisi ${f.num(a.length)} karakter; paling banyak ${f.num(a.max)} karakter yang dapat dimuat di laporan.`,
    hint: 'Persingkat catatannya, atau tuliskan rinciannya di dokumen terpisah dan sebutkan dokumen itu di Data Dukung.',
  },

  // ------------------------------------------------------------ ingest
  'ingest.duplicate-in-run': {
    title: 'Jabatan dan triwulan yang sama dua kali',
    message: (a, f) => `Lembar kerja ini juga untuk ${a.jabatanId}, ${a.year} ${f.tw(a.quarter)}, dengan isi yang berbeda; ${a.first} lebih dulu dan itulah yang dipakai.`,
    hint: 'Simpan salah satu dari kedua berkas (yang lebih baru), lalu ambil berkas itu saja dengan `iki ingest`, bila perlu dengan --replace.',
  },
  'ingest.copy-in-run': {
    title: 'Berkas yang sama dua kali',
    message: (a) => `Berkas ini sama dengan ${a.first} (isinya identik); dibaca sekali saja.`,
  },
  'ingest.conflict': {
    title: 'Sudah ada lembar kerja lain di arsip',
    message: (a, f) =>
      `Arsip sudah memiliki lembar kerja lain untuk ${a.jabatanId}, ${a.year} ${f.tw(a.quarter)} (${a.originalName}, diterima ${f.date(a.takenAt)}); lembar kerja ini tidak diarsipkan.`,
    hint: 'Jika berkas ini perbaikannya, jalankan perintahnya lagi dengan --replace (lembar kerja sebelumnya tetap disimpan di replaced/).',
  },
  'feedback.written': {
    title: 'Lembar kerja umpan balik ditulis',
    message: (a) => `Salinan umpan balik ditulis ke ${a.path}: ${a.marked} sel ditandai, ${a.listed} masalah di lembar Umpan Balik.`,
    hint: 'Kirim salinan ini kepada pengirimnya: ia memperbaiki sel yang ditandai, menyimpan, dan mengirimkannya kembali.',
  },
  'feedback.not-written': {
    title: 'Tidak ada salinan umpan balik',
    message: (a) =>
      a.reason === 'changed'
        ? 'Berkas ini berubah setelah diperiksa, jadi tidak dibuatkan salinan umpan balik (masalah di atas mungkin tidak lagi sesuai isinya).'
        : a.reason === 'unreadable'
          ? 'Berkas ini tidak dapat dibuka sebagai lembar kerja, jadi tidak dibuatkan salinan umpan balik.'
          : 'Berkas ini bukan lembar kerja Excel (.xlsx), jadi tidak dibuatkan salinan umpan balik.',
    hint: 'Beri tahu pengirimnya masalah di atas, dan minta ia mengirim templat .xlsx yang sudah diisi.',
  },
  'report.unverified': {
    title: 'Lembar kerja belum diverifikasi',
    message: (a, f) => `${a.count} lembar kerja ${f.tw(a.quarter)} ${a.year} belum diverifikasi (${a.jabatan.join(', ')}); nilai yang bersumber darinya ditandai belum diverifikasi.`,
    hint: (a) => `Periksa angkanya, lalu jalankan \`iki verify --year ${a.year} --quarter ${a.quarter} --jabatan ID... --oleh NAMA\`.`,
  },
  'report.returned': {
    title: 'Lembar kerja dikembalikan',
    message: (a, f) => `Lembar kerja ${a.jabatanId} untuk ${f.tw(a.quarter)} ${a.year} dikembalikan${a.oleh ? ` oleh ${a.oleh}` : ''} (alasan: ${a.alasan}) dan belum diganti; nilainya masih dipakai, tetapi belum diverifikasi.`,
    hint: 'Minta pengirimnya memperbaiki dan mengirim ulang lembar kerjanya (`iki remind` menuliskan pesannya), lalu ambil dengan `iki ingest --replace`.',
  },
  'report.verification-required': {
    title: 'Laporan menunggu verifikasi',
    message: (a, f) => `${a.unverified} lembar kerja sampai ${f.tw(a.through)} ${a.year} belum diverifikasi, dan ${a.file} mewajibkan verifikasi (laporan.wajib_verifikasi); laporan tidak ditulis.`,
    hint: 'Verifikasi lembar kerja yang tercantum dengan `iki verify`, atau ubah laporan.wajib_verifikasi menjadi tidak, lalu jalankan `iki report` lagi.',
  },
  'ingest.unchanged': {
    title: 'Sudah diarsipkan (berkas yang sama)',
    message: (a, f) => `Sudah ada di arsip (isinya sama, diterima ${f.date(a.takenAt)}); tidak ada yang perlu dilakukan.`,
  },
  'ingest.archive-incomplete': {
    title: 'Entri arsip tidak lengkap',
    message: (a) =>
      a.why === 'file-missing'
        ? `Catatan arsip ${a.record} menyebut ${a.file}, yang tidak ada.`
        : a.why === 'other-period'
          ? `Catatan arsip ${a.record} untuk periode yang lain daripada foldernya; catatan itu diabaikan.`
          : `Catatan arsip ${a.record} tidak dapat dibaca; catatan itu diabaikan.`,
    hint: (a) =>
      a.why === 'file-missing' ? 'Ambil lagi lembar kerjanya dengan `iki ingest`.' : 'Jangan mengubah folder archive/ secara manual; ambil lagi lembar kerjanya dengan `iki ingest --replace`.',
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

  // ------------------------------------------------------------ generate
  'generate.default-folder': {
    title: 'Templat ditulis ke folder baru di sini',
    message: (a) => `Tidak berada di ruang kerja iki: templat ditulis ke ${a.folder}.`,
    hint: 'Pakai --out untuk memilih folder lain.',
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
