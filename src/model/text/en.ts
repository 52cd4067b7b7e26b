// Everything iki writes for people in English (`--lang en`, IKI_LANG=en), other than problems
// (src/model/problems/text-en.ts). Indonesian (id.ts) must have the same keys: its type is this one.
// One group per area; each group's strings are used only by that area's view or writer.
// Domain nouns stay the users' own words: jabatan, indikator, triwulan, realisasi, capaian.
export const en = {
  /** Words every area uses. */
  common: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<'error' | 'warning' | 'info', string>,
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    internalError: 'internal error:',
    internalBug: 'This is a bug in iki; please report it with the command you ran.',
    badLang: (v: string) => `"${v}" is not a language iki speaks: use --lang id (Indonesian, the default) or --lang en.`,
  },
  /** --help texts: descriptions of commands, arguments and options, examples. */
  help: {
    verify: {
      description: 'mark accepted workbooks of a triwulan verified (diverifikasi), or returned (dikembalikan) with a reason',
      jabatan: 'the jabatan whose workbooks were checked (ids from `iki catalogue list`)',
      oleh: 'who checked them (default: the user name of this computer)',
      return: 'return them to the sender instead (needs --alasan); the reason goes into `iki remind`',
      alasan: 'why they are returned: what the sender must fix',
      examples: [
        'iki verify --year 2017 --quarter 1 --jabatan kasi_penempatan_tenaga_kerja --oleh "Sri Wahyuni"',
        'iki verify -y 2017 -q 1 --jabatan kasi_informasi_pasar_kerja --return --alasan "Jumlah lowongan tidak sesuai data AK/II"',
      ],
    },
    remind: {
      description: 'write a reminder for every jabatan whose workbook is not in, was refused or was returned, grouped by atasan (reports/pengingat-<year>-TW<q>.txt)',
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
  /** Texts inside a feedback workbook (umpan balik): its first sheet, and the notes on problem cells. */
  feedback: {
    sheet: 'Feedback',
    title: (file: string) => `Feedback on ${file}`,
    introRefused:
      'This workbook could not be accepted yet. Fix each item below in the cell marked in red on its sheet (point at the cell to read its note), save the file and send it back.',
    introCheck: 'This workbook was accepted, but please check each item below (its cell is marked on its sheet) and send a corrected file if something must change.',
    keep: 'This sheet may stay in the file: iki does not read it.',
    made: (date: string, errors: number, warnings: number) => `Made by iki on ${date}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    columns: { no: 'No', where: 'Sheet!Cell', isian: 'Isian', problem: 'Problem', fix: 'How to fix', kind: 'Kind' },
    fixDefault: 'Correct the value in this cell.',
  },
  /** The reminders `iki remind` writes (messages to paste into e-mail or WhatsApp) and prints. */
  remind: {
    kinds: { pending: 'not yet in', overdue: 'past the due date', refused: 'refused', returned: 'returned' } as Record<'pending' | 'overdue' | 'refused' | 'returned', string>,
    greeting: (nama: string) => `Dear ${nama},`,
    pending: (period: string, due: string, daysLeft: number) =>
      `We have not yet received your IKI workbook for ${period}. It is due on ${due}${daysLeft === 0 ? ' (today)' : ` (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})`}.`,
    overdue: (period: string, due: string, daysOver: number) => `We have not yet received your IKI workbook for ${period}; it was due on ${due}, ${daysOver} day${daysOver === 1 ? '' : 's'} ago.`,
    refused: (period: string, file: string, at: string) => `The IKI workbook for ${period} you sent (${file}, on ${at}) could not be accepted. Please fix:`,
    alsoCheck: 'Please also check:',
    more: (n: number) => `… and ${n} more (run \`iki validate\` on the file to see them all).`,
    returned: (period: string, receivedAt: string, oleh: string | null, at: string) => `The IKI workbook for ${period} received on ${receivedAt} was returned${oleh ? ` by ${oleh}` : ''} on ${at}, because:`,
    fill: (file: string) => `Please fill in the template ${file} and send it`,
    fix: 'Then send the workbook back',
    to: (kirimKe: string | undefined) => (kirimKe ? ` to ${kirimKe}` : ''),
    by: (due: string, passed: boolean) => (passed ? ' as soon as possible.' : ` by ${due}.`),
    thanks: 'Thank you.',
    fileHead: (period: string, today: string) => `IKI reminders for ${period}, made on ${today}`,
    groupHead: (atasan: string | null, n: number) => (atasan ? `Under ${atasan}: ${n} reminder${n === 1 ? '' : 's'}` : `The top jabatan: ${n} reminder${n === 1 ? '' : 's'}`),
    none: (period: string) => `No reminders for ${period}: every workbook is in and none was returned.`,
    written: (n: number, file: string, counts: string) => `${n} reminder${n === 1 ? '' : 's'} written to ${file}${counts ? ` (${counts})` : ''}.`,
    counts: (c: Record<'pending' | 'overdue' | 'refused' | 'returned', number>) =>
      [c.pending ? `${c.pending} not yet in` : '', c.overdue ? `${c.overdue} past the due date` : '', c.refused ? `${c.refused} refused` : '', c.returned ? `${c.returned} returned` : '']
        .filter(Boolean)
        .join(', '),
  },
  /** What `iki verify` prints, and the verification states wherever they are shown. */
  verify: {
    states: { belum: 'not verified', diverifikasi: 'verified', dikembalikan: 'returned' } as Record<'belum' | 'diverifikasi' | 'dikembalikan', string>,
    heading: (state: 'diverifikasi' | 'dikembalikan', period: string, n: number, oleh: string | null, date: string) =>
      `${n} workbook${n === 1 ? '' : 's'} of ${period} ${state === 'diverifikasi' ? 'verified' : 'returned'}${oleh ? ` by ${oleh}` : ''} on ${date}:`,
    columns: { jabatan: 'jabatan', file: 'file', previous: 'before', now: 'now' },
    already: '(already)',
    reason: (alasan: string) => `Reason: "${alasan}"`,
    logged: (file: string) => `Recorded in ${file}.`,
    nothing: 'Nothing new recorded.',
  },
  /** The workspace configuration (iki.yaml): the comments of the skeleton `iki init` writes. */
  config: {
    skeleton: {
      head: [
        'Workspace configuration of iki. Every key may be left out: iki then uses the value shown.',
        'Lines starting with # are comments. Dates are written year-month-day, e.g. 2017-04-10.',
      ],
      laporan: 'The consolidated report (iki report).',
      tempat: 'Place of signing, under the report.',
      tanggal: 'Date of signing; left out, a blank line is left to fill by hand.',
      penandatangan: 'Who signs the report (default: the top jabatan of the catalogue).',
      wajibVerifikasi: 'ya: iki report refuses while any workbook is not yet verified (iki verify).',
      batasWaktu: 'Due dates of the workbooks (tepat waktu / terlambat in iki status and iki remind).',
      hariSetelahTriwulan: 'Days after the end of a triwulan that its workbook is due (10: TW I is due on 10 April).',
      zonaWaktu: 'The office time zone: WIB, WITA or WIT.',
      perTriwulan: 'A different due date for one triwulan of one year:',
      perJabatan: 'An exception for one jabatan (by its id from iki catalogue list):',
      mutu: 'Data-quality checks across triwulan: warnings, never refusals.',
      stokTurunPersen: 'A stock (jumlah at the end of a triwulan) falling by more than this percentage.',
      pencilanK: 'A value outside mean ± k × standard deviation of at least 3 earlier triwulan.',
      pencilanKali: 'With fewer earlier triwulan: more than this many times, or less than 1/this, of the previous one.',
      aktif: 'Each check on (ya) or off (tidak).',
      rules: {
        'stock-drop': 'quality.stock-drop',
        outlier: 'quality.outlier',
        copied: 'quality.copied: every value the same as the previous triwulan',
        'explanation-missing': 'quality.explanation-missing: below target or worse, and kendala blank',
      } as Record<'stock-drop' | 'outlier' | 'copied' | 'explanation-missing', string>,
      kirimKe: 'Where a jabatan sends its filled workbook (shown in iki remind):',
    },
  },
  /** What `iki report` prints on the terminal. */
  report: {},
  /** Texts inside the input workbook (template). */
  template: {},
  /** Texts inside the consolidated workbook (laporan). */
  laporan: {},
};

export type UiText = typeof en;
