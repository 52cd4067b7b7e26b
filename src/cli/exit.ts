// Exit codes, in one place: 0 done (warnings allowed), 1 bad data, 2 bad usage or configuration.
import type { Problem } from '../model/problem.js';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** Thrown by commands for bad usage or configuration; the top-level handler prints it and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

export function exitCodeFor(problems: readonly Problem[]): number {
  if (problems.some((p) => p.severity === 'error' && p.code.startsWith('usage.'))) return EXIT_USAGE;
  return problems.some((p) => p.severity === 'error') ? EXIT_DATA : EXIT_OK;
}
