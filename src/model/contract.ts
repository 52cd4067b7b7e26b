// The template workbook contract (DESIGN.md "Contracts"): other programs rely on these names.
// Generate writes them, submission reading finds values by them; both import from here.

export const TEMPLATE_FORMAT = 'iki-template/1';
/** Hidden key/value sheet (column A key, column B value). */
export const META_SHEET = '_iki';
/** The sheet people type into. */
export const INPUT_SHEET = 'Isian';
export const GUIDE_SHEET = 'Petunjuk';

export const META_KEYS = [
  'format',
  'catalogue_id',
  'catalogue_hash',
  'jabatan_id',
  'year',
  'quarter',
  'generated_at',
  'tool_version',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

export interface TemplateMeta {
  format: string;
  catalogueId: string;
  catalogueHash: string;
  jabatanId: string;
  year: number;
  quarter: number;
  generatedAt: string;
  toolVersion: string;
}

export const ELEMENT_NAME_PREFIX = 'iki_';
export const NOTE_NAME_PREFIX = 'iki_note_';

export function elementName(elementId: string): string {
  return `${ELEMENT_NAME_PREFIX}${elementId}`;
}

export function noteName(indicatorId: string, field: string): string {
  return `${NOTE_NAME_PREFIX}${indicatorId}_${field}`;
}

/** The file name of a template or archived submission: sorts by period, readable when forwarded. */
export function templateFileName(year: number, quarter: number, jabatanId: string): string {
  return `IKI_${year}_TW${quarter}_${jabatanId}.xlsx`;
}
