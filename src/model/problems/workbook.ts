import type { ProblemText } from './types.js';

const FRESH = 'Ask Subbag Program for a fresh template and copy your numbers into it.';
const SAVE_XLSX = 'Open it in Excel or LibreOffice Calc and save it as "Excel Workbook (.xlsx)", then send that file.';

// Problems found in a submitted workbook (file, identity, cells) and while taking it into the archive.
// Codes are stable: tests, --json consumers and the report's Validasi sheet match on them.
export const WORKBOOK_PROBLEMS = {
  // ------------------------------------------------------------ the file itself
  'file.unreadable': { severity: 'error', title: 'File cannot be read' },
  'file.empty': { severity: 'error', title: 'Empty file', hint: 'The file has no content (0 bytes); ask for the file to be sent again.' },
  'file.too-large': { severity: 'error', title: 'File too large', hint: 'An IKI workbook is well under 1 MB; remove pasted pictures or send the template again.' },
  'file.xls': { severity: 'error', title: 'Old .xls or password-protected workbook', hint: SAVE_XLSX + ' Remove any file password.' },
  'file.not-xlsx': { severity: 'error', title: 'Not an Excel workbook', hint: SAVE_XLSX },
  'file.truncated': { severity: 'error', title: 'Damaged or incomplete file', hint: 'The file is cut short or damaged (an interrupted download or copy?); ask for it to be sent again.' },
  'file.damaged': { severity: 'error', title: 'Damaged workbook', hint: SAVE_XLSX },
  'file.zip-bomb': { severity: 'error', title: 'File expands to too much data', hint: 'This is not a normal IKI workbook; do not open it. Ask for the template to be filled again.' },
  'file.too-many-entries': { severity: 'error', title: 'Too many parts inside the file', hint: 'This is not a normal IKI workbook; ask for the template to be filled again.' },
  'file.xml-entities': { severity: 'error', title: 'Unsafe XML inside the file', hint: 'The file contains XML entity declarations, which Excel never writes; do not open it. Ask for the template to be filled again.' },
  'file.name-range': { severity: 'error', title: 'Defined name over a huge range', hint: 'A defined name covers a whole sheet or more; delete it (Formulas > Name Manager) or use a fresh template.' },
  'file.column-range': { severity: 'error', title: 'Invalid column range', hint: SAVE_XLSX },

  // ------------------------------------------------------------ identity (_iki sheet, defined names)
  'identity.no-meta': { severity: 'error', title: 'Not an iki template', hint: FRESH },
  'identity.format': { severity: 'error', title: 'Unknown template format', hint: FRESH },
  'identity.unknown-jabatan': { severity: 'error', title: 'Jabatan not in the catalogue', hint: FRESH },
  'identity.catalogue-changed': { severity: 'warning', title: 'Template from an older catalogue' },
  'identity.catalogue-incompatible': { severity: 'error', title: 'Template does not fit the current catalogue', hint: FRESH },
  'identity.period-mismatch': { severity: 'warning', title: 'Triwulan or jabatan differs from the file name' },
  'identity.sheet-missing': { severity: 'error', title: 'Input sheet deleted', hint: FRESH },
  'identity.name-missing': { severity: 'error', title: 'Input cell name missing', hint: FRESH },
  'identity.name-broken': { severity: 'error', title: 'Input cell name broken', hint: FRESH },
  'identity.name-unknown': { severity: 'warning', title: 'Unknown iki name' },
  'identity.foreign-element': { severity: 'error', title: 'Isian of another jabatan', hint: 'Each jabatan types only its own isian; use the template made for this jabatan.' },
  'identity.element-added': { severity: 'warning', title: 'Isian not in this template', hint: 'The catalogue now asks this jabatan for it; it counts as not reported. Use a fresh template next time.' },
  'identity.meta-visible': { severity: 'info', title: 'The _iki sheet was unhidden' },

  // ------------------------------------------------------------ cells
  'cell.blank': { severity: 'warning', title: 'Not reported (blank)', hint: 'If the count is zero, type 0; a blank cell means "not reported", never 0.' },
  'cell.text-with-unit': { severity: 'error', title: 'Text with a unit' },
  'cell.ambiguous-separator': { severity: 'error', title: 'Number with a dot or comma' },
  'cell.words': { severity: 'error', title: 'Words instead of a number' },
  'cell.negative': { severity: 'error', title: 'Negative count', hint: 'A count cannot be below 0; type the number of things counted (0 or more).' },
  'cell.decimal': { severity: 'error', title: 'Decimal in a count', hint: 'A count is a whole number; type it without a fraction, e.g. 12.' },
  'cell.error-value': { severity: 'error', title: 'Error value in the cell', hint: 'Fix or delete the formula and type the number itself.' },
  'cell.date': { severity: 'error', title: 'Date instead of a number', hint: 'Excel turned what was typed into a date; set the cell format to Number (Format Cells > Number) and type the count again.' },
  'cell.formula-no-result': { severity: 'error', title: 'Formula without a saved result', hint: 'Open the file in Excel or LibreOffice Calc, let it calculate, save it and send it again; or type the number instead of a formula.' },
  'cell.not-finite': { severity: 'error', title: 'Not a finite number', hint: 'Type the count as a plain whole number.' },
  'cell.not-number': { severity: 'error', title: 'Not a number', hint: 'Type the count as a plain whole number.' },
  'note.too-long': { severity: 'warning', title: 'Note longer than allowed' },

  // ------------------------------------------------------------ taking files into the archive
  'ingest.duplicate-in-run': { severity: 'error', title: 'Same jabatan and triwulan twice', hint: 'Keep one of the two files (the newer one) and ingest it alone, with --replace if needed.' },
  'ingest.conflict': { severity: 'error', title: 'A different submission is already archived', hint: 'If this file is the correction, run the command again with --replace (the earlier one is kept under replaced/).' },
  'ingest.unchanged': { severity: 'info', title: 'Already archived (same file)' },
  'ingest.archive-incomplete': { severity: 'warning', title: 'Archive entry incomplete' },
} as const satisfies Record<string, ProblemText>;
