// The interface between a workbook reader and what reads a submission from it. A reader (SpreadsheetML:
// src/read/sml/; OpenDocument: the ODS reader) turns a package's parts into an OpenedBook; identity.ts,
// names.ts, cells.ts and submission.ts read only this, never a file format.
//
//   OpenedBook = { sheets: SheetEntry[]; names: DefinedName[]; book: BookLike }
//     sheets: every sheet in workbook order, with its visibility;
//     names:  the defined names as written (name, localSheetId as an index into `sheets`, formula text
//             such as Isian!$G$12 or #REF!, without a leading '=');
//     book.getWorksheet(name) -> SheetLike | undefined (exact sheet name);
//     sheet.getCell('G12') or sheet.getCell(row, col) (1-based) -> { value: CellValue };
//     sheet.rowCount: the last row that holds a cell (0 for an empty sheet).
//   A reader may parse a sheet only when getWorksheet asks for it; it throws BookDamage (a problem) when
//   that sheet's part turns out to be damaged, and never any other error for bad input.
//
// CellValue is plain data (structured-clonable, comparable with toEqual):
//   null                       empty: no value (a styled empty cell is null too)
//   number                     a number in a non-date format (the double the text denotes)
//   string                     text: shared, inline or rich (runs joined, phonetic runs left out), every
//                              space kept, _xHHHH_ escapes decoded
//   boolean
//   { error: '#DIV/0!' }       an error value
//   { date: '2017-03-12' }     a date: a number in a date format, or an ISO date cell; `date` is null when
//                              the serial or the text is no valid date
//   { formula, result }        a formula (text without '=', '' when the reader cannot give it, e.g. a
//                              shared formula's dependent) and its cached result, one of the plain values
//                              above, or undefined when the file holds no result
//   { damaged, ... }           a value the file holds but that cannot be read exactly: a shared-string
//                              index with no string (`index`, `count`: the table's size, null when the
//                              part is missing), a number or boolean whose text is not one (`text`)
import type { Problem } from '../model/problem.js';

export type PlainValue =
  | null
  | number
  | string
  | boolean
  | { error: string }
  | { date: string | null }
  | { damaged: 'shared-string'; index: number; count: number | null }
  | { damaged: 'number' | 'boolean'; text: string };

export type CellValue = PlainValue | { formula: string; result: PlainValue | undefined };

export interface CellValueHolder {
  value: CellValue;
}

export interface SheetLike {
  name: string;
  rowCount: number;
  getCell(ref: string | number, col?: number): CellValueHolder;
}

export interface BookLike {
  getWorksheet(name: string): SheetLike | undefined;
}

/** A defined name as written in the workbook. */
export interface DefinedName {
  name: string;
  /** Index into the workbook's sheets when the name is local to a sheet. */
  localSheetId?: number;
  /** The formula text, XML entities decoded, e.g. Isian!$G$12 or #REF! */
  text: string;
}

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface OpenedBook {
  sheets: SheetEntry[];
  names: DefinedName[];
  book: BookLike;
}

/** A part found damaged while a sheet was read: the problem says which and how. */
export class BookDamage extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}
