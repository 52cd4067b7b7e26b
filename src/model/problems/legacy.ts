// Transitional: the English titles and hints of codes not yet given their own texts. Deleted when
// every code has real texts in text-id.ts and text-en.ts.
import type { LegacyArgs } from './codes.js';
import type { ProblemText } from './text.js';

const OLD = {



  // rollup
  'rollup.no-data': { title: "No accepted submission for the period", hint: "Ingest the filled workbooks first (`iki ingest incoming/`), then check with `iki status`." },
  'rollup.archive-unreadable': { title: "Archived workbook no longer valid", hint: "Restore the archived file from a backup, or ingest the jabatan's workbook again with `iki ingest FILE --replace`." },
  'rollup.duplicate-submission': { title: "Two submissions for one jabatan and triwulan" },
  'rollup.foreign-submission': { title: "Submission outside the report", hint: "It was left out of the report." },
  'rollup.missing-workbook': { title: "Workbook not submitted", hint: "Ask the jabatan for the workbook and ingest it; every value depending on it is marked missing until then." },
  'rollup.blank': { title: "Count left blank (not reported)", hint: "A blank is \"not reported\", not 0: if the count is 0, type 0 and ingest the workbook again with --replace." },
  'rollup.invalid': { title: "Count not usable", hint: "Correct the cell and ingest the workbook again with --replace." },
  'rollup.partial': { title: "Value from incomplete data" },
  'rollup.no-denominator': { title: "Percentage without a denominator" },
  'rollup.numerator-over': { title: "Numerator above its denominator", hint: "Check both cells; if the indicator may exceed 100 %, set allow_over: true in the catalogue." },

} as const;

type LegacyCode = keyof typeof OLD;

export function legacyTexts(): Record<LegacyCode, ProblemText<LegacyArgs>> {
  const out = {} as Record<LegacyCode, ProblemText<LegacyArgs>>;
  for (const [code, t] of Object.entries(OLD) as [LegacyCode, { title: string; hint?: string }][]) {
    out[code] = { title: t.title, message: (a) => a.message, hint: (a) => a.hint ?? t.hint };
  }
  return out;
}
