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
  help: {
    program: 'Indikator Kinerja Individu: siklus IKI per triwulan, dari katalog sampai laporan gabungan.',
    examples: 'Contoh:',
    usageHint: '(jalankan dengan --help untuk melihat cara pakai)',
    titles: { 'Usage:': 'Cara pakai:', 'Options:': 'Opsi:', 'Commands:': 'Perintah:', 'Arguments:': 'Argumen:', 'Global Options:': 'Opsi umum:' },
    commanderErrors: [
      [/^error: unknown option '(.+?)'/, "kesalahan: opsi '$1' tidak dikenal"],
      [/^error: missing required argument '(.+?)'/, "kesalahan: argumen '$1' wajib diberikan"],
      [/^error: required option '(.+?)' not specified/, "kesalahan: opsi '$1' wajib diberikan"],
      [/^error: option '(.+?)' argument missing/, "kesalahan: opsi '$1' memerlukan nilai"],
      [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'kesalahan: argumen terlalu banyak: diharapkan $2, diberikan $3.'],
      [/^error: unknown command '(.+?)'/, "kesalahan: perintah '$1' tidak dikenal"],
      [/\(Did you mean one of (.+?)\?\)/, '(Mungkin yang dimaksud salah satu dari $1?)'],
      [/\(Did you mean (.+?)\?\)/, '(Mungkin yang dimaksud $1?)'],
    ] as [RegExp, string][],
    optionsWord: '[opsi]',
    commandWord: '[perintah]',
    ph: { year: 'tahun', q: 'tw', dir: 'folder', file: 'berkas', jabatan: 'id_jabatan', paths: 'berkas', lang: 'bahasa', command: 'perintah', nama: 'nama', teks: 'teks' },
    version: 'tampilkan versi',
    help: 'tampilkan bantuan',
    helpCommand: 'tampilkan bantuan untuk satu perintah',
    workspace: 'folder ruang kerja (bawaan: $IKI_WORKSPACE, lalu folder saat ini)',
    catalogue: 'berkas YAML katalog (bawaan: katalog ruang kerja, atau katalog bawaan iki)',
    json: 'tampilkan hasilnya sebagai JSON',
    lang: 'bahasa semua teks yang ditulis iki: id (bahasa Indonesia, bawaan) atau en (juga lewat IKI_LANG)',
    year: 'tahun, misalnya 2017',
    quarter: 'triwulan: 1, 2, 3 atau 4',
    force: 'timpa berkas yang sudah ada',
    cmd: {
      catalogue: 'periksa dan telusuri katalog indikator',
      catalogueCheck: 'periksa YAML katalog: penulisan, susunan, rujukan, pohon atasan',
      catalogueList: 'pohon jabatan: id, nama, atasan, jumlah indikator dan isian',
      catalogueShow: 'satu jabatan: tugas, fungsi, indikator, dan siapa mengisi setiap isian',
      jabatanId: 'id jabatan dari `iki catalogue list`',
      init: 'buat ruang kerja: salinan katalog, templates/, incoming/, archive/, reports/',
      initDir: 'folder yang dibuat atau diisi (bawaan: folder saat ini)',
      generate: 'tulis satu templat isian Excel per jabatan untuk satu triwulan',
      generateJabatan: 'hanya jabatan ini (bawaan: semua)',
      generateOut: 'folder keluaran (bawaan: templates/<tahun>-TW<q>/ di ruang kerja, atau ./IKI_<tahun>_TW<q>/)',
      generateForce: 'timpa berkas templat yang sudah ada',
      validate: 'periksa lembar kerja yang sudah diisi tanpa mengubah apa pun',
      paths: 'lembar kerja atau folder berisi lembar kerja',
      ingest: 'periksa lembar kerja yang sudah diisi dan masukkan yang sah ke arsip',
      ingestReplace: 'ganti lembar kerja sebelumnya yang berbeda untuk jabatan dan triwulan yang sama (yang lama tetap disimpan)',
      ingestDryRun: 'tunjukkan apa yang akan terjadi tanpa mengubah apa pun',
      status: 'jabatan mana yang sudah mengirim lembar kerja untuk triwulan mana, dan tingkat pelaporannya',
      statusQuarter: 'hanya triwulan ini',
      targets: 'target tahunan setiap indikator (targets/<tahun>.yaml di ruang kerja)',
      targetsInit: 'tulis targets/<tahun>.yaml berisi semua indikator, siap diisi',
      targetsForce: 'timpa berkas target yang sudah ada',
      targetsCheck: 'periksa targets/<tahun>.yaml terhadap katalog, dengan baris setiap masalah',
      report: 'gabungkan lembar kerja di arsip menjadi laporan gabungan',
      reportQuarter: 'sampai dengan triwulan ini (TW I sampai triwulan ini)',
      reportOut: 'buku kerja keluaran (bawaan: reports/IKI_<tahun>_laporan.xlsx di ruang kerja)',
    },
    verify: {
      description: 'tandai lembar kerja satu triwulan yang sudah diterima sebagai diverifikasi, atau dikembalikan dengan alasannya',
      jabatan: 'jabatan yang lembar kerjanya sudah diperiksa (id dari `iki catalogue list`)',
      oleh: 'siapa yang memeriksa (bawaan: nama pengguna komputer ini)',
      return: 'kembalikan kepada pengirim (perlu --alasan); alasannya disampaikan lewat `iki remind`',
      alasan: 'mengapa dikembalikan: apa yang harus diperbaiki pengirim',
      examples: [
        'iki verify --year 2017 --quarter 1 --jabatan kasi_penempatan_tenaga_kerja --oleh "Sri Wahyuni"',
        'iki verify -y 2017 -q 1 --jabatan kasi_informasi_pasar_kerja --return --alasan "Jumlah lowongan tidak sesuai data AK/II"',
      ],
    },
    remind: {
      description: 'tulis pengingat untuk setiap jabatan yang lembar kerjanya belum masuk, ditolak atau dikembalikan, dikelompokkan per atasan (reports/pengingat-<tahun>-TW<q>.txt)',
      examples: ['iki remind --year 2017 --quarter 1', 'iki remind -y 2017 -q 1 --json'],
    },
  },
  catalogue: {
    ok: (file: string, c: { jabatan: number; indicators: number; ratios: number; counts: number; elements: number }) =>
      `${file}: ${c.jabatan} jabatan, ${c.indicators} indikator (${c.ratios} persentase, ${c.counts} jumlah), ${c.elements} isian`,
    listHead: ['id', 'nama', 'atasan', 'indikator', 'isian'],
    listFoot: (c: { jabatan: number; indicators: number; ratios: number; elements: number }, instansi: string, nomor: string) =>
      `${c.jabatan} jabatan, ${c.indicators} indikator (${c.ratios} persentase), ${c.elements} isian — ${instansi}, ${nomor}`,
    atasan: 'atasan',
    unit: 'unit kerja',
    tugas: 'Tugas',
    fungsi: 'Fungsi',
    catatan: 'catatan',
    kinerja: (no: string, nama: string) => `Kinerja ${no}: ${nama}`,
    kind: { ratio: 'persentase', count: 'jumlah' },
    formulasi: 'formulasi',
    sumberData: 'sumber data',
    penanggungJawab: 'penanggung jawab',
    role: { numerator: 'pembilang', denominator: 'penyebut', element: 'isian' },
    aggregation: { sum: 'jumlah', last: 'nilai terakhir' },
    enteredBy: 'diisi oleh',
    thisJabatan: '(jabatan ini)',
    factor: 'faktor',
    forOthers: 'Isian untuk indikator jabatan lain',
    usedBy: 'dipakai oleh',
  },
  init: {
    created: (dir: string) => `Ruang kerja iki ${dir} sudah dibuat`,
    catalogue: (id: string, jabatan: number, elements: number, from: string) => `katalog ${id}: ${jabatan} jabatan, ${elements} isian (disalin dari ${from})`,
    catalogueWarnings: (n: number) => `, ${n} peringatan: jalankan \`iki catalogue check\``,
    folders: {
      templates: 'lembar kerja isian yang dibuat iki, satu folder per triwulan (iki generate)',
      incoming: 'simpan di sini lembar kerja terisi yang Anda terima',
      archive: 'lembar kerja yang diterima beserta catatannya (iki ingest; jangan diubah dengan tangan)',
      reports: 'laporan gabungan (iki report)',
    },
    next: (cmd: string) => `Langkah berikutnya: ${cmd}`,
  },
  targets: {
    skeletonHead: (year: number, instansi: string) => [
      `# Target IKI tahun ${year} — ${instansi}`,
      '# Isi target tahunan di belakang setiap indikator (angka saja), atau target per triwulan:',
      '#   indikator_id: { tahun: 400, tw1: 100, tw2: 100, tw3: 100, tw4: 100 }',
      '# Biarkan "null" bila indikator tidak diberi target. Persentase ditulis tanpa tanda %, misalnya 80.',
    ],
    skeletonLowerRule: 'permenpan: (1 + (1 - realisasi/target)) x 100; inverse: target/realisasi x 100',
    skeletonCap: 'capaian tertinggi yang ditampilkan',
    written: (file: string, n: number) => `Berkas ${file} sudah ditulis: ${n} indikator, masing-masing "null" sampai targetnya diketik.`,
    then: (cmd: string) => `Sesudah diisi, jalankan: ${cmd}`,
    ok: (file: string, n: number, of: number) => `${file}: target untuk ${n} dari ${of} indikator`,
    lowerIsBetter: 'makin kecil makin baik',
  },
  generate: {},
  validate: {
    verdict: { valid: 'sah', invalid: 'tidak sah' },
    contents: (c: { values: number; blank: number; invalid: number; notes: number }, f: Fmt) =>
      [`${f.num(c.values)} nilai`, `${f.num(c.blank)} kosong`, ...(c.invalid ? [`${f.num(c.invalid)} tidak sah`] : []), `${f.num(c.notes)} catatan`].join(', '),
    head: ['berkas', 'sel', 'tingkat', 'kode', 'pesan'],
    summary: (s: { workbooks: number; valid: number; invalid: number; errors: number; warnings: number }, catalogue: string, f: Fmt) =>
      `${f.num(s.workbooks)} lembar kerja diperiksa: ${f.num(s.valid)} sah, ${f.num(s.invalid)} tidak sah; ${f.num(s.errors)} kesalahan, ${f.num(s.warnings)} peringatan (katalog ${catalogue}). Tidak ada yang diubah.`,
    checking: (done: number, total: number, file: string) => `memeriksa ${done}/${total} ${file}`,
  },
  ingest: {
    outcome: { taken: 'diterima', replaced: 'diganti', unchanged: 'tetap', duplicate: 'ganda', refused: 'ditolak' },
    would: (outcome: string) => `${outcome}?`,
    summary: (s: { workbooks: number; taken: number; replaced: number; unchanged: number; duplicate: number; refused: number }, dryRun: boolean, f: Fmt) => {
      const akan = dryRun ? 'akan ' : '';
      const parts = [
        `${f.num(s.taken)} ${akan}diterima`,
        ...(s.replaced ? [`${f.num(s.replaced)} ${akan}diganti (yang sebelumnya tetap disimpan di archive/<periode>/replaced/)`] : []),
        ...(s.unchanged ? [`${f.num(s.unchanged)} tidak berubah`] : []),
        ...(s.duplicate ? [`${f.num(s.duplicate)} salinan identik dilewati`] : []),
        `${f.num(s.refused)} ditolak`,
      ];
      return `${f.num(s.workbooks)} lembar kerja: ${parts.join(', ')}.`;
    },
    someRefused: (dryRun: boolean) =>
      `Lembar kerja yang sah ${dryRun ? 'akan dimasukkan' : 'sudah dimasukkan'} ke arsip; perbaiki yang ditolak (lihat tabel di atas), lalu jalankan \`iki ingest\` lagi untuk berkas itu.`,
    dryRun: 'Uji coba (--dry-run): tidak ada yang diubah.',
    archived: (archive: string, status: string) => `Arsip: ${archive}/. Lihat \`${status}\`.`,
    archiveFailed: 'Arsip tidak dapat ditulis; lembar kerja yang bertanda usage.unwritable tidak diarsipkan (tidak ada yang lain yang diubah).',
    reading: (done: number, total: number, file: string) => `membaca ${done}/${total} ${file}`,
  },
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
  feedback: {
    sheet: 'Umpan Balik',
    title: (file: string) => `Umpan Balik: ${file}`,
    introRefused:
      'Lembar kerja ini belum dapat diterima. Perbaiki setiap isian di bawah ini pada sel yang ditandai merah di lembarnya (arahkan tetikus ke sel itu untuk membaca catatannya), simpan berkasnya, lalu kirim kembali.',
    introCheck: 'Lembar kerja ini sudah diterima, tetapi mohon periksa setiap isian di bawah ini (selnya ditandai di lembarnya). Bila ada yang perlu dibetulkan, kirim kembali berkas yang sudah diperbaiki.',
    keep: 'Lembar ini boleh tetap ada di berkas: iki tidak membacanya.',
    made: (date: string, errors: number, warnings: number) => `Dibuat oleh iki pada ${date}: ${errors} kesalahan, ${warnings} peringatan.`,
    columns: { no: 'No', where: 'Lembar!Sel', isian: 'Isian', problem: 'Masalah', fix: 'Cara memperbaiki', kind: 'Jenis' },
    fixDefault: 'Betulkan isian di sel ini.',
  },
  remind: {
    kinds: { pending: 'belum masuk', overdue: 'lewat batas waktu', refused: 'ditolak', returned: 'dikembalikan' },
    greeting: (nama: string) => `Yth. ${nama},`,
    pending: (period: string, due: string, daysLeft: number) =>
      `Lembar kerja IKI ${period} dari Bapak/Ibu belum kami terima. Batas waktunya ${due}${daysLeft === 0 ? ' (hari ini)' : ` (${daysLeft} hari lagi)`}.`,
    overdue: (period: string, due: string, daysOver: number) => `Lembar kerja IKI ${period} dari Bapak/Ibu belum kami terima, padahal batas waktunya ${due} sudah lewat ${daysOver} hari.`,
    refused: (period: string, file: string, at: string) => `Lembar kerja IKI ${period} yang Bapak/Ibu kirim (${file}, ${at}) belum dapat kami terima. Mohon perbaiki:`,
    alsoCheck: 'Mohon periksa juga:',
    more: (n: number) => `… dan ${n} lainnya (semuanya terlihat bila berkas itu diperiksa dengan \`iki validate\`).`,
    returned: (period: string, receivedAt: string, oleh: string | null, at: string) => `Lembar kerja IKI ${period} yang kami terima pada ${receivedAt} dikembalikan${oleh ? ` oleh ${oleh}` : ''} pada ${at}, dengan alasan:`,
    fill: (file: string) => `Mohon isi templat ${file}, lalu kirimkan`,
    fix: 'Setelah diperbaiki, mohon kirim kembali lembar kerja itu',
    to: (kirimKe: string | undefined) => (kirimKe ? ` ke ${kirimKe}` : ''),
    by: (due: string, passed: boolean) => (passed ? ' secepatnya.' : ` paling lambat ${due}.`),
    thanks: 'Terima kasih.',
    fileHead: (period: string, today: string) => `Pengingat IKI ${period}, dibuat ${today}`,
    groupHead: (atasan: string | null, n: number) => (atasan ? `Bawahan ${atasan}: ${n} pengingat` : `Jabatan tertinggi: ${n} pengingat`),
    none: (period: string) => `Tidak ada pengingat untuk ${period}: semua lembar kerja sudah diterima dan tidak ada yang dikembalikan.`,
    written: (n: number, file: string, counts: string) => `${n} pengingat ditulis ke ${file}${counts ? ` (${counts})` : ''}.`,
    counts: (c: Record<'pending' | 'overdue' | 'refused' | 'returned', number>) =>
      [c.pending ? `${c.pending} belum masuk` : '', c.overdue ? `${c.overdue} lewat batas waktu` : '', c.refused ? `${c.refused} ditolak` : '', c.returned ? `${c.returned} dikembalikan` : '']
        .filter(Boolean)
        .join(', '),
  },
  verify: {
    states: { belum: 'belum diverifikasi', diverifikasi: 'diverifikasi', dikembalikan: 'dikembalikan' },
    heading: (state: 'diverifikasi' | 'dikembalikan', period: string, n: number, oleh: string | null, date: string) =>
      `${n} lembar kerja ${period} ${state}${oleh ? ` oleh ${oleh}` : ''} pada ${date}:`,
    columns: { jabatan: 'jabatan', file: 'berkas', previous: 'sebelumnya', now: 'sekarang' },
    already: '(sudah)',
    reason: (alasan: string) => `Alasan: "${alasan}"`,
    logged: (file: string) => `Dicatat di ${file}.`,
    nothing: 'Tidak ada catatan baru.',
  },
  config: {
    skeleton: {
      head: [
        'Konfigurasi ruang kerja iki. Setiap kunci boleh dihapus: iki lalu memakai nilai yang tertulis di sini.',
        'Baris yang diawali # adalah keterangan. Tanggal ditulis tahun-bulan-tanggal, misalnya 2017-04-10.',
      ],
      laporan: 'Laporan gabungan (iki report).',
      tempat: 'Tempat penandatanganan, di bawah laporan.',
      tanggal: 'Tanggal penandatanganan; bila tidak diisi, disediakan baris kosong untuk diisi tangan.',
      penandatangan: 'Yang menandatangani laporan (bawaan: jabatan tertinggi di katalog).',
      wajibVerifikasi: 'ya: iki report menolak selama masih ada lembar kerja yang belum diverifikasi (iki verify).',
      batasWaktu: 'Batas waktu pengiriman lembar kerja (tepat waktu / terlambat di iki status dan iki remind).',
      hariSetelahTriwulan: 'Jumlah hari setelah triwulan berakhir sampai batas waktu (10: TW I paling lambat 10 April).',
      zonaWaktu: 'Zona waktu kantor: WIB, WITA atau WIT.',
      perTriwulan: 'Batas waktu lain untuk satu triwulan pada satu tahun:',
      perJabatan: 'Pengecualian untuk satu jabatan (dengan id-nya dari iki catalogue list):',
      mutu: 'Pemeriksaan mutu data antartriwulan: berupa peringatan, tidak pernah menolak.',
      stokTurunPersen: 'Jumlah keadaan akhir triwulan (stok) yang turun lebih dari persentase ini.',
      pencilanK: 'Nilai di luar rata-rata ± k × simpangan baku dari sedikitnya 3 triwulan sebelumnya.',
      pencilanKali: 'Bila triwulan sebelumnya kurang dari 3: lebih dari sekian kali, atau kurang dari 1/sekian, nilai triwulan lalu.',
      aktif: 'Setiap pemeriksaan dijalankan (ya) atau tidak (tidak).',
      rules: {
        'stock-drop': 'quality.stock-drop',
        outlier: 'quality.outlier',
        copied: 'quality.copied: semua isian sama dengan triwulan lalu',
        'explanation-missing': 'quality.explanation-missing: di bawah target atau memburuk, dan kendala kosong',
      },
      kirimKe: 'Ke mana jabatan mengirim lembar kerja yang sudah diisi (disebut di iki remind):',
    },
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
