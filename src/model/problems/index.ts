// Every problem code and its text, in one table: a new code without text does not compile.
// Each area keeps its codes in its own file; this file only joins them.
import { CATALOGUE_PROBLEMS } from './catalogue.js';
import { USAGE_PROBLEMS } from './usage.js';
import { WORKBOOK_PROBLEMS } from './workbook.js';
import { ROLLUP_PROBLEMS } from './rollup.js';
import { TARGET_PROBLEMS } from './target.js';
import type { ProblemText } from './types.js';

export const PROBLEM_TEXT = {
  ...CATALOGUE_PROBLEMS,
  ...USAGE_PROBLEMS,
  ...WORKBOOK_PROBLEMS,
  ...ROLLUP_PROBLEMS,
  ...TARGET_PROBLEMS,
} as const satisfies Record<string, ProblemText>;

export type ProblemCode = keyof typeof PROBLEM_TEXT;
