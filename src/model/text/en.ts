// Everything iki writes for people in English (`--lang en`, IKI_LANG=en), other than problems
// (src/model/problems/text-en.ts). Indonesian (id.ts) must have the same keys: its type is this one.
// One group per area; each group's strings are used only by that area's view or writer.
// Domain nouns stay the users' own words: jabatan, indikator, triwulan, realisasi, capaian.
import type { Fmt } from '../format.js';
import type { Quarter } from '../period.js';
import type { CapaianStatus, CellSource, PeriodRef, Reason, Status } from '../rollup.js';

/** Names of the catalogue's things, for texts that show names rather than ids (ids where none is known). */
export interface Names {
  element(id: string): string;
  jabatan(id: string): string;
}
export const ID_NAMES: Names = { element: (id) => id, jabatan: (id) => id };

const src = (s: CellSource, f: Fmt) => `${s.file} ${f.ref(s.sheet, s.cell)}`;

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
    program: 'Indikator Kinerja Individu: the quarterly IKI cycle, from the catalogue to the consolidated report.',
    examples: 'Examples:',
    usageHint: '(run with --help for usage)',
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:', 'Global Options:': 'Global Options:' } as Record<string, string>,
    /** Commander's own error messages, reworded (English keeps them as they are). */
    commanderErrors: [] as [RegExp, string][],
    optionsWord: '[options]',
    commandWord: '[command]',
    /** Placeholders in the usage lines. */
    ph: { year: 'year', q: 'q', dir: 'dir', file: 'file', jabatan: 'jabatan_id', paths: 'paths', lang: 'lang', command: 'command', nama: 'name', teks: 'text' },
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    workspace: 'the workspace folder (default: $IKI_WORKSPACE, then the current folder)',
    catalogue: 'catalogue YAML (default: the workspace catalogue, else the bundled one)',
    json: 'print the result as JSON',
    lang: 'language of everything iki writes for people: id (Indonesian, the default) or en (also IKI_LANG)',
    year: 'the year, e.g. 2017',
    quarter: 'the triwulan: 1, 2, 3 or 4',
    force: 'overwrite existing files',
    cmd: {
      catalogue: 'check and browse the indicator catalogue',
      catalogueCheck: 'check the catalogue YAML: syntax, shape, references, the atasan tree',
      catalogueList: 'the jabatan tree: id, nama, atasan, indicators and elements entered',
      catalogueShow: 'one jabatan: tugas, fungsi, indicators, and who enters each element',
      jabatanId: 'a jabatan id from `iki catalogue list`',
      init: 'create a workspace: catalogue copy, templates/, incoming/, archive/, reports/',
      initDir: 'folder to create or fill (default: the current folder)',
      generate: 'write one Excel input template per jabatan for a triwulan',
      generateJabatan: 'only these jabatan (default: all)',
      generateOut: 'output folder (default: the workspace templates/<year>-TW<q>/, else ./IKI_<year>_TW<q>/)',
      generateForce: 'overwrite existing template files',
      validate: 'check filled workbooks without changing anything',
      paths: 'workbooks or folders of workbooks',
      ingest: 'validate filled workbooks and take the valid ones into the archive',
      ingestReplace: 'replace an earlier, different submission for the same jabatan and triwulan (the old one is kept)',
      ingestDryRun: 'say what would happen, change nothing',
      validateFeedback: 'write a feedback copy (problem cells marked, an Umpan Balik sheet) of each workbook with problems into this folder',
      ingestFeedback: 'write a feedback copy (problem cells marked, an Umpan Balik sheet) of each refused workbook into this folder',
      status: 'which jabatan have submitted for which triwulan, and the reporting rate',
      statusQuarter: 'only this triwulan',
      targets: "the year's targets per indicator (targets/<year>.yaml in the workspace)",
      targetsInit: 'write targets/<year>.yaml listing every indicator, ready to fill in',
      targetsForce: 'overwrite an existing targets file',
      targetsCheck: 'check targets/<year>.yaml against the catalogue, with the line of each problem',
      report: 'roll the archived submissions up into the consolidated workbook',
      reportQuarter: 'year to date: triwulan I up to this one',
      reportOut: 'output workbook (default: the workspace reports/IKI_<year>_laporan.xlsx)',
      reportPdf: 'also write the laporan as a PDF beside the workbook (IKI_<year>_laporan.pdf)',
    },
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
    riwayat: {
      group: 'realisasi of the years before iki, for the LKjIP comparisons (riwayat/<year>.yaml in the workspace)',
      init: 'write riwayat/<year>.yaml listing every indicator, ready to fill in',
      check: 'check riwayat/<year>.yaml against the catalogue, with the line of each problem',
      year: 'the year of the history, e.g. 2016',
      force: 'overwrite an existing history file',
    },
    renstra: {
      group: 'the five-year Renstra targets (targets/renstra.yaml in the workspace)',
      init: 'write targets/renstra.yaml listing the indicators of the Kepala Dinas and the units, ready to fill in',
      check: 'check targets/renstra.yaml against the catalogue, with the line of each problem',
      from: 'the first year of the Renstra, e.g. 2016',
      to: 'the last year of the Renstra, e.g. 2021',
      force: 'overwrite an existing Renstra file',
    },
  },
  catalogue: {
    ok: (file: string, c: { jabatan: number; indicators: number; ratios: number; counts: number; values?: number; elements: number }) =>
      `${file}: ${c.jabatan} jabatan, ${c.indicators} indicators (${c.ratios} percentages, ${c.counts} counts${c.values ? `, ${c.values} values` : ''}), ${c.elements} elements`,
    listHead: ['id', 'nama', 'atasan', 'indicators', 'elements'],
    listFoot: (c: { jabatan: number; indicators: number; ratios: number; elements: number }, instansi: string, nomor: string) =>
      `${c.jabatan} jabatan, ${c.indicators} indicators (${c.ratios} percentages), ${c.elements} elements — ${instansi}, ${nomor}`,
    atasan: 'atasan',
    unit: 'unit',
    tugas: 'Tugas',
    fungsi: 'Fungsi',
    catatan: 'catatan',
    kinerja: (no: string, nama: string) => `Kinerja ${no}: ${nama}`,
    kind: { ratio: 'percentage', count: 'count', value: 'value' } as Record<'ratio' | 'count' | 'value', string>,
    formulasi: 'formulasi',
    sumberData: 'sumber data',
    penanggungJawab: 'penanggung jawab',
    role: { numerator: 'numerator', denominator: 'denominator', element: 'element' } as Record<'numerator' | 'denominator' | 'element', string>,
    aggregation: { sum: 'sum', last: 'last', average: 'average' } as Record<string, string>,
    enteredBy: 'entered by',
    thisJabatan: '(this jabatan)',
    factor: 'factor',
    forOthers: "Elements for other jabatan's indicators",
    usedBy: 'used by',
  },
  init: {
    created: (dir: string) => `Created the iki workspace ${dir}`,
    catalogue: (id: string, jabatan: number, elements: number, from: string) => `catalogue ${id}: ${jabatan} jabatan, ${elements} elements (copied from ${from})`,
    catalogueWarnings: (n: number) => `, ${n} warning${n === 1 ? '' : 's'}: run \`iki catalogue check\``,
    folders: {
      templates: 'generated input workbooks, one folder per triwulan (iki generate)',
      incoming: 'put the filled workbooks you receive here',
      archive: 'accepted submissions and their records (iki ingest; do not edit by hand)',
      reports: 'consolidated reports (iki report)',
    } as Record<string, string>,
    config: (kept: boolean): string => (kept ? 'workspace settings (already there: kept as it was)' : 'workspace settings, every key commented with its default (docs/configuration.md)'),
    next: (cmd: string) => `Next: ${cmd}`,
  },
  targets: {
    skeletonHead: (year: number, instansi: string) => [
      `# IKI targets ${year} — ${instansi}`,
      '# Type the annual target after each indicator (a number only), or targets per triwulan:',
      '#   indikator_id: { tahun: 400, tw1: 100, tw2: 100, tw3: 100, tw4: 100 }',
      '# Leave "null" when an indicator has no target. Percentages are written without %, e.g. 80.',
    ],
    skeletonLowerRule: 'permenpan: (1 + (1 - realisasi/target)) x 100; inverse: target/realisasi x 100',
    skeletonCap: 'the highest capaian shown',
    written: (file: string, n: number) => `Wrote ${file}: ${n} indicators, each "null" until you type its target.`,
    then: (cmd: string) => `Then run: ${cmd}`,
    ok: (file: string, n: number, of: number) => `${file}: targets for ${n} of ${of} indicators`,
    lowerIsBetter: 'lower is better',
  },
  /** `iki riwayat` and `iki renstra`. */
  riwayat: {
    wroteRiwayat: (file: string, n: number) => `Wrote ${file}: ${n} indicators, each "null" until you type its realisasi.`,
    wroteRenstra: (file: string, n: number) => `Wrote ${file}: ${n} indicators, each "null" until you type its kondisi awal and targets.`,
    thenCheckRiwayat: (year: number) => `Then run: iki riwayat check --year ${year}`,
    thenCheckRenstra: 'Then run: iki renstra check',
    riwayatOk: (file: string, filled: number, total: number) => `${file}: realisasi for ${filled} of ${total} indicators.`,
    renstraOk: (file: string, awal: number, akhir: number, filled: number, total: number) => `${file}: Renstra ${awal}–${akhir}, targets for ${filled} of ${total} indicators.`,
    invalid: (file: string) => `${file} has errors; it is not used until they are fixed.`,
  },
  /** What `iki generate` prints on the terminal. */
  generate: {
    columns: ['jabatan', 'file', 'number inputs', 'text inputs'],
    progress: (a: { done: number; total: number; file: string }, f: Fmt) => `Generating templates: ${f.num(a.done)}/${f.num(a.total)} ${a.file}`,
    wrote: (a: { templates: number; quarter: number; year: number; folder: string; numbers: number; texts: number; catalogue: string }, f: Fmt) =>
      `Wrote ${f.count(a.templates, 'template')} for ${f.tw(a.quarter)} ${a.year} to ${a.folder} (${f.count(a.numbers, 'number input')}, ` +
      `${f.count(a.texts, 'text input')}; catalogue ${a.catalogue}). Send each jabatan its file and collect the filled files back.`,
    nothingWritten: 'No template was written.',
  },
  validate: {
    verdict: { valid: 'ok', invalid: 'invalid' } as Record<'valid' | 'invalid', string>,
    /** "kasi_a, 2017 TW I: 5 values, 1 blank, 2 notes" */
    contents: (c: { values: number; blank: number; invalid: number; notes: number }, f: Fmt) =>
      [f.count(c.values, 'value'), `${f.num(c.blank)} blank`, ...(c.invalid ? [`${f.num(c.invalid)} invalid`] : []), f.count(c.notes, 'note')].join(', '),
    head: ['file', 'cell', 'severity', 'code', 'message'],
    summary: (s: { workbooks: number; valid: number; invalid: number; errors: number; warnings: number }, catalogue: string, f: Fmt, feedback = 0) =>
      `${f.count(s.workbooks, 'workbook')} checked: ${f.num(s.valid)} valid, ${f.num(s.invalid)} invalid; ${f.count(s.errors, 'error')}, ${f.count(s.warnings, 'warning')} (catalogue ${catalogue}). ${feedback ? `The workbooks were not changed; ${f.count(feedback, 'feedback copy', 'feedback copies')} written.` : 'Nothing was changed.'}`,
    checking: (done: number, total: number, file: string) => `checking ${done}/${total} ${file}`,
  },
  ingest: {
    outcome: { taken: 'taken', replaced: 'replaced', unchanged: 'unchanged', duplicate: 'duplicate', refused: 'refused' } as Record<'taken' | 'replaced' | 'unchanged' | 'duplicate' | 'refused', string>,
    /** A dry run's verdict: what would happen. */
    would: (outcome: string) => `${outcome}?`,
    summary: (s: { workbooks: number; taken: number; replaced: number; unchanged: number; duplicate: number; refused: number }, dryRun: boolean, f: Fmt) => {
      const would = dryRun ? 'would be ' : '';
      const parts = [
        `${f.num(s.taken)} ${would}taken`,
        ...(s.replaced ? [`${f.num(s.replaced)} ${would}replaced (the earlier ones kept under archive/<period>/replaced/)`] : []),
        ...(s.unchanged ? [`${f.num(s.unchanged)} unchanged`] : []),
        ...(s.duplicate ? [`${f.num(s.duplicate)} identical ${s.duplicate === 1 ? 'copy' : 'copies'} skipped`] : []),
        `${f.num(s.refused)} refused`,
      ];
      return `${f.count(s.workbooks, 'workbook')}: ${parts.join(', ')}.`;
    },
    someRefused: (dryRun: boolean) => `The valid workbooks ${dryRun ? 'would be' : 'were'} archived; fix the refused ones (see the table above) and ingest them again.`,
    dryRun: 'Dry run: nothing was changed.',
    archived: (archive: string, status: string) => `Archive: ${archive}/. See \`${status}\`.`,
    archiveFailed: 'The archive could not be written; the workbooks marked usage.unwritable were not taken (nothing else was changed).',
    reading: (done: number, total: number, file: string) => `reading ${done}/${total} ${file}`,
  },
  /** How the rollup's values read: status words, periods, the reasons behind a gap (terminal and workbook). */
  rollup: {
    status: { ok: 'ok', partial: 'partial', missing: 'missing', blank: 'blank', invalid: 'invalid', 'no denominator': 'no denominator' } as Record<Status, string>,
    /** A period inside a sentence: "TW II 2017", "2017", "2017 up to TW II". */
    period: (p: PeriodRef, f: Fmt): string =>
      p.kind === 'quarter' ? `${f.tw(p.quarters[0]!)} ${p.key.slice(0, 4)}` : p.kind === 'year' ? p.key : `${p.key.slice(0, 4)} up to ${f.tw(p.quarters[p.quarters.length - 1]!)}`,
    reason: (r: Reason, n: Names, f: Fmt): string => {
      switch (r.kind) {
        case 'missing-workbook':
          return `no workbook from ${n.jabatan(r.jabatanId)} for ${f.tw(r.quarter)}`;
        case 'blank':
          return `${n.element(r.elementId)} blank in ${f.tw(r.quarter)} (${src(r.source, f)})`;
        case 'invalid':
          return `${n.element(r.elementId)} unusable in ${f.tw(r.quarter)} (${f.q(r.raw)}, ${src(r.source, f)})`;
        case 'not-in-workbook':
          return `${n.element(r.elementId)} not in ${r.file} (an older template)`;
        case 'last-from-earlier':
          return `${n.element(r.elementId)} taken from ${f.tw(r.from)}, nothing for ${f.tw(r.final)}`;
        case 'zero-denominator':
          return 'the denominator is 0';
        case 'left-out':
          return `${f.tw(r.quarter)} left out of both sides`;
      }
    },
    /** Why there is no capaian. */
    capaian: {
      'no target': 'no target',
      'zero target': 'the target is 0: no capaian can be computed',
      'no realisasi': 'no realisasi yet',
      'zero realisasi': 'realisasi is 0: target / realisasi cannot be computed',
    } as Record<Exclude<CapaianStatus, 'ok'>, string>,
  },
  status: {
    jabatan: 'jabatan',
    notInCatalogue: (id: string) => `${id} (not in the catalogue)`,
    none: '-',
    missingReplaced: (n: number) => `missing (${n} replaced)`,
    received: 'ok',
    blank: (n: number) => `${n} blank`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    replaced: (n: number) => `replaced ${n}x`,
    receivedRow: 'received',
    rateRow: 'rate',
    ofExpected: (received: number, expected: number) => `${received} of ${expected}`,
    timeliness: { 'on-time': () => 'on time', late: (n: number) => `${n} day${n === 1 ? '' : 's'} late`, pending: () => 'not yet in', overdue: () => 'overdue' } as Record<'on-time' | 'late' | 'pending' | 'overdue', (days: number) => string>,
    verification: { belum: '', diverifikasi: 'verified', dikembalikan: 'returned' } as Record<'belum' | 'diverifikasi' | 'dikembalikan', string>,
    onTimeRow: 'on-time rate',
    verifiedRow: 'verified',
    timelinessLine: (onTime: number, late: number, overdue: number, pending: number, rate: string, verified: number, returned: number, received: number) =>
      `  on time ${onTime}, late ${late}, overdue ${overdue}${pending ? `, not yet due ${pending}` : ''} (on-time rate ${rate}); of ${received} received: ${verified} verified, ${returned} returned, ${received - verified - returned} not yet verified.`,
    line: (year: number, q: Quarter, received: number, expected: number, rate: string, replaced: number, withWarnings: number, f: Fmt) =>
      `${year} ${f.tw(q)}: ${received} of ${expected} received (${rate})${replaced ? `, ${replaced} replaced` : ''}${withWarnings ? `, ${withWarnings} with warnings` : ''}.`,
  },
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
  report: {
    head: { jabatan: 'jabatan', indikator: 'indikator', target: 'target', capaian: 'capaian', predikat: 'predikat' },
    reading: (done: number, total: number, file: string) => `Reading ${done}/${total} ${file}`,
    noCapaian: 'no capaian',
    capped: '(cap)',
    workbooks: (received: number, expected: number, rate: string) => `Workbooks: ${received} of ${expected} received (${rate}).`,
    nothingYet: (quarters: string, year: number, last: number) => `No workbook at all yet for ${quarters}: for the year to date run \`iki report --year ${year} --quarter ${last}\`.`,
    wrote: 'Wrote',
    wrotePdf: 'Wrote the PDF',
    summary: 'Report',
    more: (n: number, output: string | null) => `… and ${n} more${output ? `: every one is in the Validasi sheet of ${output}` : ''} (--json lists them all).`,
    notWritten: (kept: string | null) => `the archive cannot support a report; nothing was written${kept ? ` (${kept} is unchanged)` : ''}.`,
  },
  /** Texts inside the input workbook (template). The sheet names and the _iki sheet are the contract: not here. */
  template: {
    /** The workbook's document title (File > Properties). */
    docTitle: (a: { jabatan: string; tw: string; year: number }) => `IKI ${a.jabatan} Triwulan ${a.tw} ${a.year}`,
    title: 'INDIVIDUAL PERFORMANCE INDICATORS (IKI)',
    subtitle: (a: { tw: string; year: number }) => `REALISASI FOR TRIWULAN ${a.tw} ${a.year}`,
    facts: { jabatan: 'Jabatan', atasan: 'Direct atasan', unit: 'Work unit', period: 'Triwulan / year', dasar: 'Basis' },
    none: '-',
    months: ['January – March', 'April – June', 'July – September', 'October – December'],
    period: (a: { tw: string; months: string; year: number }) => `Triwulan ${a.tw} (${a.months}) ${a.year}`,
    decree: (a: { judul?: string; nomor: string; tanggal: string }) => [a.judul, `number ${a.nomor}`, `dated ${a.tanggal}`].filter(Boolean).join(', '),
    legend: 'Fill in the yellow cells only. An empty cell means "not reported"; the number 0 means zero. The full instructions are on the Petunjuk sheet.',
    /** The columns of the Isian sheet, the last one being where people type. */
    columns: ['No', 'Indikator', 'Formulasi', 'Data source', 'Unit', 'What to enter'],
    inputColumn: (a: { tw: string }) => `Isian for triwulan ${a.tw} (yellow cells)`,
    kinerja: (a: { no: string; nama: string }) => `Kinerja ${a.no}: ${a.nama}`,
    numerator: 'Numerator: ',
    denominator: 'Denominator: ',
    aggregation: { sum: 'total during this triwulan', last: 'position at the end of the triwulan', average: 'the value for this triwulan' } as Record<'sum' | 'last' | 'average', string>,
    element: (a: { nama: string; satuan: string; how: string }) => `${a.nama} (${a.satuan}; ${a.how})`,
    alsoUsedFor: (a: { uses: string[] }) => `Also used for: ${a.uses.join('; ')}`,
    indicatorOf: (a: { indikator: string; jabatan: string }) => `${a.indikator} (${a.jabatan})`,
    alreadyAt: (a: { row: number }) => `Already entered in row ${a.row}`,
    enteredBy: (a: { jabatan: string }) => `Entered by ${a.jabatan}`,
    unknownOwner: '?',
    note: (a: { label: string; max: number }, f: Fmt) => `${a.label} (text, at most ${f.num(a.max)} characters)`,
    penanggungJawab: (a: { unit: string }) => `Penanggung jawab: ${a.unit}`,
    /** The year's targets beside an indicator (value formatted, with its unit). */
    targetYear: (a: { year: number; value: string }) => `Target ${a.year}: ${a.value}`,
    previous: (a: { tw: string; value: string }) => `Previous TW (${a.tw}): ${a.value}`,
    previousBlank: (a: { tw: string }) => `Previous TW (${a.tw}): blank`,
    targetQuarter: (a: { tw: string; value: string }) => `Target TW ${a.tw}: ${a.value}`,
    /** The section of counts a jabatan enters for other jabatan's indicators. */
    extra: {
      title: 'Isian for the Indikator of the Atasan / Other Jabatan',
      text: 'The numbers below are not used for your own indicators, but are needed to compute the indicators of other jabatan (for example your atasan). Enter each number once, here.',
      columns: ['No', 'Used for indikator', 'Formulasi', 'Jabatan owning the indikator', 'Unit', 'What to enter'],
      numerator: ' (numerator)',
      denominator: ' (denominator)',
      unused: '(not used by any indikator yet)',
    },
    /** The signature block, as on Indonesian government forms. */
    sign: {
      placeDate: (a: { place: string; year: number }) => `${a.place}, .................................... ${a.year}`,
      acknowledged: 'Acknowledged by,',
      reporter: 'Reported by,',
      name: '(.............................................)',
      nip: 'NIP. ......................................',
    },
    /** The printed footer's right part (&P page, &N pages: Excel's header codes). */
    page: 'Page &P of &N',
    /** Excel shows these on a number input (titles at most 32 characters, messages at most 255). */
    numberValidation: {
      errorTitle: 'Isian must be a whole number',
      error: 'Enter a whole number, 0 or more, without a unit and without thousands separators. Leave it empty when there is no data yet.',
      promptTitle: 'Number isian',
      prompt: 'A whole number, 0 or more, without a unit. Empty = not reported; 0 = zero.',
    },
    /** Validation of a decimal, rupiah or percent input, or a count with its own min/max; `range` is already worded. */
    valueValidation: {
      range: (a: { min: string; max?: string }) => (a.max !== undefined ? `from ${a.min} to ${a.max}` : `of ${a.min} or more`),
      count: {
        errorTitle: 'Isian must be a whole number',
        error: (a: { range: string }) => `Enter a whole number ${a.range}, without a unit and without thousands separators. Leave it empty when there is no data yet.`,
        promptTitle: 'Number isian',
        prompt: (a: { range: string }) => `A whole number ${a.range}, without a unit. Empty = not reported; 0 = zero.`,
      },
      decimal: {
        errorTitle: 'Isian must be a number',
        error: (a: { range: string }) => `Enter a number ${a.range}, with a comma as decimal mark (e.g. 82,75), without a unit. Leave it empty when there is no data yet.`,
        promptTitle: 'Decimal isian',
        prompt: (a: { range: string }) => `A number ${a.range}; comma as decimal mark, e.g. 82,75. Empty = not reported.`,
      },
      rupiah: {
        errorTitle: 'Isian must be whole rupiah',
        error: (a: { range: string }) => `Enter whole rupiah ${a.range}, digits only, without "Rp", dots or commas (e.g. 1250000). Leave it empty when there is no data yet.`,
        promptTitle: 'Rupiah isian',
        prompt: (a: { range: string }) => `Whole rupiah ${a.range}, digits only, e.g. 1250000. Empty = not reported.`,
      },
      percent: {
        errorTitle: 'Isian must be a percentage',
        error: (a: { range: string }) => `Enter a percentage ${a.range} without the % sign, with a comma as decimal mark (e.g. 5,8 for 5.8 %). Leave it empty when there is no data yet.`,
        promptTitle: 'Percentage isian',
        prompt: (a: { range: string }) => `A percentage ${a.range}, without %, e.g. 5,8. Empty = not reported.`,
      },
    },
    textValidation: {
      errorTitle: 'Text too long',
      error: (a: { max: number }, f: Fmt) => `Write at most ${f.num(a.max)} characters. Shorten the text; the details can go in the supporting documents.`,
    },
    /** The Petunjuk sheet. Numbered items get their number from the writer (some are left out). */
    guide: {
      title: 'HOW TO FILL IN THIS WORKBOOK',
      intro: (a: { jabatan: string; tw: string; year: number; sheet: string }) =>
        `This file is for the jabatan ${a.jabatan}, triwulan ${a.tw} ${a.year}. Fill in the "${a.sheet}" sheet.`,
      how: 'How to fill it in',
      sample: 'sample',
      yellow: 'Type only in the yellow cells, like the sample beside this line. The other cells are locked so that they do not change by accident.',
      numbers: 'Number isian: a whole number, 0 or more, without a unit and without dots or commas between thousands. For example type 1250, not "1.250", "1,250" or "1,250 people".',
      blank: 'A cell left empty means "not reported". The number 0 means zero. Do not type 0 when the data is not there yet.',
      quarterOnly: (a: { tw: string; last: string }) =>
        `Enter the numbers of triwulan ${a.tw} only (not the total since the start of the year), except the isian marked "${a.last}": for those, write the state at the end of triwulan ${a.tw}.`,
      typed: 'Isian with decimals, rupiah or percentages: type the number with a comma as decimal mark (82,75); rupiah in whole digits (1250000); a percentage from 0 to 100 without the % sign (5,8).',
      percentages: 'You do not compute percentages yourself: Subbag Program dan Pelaporan computes them from the numerators and denominators. Rows saying "Entered by ..." are filled in by another jabatan in its own file.',
      notes: (a: { labels: string[] }) => `Text columns (${a.labels.join(', ')}): write briefly and clearly, within the number of characters shown. Leave them empty when there is nothing to say.`,
      extra: (a: { section: string }) => `The section "${a.section}" holds the numbers you enter for the indicators of your atasan or of other jabatan. Fill in that section too.`,
      dont: 'What not to do',
      dontRename: '• Do not rename the sheets, and do not delete or add sheets.',
      dontMove: '• Do not move or copy cells to another workbook, and do not use this file for another jabatan or triwulan.',
      dontConvert: '• Do not rename the file and do not save it in another format (such as .xls, .csv or .pdf).',
      after: 'When you are done',
      save: (a: { file: string }) =>
        `Save the file (Excel format .xlsx, keeping the name ${a.file}), print and sign it when asked to, then send the Excel file back to Subbag Program dan Pelaporan.`,
      questions: 'Questions about this isian can be put to Subbag Program dan Pelaporan.',
    },
  },
  /** Texts inside the consolidated workbook (laporan). */
  laporan: {
    sheets: { summary: 'Summary', entries: 'Entries', completeness: 'Completeness', notes: 'Notes', validation: 'Validation', charts: 'Charts', comparison: 'Comparison' },
    /** A row under an indicator on a unit sheet: its numerator or denominator, from which isian, entered by whom. */
    detail: (side: string, names: string, by: string) => `${side}: ${names} (entered by ${by})`,
    statusNote: (status: string) => `status: ${status}`,
    /** The Charts sheet: where the charts' numbers are. */
    chartsNote: 'The charts are drawn from the tables below them; the numbers on the charts\' axis are the No of these tables. Edit the charts in Excel or LibreOffice, or copy them into the LKjIP document.',
    /** A period as a column heading: "TW I", "Year 2017", "To TW II 2017". */
    periodHead: (p: PeriodRef, f: Fmt): string =>
      p.kind === 'quarter' ? f.tw(p.quarters[0]!) : p.kind === 'year' ? `Year ${p.key.slice(0, 4)}` : `To ${f.tw(p.quarters[p.quarters.length - 1]!)} ${p.key.slice(0, 4)}`,
    title: (instansi: string, period: string) => `Individual Performance Indicators (IKI) of ${instansi}: ${period}`,
    decree: (judul: string | undefined, nomor: string, tanggal: string) =>
      `${judul ?? 'Decree'} No. ${nomor} of ${tanggal}. Percentage = numerator / denominator × 100 over the sum (or last value) of all triwulan, not the average of the triwulan percentages.`,
    stamp: (a: { at: string; version: string; catalogue: string; received: number; expected: number; errors: number; warnings: number; sheet: string }) =>
      `Made ${a.at} UTC by iki ${a.version}; catalogue ${a.catalogue}. Workbooks received: ${a.received} of ${a.expected}. Validation: ${a.errors} error${a.errors === 1 ? '' : 's'}, ${a.warnings} warning${a.warnings === 1 ? '' : 's'} (see the ${a.sheet} sheet).`,
    unitTitle: (unit: string, period: string) => `${unit}: ${period}`,
    unitHead: (head: string, stamp: string) => `Head of unit: ${head}. ${stamp}`,
    headOfUnit: (nama: string) => `${nama} (head of unit)`,
    fixed: ['No', 'Description (indikator / isian)', 'Unit', 'Entered by'] as readonly string[],
    group: ['Numerator', 'Denominator', 'Realisasi', 'Status'] as readonly string[],
    penilaian: ['Target', 'Capaian (%)', 'Predikat'] as readonly string[],
    penilaianOf: (period: string) => `Assessment ${period}`,
    keterangan: 'Remarks',
    side: { pembilang: 'numerator', penyebut: 'denominator' } as Record<'pembilang' | 'penyebut', string>,
    lastValue: '(last value)',
    aggregationNote: { last: '(last value)', average: '(average of the triwulan)' } as Record<'last' | 'average', string>,
    over: (periods: string) => `numerator above denominator: ${periods}`,
    capaianWhy: (why: string) => `capaian: ${why}`,
    capped: (cap: number, f: Fmt) => `capaian capped at ${f.num(cap)} %`,
    sofar: (target: number, capaian: number | null, f: Fmt) => `target up to this triwulan ${f.num(target)}, capaian ${capaian === null ? '-' : f.pct(capaian)}`,
    aggregation: { sum: 'sum', last: 'last value', average: 'average' } as Record<'sum' | 'last' | 'average', string>,
    entriesHead: { no: 'No', by: 'Entered by', element: 'Isian (element_id)', nama: 'Description', satuan: 'Unit', aggregation: 'Aggregation' },
    statusOf: (period: string) => `Status ${period}`,
    sourceOf: (period: string) => `Source ${period}`,
    completenessHead: { no: 'No', jabatan: 'Jabatan', received: 'Received' },
    receipt: { received: 'received', missing: 'missing' } as Record<'received' | 'missing', string>,
    receivedRow: 'Workbooks received',
    expectedRow: 'Workbooks expected',
    rateRow: 'Reporting rate (%)',
    notesHead: ['No', 'Jabatan', 'Indikator', 'Triwulan', 'Field', 'Text', 'Source', 'jabatan_id', 'indicator_id'] as readonly string[],
    noNotes: 'No notes.',
    validationHead: ['No', 'Code', 'Severity', 'Title', 'Message', 'Location', 'Hint'] as readonly string[],
    noProblems: 'No warnings.',
    /** Page footer (Excel header/footer codes: &A sheet name, &P page, &N pages). */
    footer: '&L&A&RPage &P of &N',
    /** The laporan's shared words (src/write/laporan-model.ts): the workbook and the PDF say the same. */
    model: {
      noTarget: 'no target',
      capped: (cap: string) => `capaian capped at ${cap} %`,
      judul: (year: number) => `Report on the Individual Performance Indicators (IKI) ${year}`,
      periodeTahun: (year: number) => `Year ${year}`,
      periodeSd: (tw: string, year: number) => `${year} up to ${tw}`,
      dasar: (judul: string, nomor: string, tanggal: string) => `Based on ${judul} No. ${nomor} of ${tanggal}.`,
      dibuat: (when: string, version: string, received: number, expected: number) => `Made ${when} UTC by iki ${version}. Workbooks received: ${received} of ${expected}.`,
      status: { ok: 'ok', partial: 'partial', missing: 'not received', blank: 'blank', invalid: 'invalid', 'no denominator': 'no denominator' } as Record<'ok' | 'partial' | 'missing' | 'blank' | 'invalid' | 'no denominator', string>,
      pembilang: 'numerator',
      penyebut: 'denominator',
      nilaiTerakhir: '(latest value)',
      kepalaUnit: 'head of unit',
      diterima: 'received',
      belumMasuk: 'not received',
      tidakDiharapkan: '-',
      tandaTangan: {
        tempatTanggal: (tempat: string, tanggal: string) => `${tempat}, ${tanggal}`,
        nip: (nip: string) => `NIP. ${nip}`,
        kosong: '....................',
      },
    },
    /** Column heads and titles of the laporan's tables. */
    kolom: {
      no: 'No',
      indikator: 'Indicator',
      satuan: 'Unit',
      target: 'Target',
      realisasi: 'Realisasi',
      capaian: 'Capaian (%)',
      predikat: 'Predikat',
      keterangan: 'Remarks',
      status: 'Status',
      diisiOleh: 'Entered by',
      jabatan: 'Jabatan',
      triwulan: 'Triwulan',
      isian: 'Field',
      teks: 'Text',
      diterima: 'Received',
    },
    pdf: {
      ringkasan: 'Summary (Ringkasan)',
      unit: (nama: string) => nama,
      grafik: 'Charts',
      grafikKunci: 'Key to the chart numbers',
      kelengkapan: 'Completeness of the workbooks (Kelengkapan)',
      kelengkapanDiterima: 'Workbooks received',
      kelengkapanDiharapkan: 'Workbooks expected',
      kelengkapanTingkat: 'Reporting rate (%)',
      catatan: 'Notes: kendala, tindak lanjut, data dukung (Catatan)',
      tidakAdaCatatan: 'No notes.',
      perbandingan: 'Comparison with earlier years and the Renstra (Perbandingan)',
      tidakAdaPerbandingan: 'No earlier year and no Renstra in the workspace: add riwayat/<year>.yaml (`iki riwayat init`) or targets/renstra.yaml (`iki renstra init`).',
      halaman: (n: number, total: number) => `Page ${n} of ${total}`,
      daftarIsi: 'Contents',
      rumusPersentase: 'A percentage is the numerator over the denominator × 100 from the sums (or latest values) of the triwulan, never an average of triwulan percentages.',
    },
    perbandingan: {
      realisasiTahun: (year: number) => `Realisasi ${year}`,
      capaianTahun: (year: number) => `Capaian ${year} (%)`,
      perubahan: (year: number) => `Change from ${year}`,
      poin: 'points',
      persen: '%',
      arah: { naik: 'up', turun: 'down', tetap: 'unchanged' } as Record<'naik' | 'turun' | 'tetap', string>,
      membaik: 'better',
      memburuk: 'worse',
      renstra: (awal: number, akhir: number) => `Renstra ${awal}–${akhir}`,
      kondisiAwal: 'Baseline (kondisi awal)',
      targetRenstra: (year: number) => `Renstra target ${year}`,
      capaianRenstra: 'Capaian against it (%)',
      targetAkhir: 'Final target',
      capaianAkhir: 'Capaian against the final target (%)',
      sumber: { arsip: 'archive', riwayat: 'history file' } as Record<'arsip' | 'riwayat', string>,
    },
    chart: {
      capaianJudul: (periode: string) => `Capaian of the Kepala Dinas, Sekretaris and Kabid indicators against the target, ${periode}`,
      capaianSeri: 'Capaian (%)',
      garisTarget: 'Target 100 %',
      capaianSumbu: 'Capaian (%)',
      indikatorSumbu: 'Indicator (number in the key)',
      triwulanJudul: (year: number) => `Realisasi per triwulan of the percentage indicators, ${year}`,
      realisasiSumbu: 'Realisasi (%)',
      tanpaNilai: 'no value',
    },
  },
  /** The report's chase texts: timeliness and verification on Kelengkapan, the Tindak Lanjut Data sheet. */
  laporanChase: {
    followUpSheet: 'Data Follow-up',
    followUpTitle: (period: string) => `Data follow-up per jabatan: ${period}`,
    followUpNote: 'Values to check with their sender (warnings, not refusals): ask for the number again or for an explanation in the kendala cell.',
    followUpHead: ['No', 'Jabatan', 'Triwulan', 'Sheet!cell', 'Isian / indikator', 'Problem', 'Follow-up', 'Code', 'jabatan_id'] as readonly string[],
    noFollowUp: 'Nothing to follow up.',
    timeliness: { 'on-time': () => 'on time', late: (n: number) => `${n} day${n === 1 ? '' : 's'} late`, pending: () => 'not yet in', overdue: () => 'overdue' } as Record<'on-time' | 'late' | 'pending' | 'overdue', (days: number) => string>,
    verification: { belum: 'not verified', diverifikasi: 'verified', dikembalikan: 'returned' } as Record<'belum' | 'diverifikasi' | 'dikembalikan', string>,
    onTimeRow: 'On time',
    onTimeRateRow: 'On-time rate (%)',
    verifiedRow: 'Verified',
    /** Keterangan of a value resting on workbooks not yet verified (iki verify). */
    unverifiedNote: (periods: string) => `rests on workbooks not yet verified: ${periods}`,
  },
};

export type UiText = typeof en;
