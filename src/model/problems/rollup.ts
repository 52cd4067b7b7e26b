import type { ProblemText } from './types.js';

// Problems found while rolling values up into the report.
export const ROLLUP_PROBLEMS = {
  'rollup.no-data': {
    severity: 'error',
    title: 'No accepted submission for the period',
    hint: 'Ingest the filled workbooks first (`iki ingest incoming/`), then check with `iki status`.',
  },
  'rollup.archive-unreadable': {
    severity: 'error',
    title: 'Archived workbook no longer valid',
    hint: 'Restore the archived file from a backup, or ingest the jabatan\'s workbook again with `iki ingest FILE --replace`.',
  },
  'rollup.duplicate-submission': { severity: 'error', title: 'Two submissions for one jabatan and triwulan' },
  'rollup.foreign-submission': { severity: 'warning', title: 'Submission outside the report', hint: 'It was left out of the report.' },
  'rollup.missing-workbook': {
    severity: 'warning',
    title: 'Workbook not submitted',
    hint: 'Ask the jabatan for the workbook and ingest it; every value depending on it is marked missing until then.',
  },
  'rollup.blank': {
    severity: 'warning',
    title: 'Count left blank (not reported)',
    hint: 'A blank is "not reported", not 0: if the count is 0, type 0 and ingest the workbook again with --replace.',
  },
  'rollup.invalid': { severity: 'warning', title: 'Count not usable', hint: 'Correct the cell and ingest the workbook again with --replace.' },
  'rollup.partial': { severity: 'warning', title: 'Value from incomplete data' },
  'rollup.no-denominator': { severity: 'warning', title: 'Percentage without a denominator' },
  'rollup.numerator-over': {
    severity: 'warning',
    title: 'Numerator above its denominator',
    hint: 'Check both cells; if the indicator may exceed 100 %, set allow_over: true in the catalogue.',
  },
} as const satisfies Record<string, ProblemText>;
