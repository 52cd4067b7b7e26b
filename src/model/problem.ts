// Problems are plain values: the core collects them, the CLI renders them.
// Codes are stable (other programs and tests match on them); wording may change.
import { PROBLEM_TEXT, type ProblemCode } from './problems/index.js';
import type { ProblemText } from './problems/types.js';

export type Severity = 'error' | 'warning' | 'info';

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

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  /** What the person should do about it. */
  hint?: string;
  location: Location;
}

export type { ProblemCode };

export function problem(
  code: ProblemCode,
  message: string,
  location: Location = {},
  extra: { hint?: string; severity?: Severity } = {},
): Problem {
  const p: Problem = {
    code,
    severity: extra.severity ?? PROBLEM_TEXT[code].severity,
    message,
    location,
  };
  const hint = extra.hint ?? (PROBLEM_TEXT[code] as ProblemText).hint;
  if (hint !== undefined) p.hint = hint;
  return p;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) out[p.severity]++;
  return out;
}

/** "file.xlsx Isian!E12 (line 4:7)" — one place for how a location reads. */
export function formatLocation(loc: Location): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.sheet || loc.cell) {
    const sheet = loc.sheet ? (/[^A-Za-z0-9_]/.test(loc.sheet) ? `'${loc.sheet}'` : loc.sheet) : '';
    parts.push(loc.cell ? (sheet ? `${sheet}!${loc.cell}` : loc.cell) : sheet);
  }
  if (loc.line !== undefined) parts.push(`line ${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`);
  if (loc.path && loc.line === undefined) parts.push(loc.path);
  return parts.join(' ');
}

export function formatProblem(p: Problem): string {
  const where = formatLocation(p.location);
  return `${where ? `${where}: ` : ''}${p.severity} ${p.code}: ${p.message}${p.hint ? ` ${p.hint}` : ''}`;
}
