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
  catalogue: {},
  init: {},
  targets: {},
  generate: {},
  validate: {},
  ingest: {},
  status: {},
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
  report: {},
  template: {},
  laporan: {},
} satisfies UiText;
