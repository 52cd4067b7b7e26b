import type { ProblemText } from './types.js';

// Problems found while rolling values up into the report.
export const ROLLUP_PROBLEMS = {
} as const satisfies Record<string, ProblemText>;
