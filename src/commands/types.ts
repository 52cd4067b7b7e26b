// What every command function shares: what it is given besides its options (CoreEnv), and the least
// its report holds (CommandReport). A command never prints and never exits: it returns its report,
// and the CLI renders it and takes the exit code from it (src/cli/exit.ts).
import type { Lang } from '../model/format.js';
import { hasErrors, type Problem } from '../model/problem.js';

/** Progress of a long run, for a progress line; the CLI words it. */
export interface Progress {
  phase: 'read' | 'write';
  done: number;
  total: number;
  /** Display path of the file just handled. */
  file?: string;
}

export interface CoreEnv {
  /** Relative paths in options are relative to this; display paths in reports too. */
  cwd: string;
  /** IKI_WORKSPACE, SOURCE_DATE_EPOCH, IKI_READ_WORKERS … */
  env: NodeJS.ProcessEnv;
  /** The language of texts inside the workbooks and files a command writes. */
  lang: Lang;
  /** The clock (tests fix it). */
  now(): Date;
  onProgress?(p: Progress): void;
}

export interface CommandReport {
  command: string;
  /** No problem anywhere in the report is an error. */
  ok: boolean;
  /** Problems of the run as a whole (usage, configuration, the workspace). */
  problems: Problem[];
  /** Per-file results, each with its own problems (validate, ingest …). */
  files?: readonly { problems: readonly Problem[] }[];
}

/** Every problem in a report: the run's own, then each file's. */
export function allProblems(r: CommandReport): Problem[] {
  return [...r.problems, ...(r.files ?? []).flatMap((f) => f.problems)];
}

/** `ok` for a report: no problem in it is an error. */
export function okOf(r: Omit<CommandReport, 'ok'>): boolean {
  return !hasErrors(allProblems(r as CommandReport));
}

/** SOURCE_DATE_EPOCH (reproducible builds and tests), else the clock. */
export function nowFrom(env: NodeJS.ProcessEnv, clock: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : clock();
}
