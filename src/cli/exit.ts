// Exit codes, in one place: 0 done (warnings allowed), 1 bad data, 2 bad usage or configuration.
// 70 is kept for a bug in iki (an exception no command turned into its report).
import { isUsageError } from '../model/problem.js';
import { allProblems, type CommandReport } from '../commands/types.js';
import type { Problem } from '../model/problem.js';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;
export const EXIT_BUG = 70;

/** The exit code of a command's report: usage errors win over data errors; warnings never fail. */
export function exitCode(report: CommandReport): 0 | 1 | 2 {
  const all = allProblems(report);
  if (all.some(isUsageError)) return EXIT_USAGE;
  return all.some((p) => p.severity === 'error') ? EXIT_DATA : EXIT_OK;
}

/** Transitional: thrown by commands not yet returning a report; the top-level handler prints it and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}
