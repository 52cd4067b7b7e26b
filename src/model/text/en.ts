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
  catalogue: {},
  init: {},
  targets: {},
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
  generate: {},
  validate: {},
  ingest: {},
  status: {},
  /** What `iki report` prints on the terminal. */
  report: {},
  /** Texts inside the input workbook (template). */
  template: {},
  /** Texts inside the consolidated workbook (laporan). */
  laporan: {},
};

export type UiText = typeof en;
