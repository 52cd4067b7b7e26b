// Every problem code: its severity, whether it is bad data (exit 1) or bad usage/configuration (exit 2),
// and its arguments, given as an example (the example sets the type, and docs/problems.md shows it).
// The text of each code is in text-id.ts and text-en.ts; a code without both does not compile.
// Where one code would need two severities, it is two codes.
import type { ElementType } from '../catalogue.js';
import type { Quarter } from '../period.js';
import type { CellSource, PeriodRef, Reason } from '../rollup.js';

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
/** What a schema check found wrong with one value of a YAML file, in the user's terms. */
export type SchemaIssue =
  | { kind: 'unknown-keys'; keys: string[]; suggestion?: string }
  | { kind: 'missing'; expected: string }
  | { kind: 'type'; expected: string; received: string }
  | { kind: 'one-of'; options: string[]; received: string }
  | { kind: 'empty' }
  | { kind: 'too-few'; min: number }
  | { kind: 'too-small'; min: number; inclusive: boolean; received: number }
  | { kind: 'too-big'; max: number; received: number }
  | { kind: 'format'; format: string; received: string }
  | { kind: 'empty-document' }
  | { kind: 'invalid'; received: string };
/** The kinds of id a catalogue declares. */
export type CatalogueIdKind = 'jabatan' | 'element' | 'unit' | 'indicator' | 'note';
/** Where a catalogue refers to an id declared elsewhere. */
export type CatalogueRefKind = 'atasan' | 'owner' | 'element' | 'numerator' | 'denominator' | 'penanggung-jawab' | 'kepala';
/** What a command was writing when it could not. */
export type WriteTarget = 'templates' | 'report' | 'archive' | 'workspace' | 'lock' | 'targets' | 'folder' | 'reminders' | 'riwayat' | 'renstra' | 'feedback';
/** What already exists where a command would write. */
export type OutputKind = 'template' | 'targets' | 'workspace' | 'catalogue' | 'marker' | 'folder' | 'riwayat' | 'renstra';

/** What a zip's headers contradict each other about (zip.ts); `entry` is 1-based. */
export type ZipFlawKind =
  | 'multi-part'
  | 'zip64'
  | 'directory-misplaced'
  | 'entry-damaged'
  | 'entry-overrun'
  | 'encrypted'
  | 'folder-content'
  | 'folder-mark'
  | 'name-not-ascii'
  | 'method'
  | 'local-header-missing'
  | 'two-methods'
  | 'two-names'
  | 'extra-bytes';
export interface ZipFlaw {
  flaw: ZipFlawKind;
  entry?: number;
  method?: number;
}
/** How a workbook is damaged: its zip, a part, a cell, or a part that is not well-formed XML (the parser's words in `detail`). */
export type FileDamage =
  | ({ damage: 'zip' } & ZipFlaw)
  | { damage: 'zip'; detail: string }
  | { damage: 'inflate'; part: string; detail: string }
  | { damage: 'short-part' | 'checksum'; part: string }
  | { damage: 'two-values'; part: string; cell: string }
  | { damage: 'xml'; part: string; detail: string }
  | { damage: 'unreadable'; detail: string };
/** What a file that is not an .xlsx workbook is instead. */
export type NotXlsxKind = 'pdf' | 'text' | 'unknown' | 'ods' | 'docx' | 'zip';
/** A jabatan and period, as far as something says. */
export interface PeriodOf {
  jabatanId?: string;
  year?: number;
  quarter?: number;
}
/** Every cell problem names the isian (its nama and satuan from the catalogue). */
export interface CellArgs {
  nama: string;
  satuan: string;
}
/** How a number with a dot or comma could be read: both ways, several thousands groups, a fraction, or not at all. */
export type SeparatorReading = 'thousands-or-decimal' | 'groups' | 'fraction' | 'unreadable';
const CELL: CellArgs = { nama: 'Jumlah peserta pelatihan', satuan: 'orang' };

function def<A extends object>(severity: Severity, example: A, exit: ExitClass = 'data'): ProblemDef<A> {
  return { severity, exit, example };
}

export const PROBLEM_DEFS = {

  // ---------------------------------------------------------------- catalogue (the catalogue YAML, `iki catalogue check`)
  'catalogue.unreadable': def<{ file: string } & FsFailure>('error', { file: 'catalogue.yaml', reason: 'not-found' }, 'usage'),
  'catalogue.yaml-syntax': def('error', { yamlCode: 'MISSING_CHAR', detail: 'Missing closing "quote' }),
  'catalogue.yaml-warning': def('warning', { yamlCode: 'TAG_RESOLVE_FAILED', detail: 'Unresolved tag: !foo' }),
  'catalogue.alias-bomb': def('error', { aliases: 90, max: 50 }),
  'catalogue.schema': def<{ path: string; issue: SchemaIssue }>('error', { path: 'jabatan[2]', issue: { kind: 'unknown-keys', keys: ['atsan'], suggestion: 'atasan' } }),
  'catalogue.bad-id': def<{ what: CatalogueIdKind; id: string }>('error', { what: 'jabatan', id: 'Kasi-Satu' }),
  'catalogue.duplicate-id': def<{ what: CatalogueIdKind; id: string; first: string }>('error', { what: 'jabatan', id: 'kasi_satu', first: 'jabatan[2].id' }),
  'catalogue.unknown-ref': def<{ what: CatalogueRefKind; id: string; suggestion?: string }>('error', { what: 'numerator', id: 'luluss', suggestion: 'lulus' }),
  'catalogue.no-root': def('error', {}),
  'catalogue.many-roots': def('error', { id: 'kabid_a', root: 'kadis' }),
  'catalogue.atasan-loop': def('error', { loop: ['kabid_a', 'kasi_satu', 'kabid_a'] }),
  'catalogue.unreachable': def('error', { id: 'kasi_dua', root: 'kadis' }),
  'catalogue.unused-element': def('warning', { id: 'sisa' }),
  'catalogue.empty-ratio': def<{ indicator: string; side: 'numerator' | 'denominator' }>('error', { indicator: 'kadis_persen_lulus', side: 'numerator' }),
  'catalogue.ratio-self': def('error', { element: 'peserta', indicator: 'kadis_persen_lulus' }),
  'catalogue.kind-fields': def<{ indicator: string; fault: 'count-without-element' | 'count-with-sides' | 'ratio-with-element' }>('error', { indicator: 'kasi_satu_peserta', fault: 'count-without-element' }),
  'catalogue.duplicate-note': def('error', { id: 'kendala' }),
  'catalogue.type-key': def<{ element: string; type: ElementType; key: 'decimals' }>('error', { element: 'peserta', type: 'count', key: 'decimals' }),
  'catalogue.type-bound': def<{ element: string; type: ElementType; key: 'min' | 'max'; value: number; whole: boolean; low: number; high: number }>('error', {
    element: 'tpt',
    type: 'percent',
    key: 'max',
    value: 120,
    whole: false,
    low: 0,
    high: 100,
  }),
  'catalogue.min-over-max': def<{ element: string; min: number; max: number; implied?: true }>('error', { element: 'nilai_ikm', min: 90, max: 60 }),
  'catalogue.kind-type': def<{ indicator: string; element: string; type: Exclude<ElementType, 'count'> }>('error', { indicator: 'kadis_ikm', element: 'nilai_ikm', type: 'decimal' }),

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
  'usage.archive-target': def<{ path: string; what: 'templates' | 'report' | 'feedback' }>('error', { path: 'archive/2017-TW1', what: 'templates' }, 'usage'),
  'usage.feedback-over-original': def('error', { folder: 'masuk', file: 'masuk/IKI_2017_TW1_bendahara.xlsx' }, 'usage'),
  'usage.out-extension': def('error', { path: 'laporan.pdf', ext: '.xlsx' }, 'usage'),
  'usage.out-folder-missing': def('error', { folder: 'laporan/' }, 'usage'),
  'usage.catalogue-invalid': def('error', { file: 'catalogue.yaml', errors: 2 }, 'usage'),
  'usage.targets-invalid': def('error', { file: 'targets/2017.yaml', year: 2017, errors: 1 }, 'usage'),
  'usage.targets-missing': def('error', { file: 'targets/2017.yaml', year: 2017 }, 'usage'),

  // ---------------------------------------------------------------- workspace (notes on the workspace itself)
  'workspace.recovered': def('info', { completed: 1, removed: 2 }),
  'workspace.recover-failed': def<FsFailure>('warning', { reason: 'permission' }),
  'workspace.lock-taken-over': def('info', { pid: 4242, command: 'ingest', since: '2017-04-10T08:15:00.000Z' }),

  // ---------------------------------------------------------------- config (the workspace configuration, iki.yaml)
  'config.unreadable': def<{ file: string } & FsFailure>('error', { file: 'iki.yaml', reason: 'permission' }, 'usage'),
  'config.invalid': def('error', { file: 'iki.yaml', errors: 2 }, 'usage'),
  /** `error` is the YAML parser's code (BAD_INDENT, DUPLICATE_KEY …), `detail` its own (English) words. */
  'config.yaml-syntax': def('error', { error: 'BAD_INDENT', detail: 'All mapping items must start at the same column' }, 'usage'),
  'config.unknown-key': def<{ key: string; section: string; suggestion?: string; known: string[] }>(
    'error',
    { key: 'hari_setelah_triwulann', section: 'batas_waktu', suggestion: 'hari_setelah_triwulan', known: ['hari_setelah_triwulan', 'zona_waktu', 'triwulan', 'jabatan'] },
    'usage',
  ),
  'config.bad-format': def('error', { given: 'iki-config/2', expected: 'iki-config/1' }, 'usage'),
  'config.bad-date': def('error', { key: 'batas_waktu.triwulan.2017.tw1', given: '12-04-2017' }, 'usage'),
  'config.bad-number': def<{ key: string; given: string; min?: number; max?: number; integer?: boolean }>(
    'error',
    { key: 'mutu.stok_turun_persen', given: 'lima puluh', min: 0, max: 100 },
    'usage',
  ),
  'config.bad-boolean': def('error', { key: 'laporan.wajib_verifikasi', given: 'mungkin' }, 'usage'),
  'config.bad-text': def('error', { key: 'kirim_ke', given: '["Subbag Program","program@contoh.go.id"]' }, 'usage'),
  'config.bad-section': def('error', { key: 'mutu', given: '50' }, 'usage'),
  'config.bad-choice': def('error', { key: 'batas_waktu.zona_waktu', given: 'GMT+7', choices: ['WIB', 'WITA', 'WIT'] }, 'usage'),
  'config.bad-year': def('error', { key: 'batas_waktu.triwulan', given: '17' }, 'usage'),
  'config.unknown-jabatan': def('error', { id: 'kasi_penempatan', suggestions: ['kasi_penempatan_tenaga_kerja'] }, 'usage'),
  /** A due date on or before the triwulan's own last day: nobody can be on time. */
  'config.due-before-end': def('warning', { key: 'batas_waktu.triwulan.2017.tw1', date: '2017-03-15', end: '2017-03-31' }),

  // ---------------------------------------------------------------- verify (diverifikasi / dikembalikan)
  'verify.no-submission': def('error', { jabatan: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1 }, 'usage'),
  'verify.reason-required': def('error', {}, 'usage'),
  'verify.already': def<{ jabatan: string; state: 'diverifikasi' | 'dikembalikan'; at: string; oleh: string | null }>(
    'info',
    { jabatan: 'kasi_penempatan_tenaga_kerja', state: 'diverifikasi', at: '2017-04-12T02:00:00.000Z', oleh: 'Sri Wahyuni' },
  ),

  // ---------------------------------------------------------------- log (append-only records: verifikasi.jsonl, ditolak.jsonl)
  /** A line that cannot be read (cut short by a crash, edited by hand): it is skipped. */
  'log.damaged-line': def<{ log: 'verifikasi' | 'ditolak' }>('warning', { log: 'verifikasi' }),
  'log.unreadable': def<{ log: 'verifikasi' | 'ditolak'; file: string } & FsFailure>('error', { log: 'verifikasi', file: 'archive/2017-TW1/verifikasi.jsonl', reason: 'permission' }, 'usage'),

  // ---------------------------------------------------------------- quality (data-quality checks across triwulan: warnings, never refusals)
  'quality.stock-drop': def(
    'warning',
    { element: 'jumlah_perusahaan', nama: 'Jumlah perusahaan', value: 40, previous: 120, previousPeriod: '2017-TW1', dropPct: 66.67, threshold: 50 },
  ),
  'quality.outlier': def<{
    element: string;
    nama: string;
    value: number;
    /** The band the value fell outside. */
    low: number;
    high: number;
    /** sd: mean ± k·sd over `n` earlier triwulan; ratio: `factor`× or 1/`factor` of the previous triwulan. */
    method: 'sd' | 'ratio';
    n: number;
    mean?: number;
    sd?: number;
    k?: number;
    previous?: number;
    previousPeriod?: string;
    factor?: number;
  }>('warning', { element: 'peserta_pelatihan', nama: 'Jumlah peserta pelatihan', value: 1200, low: 40, high: 360, method: 'ratio', n: 1, previous: 120, previousPeriod: '2017-TW1', factor: 3 }),
  'quality.copied': def('warning', { previousPeriod: '2017-TW1', values: 6 }),
  'quality.explanation-missing': def<{
    indicator: string;
    nama: string;
    value: number;
    reasons: ('below-target' | 'worse')[];
    target?: number;
    previous?: number;
    previousPeriod?: string;
    polarity: 'higher' | 'lower';
  }>('warning', { indicator: 'kasi_penempatan_jumlah', nama: 'Jumlah pencari kerja yang ditempatkan', value: 40, reasons: ['below-target'], target: 50, polarity: 'higher' }),


  // ---------------------------------------------------------------- file (a workbook that cannot be opened safely)
  'file.unreadable': def<FsFailure & { stage: 'read' | 'archive' }>('error', { reason: 'not-found', stage: 'read' }),
  'file.changed': def('error', {}),
  'file.empty': def('error', {}),
  'file.too-large': def<{ what: 'file'; size: number; max: number } | { what: 'xml'; part: string; max: number }>('error', { what: 'file', size: 22020096, max: 20971520 }),
  'file.xls': def('error', {}),
  'file.not-xlsx': def<{ kind: NotXlsxKind }>('error', { kind: 'pdf' }),
  'file.truncated': def('error', { detail: 'end of central directory record signature not found' }),
  'file.damaged': def<FileDamage>('error', { damage: 'checksum', part: 'xl/worksheets/sheet1.xml' }),
  'file.zip-bomb': def<{ part: string; size: number; max: number; fileSize: number } | { part?: string; overDeclared: true }>('error', {
    part: 'xl/media/image1.png',
    size: 209715200,
    max: 67108864,
    fileSize: 1572864,
  }),
  'file.too-many-entries': def('error', { entries: 50000, max: 1000 }),
  'file.xml-entities': def('error', { part: 'xl/worksheets/sheet1.xml' }),
  /** An .ods iki does not read reliably (every cell repeated, a sheet beyond Excel's size): save it as .xlsx. */
  'file.ods-unsupported': def<{ shape: 'too-many-cells' | 'repeated-values' | 'too-large-sheet' | 'no-sheets' }>('error', { shape: 'repeated-values' }),
  'file.too-many-names': def('error', { names: 6000, max: 5000 }),
  'file.name-range': def('error', { name: 'Semua', range: 'Isian!$A$1:$XFD$1048576', cells: 17179869184, max: 100000 }),
  'file.column-range': def('error', { part: 'xl/worksheets/sheet1.xml', min: 1, max: 2000000000 }),
  /** XML nested deeper than any spreadsheet program writes (inside a cell, or anywhere in a part read). */
  'file.xml-nesting': def('error', { part: 'xl/worksheets/sheet1.xml' }),
  /** A path that is not a regular file (a FIFO, a device, a socket): refused without opening it, which could wait forever. */
  'file.not-regular': def<{ kind: 'fifo' | 'device' | 'socket' | 'other' }>('error', { kind: 'fifo' }),
  /** Excel's owner file (~$name.xlsx), written while a workbook is open: not a workbook. */
  'file.lock-file': def('error', {}),

  // ---------------------------------------------------------------- identity (which template, jabatan and triwulan a workbook is)
  'identity.no-meta': def('error', { sheet: '_iki' }),
  'identity.format': def<{ sheet: string; found: string; expected: string } | { sheet: string; invalid: { key: 'year' | 'quarter' | 'jabatan_id'; value: string }[] }>('error', {
    sheet: '_iki',
    found: 'iki-template/2',
    expected: 'iki-template/1',
  }),
  'identity.unknown-jabatan': def('error', { jabatanId: 'kasi_lama', catalogueId: 'disnaker-gresik-2017' }),
  'identity.catalogue-changed': def('warning', { was: '9f2c1e0b7a4d5e6f', now: '39765da9b7d6f6ec' }),
  'identity.catalogue-incompatible': def<{ names: string[]; was?: string; now?: string }>('error', { names: ['iki_isian_lama'], was: '9f2c1e0b7a4d5e6f', now: '39765da9b7d6f6ec' }),
  /** The workbook is not for the jabatan or triwulan it must be for (an archived file read again); `expected` holds what differs. */
  'identity.period-mismatch': def<{ expected: PeriodOf; found: Required<PeriodOf> }>('error', {
    expected: { year: 2017, quarter: 2 },
    found: { jabatanId: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1 },
  }),
  /** The file or folder name says another jabatan or triwulan than the workbook's _iki sheet; `named` holds what differs. */
  'identity.file-name-mismatch': def<{ from: 'file' | 'folder'; named: PeriodOf; found: Required<PeriodOf> }>('warning', {
    from: 'file',
    named: { year: 2017, quarter: 2 },
    found: { jabatanId: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1 },
  }),
  'identity.sheet-missing': def<{ sheet: string; name?: string; label?: string }>('error', { sheet: 'Isian' }),
  'identity.name-missing': def<{ name: string; nama?: string; all?: true }>('error', { name: 'iki_peserta_pelatihan', nama: 'Jumlah peserta pelatihan' }),
  'identity.name-broken': def<{ name: string; label: string; points: 'ref-error' | 'range' | 'other'; text?: string }>('error', {
    name: 'iki_peserta_pelatihan',
    label: 'Jumlah peserta pelatihan',
    points: 'ref-error',
  }),
  'identity.name-unknown': def('warning', { name: 'iki_note_kasi_lama_kendala' }),
  'identity.foreign-element': def('error', {
    name: 'iki_lowongan_terdaftar',
    nama: 'Jumlah lowongan kerja terdaftar',
    owner: 'kasi_informasi_pasar_kerja',
    ownerNama: 'KEPALA SEKSI INFORMASI PASAR KERJA',
    jabatan: 'kasi_penempatan_tenaga_kerja',
    jabatanNama: 'KEPALA SEKSI PENEMPATAN TENAGA KERJA',
    moved: false,
  }),
  'identity.element-added': def('warning', { name: 'iki_peserta_pelatihan', nama: 'Jumlah peserta pelatihan' }),
  'identity.meta-visible': def('info', { sheet: '_iki' }),
  /** Two iki names on one cell: two isian or notes would share one typed value. */
  'identity.names-share-cell': def<{ names: string[]; sheet: string; cell: string }>('error', { names: ['iki_peserta_pelatihan', 'iki_peserta_lulus'], sheet: 'Isian', cell: 'G12' }),

  // ---------------------------------------------------------------- cell (what was typed in an input cell)
  'cell.blank': def<CellArgs>('warning', CELL),
  'cell.text-with-unit': def<CellArgs & { raw: string; number?: number; unit: string; formula?: true }>('error', { ...CELL, raw: '12 orang', number: 12, unit: 'orang' }),
  'cell.ambiguous-separator': def<CellArgs & { raw: string; mark: '.' | ',' | '.,' | ' '; reading: SeparatorReading; whole?: number; decimal?: number; formula?: true }>('error', {
    ...CELL,
    raw: '1.234',
    mark: '.',
    reading: 'thousands-or-decimal',
    whole: 1234,
    decimal: 1.234,
  }),
  'cell.words': def<CellArgs & { raw: string; zero: boolean; formula?: true }>('error', { ...CELL, raw: 'dua belas', zero: false }),
  'cell.negative': def<CellArgs & { raw: string; formula?: true }>('error', { ...CELL, raw: '-5' }),
  'cell.decimal': def<CellArgs & { value: number; below: number; above: number; formula?: true }>('error', { ...CELL, value: 2.5, below: 2, above: 3 }),
  'cell.error-value': def<CellArgs & { error: string; formula?: true }>('error', { ...CELL, error: '#DIV/0!' }),
  'cell.date': def<CellArgs & { date: string | null; formula?: true }>('error', { ...CELL, date: '2017-03-12' }),
  'cell.formula-no-result': def<CellArgs & { formula: string }>('error', { ...CELL, formula: 'G1+1' }),
  'cell.not-finite': def<CellArgs & { raw: string; formula?: true }>('error', { ...CELL, raw: 'Infinity' }),
  /** A whole number beyond 2^53: the file's digits cannot be held exactly, so no count is read. */
  'cell.too-large': def<CellArgs & { raw: string; formula?: true }>('error', { ...CELL, raw: '9007199254740993' }),
  /** A text cell pointing into the shared-string table at a string that is not there (or no table at all). */
  'cell.shared-string-missing': def<CellArgs & { index: number; count: number | null }>('error', { ...CELL, index: 12, count: 10 }),
  /** A number or TRUE/FALSE cell whose stored text is neither (a damaged or hand-made file). */
  'cell.unreadable-value': def<CellArgs & { kind: 'number' | 'boolean'; raw: string }>('error', { ...CELL, kind: 'number', raw: '12abc' }),
  'cell.out-of-range': def<CellArgs & { type: ElementType; value: number; bound: 'min' | 'max'; limit: number; formula?: true }>('error', {
    ...CELL,
    nama: 'Tingkat pengangguran terbuka',
    satuan: '%',
    type: 'percent',
    value: 105,
    bound: 'max',
    limit: 100,
  }),
  'cell.two-readings': def<CellArgs & { type: Exclude<ElementType, 'count'>; raw: string; readings: [number, number]; formula?: true }>('error', {
    ...CELL,
    nama: 'Nilai IKM',
    satuan: 'indeks',
    type: 'decimal',
    raw: '1.234',
    readings: [1234, 1.234],
  }),
  'cell.rupiah-fraction': def<CellArgs & { value: number; below: number; above: number; formula?: true }>('error', { ...CELL, nama: 'Realisasi anggaran', satuan: 'rupiah', value: 1500.5, below: 1500, above: 1501 }),
  'cell.not-a-value': def<CellArgs & { type: Exclude<ElementType, 'count'>; raw: string; formula?: true }>('error', { ...CELL, nama: 'Nilai IKM', satuan: 'indeks', type: 'decimal', raw: 'baik' }),
  'cell.not-number': def<CellArgs & { raw: string; boolean?: boolean; formula?: true }>('error', { ...CELL, raw: 'TRUE', boolean: true }),

  // ---------------------------------------------------------------- note
  'note.too-long': def('warning', { label: 'Kendala', length: 612, max: 500 }),

  // ---------------------------------------------------------------- ingest
  'ingest.duplicate-in-run': def('error', { first: 'masuk/IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx', jabatanId: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1 }),
  'ingest.copy-in-run': def('info', { first: 'masuk/IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx' }),
  'ingest.conflict': def('error', {
    jabatanId: 'kasi_penempatan_tenaga_kerja',
    year: 2017,
    quarter: 1,
    originalName: 'IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx',
    takenAt: '2017-04-10T08:15:00.000Z',
  }),
  'feedback.written': def('info', { path: 'umpan-balik/IKI_2017_TW1_bendahara.xlsx', marked: 2, listed: 3 }),
  'feedback.not-written': def<{ reason: 'unreadable' | 'not-a-workbook' | 'changed' }>('info', { reason: 'not-a-workbook' }),
  'ingest.unchanged': def('info', { takenAt: '2017-04-10T08:15:00.000Z' }),
  'ingest.archive-incomplete': def<{ record: string; why: 'unreadable' | 'other-period' | 'file-missing'; file?: string }>('warning', {
    record: 'archive/2017-TW1/IKI_2017_TW1_kasi_penempatan_tenaga_kerja.json',
    why: 'file-missing',
    file: 'IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx',
  }),

  // ---------------------------------------------------------------- report: verification
  'report.unverified': def('warning', { year: 2017, quarter: 1, count: 2, jabatan: ['kasi_penempatan_tenaga_kerja', 'bendahara'] }),
  'report.returned': def<{ jabatanId: string; year: number; quarter: number; alasan: string; oleh: string | null }>('warning', { jabatanId: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1, alasan: 'G23 belum diisi', oleh: 'Sri Wahyuni' }),
  'report.verification-required': def('error', { unverified: 3, year: 2017, through: 4, file: 'iki.yaml' }),

  // ---------------------------------------------------------------- rollup
  'rollup.no-data': def('error', { year: 2017, through: 4 as Quarter }),
  'rollup.archive-unreadable': def<{ why: 'invalid' } | { why: 'changed'; takenAt: string; record: string }>('error', { why: 'changed', takenAt: '2017-04-10T08:15:00.000Z', record: 'IKI_2017_TW1_kasi_penempatan_tenaga_kerja.json' }),
  'rollup.duplicate-submission': def('error', { jabatanId: 'kasi_penempatan_tenaga_kerja', year: 2017, quarter: 1 as Quarter, first: 'IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx', second: 'salinan.xlsx' }),
  'rollup.foreign-submission': def<{ jabatanId: string; year: number; quarter: number; reportYear: number; why: 'unknown-jabatan' | 'other-period' }>('warning', { jabatanId: 'kasi_lama', year: 2017, quarter: 1, reportYear: 2017, why: 'unknown-jabatan' }),
  'rollup.missing-workbook': def('warning', { jabatanId: 'kasi_informasi_pasar_kerja', nama: 'KEPALA SEKSI INFORMASI PASAR KERJA', year: 2017, quarter: 3 as Quarter, elements: 4 }),
  'rollup.blank': def('warning', { elementId: 'kasus_phi_terdaftar', nama: 'Jumlah kasus perselisihan yang tercatat', year: 2017, quarter: 2 as Quarter }),
  'rollup.invalid': def('warning', { elementId: 'kasus_phi_terdaftar', nama: 'Jumlah kasus perselisihan yang tercatat', year: 2017, quarter: 2 as Quarter, raw: '12 orang' }),
  'rollup.not-in-template': def('warning', { elementId: 'kasus_phi_terdaftar', nama: 'Jumlah kasus perselisihan yang tercatat', year: 2017, quarter: 2 as Quarter, file: 'IKI_2017_TW2_kasi_penyelesaian_phi.xlsx' }),
  'rollup.partial': def<{ indicatorId: string; jabatan: string; period: PeriodRef; reasons: Reason[] }>('warning', {
    indicatorId: 'kadis_persentase_lowongan_dipenuhi',
    jabatan: 'KEPALA DINAS',
    period: { key: '2017', kind: 'year', quarters: [1, 2, 3, 4] },
    reasons: [{ kind: 'missing-workbook', jabatanId: 'kasi_informasi_pasar_kerja', quarter: 3, file: 'IKI_2017_TW3_kasi_informasi_pasar_kerja.xlsx' }],
  }),
  'rollup.no-denominator': def<{ indicatorId: string; jabatan: string; period: PeriodRef; zero: boolean }>('warning', {
    indicatorId: 'kadis_persentase_kasus_phi_diselesaikan',
    jabatan: 'KEPALA DINAS',
    period: { key: '2017-TW2', kind: 'quarter', quarters: [2] },
    zero: false,
  }),
  'rollup.numerator-over': def<{ indicatorId: string; jabatan: string; period: PeriodRef; numerator: number; denominator: number; numeratorCells: CellSource[]; denominatorCells: CellSource[] }>('warning', {
    indicatorId: 'kabid_penempatan_persentase_penempatan',
    jabatan: 'KEPALA BIDANG PENEMPATAN TENAGA KERJA',
    period: { key: '2017-TW2', kind: 'quarter', quarters: [2] },
    numerator: 206,
    denominator: 196,
    numeratorCells: [{ file: 'IKI_2017_TW2_kasi_penempatan_tenaga_kerja.xlsx', sheet: 'Isian', cell: 'G9', name: 'iki_penempatan_pencari_kerja' }],
    denominatorCells: [{ file: 'IKI_2017_TW2_kasi_penempatan_tenaga_kerja.xlsx', sheet: 'Isian', cell: 'G8', name: 'iki_pencari_kerja_terdaftar' }],
  }),

  // ---------------------------------------------------------------- generate
  'generate.default-folder': def('info', { folder: 'IKI_2017_TW1/' }),

  // ---------------------------------------------------------------- target (targets/<year>.yaml, `iki targets check`)
  'target.unreadable': def<{ file: string } & FsFailure>('error', { file: 'targets/2017.yaml', reason: 'is-folder' }, 'usage'),
  'target.yaml-syntax': def('error', { yamlCode: 'BAD_INDENT', detail: 'All mapping items must start at the same column' }),
  'target.yaml-warning': def('warning', { yamlCode: 'TAG_RESOLVE_FAILED', detail: 'Unresolved tag: !foo' }),
  'target.alias-bomb': def('error', { aliases: 90, max: 50 }),
  'target.schema': def<{ path: string; issue: SchemaIssue }>('error', { path: 'targets.kadis_persentase_tenaga_kerja_bersertifikat', issue: { kind: 'type', expected: 'number', received: 'string' } }),
  'target.unknown-indicator': def<{ id: string; suggestion?: string }>('error', { id: 'kadis_persen_bersertifikat', suggestion: 'kadis_persentase_tenaga_kerja_bersertifikat' }),
  'target.year-mismatch': def('error', { fileYear: 2016, expected: 2017 }),
  'target.over-100': def('warning', { indicator: 'kadis_persentase_lowongan_dipenuhi', value: 120 }),
  // ---------------------------------------------------------------- riwayat (riwayat/<year>.yaml: realisasi of years before iki)
  'riwayat.unreadable': def<{ file: string } & FsFailure>('error', { file: 'riwayat/2016.yaml', reason: 'permission' }, 'usage'),
  'riwayat.missing': def('error', { file: 'riwayat/2016.yaml', year: 2016 }, 'usage'),
  'riwayat.invalid': def('error', { file: 'riwayat/2016.yaml', year: 2016, errors: 2 }, 'usage'),
  'riwayat.yaml-syntax': def('error', { detail: 'Implicit keys need to be on a single line' }),
  'riwayat.schema': def<DocumentIssue>('error', { path: 'realisasi.kadis_persentase_lowongan_dipenuhi.tw1', issue: 'not-number' }),
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
  'renstra.schema': def<DocumentIssue>('error', { path: 'indikator.kadis_persentase_lowongan_dipenuhi.target.2018', issue: 'not-number' }),
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
export interface DocumentIssue {
  /** Dotted path in the document, e.g. realisasi.kadis_x.tw1. */
  path: string;
  issue: 'unknown-keys' | 'missing' | 'not-number' | 'not-mapping' | 'not-text' | 'negative' | 'not-integer' | 'too-small' | 'too-large' | 'not-allowed' | 'bad-key' | 'wrong-type';
  keys?: string[];
  expected?: string;
  min?: number;
  max?: number;
}
