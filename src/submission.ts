// A filled workbook as the core sees it: identity from _iki, element values and note texts read by
// their defined names, and the problems found. The reading itself (exceljs, zip checks) is added by
// the ingest work; these types are the interface the rollup relies on.
import type { TemplateMeta } from './contract.js';
import type { Problem } from './problem.js';

/** Where a value came from: enough for a person to open the file and find the cell. */
export interface CellSource {
  file: string;
  sheet: string;
  cell: string;
  /** The defined name, e.g. iki_peserta_pelatihan */
  name: string;
}

export type ElementReading =
  | { elementId: string; status: 'value'; value: number; source: CellSource }
  /** Blank means "not reported", never 0. */
  | { elementId: string; status: 'blank'; source: CellSource }
  /** Present but unusable (text, negative, decimal, error...); the problem says why. */
  | { elementId: string; status: 'invalid'; raw: string; source: CellSource };

export interface NoteReading {
  indicatorId: string;
  field: string;
  text: string;
  source: CellSource;
}

export interface Submission {
  /** Display path of the workbook. */
  file: string;
  /** sha256 of the file bytes, hex. */
  sha256: string;
  meta: TemplateMeta;
  readings: ElementReading[];
  notes: NoteReading[];
  problems: Problem[];
}
