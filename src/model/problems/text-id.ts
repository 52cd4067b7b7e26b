// Every problem's text in Indonesian, the default. Written as a careful Subbag Program staffer writes to
// a colleague: formal, plain, and saying what to type. The type makes a code without its text here fail
// to compile.
import { legacyTexts } from './legacy.js';
import type { ProblemTexts } from './text.js';

export const id = {
  ...legacyTexts(),
} satisfies ProblemTexts;
