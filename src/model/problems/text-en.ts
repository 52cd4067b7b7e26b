// Every problem's text in English (`--lang en`, IKI_LANG=en). Kept in step with text-id.ts: the type
// makes a code without its text here fail to compile. Domain nouns stay the users' own words
// (jabatan, indikator, triwulan, realisasi, capaian).
import { legacyTexts } from './legacy.js';
import type { ProblemTexts } from './text.js';

export const en = {
  ...legacyTexts(),
} satisfies ProblemTexts;
