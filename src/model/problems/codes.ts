// Every problem code: its severity, whether it is bad data (exit 1) or bad usage/configuration (exit 2),
// and its arguments, given as an example (the example sets the type, and docs/problems.md shows it).
// The text of each code is in text-id.ts and text-en.ts; a code without both does not compile.
// Where one code would need two severities, it is two codes.
export type Severity = 'error' | 'warning' | 'info';
/** What an error means for the exit code: bad data (1) or bad usage or configuration (2). */
export type ExitClass = 'data' | 'usage';

export interface ProblemDef<A extends object> {
  readonly severity: Severity;
  readonly exit: ExitClass;
  /** Realistic arguments: the type of this code's args, and the example in docs/problems.md. */
  readonly example: A;
}

/** Why a file or folder could not be read or written, in words a person can act on. */
export type FsReason = 'not-found' | 'permission' | 'is-folder' | 'not-a-folder' | 'read-only' | 'disk-full' | 'exists' | 'too-large' | 'moved' | 'other';
export interface FsFailure {
  reason: FsReason;
  /** The system's own code or message, for 'other'. */
  detail?: string;
  /** For 'too-large': the size and the limit, in bytes. */
  size?: number;
  max?: number;
}
/** What a command was writing when it could not. */
export type WriteTarget = 'templates' | 'report' | 'archive' | 'workspace' | 'lock' | 'targets' | 'folder' | 'riwayat' | 'renstra';
/** What already exists where a command would write. */
export type OutputKind = 'template' | 'targets' | 'workspace' | 'catalogue' | 'marker' | 'folder' | 'riwayat' | 'renstra';

function def<A extends object>(severity: Severity, example: A, exit: ExitClass = 'data'): ProblemDef<A> {
  return { severity, exit, example };
}

/** Transitional: a code whose text is still written at its call site. None may remain when issue 10 is done. */
export interface LegacyArgs {
  message: string;
  hint?: string;
}
function legacy(severity: Severity, exit: ExitClass = 'data'): ProblemDef<LegacyArgs> {
  return def<LegacyArgs>(severity, { message: '(legacy)' }, exit);
}

export const PROBLEM_DEFS = {

  // ---------------------------------------------------------------- catalogue
  'catalogue.unreadable': def<{ file: string } & FsFailure>('error', { file: 'catalogue.yaml', reason: 'not-found' }, 'usage'),
  'catalogue.yaml-syntax': legacy('error'),
  'catalogue.yaml-warning': legacy('warning'),
  'catalogue.alias-bomb': legacy('error'),
  'catalogue.schema': legacy('error'),
  'catalogue.bad-id': legacy('error'),
  'catalogue.duplicate-id': legacy('error'),
  'catalogue.unknown-ref': legacy('error'),
  'catalogue.no-root': legacy('error'),
  'catalogue.many-roots': legacy('error'),
  'catalogue.atasan-loop': legacy('error'),
  'catalogue.unreachable': legacy('error'),
  'catalogue.unused-element': legacy('warning'),
  'catalogue.empty-ratio': legacy('error'),
  'catalogue.ratio-self': legacy('error'),
  'catalogue.kind-fields': legacy('error'),
  'catalogue.duplicate-note': legacy('error'),

  // ---------------------------------------------------------------- usage (how a command was called, the workspace)
  'usage.bad-year': def('error', { given: '17' }, 'usage'),
  'usage.bad-quarter': def('error', { given: '5' }, 'usage'),
  'usage.bad-lang': def('error', { given: 'jv' }, 'usage'),
  'usage.unknown-jabatan': def('error', { id: 'kasi_penempatan', suggestions: ['kasi_penempatan_tenaga_kerja'] }, 'usage'),
  'usage.no-workspace': def<{ dir: string; from: 'option' | 'env' | 'cwd' }>('error', { dir: '/home/program/kerja-2017', from: 'cwd' }, 'usage'),
  'usage.workspace-locked': def('error', { command: 'ingest', pid: 4242, since: '2017-04-10T08:15:00.000Z', host: 'pc-program', lockFile: 'kerja-2017/.iki.lock' }, 'usage'),
  'usage.lock-busy': def('error', { lockFile: 'kerja-2017/.iki.lock' }, 'usage'),
  'usage.not-found': def('error', { path: 'masuk/' }, 'usage'),
  'usage.no-workbooks': def('error', { paths: ['incoming/'] }, 'usage'),
  'usage.output-exists': def<{ path: string; what: OutputKind; flag?: '--force' }>('error', { path: 'templates/2017-TW1/IKI_2017_TW1_bendahara.xlsx', what: 'template', flag: '--force' }, 'usage'),
  'usage.unwritable': def<{ path: string; what: WriteTarget; written?: number; total?: number } & FsFailure>('error', { path: 'reports/IKI_2017_laporan.xlsx', what: 'report', reason: 'permission' }, 'usage'),
  'usage.folder-in-the-way': def('error', { path: 'reports/IKI_2017_laporan.xlsx' }, 'usage'),
  'usage.file-in-the-way': def('error', { path: 'kirim/tw1', blocker: 'kirim' }, 'usage'),
  'usage.archive-target': def<{ path: string; what: 'templates' | 'report' }>('error', { path: 'archive/2017-TW1', what: 'templates' }, 'usage'),
  'usage.out-extension': def('error', { path: 'laporan.pdf', ext: '.xlsx' }, 'usage'),
  'usage.out-folder-missing': def('error', { folder: 'laporan/' }, 'usage'),
  'usage.catalogue-invalid': def('error', { file: 'catalogue.yaml', errors: 2 }, 'usage'),
  'usage.targets-invalid': def('error', { file: 'targets/2017.yaml', year: 2017, errors: 1 }, 'usage'),
  'usage.targets-missing': def('error', { file: 'targets/2017.yaml', year: 2017 }, 'usage'),

  // ---------------------------------------------------------------- workspace (notes on the workspace itself)
  'workspace.recovered': def('info', { completed: 1, removed: 2 }),
  'workspace.recover-failed': def<FsFailure>('warning', { reason: 'permission' }),
  'workspace.lock-taken-over': def('info', { pid: 4242, command: 'ingest', since: '2017-04-10T08:15:00.000Z' }),

  // ---------------------------------------------------------------- file
  'file.unreadable': legacy('error'),
  'file.empty': legacy('error'),
  'file.too-large': legacy('error'),
  'file.xls': legacy('error'),
  'file.not-xlsx': legacy('error'),
  'file.truncated': legacy('error'),
  'file.damaged': legacy('error'),
  'file.zip-bomb': legacy('error'),
  'file.too-many-entries': legacy('error'),
  'file.xml-entities': legacy('error'),
  'file.name-range': legacy('error'),
  'file.column-range': legacy('error'),

  // ---------------------------------------------------------------- identity
  'identity.no-meta': legacy('error'),
  'identity.format': legacy('error'),
  'identity.unknown-jabatan': legacy('error'),
  'identity.catalogue-changed': legacy('warning'),
  'identity.catalogue-incompatible': legacy('error'),
  'identity.period-mismatch': legacy('warning'),
  'identity.sheet-missing': legacy('error'),
  'identity.name-missing': legacy('error'),
  'identity.name-broken': legacy('error'),
  'identity.name-unknown': legacy('warning'),
  'identity.foreign-element': legacy('error'),
  'identity.element-added': legacy('warning'),
  'identity.meta-visible': legacy('info'),

  // ---------------------------------------------------------------- cell
  'cell.blank': legacy('warning'),
  'cell.text-with-unit': legacy('error'),
  'cell.ambiguous-separator': legacy('error'),
  'cell.words': legacy('error'),
  'cell.negative': legacy('error'),
  'cell.decimal': legacy('error'),
  'cell.error-value': legacy('error'),
  'cell.date': legacy('error'),
  'cell.formula-no-result': legacy('error'),
  'cell.not-finite': legacy('error'),
  'cell.not-number': legacy('error'),

  // ---------------------------------------------------------------- note
  'note.too-long': legacy('warning'),

  // ---------------------------------------------------------------- ingest
  'ingest.duplicate-in-run': legacy('error'),
  'ingest.conflict': legacy('error'),
  'ingest.unchanged': legacy('info'),
  'ingest.archive-incomplete': legacy('warning'),

  // ---------------------------------------------------------------- rollup
  'rollup.no-data': legacy('error'),
  'rollup.archive-unreadable': legacy('error'),
  'rollup.duplicate-submission': legacy('error'),
  'rollup.foreign-submission': legacy('warning'),
  'rollup.missing-workbook': legacy('warning'),
  'rollup.blank': legacy('warning'),
  'rollup.invalid': legacy('warning'),
  'rollup.partial': legacy('warning'),
  'rollup.no-denominator': legacy('warning'),
  'rollup.numerator-over': legacy('warning'),

  // ---------------------------------------------------------------- target
  'target.unreadable': def<{ file: string } & FsFailure>('error', { file: 'targets/2017.yaml', reason: 'is-folder' }, 'usage'),
  'target.yaml-syntax': legacy('error'),
  'target.schema': legacy('error'),
  'target.unknown-indicator': legacy('error'),
  'target.year-mismatch': legacy('error'),
  'target.over-100': legacy('warning'),
  // ---------------------------------------------------------------- riwayat (riwayat/<year>.yaml: realisasi of years before iki)
  'riwayat.unreadable': def<{ file: string } & FsFailure>('error', { file: 'riwayat/2016.yaml', reason: 'permission' }, 'usage'),
  'riwayat.missing': def('error', { file: 'riwayat/2016.yaml', year: 2016 }, 'usage'),
  'riwayat.invalid': def('error', { file: 'riwayat/2016.yaml', year: 2016, errors: 2 }, 'usage'),
  'riwayat.yaml-syntax': def('error', { detail: 'Implicit keys need to be on a single line' }),
  'riwayat.schema': def<SchemaIssue>('error', { path: 'realisasi.kadis_persentase_lowongan_dipenuhi.tw1', issue: 'not-number' }),
  'riwayat.unknown-indicator': def<{ id: string; suggestion?: string }>('error', { id: 'kadis_persentase_lowongan', suggestion: 'kadis_persentase_lowongan_dipenuhi' }),
  'riwayat.year-mismatch': def('error', { year: 2015, expected: 2016 }),
  'riwayat.over-100': def('warning', { id: 'kadis_persentase_lowongan_dipenuhi', value: 104 }),
  'riwayat.total-mismatch': def('warning', { id: 'kasi_penyelenggaraan_peserta_pelatihan', tahun: 800, sum: 790 }),
  'riwayat.in-archive': def('info', { year: 2017 }),

  // ---------------------------------------------------------------- renstra (targets/renstra.yaml: the five-year plan)
  'renstra.unreadable': def<{ file: string } & FsFailure>('error', { file: 'targets/renstra.yaml', reason: 'permission' }, 'usage'),
  'renstra.missing': def('error', { file: 'targets/renstra.yaml' }, 'usage'),
  'renstra.invalid': def('error', { file: 'targets/renstra.yaml', errors: 1 }, 'usage'),
  'renstra.yaml-syntax': def('error', { detail: 'Implicit keys need to be on a single line' }),
  'renstra.schema': def<SchemaIssue>('error', { path: 'indikator.kadis_persentase_lowongan_dipenuhi.target.2018', issue: 'not-number' }),
  'renstra.unknown-indicator': def<{ id: string; suggestion?: string }>('error', { id: 'kadis_persentase_lowongan', suggestion: 'kadis_persentase_lowongan_dipenuhi' }),
  'renstra.periode': def('error', { awal: 2021, akhir: 2016 }),
  'renstra.periode-flags': def('error', { from: 2021, to: 2016 }, 'usage'),
  'renstra.year-outside': def('error', { id: 'kadis_persentase_lowongan_dipenuhi', year: 2022, awal: 2016, akhir: 2021 }),
  'renstra.year-missing': def('warning', { id: 'kadis_persentase_lowongan_dipenuhi', years: [2019, 2020] }),
  'renstra.over-100': def('warning', { id: 'kadis_persentase_lowongan_dipenuhi', value: 104 }),
  'renstra.final-mismatch': def('warning', { id: 'kadis_persentase_lowongan_dipenuhi', targetAkhir: 90, year: 2021, target: 88 }),
} satisfies Record<string, ProblemDef<object>>;

export type ProblemCode = keyof typeof PROBLEM_DEFS;
export type ArgsOf<C extends ProblemCode> = (typeof PROBLEM_DEFS)[C]['example'];
export const PROBLEM_CODES = Object.keys(PROBLEM_DEFS) as ProblemCode[];

/**
 * A YAML file that does not have the shape iki expects (riwayat, renstra): where, and what is wrong, as
 * data (the texts word it). `keys`: unknown keys; `expected`: the kind of value or the allowed values.
 */
export interface SchemaIssue {
  /** Dotted path in the document, e.g. realisasi.kadis_x.tw1. */
  path: string;
  issue: 'unknown-keys' | 'missing' | 'not-number' | 'not-mapping' | 'not-text' | 'negative' | 'not-integer' | 'too-small' | 'too-large' | 'not-allowed' | 'bad-key' | 'wrong-type';
  keys?: string[];
  expected?: string;
  min?: number;
  max?: number;
}
