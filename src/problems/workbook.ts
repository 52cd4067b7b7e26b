import type { ProblemText } from './types.js';

// Problems found in a submitted workbook (file, identity, cells).
export const WORKBOOK_PROBLEMS = {
} as const satisfies Record<string, ProblemText>;
