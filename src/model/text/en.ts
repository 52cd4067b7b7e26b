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
  help: {},
  catalogue: {},
  init: {},
  targets: {},
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
