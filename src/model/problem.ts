// Problems are plain data: {code, severity, args, location}. The core collects them; renderers turn
// them into text in the chosen language (src/model/problems/text-*.ts). Codes are stable: other
// programs and the tests match on them; wording may change.
import { sheetRef, type Lang } from './format.js';
import { PROBLEM_DEFS, type ArgsOf, type ProblemCode, type Severity } from './problems/codes.js';

export type { ArgsOf, ProblemCode, Severity };

export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
  /** A defined name (iki_<element_id>) when the cell came from one. */
  name?: string;
  /** 1-based line and column in a YAML file. */
  line?: number;
  column?: number;
  /** Dotted path inside a YAML or JSON document, e.g. jabatan[3].atasan */
  path?: string;
}

/** One problem; `args` has the type its code declares (src/model/problems/codes.ts). */
export type Problem = { [C in ProblemCode]: ProblemOf<C> }[ProblemCode];
export interface ProblemOf<C extends ProblemCode> {
  code: C;
  severity: Severity;
  args: ArgsOf<C>;
  location: Location;
}

/** A problem; its severity is its code's, from the table. */
export function problem<C extends ProblemCode>(code: C, args: ArgsOf<C>, location: Location = {}): ProblemOf<C> {
  return { code, severity: PROBLEM_DEFS[code].severity, args, location };
}

export function isUsageError(p: Problem): boolean {
  return p.severity === 'error' && PROBLEM_DEFS[p.code].exit === 'usage';
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) out[p.severity]++;
  return out;
}

/** Thrown inside the core for bad usage or configuration; each command turns it into its report. */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}

const LINE = { id: 'baris', en: 'line' } as const;

/** "file.xlsx Isian!E12 (baris 4:7)": one place for how a location reads. */
export function formatLocation(loc: Location, lang: Lang): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.sheet || loc.cell) parts.push(sheetRef(loc.sheet, loc.cell));
  if (loc.line !== undefined) parts.push(`${LINE[lang]} ${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`);
  if (loc.path && loc.line === undefined) parts.push(loc.path);
  return parts.join(' ');
}
