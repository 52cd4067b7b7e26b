// Transitional: the English titles and hints of codes not yet given their own texts. Deleted when
// every code has real texts in text-id.ts and text-en.ts.
import type { LegacyArgs } from './codes.js';
import type { ProblemText } from './text.js';

const OLD = {



  // file
  'file.unreadable': { title: "File cannot be read" },
  'file.empty': { title: "Empty file", hint: "The file has no content (0 bytes); ask for the file to be sent again." },
  'file.too-large': { title: "File too large", hint: "An IKI workbook is well under 1 MB; remove pasted pictures or send the template again." },
  'file.xls': { title: "Old .xls or password-protected workbook", hint: "Open it in Excel or LibreOffice Calc and save it as \"Excel Workbook (.xlsx)\", then send that file. Remove any file password." },
  'file.not-xlsx': { title: "Not an Excel workbook", hint: "Open it in Excel or LibreOffice Calc and save it as \"Excel Workbook (.xlsx)\", then send that file." },
  'file.truncated': { title: "Damaged or incomplete file", hint: "The file is cut short or damaged (an interrupted download or copy?); ask for it to be sent again." },
  'file.damaged': { title: "Damaged workbook", hint: "Open it in Excel or LibreOffice Calc and save it as \"Excel Workbook (.xlsx)\", then send that file." },
  'file.zip-bomb': { title: "File expands to too much data", hint: "This is not a normal IKI workbook; do not open it. Ask for the template to be filled again." },
  'file.too-many-entries': { title: "Too many parts inside the file", hint: "This is not a normal IKI workbook; ask for the template to be filled again." },
  'file.xml-entities': { title: "Unsafe XML inside the file", hint: "The file contains XML entity declarations, which Excel never writes; do not open it. Ask for the template to be filled again." },
  'file.name-range': { title: "Defined name over a huge range", hint: "A defined name covers a whole sheet or more; delete it (Formulas > Name Manager) or use a fresh template." },
  'file.column-range': { title: "Invalid column range", hint: "Open it in Excel or LibreOffice Calc and save it as \"Excel Workbook (.xlsx)\", then send that file." },

  // identity
  'identity.no-meta': { title: "Not an iki template", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.format': { title: "Unknown template format", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.unknown-jabatan': { title: "Jabatan not in the catalogue", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.catalogue-changed': { title: "Template from an older catalogue" },
  'identity.catalogue-incompatible': { title: "Template does not fit the current catalogue", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.period-mismatch': { title: "Triwulan or jabatan differs from the file name" },
  'identity.sheet-missing': { title: "Input sheet deleted", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.name-missing': { title: "Input cell name missing", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.name-broken': { title: "Input cell name broken", hint: "Ask Subbag Program for a fresh template and copy your numbers into it." },
  'identity.name-unknown': { title: "Unknown iki name" },
  'identity.foreign-element': { title: "Isian of another jabatan", hint: "Each jabatan types only its own isian; use the template made for this jabatan." },
  'identity.element-added': { title: "Isian not in this template", hint: "The catalogue now asks this jabatan for it; it counts as not reported. Use a fresh template next time." },
  'identity.meta-visible': { title: "The _iki sheet was unhidden" },

  // cell
  'cell.blank': { title: "Not reported (blank)", hint: "If the count is zero, type 0; a blank cell means \"not reported\", never 0." },
  'cell.text-with-unit': { title: "Text with a unit" },
  'cell.ambiguous-separator': { title: "Number with a dot or comma" },
  'cell.words': { title: "Words instead of a number" },
  'cell.negative': { title: "Negative count", hint: "A count cannot be below 0; type the number of things counted (0 or more)." },
  'cell.decimal': { title: "Decimal in a count", hint: "A count is a whole number; type it without a fraction, e.g. 12." },
  'cell.error-value': { title: "Error value in the cell", hint: "Fix or delete the formula and type the number itself." },
  'cell.date': { title: "Date instead of a number", hint: "Excel turned what was typed into a date; set the cell format to Number (Format Cells > Number) and type the count again." },
  'cell.formula-no-result': { title: "Formula without a saved result", hint: "Open the file in Excel or LibreOffice Calc, let it calculate, save it and send it again; or type the number instead of a formula." },
  'cell.not-finite': { title: "Not a finite number", hint: "Type the count as a plain whole number." },
  'cell.not-number': { title: "Not a number", hint: "Type the count as a plain whole number." },

  // note
  'note.too-long': { title: "Note longer than allowed" },

  // ingest
  'ingest.duplicate-in-run': { title: "Same jabatan and triwulan twice", hint: "Keep one of the two files (the newer one) and ingest it alone, with --replace if needed." },
  'ingest.conflict': { title: "A different submission is already archived", hint: "If this file is the correction, run the command again with --replace (the earlier one is kept under replaced/)." },
  'ingest.unchanged': { title: "Already archived (same file)" },
  'ingest.archive-incomplete': { title: "Archive entry incomplete" },

} as const;

type LegacyCode = keyof typeof OLD;

export function legacyTexts(): Record<LegacyCode, ProblemText<LegacyArgs>> {
  const out = {} as Record<LegacyCode, ProblemText<LegacyArgs>>;
  for (const [code, t] of Object.entries(OLD) as [LegacyCode, { title: string; hint?: string }][]) {
    out[code] = { title: t.title, message: (a) => a.message, hint: (a) => a.hint ?? t.hint };
  }
  return out;
}
