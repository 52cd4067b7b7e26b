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
  'catalogue.unreadable': legacy('error', 'usage'),
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

  // ---------------------------------------------------------------- usage
  'usage.bad-year': legacy('error', 'usage'),
  'usage.bad-quarter': legacy('error', 'usage'),
  'usage.unknown-jabatan': legacy('error', 'usage'),
  'usage.output-exists': legacy('error', 'usage'),
  'usage.unwritable': legacy('error', 'usage'),
  'usage.not-found': legacy('error', 'usage'),
  'usage.no-workspace': legacy('error', 'usage'),
  'usage.workspace-locked': legacy('error', 'usage'),
  'usage.archive-target': legacy('error', 'usage'),

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
  'target.unreadable': legacy('error', 'usage'),
  'target.yaml-syntax': legacy('error'),
  'target.schema': legacy('error'),
  'target.unknown-indicator': legacy('error'),
  'target.year-mismatch': legacy('error'),
  'target.over-100': legacy('warning'),
} satisfies Record<string, ProblemDef<object>>;

export type ProblemCode = keyof typeof PROBLEM_DEFS;
export type ArgsOf<C extends ProblemCode> = (typeof PROBLEM_DEFS)[C]['example'];
export const PROBLEM_CODES = Object.keys(PROBLEM_DEFS) as ProblemCode[];
